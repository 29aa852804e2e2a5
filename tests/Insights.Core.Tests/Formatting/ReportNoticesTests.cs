using System.Text.Json;
using Insights.Core.Formatting;
using Insights.Core.Tabulation;
using Xunit;

namespace Insights.Core.Tests.Formatting;

/// <summary>A report's notices: under its heading in every format that has a heading, escaped, and in order.</summary>
public sealed class ReportNoticesTests
{
    private const string Hostile = "<b>bold</b> & \"q\"\nsecond line \u202E";

    private static readonly ReportResult Report = new ReportResult("Title", [
        new ReportResultSection("Section", [new Table("Referral status", [new TableBase("n", 10)], [new TableColumn(string.Empty)], [
            new TableRow("New client", RowKind.Category, [new CountCell(7, 10)]),
        ])]),
    ]) { Period = "2025-26" }.WithNotice("Rejected records: 3 of 13 read; they are not counted in this report.").WithNotice(Hostile);

    [Fact]
    public void WithNotice_AddsAfterTheOthers_AndRefusesAnEmptyOne()
    {
        Assert.Equal(2, Report.Notices.Count);
        Assert.Equal(Hostile, Report.Notices[1]);
        Assert.Empty(new ReportResult("Title", []).Notices);
        Assert.Throws<ArgumentException>(() => Report.WithNotice(" "));
        Assert.Throws<ArgumentNullException>(() => Report.WithNotice(null!));
    }

    [Fact]
    public void Text_NoticesAreTheHeadingsLastLines()
    {
        var lines = TableRenderer.Render(Report, OutputFormat.Text).Split('\n');

        Assert.Equal(["Title", "=====", "Period: 2025-26", "Rejected records: 3 of 13 read; they are not counted in this report.", RenderText.OneLine(Hostile), string.Empty], lines[..6]);
    }

    [Fact]
    public void Markdown_NoticesAreItemsUnderTheTitle()
    {
        var markdown = TableRenderer.Render(Report, OutputFormat.Markdown);

        Assert.StartsWith("# Title\n\n- Period: 2025-26\n- Rejected records: 3 of 13 read; they are not counted in this report.\n- ", markdown, StringComparison.Ordinal);
        Assert.Contains("- \\<b>bold\\</b>", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_NoticesAreAnArray_AbsentWhenThereAreNone()
    {
        using var json = JsonDocument.Parse(TableRenderer.Render(Report, OutputFormat.Json));
        using var none = JsonDocument.Parse(TableRenderer.Render(Report with { Notices = [] }, OutputFormat.Json));

        Assert.Equal(Report.Notices, json.RootElement.GetProperty("notices").EnumerateArray().Select(n => n.GetString()));
        Assert.False(none.RootElement.TryGetProperty("notices", out _));
    }

    [Fact]
    public void Html_NoticesAreNotesInTheHeader_Escaped()
    {
        var html = TableRenderer.Render(Report, OutputFormat.Html);
        var fragment = TableRenderer.RenderHtmlFragment(Report);

        Assert.Contains("<p class=\"notice\" role=\"note\">Rejected records: 3 of 13 read; they are not counted in this report.</p>", html, StringComparison.Ordinal);
        Assert.Contains($"<p class=\"notice\" role=\"note\">{HtmlTableFormatter.Text(Hostile)}</p>", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("role=\"note\"", StringComparison.Ordinal) < html.IndexOf("</header>", StringComparison.Ordinal));
        Assert.DoesNotContain("<b>bold", html, StringComparison.Ordinal);
        Assert.Contains("Rejected records: 3 of 13 read", fragment, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>bold", fragment, StringComparison.Ordinal);
    }

    [Fact]
    public void Xlsx_NoticesAreOnTheContentsSheetUnderThePeriod()
    {
        using var stream = new MemoryStream();
        XlsxRenderer.Write(Report, stream);
        var contents = XlsxOutput.Read(stream.ToArray())[0];

        Assert.Equal("Title", contents.A(1));
        Assert.Equal("Period: 2025-26", contents.A(2));
        Assert.Equal("Rejected records: 3 of 13 read; they are not counted in this report.", contents.A(3));
        Assert.NotNull(contents.A(4));
    }

    [Fact]
    public void Csv_HasNoPlaceForNotices()
    {
        Assert.Equal(TableRenderer.Render(Report with { Notices = [] }, OutputFormat.Csv), TableRenderer.Render(Report, OutputFormat.Csv));
    }
}
