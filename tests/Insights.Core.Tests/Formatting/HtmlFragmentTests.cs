using System.Text.RegularExpressions;
using Insights.Core.Formatting;
using Insights.Core.Tabulation;
using Xunit;
using static Insights.Core.Tests.Formatting.HtmlOutput;

namespace Insights.Core.Tests.Formatting;

/// <summary>
/// <see cref="TableRenderer.RenderHtmlFragment(Table)"/>: what a notebook shows (the package's .NET Interactive
/// extension calls it). The same tables and figures as the HTML page, inside someone else's page: styled inline, with
/// nothing that runs, nothing that names an element of the page (ids) and nothing that styles the page around it.
/// </summary>
public sealed class HtmlFragmentTests
{
    private static readonly Lazy<string> Fragment = new(() => TableRenderer.RenderHtmlFragment(OutreachFixture.Report));

    [Fact]
    public void RenderHtmlFragment_OutreachReport_ShowsEveryTableWithTheCaptionAndCellsOfThePage()
    {
        var page = Tables(TableRenderer.Render(OutreachFixture.Report, OutputFormat.Html));
        var fragment = Tables(Fragment.Value);
        var tables = OutreachFixture.Report.Tables.ToList();

        Assert.Equal(tables.Count, fragment.Count);
        Assert.Equal(page.Select(t => t.Caption), fragment.Select(t => t.Caption));
        foreach (var ((table, shown), onPage) in tables.Zip(fragment).Zip(page))
        {
            // The page's style sheet marks sub-categories with "└ "; the fragment has no style sheet, so says it.
            var expected = table.Rows.Zip(onPage.Rows, (row, cells) => row.Kind == RowKind.SubCategory ? ["└ " + cells[0], .. cells.Skip(1)] : cells);
            Assert.Equal(expected, shown.Rows);
        }

        Assert.Matches("New client</th><td style=\"[^\"]*\">1,346 <span class=\"pct\" style=\"[^\"]*\">74%</span></td>", Fragment.Value);
    }

    [Fact]
    public void RenderHtmlFragment_OutreachReport_HeadsEachSectionAndHasNoScriptStyleSheetIdOrAddress()
    {
        var html = Fragment.Value;

        Assert.StartsWith("<div class=\"insights-report\" style=\"", html, StringComparison.Ordinal);
        Assert.EndsWith("</div>\n", html, StringComparison.Ordinal);
        Assert.Equal(Regex.Matches(html, "<div[ >]").Count, Regex.Matches(html, "</div>").Count);
        Assert.Equal(
            OutreachFixture.Report.Sections.Select(s => RenderText.OneLine(s.Title)),
            Regex.Matches(html, "<h3 style=\"[^\"]*\">(?<title>[^<]*)</h3>").Select(m => TextOf(m.Groups["title"].Value)));
        Assert.Contains($">{HtmlTableFormatter.Text(OutreachFixture.Report.Title)}</h2>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<canvas", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch("\\s(id|href|src|srcset)=", html);
        Assert.DoesNotMatch("(?i)https?:|url\\(|@import", html);
    }

    [Fact]
    public void RenderHtmlFragment_Table_StylesEveryCellInline()
    {
        var table = new Table("Sexual orientation", [new TableBase("n", 100)], [new TableColumn(string.Empty)], [
            new TableRow("Heterosexual", RowKind.Category, [new CountCell(90, 100)]),
            new TableRow("Total LGB", RowKind.Net, [new CountCell(6, 100)]),
            new TableRow("Gay", RowKind.SubCategory, [new CountCell(6, 100)]),
            new TableRow("Total", RowKind.Total, [new CountCell(96, 100, showPercent: false)]),
            new TableRow("Missing", RowKind.Missing, [new CountCell(4, 100)]),
        ]);
        var html = TableRenderer.RenderHtmlFragment(table);

        Assert.StartsWith("<div class=\"insights-table\" style=\"", html, StringComparison.Ordinal);
        Assert.Single(Tables(html));
        Assert.All(Regex.Matches(html, "<(td|th|table|caption)[ >][^>]*>").Select(m => m.Value), tag => Assert.Contains(" style=\"", tag, StringComparison.Ordinal));
        Assert.Matches("<tr class=\"net\" style=\"font-weight:600\">", html);
        Assert.Matches("<tr class=\"total\" style=\"font-weight:600;border-top:2px solid #1d1b22\">", html);
        Assert.Matches("<tr class=\"missing\" style=\"font-style:italic;color:#5d5866\">", html);
        Assert.Matches("<tr class=\"subcategory\"><th scope=\"row\" style=\"[^\"]*padding-left:1.6rem\">└ ", html);
    }

    [Fact]
    public void RenderHtmlFragment_HostileText_IsEscaped()
    {
        const string hostile = "</div><script>alert(1)</script> <img src=x onerror=alert(2)> & \"q\" 'a'";
        var table = new Table(
            hostile,
            [new TableBase("n", 10)],
            [new TableColumn(hostile, Group: hostile, Base: 10), new TableColumn("B")],
            [
                new TableRow(hostile, RowKind.SubCategory, [new CountCell(3, 10), new StatisticCell(1.5m, hostile)]),
                new TableRow("broken \uD800 surrogate", RowKind.Category, [new CountCell(7, 10), null]),
            ],
            [hostile]);
        var report = new ReportResult(hostile, [new ReportResultSection(hostile, [table])]) { Period = hostile, Source = hostile };

        foreach (var html in new[] { TableRenderer.RenderHtmlFragment(table), TableRenderer.RenderHtmlFragment(report) })
        {
            Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
            Assert.DoesNotContain('\uD800', html);
            Assert.Equal(Regex.Matches(html, "<div[ >]").Count, Regex.Matches(html, "</div>").Count);
            var shown = Assert.Single(Tables(html));
            Assert.Equal(hostile + " n=10", shown.Caption);
            Assert.Equal(["└ " + hostile, "3 30%", hostile], shown.Rows[0]);
            Assert.Equal(["broken \uFFFD surrogate", "7 70%", string.Empty], shown.Rows[1]);
        }
    }

    [Fact]
    public void RenderHtmlFragment_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => TableRenderer.RenderHtmlFragment((Table)null!));
        Assert.Throws<ArgumentNullException>(() => TableRenderer.RenderHtmlFragment((ReportResult)null!));
    }
}
