using System.Globalization;
using Insights.Core.Model;
using Insights.Core.Reports;
using Insights.Core.Tabulation;
using Insights.Synthetic;
using Xunit;
using Xunit.Abstractions;

namespace Insights.Core.Tests.Reports;

/// <summary>
/// The golden test: the Outreach report evaluated over the exact synthetic dataset reproduces the published
/// tables. The fixtures are the report's printed cells, transcribed into the test project.
/// </summary>
public sealed class OutreachReportGoldenTests(ITestOutputHelper output)
{
    private static readonly Lazy<ReportResult> Result = new(() => OutreachReport.Evaluate(new Dataset(ExactDataset.Create())));

    /// <summary>Published rows the exact dataset cannot reproduce because the report contradicts itself (docs/report-deviations.md).</summary>
    private static readonly HashSet<(string Table, string Row)> KnownDeviations =
    [
        ("Has the client experienced an Adverse Childhood Experience (ACE)?", "Missing"),
        ("Number of ticks on the Dash (intake vs exit)", "Reduction in number of ticks"),
        ("Is there ongoing conflict around child contact arrangements?", "Yes"),
        ("Does the perpetrator use child contact arrangements to continue abuse?", "Yes"),
        ("Police reports and incidents", "Average number of incidents per report (mean)"),
        ("At a glance", "Clients engaged"),
    ];

    [Fact]
    public void PublishedCells_AtLeast99PercentOfRowsReproduced()
    {
        var cells = FixtureCsv.Read("report-percent-cells.csv").Concat(FixtureCsv.Read("report-percent-cells-excluded.csv")).ToList();
        Assert.True(cells.Count >= 1_200, $"the fixture has only {cells.Count} cells");

        var rows = cells.GroupBy(c => (Table: c["table"], Row: c["row"])).ToList();
        var failures = new List<string>();
        foreach (var row in rows)
        {
            foreach (var cell in row)
            {
                var problem = Compare(cell);
                if (problem is not null)
                {
                    failures.Add($"{row.Key.Table} | {row.Key.Row} | {cell["column"]}: {problem}");
                }
            }
        }

        var failedRows = failures.Select(f => string.Join(" | ", f.Split(" | ").Take(2))).Distinct().ToList();
        foreach (var failure in failures)
        {
            output.WriteLine(failure);
        }

        var reproduced = rows.Count - failedRows.Count;
        output.WriteLine($"{reproduced} of {rows.Count} published rows reproduced ({100.0 * reproduced / rows.Count:F1}%).");
        Assert.True(reproduced >= 0.99 * rows.Count, $"{reproduced} of {rows.Count} rows reproduced; failures:\n{string.Join("\n", failures.Take(60))}");
        var unexpected = failedRows.Where(r => !KnownDeviations.Contains(SplitRow(r))).ToList();
        Assert.True(unexpected.Count == 0, $"rows that differ but are not documented deviations:\n{string.Join("\n", unexpected)}");
    }

    [Fact]
    public void PublishedStatistics_ReproducedExceptDocumentedDeviations()
    {
        var failures = new List<string>();
        foreach (var line in FixtureCsv.Read("report-statistics.csv"))
        {
            var table = Find(line["table"]);
            var row = table.Row(line["row"]) ?? throw new InvalidOperationException($"'{table.Title}' has no row '{line["row"]}'");
            var printed = Printed(row.Cells[0]);
            if (printed != line["printed"] && !KnownDeviations.Contains((line["table"], line["row"])))
            {
                failures.Add($"{line["table"]} | {line["row"]}: published {line["printed"]}, computed {printed}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void KeyFindings_MedianLengthOfAbuseByAgeGroup()
    {
        var table = Result.Value.Tables.Single(t => t.Title == "Average length of abuse by age group");
        var median = table.Row("Average (median) length of abuse")!;
        Assert.Equal(["4 years", "20 years"], median.Cells.Select(Printed));
    }

    /// <summary>
    /// The key findings' figures (Fixtures/report-key-findings.csv): the text prints only a percentage or a
    /// phrase ("almost two-thirds"), so each row names the published table its count and base come from.
    /// </summary>
    [Fact]
    public void KeyFindings_ReproducePublishedFigures()
    {
        var keyFindings = Result.Value.Sections.Single(s => s.Title == OutreachReport.SectionTitles.KeyFindings).Tables;
        var failures = new List<string>();
        foreach (var line in FixtureCsv.Read("report-key-findings.csv"))
        {
            var table = keyFindings.SingleOrDefault(t => t.Title == line["table"]);
            var cell = table?.Row(line["row"])?.CountAt(0);
            var expected = $"{line["count"]}/{line["base"]} {line["printed"]}";
            var computed = cell is null ? "no such table or row" : $"{cell.Count}/{cell.Base} {cell.PercentText}";
            if (computed != expected)
            {
                failures.Add($"{line["table"]} | {line["row"]}: published {expected}, computed {computed}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>
    /// The social and community support panel of the key findings restates the matrix row and the outcomes
    /// table of that support, so its cells must equal theirs in count and base on any data.
    /// </summary>
    [Fact]
    public void KeyFindings_SocialAndCommunityPanel_IsTheMatrixRowAndOutcomesTable()
    {
        var keyFindings = Result.Value.Sections.Single(s => s.Title == OutreachReport.SectionTitles.KeyFindings).Tables;
        var matrix = Result.Value.Tables.Single(t => t.Title == "Needs & Support matrix").Row("Social and community support")!;
        var outcomes = Result.Value.Tables.Single(t => t.Title == "What outcomes were achieved in this support area? (Social and community support)");

        static (long, long) Of(CountCell? cell) => (cell!.Count, cell.Base);
        CountCell? First(string table) => keyFindings.Single(t => t.Title == table).Rows[0].CountAt(0);

        Assert.Equal(Of(matrix.CountAt(0)), Of(First("Need of social and community support")));
        Assert.Equal(Of(matrix.CountAt(1)), Of(First("Support from their Outreach worker")));
        Assert.Equal(Of(matrix.CountAt(3)), Of(First("Improved wellbeing following support")));
        foreach (var row in keyFindings.Single(t => t.Title == "Most common forms of support").Rows)
        {
            Assert.Equal(Of(outcomes.Row(row.Label)!.CountAt(0)), Of(row.CountAt(0)));
        }
    }

    /// <summary>"Review forms" counts forms; the exact dataset's 21 forms belong to 21 cases, so the review-point table's case count agrees.</summary>
    [Fact]
    public void ServiceInputs_ReviewForms_CountsFormsOfTheExactDataset()
    {
        var cases = ExactDataset.Create();
        Assert.Equal(21, cases.Sum(c => c.Reviews.Count));
        Assert.Equal(1, cases.Max(c => c.Reviews.Count));

        var forms = Result.Value.Tables.Single(t => t.Title == "Cases used in the analysis").Row("Review forms")!.CountAt(0)!;
        var reviewPoint = Find("Case review data / Review point").Row("Yes")!.CountAt(0)!;
        Assert.Equal(21, forms.Count);
        Assert.Equal(21, reviewPoint.Count);
    }

    private static (string, string) SplitRow(string key)
    {
        var parts = key.Split(" | ");
        return (parts[0], parts[1]);
    }

    private static string Printed(TableCell? cell) => cell switch
    {
        StatisticCell s => s.Text,
        CountCell { ShowPercent: false } c => c.Count.ToString(CultureInfo.InvariantCulture),
        CountCell c => c.PercentText,
        _ => string.Empty,
    };

    private static string? Compare(IReadOnlyDictionary<string, string> cell)
    {
        var table = Find(cell["table"]);
        // The exit column of the CYPs table misprints "Caf/Taf" as "Cat/Taf"; the model keeps one answer with the correct label.
        var rowLabel = cell["row"] == "Common assessment framework (Cat/Taf)" ? "Common assessment framework (Caf/Taf)" : cell["row"];
        var row = table.Row(rowLabel);
        if (row is null)
        {
            return $"no row '{rowLabel}' in '{table.Title}'";
        }

        var column = cell["column"].Length == 0 ? 0 : IndexOfColumn(table, cell["column"]);
        if (column < 0)
        {
            return $"no column '{cell["column"]}' in '{table.Title}'";
        }

        if (row.Cells[column] is not CountCell computed)
        {
            return "no count in that cell";
        }

        var count = long.Parse(cell["count"], CultureInfo.InvariantCulture);
        return computed.Count == count && computed.PercentText == cell["printed"]
            ? null
            : $"published {count} {cell["printed"]}, computed {computed.Count} {computed.PercentText} (base {computed.Base})";
    }

    private static int IndexOfColumn(Table table, string header)
    {
        for (var i = 0; i < table.Columns.Count; i++)
        {
            if (table.Columns[i].Header == header)
            {
                return i;
            }
        }

        return -1;
    }

    private static readonly Dictionary<string, (string Title, int Occurrence)> Aliases = new()
    {
        ["Number of ticks on the Dash (intake)"] = ("Number of ticks on the Dash", 0),
        ["Number of ticks on the Dash (intake vs exit)"] = ("Number of ticks on the Dash", 1),
        ["Level of abuse (intake)"] = ("Level of abuse", 0),
        ["Multiple types of abuse (intake)"] = ("Multiple types of abuse", 0),
        ["Multiple types of abuse (review)"] = ("Multiple types of abuse", 1),
        ["Multiple types of abuse (intake vs exit)"] = ("Multiple types of abuse", 2),
        ["Other forms of abuse (n=3672 copy)"] = ("Other forms of abuse", 0),
        ["Other forms of abuse (grid)"] = ("Other forms of abuse", 1),
        ["Primary perpetrator information / Sex assigned at birth"] = ("Primary perpetrator information: Sex assigned at birth", 0),
        ["Physical abuse / Level of abuse"] = ("Physical abuse", 0),
        ["Sexual abuse / Level of abuse"] = ("Sexual abuse", 0),
        ["Harassment and stalking / Level of abuse"] = ("Harassment and stalking", 0),
        ["Jealous and controlling behaviours / Level of abuse"] = ("Jealous and controlling behaviours", 0),
        ["Client reported outcomes (Missing)"] = ("Client reported outcomes", 0),
        ["Needs & Support matrix / Areas of need"] = ("Needs & Support matrix", 0),
        ["Criminal justice: What support did you provide the client in this area?"] = ("What support did you provide the client in this area? (criminal justice)", 0),
        ["Civil justice: What support did you provide the client in this area?"] = ("What support did you provide the client in this area? (civil justice)", 0),
    };

    private static Table Find(string fixtureTable)
    {
        var (title, occurrence) = Resolve(fixtureTable);
        var matches = Result.Value.Tables.Where(t => t.Title == title).ToList();
        return occurrence < matches.Count
            ? matches[occurrence]
            : throw new InvalidOperationException($"the report has no table '{title}' (occurrence {occurrence}) for the published table '{fixtureTable}'");
    }

    private static (string Title, int Occurrence) Resolve(string fixtureTable)
    {
        if (Aliases.TryGetValue(fixtureTable, out var alias))
        {
            return alias;
        }

        var colon = fixtureTable.IndexOf(": What ", StringComparison.Ordinal);
        if (colon > 0)
        {
            var area = fixtureTable[..colon] == "Children and parenting" ? "Children/parenting" : fixtureTable[..colon];
            return ($"{fixtureTable[(colon + 2)..]} ({area})", 0);
        }

        var slash = fixtureTable.LastIndexOf(" / ", StringComparison.Ordinal);
        return (slash > 0 ? fixtureTable[(slash + 3)..] : fixtureTable, 0);
    }
}
