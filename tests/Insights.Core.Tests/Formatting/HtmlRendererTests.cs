using System.Text.Json;
using System.Text.RegularExpressions;
using Insights.Core.Formatting;
using Insights.Core.Tabulation;
using Xunit;
using static Insights.Core.Tests.Formatting.HtmlOutput;

namespace Insights.Core.Tests.Formatting;

public sealed class HtmlRendererTests
{
    private static readonly Lazy<string> OutreachHtml = new(() => TableRenderer.Render(OutreachFixture.Report, OutputFormat.Html));

    // What the cell of a table shows: the count with separators, the printed percentage, the interval and the mark.
    private static string Expected(TableCell? cell) => cell switch
    {
        null => string.Empty,
        StatisticCell statistic => statistic.Text,
        CountCell count => count.Count.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture)
            + (count.PercentText.Length > 0 ? " " + count.PercentText : string.Empty)
            + (count.Interval is { } i ? " " + RenderText.CellStatistics(count with { Comparison = null }) : string.Empty)
            + (count.Comparison is { Significant: true } ? "*" : string.Empty),
        _ => cell.PercentText,
    };

    [Fact]
    public void Render_OutreachReport_OneHtmlTablePerTableCaptionedWithTitleAndN()
    {
        var tables = Tables(OutreachHtml.Value);
        var expected = OutreachFixture.Report.Tables.ToList();

        Assert.Equal(expected.Count, Regex.Matches(OutreachHtml.Value, "<table[ >]").Count);
        Assert.Equal(expected.Count, tables.Count);
        Assert.Equal(
            expected.Select(t => string.Join(' ', [RenderText.OneLine(t.Title), .. RenderText.Bases(t, spaced: false)])),
            tables.Select(t => t.Caption.Replace(" · ", " ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Render_OutreachReport_EveryCellShowsItsCountWithSeparatorsAndItsPrintedPercentage()
    {
        var tables = Tables(OutreachHtml.Value);
        var cells = 0;
        foreach (var (table, html) in OutreachFixture.Report.Tables.Zip(tables))
        {
            Assert.Equal(table.Rows.Count, html.Rows.Count);
            foreach (var (row, shown) in table.Rows.Zip(html.Rows))
            {
                Assert.Equal([RenderText.OneLine(row.Label), .. row.Cells.Select(Expected)], shown);
                cells += row.Cells.Count;
            }
        }

        // Referral status: the report's "New client 1346 74%" prints its count with a separator.
        Assert.Contains("<th scope=\"row\">New client</th><td>1,346 <span class=\"pct\">74%</span></td>", OutreachHtml.Value, StringComparison.Ordinal);
        Assert.True(cells > 1000, $"only {cells} cells were compared");
    }

    [Fact]
    public void Render_OutreachReport_LoadsNothing()
    {
        var html = OutreachHtml.Value;
        var outside = WithoutLicenceComments(html);

        Assert.Contains($"<meta http-equiv=\"Content-Security-Policy\" content=\"{HtmlTableFormatter.ContentSecurityPolicy}\">", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("(?i)https?:", outside);

        // Outside the scripts (whose text Chart.js fills with method names such as toDataURL), nothing that fetches.
        var markup = Regex.Replace(html, "<script[^>]*>.*?</script>", "<script></script>", RegexOptions.Singleline);
        Assert.DoesNotMatch("(?i)\\s(src|srcset|href)=\"(?!#)", markup);
        Assert.DoesNotMatch("(?i)url\\(", markup);
        Assert.DoesNotMatch("(?i)@import", markup);

        // The licence comment keeps Chart.js's licence with its code.
        Assert.Contains("Copyright (c) 2014-2024 Chart.js Contributors", html, StringComparison.Ordinal);
        Assert.Contains("Chart.js v4.6.1", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_OutreachReport_EveryScriptEndsOnlyAtItsEndTag()
    {
        var html = OutreachHtml.Value;
        var scripts = Regex.Matches(html, "<script[^>]*>(.*?)</script>", RegexOptions.Singleline | RegexOptions.IgnoreCase);

        Assert.Equal(Regex.Matches(html, "<script[ >]", RegexOptions.IgnoreCase).Count, scripts.Count);
        Assert.All(scripts, s => Assert.DoesNotContain("<!--", s.Groups[1].Value, StringComparison.Ordinal));
        Assert.All(IslandTexts(html), island => Assert.DoesNotContain("</", island, StringComparison.Ordinal));
    }

    [Fact]
    public void Render_OutreachReport_ChartsCarryThePrintedPercentages()
    {
        var html = OutreachHtml.Value;
        var islands = Islands(html);
        var tables = Tables(html);
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (table, shown) in OutreachFixture.Report.Tables.Zip(tables))
        {
            if (!islands.TryGetValue(shown.Id.Replace("-table", "-data", StringComparison.Ordinal), out var island))
            {
                continue;
            }

            var kind = island.GetProperty("kind").GetString()!;
            kinds.Add(kind);
            var rows = table.Rows.Where(r => r.Kind is RowKind.Category or RowKind.SubCategory or RowKind.Derived && r.Cells.Any(c => c is CountCell { PercentValue: not null })).ToList();
            Assert.Equal(rows.Select(r => RenderText.OneLine(r.Label)), island.GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
            var series = island.GetProperty("series").EnumerateArray().ToList();
            Assert.Equal(table.Columns.Count, series.Count);
            for (var c = 0; c < series.Count; c++)
            {
                Assert.Equal(rows.Select(r => r.Cells[c] is CountCell count ? count.PercentText : string.Empty), series[c].GetProperty("texts").EnumerateArray().Select(t => t.GetString()));
                Assert.Equal(rows.Select(r => (r.Cells[c] as CountCell)?.PercentValue), series[c].GetProperty("values").EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Null ? (decimal?)null : v.GetDecimal()));
            }

            if (kind == "paired")
            {
                Assert.Equal(["Intake", "Exit"], series.Select(s => s.GetProperty("name").GetString()));
            }
        }

        Assert.Equal(["bars", "grouped", "multiples", "paired"], kinds.Order(StringComparer.Ordinal));

        // One canvas per island, except small multiples: one canvas per column of the grid.
        var expectedCanvases = islands.Values.Sum(i => i.GetProperty("kind").GetString() == "multiples" ? i.GetProperty("series").GetArrayLength() : 1);
        Assert.Equal(expectedCanvases, Regex.Matches(html, "<canvas data-chart=").Count);
    }

    [Fact]
    public void Render_Grid_IsSmallMultiplesOneChartPerColumnOnOneScale()
    {
        var html = OutreachHtml.Value;
        var table = OutreachFixture.Report.Tables.Single(t => t.Title == "Level of abuse");
        var shown = Tables(html).Single(t => t.Caption.StartsWith("Level of abuse", StringComparison.Ordinal));
        var id = shown.Id.Replace("-table", string.Empty, StringComparison.Ordinal);
        var island = Islands(html)[id + "-data"];

        Assert.Equal("multiples", island.GetProperty("kind").GetString());
        Assert.Equal(table.Columns.Select(c => c.Header), island.GetProperty("series").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        Assert.All(island.GetProperty("series").EnumerateArray(), s => Assert.Equal("% of n=1,820", s.GetProperty("axis").GetString()));

        // A canvas per column, each naming its column, and a text alternative per chart with the column's percentages.
        var canvases = Regex.Matches(html, $"<canvas data-chart=\"{id}-data\" data-series=\"(?<series>\\d+)\" role=\"img\" aria-label=\"(?<label>[^\"]*)\" aria-describedby=\"(?<alt>[^\"]*)\">");
        Assert.Equal(Enumerable.Range(0, table.Columns.Count).Select(c => c.ToString(System.Globalization.CultureInfo.InvariantCulture)), canvases.Select(m => m.Groups["series"].Value));
        Assert.Equal(table.Columns.Select(c => HtmlTableFormatter.Escape("Bars: Level of abuse, " + c.Header)), canvases.Select(m => m.Groups["label"].Value));
        var physical = table.Rows.Single(r => r.Label == "Physical");
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var alternative = Regex.Match(html, $"<p class=\"visually-hidden\" id=\"{canvases[c].Groups["alt"].Value}\">(?<text>[^<]*)</p>").Groups["text"].Value;
            Assert.StartsWith(HtmlTableFormatter.Escape($"Bars: Level of abuse, {table.Columns[c].Header}, % of n=1,820. Physical {physical.Cells[c]!.PercentText};"), alternative, StringComparison.Ordinal);
        }

        // The table beside them is not shaded: the charts carry the comparison.
        Assert.DoesNotContain("class=\"heat\"", shown.Attributes, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_GridWithColumnsOfTheirOwnBases_EachChartNamesItsBase()
    {
        var table = new Table("Outcomes", [new TableBase("n (A)", 10), new TableBase("n (B)", 20), new TableBase("n (C)", 40)],
            [new TableColumn("A", Base: 10), new TableColumn("B", Base: 20), new TableColumn("C", Base: 40)],
            [
                new TableRow("Agree", RowKind.Category, [new CountCell(5, 10), new CountCell(5, 20), new CountCell(30, 40)]),
                new TableRow("Disagree", RowKind.Category, [new CountCell(5, 10), new CountCell(15, 20), new CountCell(10, 40)]),
            ]);
        var html = TableRenderer.Render(table, OutputFormat.Html);

        var island = Assert.Single(Islands(html)).Value;
        Assert.Equal("multiples", island.GetProperty("kind").GetString());
        Assert.Equal(["% of n=10", "% of n=20", "% of n=40"], island.GetProperty("series").EnumerateArray().Select(s => s.GetProperty("axis").GetString()));
        Assert.Equal(3, Regex.Matches(html, "<canvas data-chart=").Count);
        Assert.Contains("Bars: Outcomes, C, % of n=40. Agree 75%; Disagree 25%.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NeedsSupportMatrix_IsAHeatShadedGridWithoutBars()
    {
        var html = OutreachHtml.Value;
        var matrix = Tables(html).Single(t => t.Caption.StartsWith("Needs & Support matrix", StringComparison.Ordinal));

        Assert.Contains("class=\"heat\"", matrix.Attributes, StringComparison.Ordinal);
        Assert.DoesNotContain(matrix.Id.Replace("-table", "-data", StringComparison.Ordinal), Islands(html).Keys);
        var body = Regex.Match(html, $"<table id=\"{matrix.Id}\".*?</table>", RegexOptions.Singleline).Value;
        Assert.Matches("<td style=\"background-color:rgba\\(91,42,134,0\\.\\d\\d\\)", body);
    }

    [Fact]
    public void Render_HostileText_IsEscapedInTablesChartsAndTitles()
    {
        const string hostile = "</script><script>alert(1)</script> <img src=x onerror=alert(2)> & \"q\" 'a'";
        var table = new Table(
            hostile,
            [new TableBase("n", 10)],
            [new TableColumn(string.Empty)],
            [
                new TableRow(hostile, RowKind.Category, [new CountCell(3, 10)]),
                new TableRow("broken \uD800 surrogate", RowKind.Category, [new CountCell(7, 10)]),
            ],
            [hostile]);
        var html = TableRenderer.Render(table, OutputFormat.Html);

        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain('\uD800', html);
        var shown = Assert.Single(Tables(html));
        Assert.Equal([hostile, "3 30%"], shown.Rows[0]);
        Assert.Equal(["broken \uFFFD surrogate", "7 70%"], shown.Rows[1]);
        var island = Assert.Single(Islands(html)).Value;
        Assert.Equal([hostile, "broken \uFFFD surrogate"], island.GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
    }

    [Fact]
    public void Render_Statistics_ShowsIntervalsSignificanceAndTests()
    {
        var cell = new CountCell(30, 100)
        {
            Interval = new CellInterval(0.2188, 0.3958),
            Comparison = new CellComparison(0.12, 0.03, 0.21, 0.004) { AdjustedPValue = 0.012, Significant = true },
        };
        var test = new TableTest("Safety", "McNemar", "McNemar, chi-square with continuity correction", 6.25, 1, 0.0124) { Significant = true };
        var table = new Table("Feel safer", [new TableBase("n", 100)], [new TableColumn("Intake"), new TableColumn("Exit")], [
            new TableRow("Yes", RowKind.Category, [cell, new CountCell(50, 100)]),
            new TableRow("No", RowKind.Category, [new CountCell(70, 100), new CountCell(50, 100)]),
        ]).WithTests([test]);
        table = table.WithRows(table.Rows, new IntervalSettings("Wilson score", 0.95), table.Notes);
        var html = TableRenderer.Render(table, OutputFormat.Html);

        var shown = Assert.Single(Tables(html));
        Assert.Equal(["Yes", "30 30% [21.9, 39.6]*", "50 50%"], shown.Rows[0]);
        Assert.Contains($"<li>{HtmlTableFormatter.Text(RenderText.Test(test))}</li>", html, StringComparison.Ordinal);
        Assert.Contains("Intervals in brackets: Wilson score, 95% confidence", html, StringComparison.Ordinal);
        Assert.Contains("title=\"Significant: +12.0 points [3.0, 21.0] from the reference group, adjusted p = 0.012\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_FiguresPer100_AreLargeFiguresWithAWaffleOf100()
    {
        var table = new Table("Who are they?", [], [new TableColumn(string.Empty)], [
            new TableRow("will be female", RowKind.Category, [new StatisticCell(94, "94")]),
            new TableRow("will be unemployed", RowKind.Category, [new StatisticCell(7, "7")]),
        ]);
        var html = TableRenderer.Render(table, OutputFormat.Html);

        var waffles = Regex.Matches(html, "<span class=\"waffle\" role=\"img\" aria-label=\"(?<label>[^\"]*)\">(?<squares>(?:<span(?: class=\"on\")?></span>)*)</span>");
        Assert.Equal(["94 in 100 will be female", "7 in 100 will be unemployed"], waffles.Select(w => w.Groups["label"].Value));
        Assert.Equal([94, 7], waffles.Select(w => Regex.Matches(w.Groups["squares"].Value, "class=\"on\"").Count));
        Assert.All(waffles, w => Assert.Equal(100, Regex.Matches(w.Groups["squares"].Value, "<span").Count));
        Assert.Contains("<span class=\"value\">94</span><span class=\"label\">will be female</span>", html, StringComparison.Ordinal);

        // The panel keeps its figures as a table too, and draws no bars.
        Assert.Equal(["will be female", "94"], Assert.Single(Tables(html)).Rows[0]);
        Assert.Empty(Islands(html));
    }

    [Fact]
    public void Render_SameReportTwice_SameCharacters()
        => Assert.Equal(OutreachHtml.Value, TableRenderer.Render(OutreachFixture.Report, OutputFormat.Html));

    [Fact]
    public void Render_OneTable_IsACompleteDocument()
    {
        var table = OutreachFixture.Report.Tables.First(t => t.Columns.Count == 2 && t.Columns[0].Header == "Intake");
        var html = TableRenderer.Render(table, OutputFormat.Html);

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">\n", html, StringComparison.Ordinal);
        Assert.EndsWith("</body>\n</html>\n", html, StringComparison.Ordinal);
        Assert.Single(Tables(html));
        Assert.Equal("paired", Assert.Single(Islands(html)).Value.GetProperty("kind").GetString());
    }
}
