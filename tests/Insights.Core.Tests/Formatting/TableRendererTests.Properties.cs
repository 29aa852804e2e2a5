using System.Globalization;
using System.Text.Json;
using FsCheck.Xunit;
using Insights.Core.Formatting;
using Insights.Core.Tabulation;
using Insights.Core.Tests.Tabulation;
using Xunit;
using static Insights.Core.Tests.Formatting.RenderedOutput;

namespace Insights.Core.Tests.Formatting;

public sealed partial class TableRendererTests
{
    private static readonly OutputFormat[] Formats = Enum.GetValues<OutputFormat>();

    [Property(Arbitrary = new[] { typeof(TabulationGenerators) }, MaxTest = 60)]
    public void Render_AnyTable_EveryPrintedPercentIsPercentFormatOfItsCell(Person[] people)
    {
        foreach (var (name, definition) in Catalogue.All)
        {
            var table = definition.Evaluate(people);
            CheckText(table);
            CheckMarkdown(table);
            CheckCsv(table);
            CheckJson(table);
        }
    }

    [Property(Arbitrary = new[] { typeof(TabulationGenerators) }, MaxTest = 30)]
    public void Render_NoRecordsOrOne_DashesNeverNaN(Person person)
    {
        foreach (var (name, definition) in Catalogue.All)
        {
            foreach (var table in new[] { definition.Evaluate([]), definition.Evaluate([person]) })
            {
                CheckText(table);
                CheckMarkdown(table);
                CheckCsv(table);
                CheckJson(table);
                foreach (var format in Formats)
                {
                    // The HTML page's own scripts (Chart.js calls isNaN) are code, not output; its data islands stay.
                    var output = TableRenderer.Render(table, format);
                    if (format == OutputFormat.Html)
                    {
                        output = System.Text.RegularExpressions.Regex.Replace(output, "<script>.*?</script>", string.Empty, System.Text.RegularExpressions.RegexOptions.Singleline);
                    }

                    Assert.DoesNotContain("NaN", output, StringComparison.Ordinal);
                    Assert.DoesNotContain("Infinity", output, StringComparison.Ordinal);
                    Assert.DoesNotContain("∞", output, StringComparison.Ordinal);
                }
            }
        }
    }

    [Fact]
    public void Render_EmptyBase_DashInEveryFormat()
    {
        var table = Catalogue.Favourite.Evaluate([]);
        Assert.Matches("\nRed +0  -\n", TableRenderer.Render(table, OutputFormat.Text));
        Assert.Contains("| Red | 0 | - |\n", TableRenderer.Render(table, OutputFormat.Markdown), StringComparison.Ordinal);
        Assert.Contains(",Favourite colour,Red,category,,0,0,-,,\r\n", TableRenderer.Render(table, OutputFormat.Csv), StringComparison.Ordinal);
        var json = ParseJson(TableRenderer.Render(table, OutputFormat.Json));
        Assert.Equal("-", json.GetProperty("rows")[0].GetProperty("cells")[0].GetProperty("percent").GetString());
    }

    [Property(Arbitrary = new[] { typeof(TabulationGenerators) }, MaxTest = 20)]
    public void Render_TwiceAndUnderOtherCultures_IdenticalOutput(Person[] people)
    {
        var report = ReportTests.Everything.Evaluate(people);
        var expected = Formats.Select(f => TableRenderer.Render(report, f)).ToArray();
        Assert.Equal(expected, Formats.Select(f => TableRenderer.Render(report, f)));
        foreach (var culture in new[] { "fr-FR", "de-DE", "ar-SA", "hi-IN" })
        {
            var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
            try
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
                Assert.Equal(expected, Formats.Select(f => TableRenderer.Render(report, f)));
                using var writer = new StringWriter(CultureInfo.CurrentCulture) { NewLine = "\r\n" };
                TableRenderer.Write(report, OutputFormat.Text, writer);
                Assert.Equal(expected[0], writer.ToString());
            }
            finally
            {
                (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (previous, previousUi);
            }
        }
    }

    [Property(Arbitrary = new[] { typeof(TabulationGenerators) }, MaxTest = 20)]
    public void Render_AnyReport_LineEndsAreLfExceptCsvCrLf(Person[] people)
    {
        var report = ReportTests.Everything.Evaluate(people);
        foreach (var format in new[] { OutputFormat.Text, OutputFormat.Markdown, OutputFormat.Json })
        {
            var output = TableRenderer.Render(report, format);
            Assert.DoesNotContain('\r', output);
            Assert.EndsWith("\n", output, StringComparison.Ordinal);
        }

        var csv = TableRenderer.Render(report, OutputFormat.Csv);
        Assert.Equal(csv.Count(c => c == '\n'), csv.Split("\r\n").Length - 1);
    }

    private static void CheckText(Table table)
    {
        var text = TableRenderer.Render(table, OutputFormat.Text);
        Assert.StartsWith(table.Title, text, StringComparison.Ordinal);
        var lines = TextRowLines(table, text);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            var label = (row.Kind == RowKind.SubCategory ? "└ " : string.Empty) + row.Label;
            Assert.Equal(ExpectedTextTokens(row), TextTokens(lines[r], label));
        }
    }

    private static void CheckMarkdown(Table table)
    {
        var lines = TableRenderer.Render(table, OutputFormat.Markdown).Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal)).ToArray();

        // A count sub-column per column, a percentage sub-column where a cell of the column shows one; a bold row
        // of sub-headers under the header row when a column is named.
        var percents = Enumerable.Range(0, table.Columns.Count).Select(c => table.Rows.Any(r => r.Cells[c] is CountCell { ShowPercent: true })).ToArray();
        var twoLevels = table.Columns.Any(c => c.Header.Trim().Length > 0 || !string.IsNullOrWhiteSpace(c.Group));
        var first = twoLevels ? 3 : 2;
        Assert.Equal(first + table.Rows.Count, lines.Length);
        Assert.Equal(1 + table.Columns.Count + percents.Count(p => p), MarkdownCells(lines[0]).Count);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            var expected = new List<string> { (row.Kind == RowKind.SubCategory ? "└ " : string.Empty) + row.Label };
            for (var c = 0; c < row.Cells.Count; c++)
            {
                expected.Add(row.Cells[c] switch
                {
                    CountCell count => Grouped(count.Count),
                    StatisticCell statistic => statistic.Text,
                    _ => string.Empty,
                });
                if (percents[c])
                {
                    expected.Add(row.Cells[c] is CountCell { ShowPercent: true } count ? ExpectedPercent(count) : string.Empty);
                }
            }

            Assert.Equal(expected, MarkdownCells(lines[first + r]));
        }
    }

    private static void CheckCsv(Table table)
    {
        var records = ParseCsv(TableRenderer.Render(table, OutputFormat.Csv));
        Assert.Equal(["section", "table", "row", "row_kind", "column", "count", "base", "percent", "percent_value", "value"], records[0]);
        var expected = new List<string[]>();
        foreach (var row in table.Rows)
        {
            for (var c = 0; c < row.Cells.Count; c++)
            {
                string[]? values = row.Cells[c] switch
                {
                    CountCell count => [count.Count.ToString(CultureInfo.InvariantCulture), count.Base.ToString(CultureInfo.InvariantCulture), count.ShowPercent ? ExpectedPercent(count) : string.Empty, ExpectedPercentValue(count), string.Empty],
                    StatisticCell statistic => [string.Empty, string.Empty, string.Empty, string.Empty, statistic.Text],
                    _ => null,
                };
                if (values is not null)
                {
                    expected.Add([string.Empty, table.Title, row.Label, KindName(row.Kind), ColumnName(table.Columns[c]), .. values]);
                }
            }
        }

        Assert.Equal(expected, records.Skip(1).Select(r => r.ToArray()));
    }

    private static void CheckJson(Table table)
    {
        var json = ParseJson(TableRenderer.Render(table, OutputFormat.Json));
        Assert.Equal(table.Title, json.GetProperty("title").GetString());
        Assert.Equal(table.Bases.Select(b => (b.Label, b.N)), json.GetProperty("bases").EnumerateArray().Select(b => (b.GetProperty("label").GetString()!, b.GetProperty("n").GetInt64())));
        Assert.Equal(table.Columns.Select(c => (c.Header, c.Group, c.Base)), json.GetProperty("columns").EnumerateArray().Select(c => (c.GetProperty("header").GetString()!, c.GetProperty("group").GetString(), c.GetProperty("base").ValueKind == JsonValueKind.Null ? (long?)null : c.GetProperty("base").GetInt64())));
        Assert.Equal(table.Notes, json.GetProperty("notes").EnumerateArray().Select(n => n.GetString()!));
        var rows = json.GetProperty("rows").EnumerateArray().ToArray();
        Assert.Equal(table.Rows.Count, rows.Length);
        for (var r = 0; r < rows.Length; r++)
        {
            Assert.Equal(table.Rows[r].Label, rows[r].GetProperty("label").GetString());
            Assert.Equal(KindName(table.Rows[r].Kind), rows[r].GetProperty("kind").GetString());
            var cells = rows[r].GetProperty("cells").EnumerateArray().ToArray();
            Assert.Equal(table.Rows[r].Cells.Count, cells.Length);
            for (var c = 0; c < cells.Length; c++)
            {
                switch (table.Rows[r].Cells[c])
                {
                    case CountCell count:
                        Assert.Equal(count.Count, cells[c].GetProperty("count").GetInt64());
                        Assert.Equal(count.Base, cells[c].GetProperty("base").GetInt64());
                        Assert.Equal(count.ShowPercent ? ExpectedPercent(count) : null, cells[c].GetProperty("percent").GetString());
                        break;
                    case StatisticCell statistic:
                        Assert.Equal(statistic.Text, cells[c].GetProperty("text").GetString());
                        Assert.Equal(statistic.Value, cells[c].GetProperty("statistic").ValueKind == JsonValueKind.Null ? null : cells[c].GetProperty("statistic").GetDecimal());
                        break;
                    default:
                        Assert.Equal(JsonValueKind.Null, cells[c].ValueKind);
                        break;
                }
            }
        }
    }

    // The names the formats document for row kinds and grouped columns, written out here rather than taken
    // from the renderer so a change to them shows up as a test failure.
    private static string KindName(RowKind kind) => kind switch
    {
        RowKind.Category => "category",
        RowKind.SubCategory => "subCategory",
        RowKind.Net => "net",
        RowKind.Total => "total",
        RowKind.Statistic => "statistic",
        RowKind.Missing => "missing",
        RowKind.Derived => "derived",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static string ColumnName(TableColumn column)
        => string.IsNullOrEmpty(column.Group) || column.Group == column.Header || column.Header.StartsWith(column.Group + ":", StringComparison.Ordinal)
            ? column.Header
            : column.Header.Length == 0 ? column.Group : $"{column.Group}: {column.Header}";
}
