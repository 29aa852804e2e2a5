using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Insights.Core.Formatting;
using Insights.Core.Tabulation;
using Xunit;
using static Insights.Core.Tests.Formatting.RenderedOutput;

namespace Insights.Core.Tests.Formatting;

public sealed partial class TableRendererTests
{
    /// <summary>Text made of the characters that need care: separators, quotes, line breaks, tabs, markup and non-ASCII.</summary>
    public static Gen<string> AwkwardText { get; } =
        Gen.ListOf(Gen.Elements(',', '"', '\r', '\n', '\t', ' ', ' ', 'a', 'b', 'Z', '1', 'é', '└', '|', '\\', '*', '_', '<', '#', '\'', ';'))
            .Select(chars => new string([.. chars]));

    public static Arbitrary<ReportResult> AwkwardReports()
    {
        var cell = Gen.Frequency(
            (1, Gen.Constant<TableCell?>(null)),
            (4, from count in Gen.Choose(0, 5000) from extra in Gen.Choose(0, 5000) from shown in Gen.Elements(true, true, false)
                select (TableCell?)new CountCell(count, extra == 0 ? 0 : count + extra, shown)),
            (1, from text in AwkwardText from value in Gen.Choose(-100, 100) select (TableCell?)new StatisticCell(value, text)));
        var table = from title in AwkwardText.Select(t => "T" + t)
                    from columns in Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(
                        from header in AwkwardText
                        from grouped in Gen.Elements(false, true)
                        from groupText in AwkwardText
                        select new TableColumn(header, grouped ? groupText : null), n))
                    from rows in Gen.ListOf(
                        from label in AwkwardText
                        from kind in Gen.Elements(Enum.GetValues<RowKind>())
                        from cells in Gen.ArrayOf(cell, columns.Length)
                        select new TableRow(label, kind, cells))
                    from notes in Gen.ListOf(AwkwardText)
                    select new Table(title, [new TableBase("n", 5)], columns, [.. rows], [.. notes]);
        var section = from title in AwkwardText from tables in Gen.ListOf(table) select new ReportResultSection(title, [.. tables]);
        return Arb.From(from title in AwkwardText from sections in Gen.ListOf(section) select new ReportResult(title, [.. sections]));
    }

    [Property(Arbitrary = new[] { typeof(TableRendererTests) }, MaxTest = 200)]
    public void Render_Csv_AnyTextRoundTripsThroughAnRfc4180Parser(ReportResult report)
    {
        var csv = TableRenderer.Render(report, OutputFormat.Csv);
        var records = ParseCsv(csv);
        var expected = new List<string[]> { new[] { "section", "table", "row", "row_kind", "column", "count", "base", "percent", "percent_value", "value" } };
        foreach (var section in report.Sections)
        {
            foreach (var table in section.Tables)
            {
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
                            expected.Add([section.Title, table.Title, row.Label, KindName(row.Kind), ColumnName(table.Columns[c]), .. values]);
                        }
                    }
                }
            }
        }

        Assert.Equal(expected, records.Select(r => r.ToArray()));
    }

    [Property(Arbitrary = new[] { typeof(TableRendererTests) }, MaxTest = 200)]
    public void Render_AnyText_EveryFormatStaysWellFormed(ReportResult report)
    {
        // JSON parses back to the same strings.
        var json = ParseJson(TableRenderer.Render(report, OutputFormat.Json));
        Assert.Equal(report.Title, json.GetProperty("title").GetString());
        Assert.Equal(
            report.Sections.SelectMany(s => s.Tables.SelectMany(t => t.Rows.Select(r => r.Label))),
            json.GetProperty("sections").EnumerateArray().SelectMany(s => s.GetProperty("tables").EnumerateArray().SelectMany(t => t.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("label").GetString()!))));

        // Markdown: one block of table lines per table, one line per row, each with the header's number of cells.
        var tables = report.Sections.SelectMany(s => s.Tables).ToArray();
        var blocks = new List<List<string>>();
        var inBlock = false;
        foreach (var line in TableRenderer.Render(report, OutputFormat.Markdown).Split('\n'))
        {
            var isTableLine = line.StartsWith("| ", StringComparison.Ordinal);
            if (isTableLine && !inBlock)
            {
                blocks.Add([]);
            }

            if (isTableLine)
            {
                blocks[^1].Add(line);
            }

            inBlock = isTableLine;
        }

        Assert.Equal(tables.Length, blocks.Count);
        for (var t = 0; t < tables.Length; t++)
        {
            var table = tables[t];
            var percents = Enumerable.Range(0, table.Columns.Count).Count(c => table.Rows.Any(r => r.Cells[c] is CountCell { ShowPercent: true }));
            Assert.Equal((HasUpperHeaders(table) ? 3 : 2) + table.Rows.Count, blocks[t].Count);
            Assert.All(blocks[t], line => Assert.Equal(1 + table.Columns.Count + percents, MarkdownCells(line).Count));
        }

        // Text: the table layout's line count holds whatever the labels contain (no label breaks a line).
        var text = TableRenderer.Render(report, OutputFormat.Text).Split('\n');
        var lineEnds = 3 + report.Sections.Sum(s => 3 + s.Tables.Sum(t => 1 + TextHeaderLines(t) + t.Rows.Count + t.Notes.Count + 1));
        var expectedLines = lineEnds + 1;
        Assert.Equal(expectedLines, text.Length);
    }

    // Two header lines (columns or their groups, then Count, % or the headers under a group), or only the second
    // when no column is named; none for a single unnamed column.
    private static int TextHeaderLines(Table table)
        => HasUpperHeaders(table) ? 2 : table.Columns.Count > 1 ? 1 : 0;

    private static bool HasUpperHeaders(Table table)
        => table.Columns.Any(c => RenderText.OneLine(RenderText.ShowsGroup(c) ? c.Group! : c.Header).Length > 0);
}
