using Insights.Core.Formatting;
using Insights.Core.Reports;
using Insights.Core.Tabulation;
using Insights.Synthetic;
using Xunit;

namespace Insights.Core.Tests.Reports;

/// <summary>A report's heading (title, period, source): validated when made, carried by the definition and the result, printed under the title.</summary>
public class ReportHeadingTests
{
    private static readonly ReportResult Services = OutreachReport.Section("Service inputs").Evaluate(Model.ReportCaseList());

    [Fact]
    public void Constructor_BlankOrMultiLineText_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new ReportHeading(null!));
        Assert.Throws<ArgumentException>(() => new ReportHeading(" "));
        Assert.Throws<ArgumentException>(() => new ReportHeading("T", period: ""));
        Assert.Throws<ArgumentException>(() => new ReportHeading("T", source: "a\nb"));
        Assert.Throws<ArgumentException>(() => new ReportHeading("T\t"));
    }

    [Fact]
    public void Equality_IsByTheThreeTexts()
    {
        Assert.Equal(new ReportHeading("T", "P", "S"), new ReportHeading("T", "P", "S"));
        Assert.NotEqual(new ReportHeading("T", "P"), new ReportHeading("T", "P", "S"));
        Assert.Equal("T | P | S", new ReportHeading("T", "P", "S").ToString());
    }

    [Fact]
    public void Definition_KeepsThePublishedHeading()
    {
        Assert.Equal(new ReportHeading("Insights outreach England and Wales dataset 2018-19"), OutreachReport.Definition.Heading);
        Assert.Null(Services.Period);
        Assert.Null(Services.Source);
    }

    [Fact]
    public void Create_GivesTheSameTablesUnderTheNewHeading()
    {
        var heading = new ReportHeading("North service", "April 2024 to March 2025", "case export");
        var report = OutreachReport.Create(heading);

        var result = report.Evaluate(Model.ReportCaseList());

        Assert.Equal(heading, report.Heading);
        Assert.Equal(OutreachReport.Definition.Sections, report.Sections);
        Assert.Equal(("North service", "April 2024 to March 2025", "case export"), (result.Title, result.Period, result.Source));
        Assert.Equal(report.WithSections(s => s.Title == OutreachReport.SectionTitles.ServiceInputs).Heading, heading);
    }

    [Fact]
    public void Renderers_PrintPeriodAndSourceUnderTheTitle_OnlyWhenGiven()
    {
        var headed = Services.WithHeading(new ReportHeading("North", "2024-25", "export"));

        Assert.StartsWith("North\n=====\nPeriod: 2024-25\nSource: export\n\n", TableRenderer.Render(headed, OutputFormat.Text), StringComparison.Ordinal);
        Assert.StartsWith("# North\n\n- Period: 2024-25\n- Source: export\n\n## ", TableRenderer.Render(headed, OutputFormat.Markdown), StringComparison.Ordinal);
        Assert.StartsWith("{\"title\":\"North\",\"period\":\"2024-25\",\"source\":\"export\",\"sections\"", TableRenderer.Render(headed, OutputFormat.Json).Replace("\n", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(TableRenderer.Render(Services, OutputFormat.Csv), TableRenderer.Render(headed, OutputFormat.Csv));

        var plain = Services.WithHeading(new ReportHeading("North"));
        Assert.StartsWith("North\n=====\n\n", TableRenderer.Render(plain, OutputFormat.Text), StringComparison.Ordinal);
    }

    private static class Model
    {
        internal static IReadOnlyList<ReportCase> ReportCaseList() => ReportCase.From(new Core.Model.Dataset(ExactDataset.Cases));
    }
}
