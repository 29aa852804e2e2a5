using System.Globalization;
using System.Text.RegularExpressions;
using FsCheck.Xunit;
using Insights.Core.Formatting;
using Insights.Core.Statistics;
using Insights.Core.Tabulation;
using Xunit;
using static Insights.Core.Tests.Formatting.RenderedOutput;

namespace Insights.Core.Tests.Formatting;

// Text and Markdown that read well: unique headings, grouped thousands, headers on two levels, an n for every table.
public sealed partial class TableRendererTests
{
    // The whole report with every statistic asked for: intervals, paired tests and their notes.
    private static readonly Lazy<ReportResult> OutreachWithStatistics = new(() => ReportStatistics.Apply(OutreachFixture.Report, new StatisticsOptions { ConfidenceLevel = 0.95, PairedTests = true }));

    [Fact]
    public void Render_OutreachReportMarkdown_EveryHeadingUniqueByItsGitHubAnchor()
    {
        var headings = Headings(TableRenderer.Render(OutreachFixture.Report, OutputFormat.Markdown));

        Assert.Equal(headings.Count, headings.Select(GitHubAnchor).Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(headings, h => h.Text.Length == 0);

        // "At a glance" is the section's heading only; its first table sits under it.
        Assert.Single(headings, h => h.Text == "At a glance");
        Assert.Contains(("##", "At a glance"), headings);

        // Tables of one title in several sections are told apart by their section, within a section by their columns.
        Assert.Contains(("###", "Multiple types of abuse (History of abuse at intake)"), headings);
        Assert.Contains(("###", "Multiple types of abuse (Case review data)"), headings);
        Assert.Contains(("###", "Multiple types of abuse (Client outcomes and profile of abuse at exit)"), headings);
        Assert.Contains(("###", "Number of ticks on the Dash (History of abuse at intake)"), headings);
        Assert.Contains(("###", "Other forms of abuse"), headings);
        Assert.Contains(("###", "Other forms of abuse (Forced marriage, 'Honour'-based violence, FGM)"), headings);
    }

    [Property(Arbitrary = new[] { typeof(TableRendererTests) }, MaxTest = 300)]
    public void Render_AnyReportMarkdown_EveryHeadingUniqueByItsGitHubAnchor(ReportResult report)
    {
        // Awkward titles are short and often the same (often empty), with markup and punctuation the anchor drops.
        var headings = Headings(TableRenderer.Render(report, OutputFormat.Markdown));

        Assert.Equal(1 + report.Sections.Count + report.Sections.Sum(s => s.Tables.Count) - HeadinglessTables(report), headings.Count);
        Assert.Equal(headings.Count, headings.Select(GitHubAnchor).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Render_OutreachReportMarkdown_EveryTableHasItsNLine()
    {
        var report = OutreachFixture.Report;
        var markdown = TableRenderer.Render(report, OutputFormat.Markdown);

        var nLines = NLinesAbovePipeTables(markdown);
        Assert.Equal(report.Sections.Sum(s => s.Tables.Count), nLines.Count);
        Assert.All(nLines, line => Assert.Matches(NLine(), line));
        var tables = report.Sections.SelectMany(s => s.Tables).ToArray();
        for (var t = 0; t < tables.Length; t++)
        {
            foreach (var b in tables[t].Bases)
            {
                Assert.Contains($"{b.Label} = {Grouped(b.N)}", nLines[t], StringComparison.Ordinal);
            }
        }

        // Published report: referral status n = 1,820; the matrix states no n, its cells say what they are of.
        Assert.Contains("n = 1,820", nLines[Array.FindIndex(tables, t => t.Title == "Referral status")]);
        Assert.Equal(
            "n (Clients identified with needs) = 1,086; n (Support provided) = 33 to 1,086, by row; n (Improved safety, Improved wellbeing) = the row's count under Support provided",
            nLines[Array.FindIndex(tables, t => t.Title == "Needs & Support matrix")]);
        Assert.Equal("n: none (no percentages in this table)", nLines[Array.FindIndex(tables, t => t.Title == "At a glance")]);
    }

    [Property(Arbitrary = new[] { typeof(TableRendererTests) }, MaxTest = 200)]
    public void Render_AnyReportMarkdown_EveryTableHasItsNLine(ReportResult report)
    {
        var nLines = NLinesAbovePipeTables(TableRenderer.Render(report, OutputFormat.Markdown));

        Assert.Equal(report.Sections.Sum(s => s.Tables.Count), nLines.Count);
        Assert.All(nLines, line => Assert.Matches(NLine(), line));
    }

    [Fact]
    public void Render_OutreachReport_EveryCountOfAThousandOrMoreHasThousandsSeparators()
    {
        foreach (var report in new[] { OutreachFixture.Report, OutreachWithStatistics.Value })
        {
            var tables = report.Sections.SelectMany(s => s.Tables).ToArray();
            Assert.Contains(tables, t => t.Rows.Any(r => r.Cells.Any(c => c is CountCell { Count: >= 1000 })));
            foreach (var table in tables)
            {
                if (report == OutreachFixture.Report)
                {
                    CheckText(table);
                }

                CheckGrouped(table);
            }
        }
    }

    [Property(Arbitrary = new[] { typeof(TableRendererTests) }, MaxTest = 200)]
    public void Render_AnyTable_EveryCountOfAThousandOrMoreHasThousandsSeparators(ReportResult report)
    {
        foreach (var table in report.Sections.SelectMany(s => s.Tables))
        {
            CheckGrouped(table);
        }
    }

    [Fact]
    public void Render_CsvAndJson_CountsStayPlainNumbers()
    {
        var table = OutreachFixture.Report.Sections.SelectMany(s => s.Tables).First(t => t.Title == "Referral status");

        Assert.Contains(",Referral status,New client,category,,1346,1820,74%,74,\r\n", TableRenderer.Render(table, OutputFormat.Csv), StringComparison.Ordinal);
        Assert.Equal(1346, ParseJson(TableRenderer.Render(table, OutputFormat.Json)).GetProperty("rows")[0].GetProperty("cells")[0].GetProperty("count").GetInt64());
    }

    // A table with a group of two columns, a column of its own and intervals: every level of header there is.
    private static readonly Table Grouped2 = ReportStatistics.Apply(
        new Table(
            "Impact of support",
            [new TableBase("n", 2400)],
            [new TableColumn("Safety", "Improved", 2400), new TableColumn("Wellbeing", "Improved", 2400), new TableColumn("Unchanged", Base: 2400)],
            [
                new TableRow("Housing", RowKind.Category, [new CountCell(1200, 2400), new CountCell(600, 2400), new CountCell(12, 2400)]),
                new TableRow("Total", RowKind.Total, [new CountCell(2400, 2400, showPercent: false), null, null]),
            ]),
        new StatisticsOptions { ConfidenceLevel = 0.95 });

    [Fact]
    public void Render_MarkdownGroupedColumns_GroupInTheHeaderRowSubHeadersInABoldFirstRow()
    {
        var lines = TableRenderer.Render(Grouped2, OutputFormat.Markdown).Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal)).ToArray();

        Assert.Equal(
            [
                "| Label | Improved |  |  |  |  |  | Unchanged |  |  |",
                "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
                "|  | **Safety** | **%** | **95% CI** | **Wellbeing** | **%** | **95% CI** | **Count** | **%** | **95% CI** |",
                "| Housing | 1,200 | 50% | \\[48.0, 52.0\\] | 600 | 25% | \\[23.3, 26.8\\] | 12 | 0.50% | \\[0.3, 0.9\\] |",
                "| Total | 2,400 |  |  |  |  |  |  |  |  |",
            ],
            lines);
        Assert.DoesNotContain(": ", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TextGroupedColumns_TwoHeaderLinesAlignedOverTheirCells()
    {
        Assert.Equal(
            """
            Impact of support  n=2,400
                     Improved                                                 Unchanged
                     Safety    %  95% CI        Wellbeing    %  95% CI        Count      %  95% CI
            Housing   1,200  50%  [48.0, 52.0]        600  25%  [23.3, 26.8]     12  0.50%  [0.3, 0.9]
            Total     2,400
            [lower, upper]: 95% Wilson score interval of the percentage.


            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            TableRenderer.Render(Grouped2, OutputFormat.Text));
    }

    [Fact]
    public void Render_MarkdownSingleUnnamedColumn_OneHeaderRowAndNoEmptyPercentColumn()
    {
        var counts = new Table("At a glance", [], [new TableColumn(string.Empty)], [new TableRow("Clients engaged", RowKind.Category, [new CountCell(1794, 1820, showPercent: false)])]);

        Assert.Equal(
            "### At a glance\n\nn: none (no percentages in this table)\n\n| Label | Count |\n| --- | ---: |\n| Clients engaged | 1,794 |\n\n",
            TableRenderer.Render(counts, OutputFormat.Markdown));
    }

    [Fact]
    public void Render_MarkdownSectionsFirstTableOfItsTitle_UnderTheSectionsHeading()
    {
        var glance = new Table("At a glance", [new TableBase("n", 3)], [new TableColumn(string.Empty)], [new TableRow("Yes", RowKind.Category, [new CountCell(1, 3)])]);
        var report = new ReportResult("Report", [new ReportResultSection("At a glance", [glance, glance]), new ReportResultSection("Exit", [glance])]);

        var headings = Headings(TableRenderer.Render(report, OutputFormat.Markdown));

        Assert.Equal([("#", "Report"), ("##", "At a glance"), ("###", "At a glance (2)"), ("##", "Exit"), ("###", "At a glance (Exit)")], headings);
    }

    private static void CheckGrouped(Table table)
    {
        // Text: no four digits in a row outside the label, in rows of counts.
        var lines = TextRowLines(table, TableRenderer.Render(table, OutputFormat.Text));
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var label = ((table.Rows[r].Kind == RowKind.SubCategory ? "└ " : string.Empty) + RenderText.OneLine(table.Rows[r].Label)).TrimEnd();
            Assert.StartsWith(label, lines[r], StringComparison.Ordinal);
            if (table.Rows[r].Cells.All(c => c is not StatisticCell))
            {
                Assert.DoesNotMatch(UngroupedDigits(), lines[r][label.Length..]);
            }
        }

        // Markdown: each count cell is the count grouped, never its plain digits.
        var markdown = TableRenderer.Render(table, OutputFormat.Markdown).Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal)).ToArray();
        var rows = markdown[^table.Rows.Count..];
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var texts = table.Rows[r].Cells.OfType<StatisticCell>().Select(c => c.Text).ToHashSet(StringComparer.Ordinal);
            var printed = MarkdownCells(rows[r]).Skip(1).Where(c => !texts.Contains(c)).ToArray();
            foreach (var count in table.Rows[r].Cells.OfType<CountCell>().Where(c => c.Count >= 1000))
            {
                Assert.Contains(Grouped(count.Count), printed);
                Assert.DoesNotContain(count.Count.ToString(CultureInfo.InvariantCulture), printed);
            }
        }
    }

    /// <summary>The headings of a Markdown document as (marker, text unescaped).</summary>
    private static List<(string Marker, string Text)> Headings(string markdown)
        => [.. markdown.Split('\n').Select(l => HeadingLine().Match(l)).Where(m => m.Success)
            .Select(m => (m.Groups["marker"].Value, MarkdownEscapes().Replace(m.Groups["text"].Value, "$1").Trim()))];

    /// <summary>Tables the renderer may put under their section's heading: the first of a section, titled like it.</summary>
    private static int HeadinglessTables(ReportResult report)
        => report.Sections.Count(s => s.Tables.Count > 0 && GitHubAnchor(("", RenderText.OneLine(s.Tables[0].Title))) == GitHubAnchor(("", RenderText.OneLine(s.Title))));

    /// <summary>
    /// GitHub's anchor for a heading (github-slugger), written here from its definition: lower case, drop everything
    /// but letters, marks, numbers, spaces, hyphens and underscores, then each space a hyphen.
    /// </summary>
    private static string GitHubAnchor((string Marker, string Text) heading)
        => AnchorDropped().Replace(heading.Text.ToLowerInvariant(), string.Empty).Replace(' ', '-');

    /// <summary>The last non-blank line above each pipe table, which must be its n line.</summary>
    private static List<string> NLinesAbovePipeTables(string markdown)
    {
        var lines = markdown.Split('\n');
        var found = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("| ", StringComparison.Ordinal) && (i == 0 || !lines[i - 1].StartsWith("| ", StringComparison.Ordinal)))
            {
                var above = i - 1;
                while (above >= 0 && lines[above].Length == 0)
                {
                    above--;
                }

                found.Add(above >= 0 ? lines[above] : string.Empty);
            }
        }

        return found;
    }

    [GeneratedRegex(@"^(?<marker>#{1,6}) (?<text>.*)$")]
    private static partial Regex HeadingLine();

    [GeneratedRegex(@"\\([\\|*_`\[\]#<~$&])")]
    private static partial Regex MarkdownEscapes();

    [GeneratedRegex(@"[^\p{L}\p{M}\p{N} _-]")]
    private static partial Regex AnchorDropped();

    // n = 1,820 | n (Intake) = 736; n (Exit) = 204 | Number of police reports = 28 | n: none (…)
    [GeneratedRegex(@"^(n: none \(no percentages in this table\)|[^|#*\- ].* = .+)$")]
    private static partial Regex NLine();

    // Four digits or more not in a grouped number, a percentage's decimals or an interval's.
    [GeneratedRegex(@"(?<![\d,.])\d{4,}")]
    private static partial Regex UngroupedDigits();
}
