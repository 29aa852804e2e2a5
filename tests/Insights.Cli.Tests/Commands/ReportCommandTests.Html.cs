using System.Text.RegularExpressions;
using Insights.Cli.Commands;
using Insights.Core.Formatting;
using Insights.Core.Model;
using Insights.Core.Reports;
using Insights.Synthetic;

namespace Insights.Cli.Tests.Commands;

public sealed partial class ReportCommandTests
{
    [Fact]
    public void Report_FormatHtml_WritesTheLibrarysPageToStandardOutput()
    {
        var result = CliRun.InProcess("report", "--format", "html", "--section", "At a glance");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(result.Error);
        var report = OutreachReport.Section("At a glance").EvaluateParallel(ReportCase.From(new Dataset(ExactDataset.Create()))).WithHeading(OutreachReport.DefaultHeading);
        Assert.Equal(TableRenderer.Render(report, OutputFormat.Html), result.Out);
        Assert.Equal(report.Tables.Count(), Regex.Matches(result.Out, "<table[ >]").Count);
    }

    [Theory]
    [InlineData("pdf")]
    [InlineData("PDF")]
    public void Report_FormatPdfWithoutOutput_ExitsTwoAndWritesNothing(string format)
    {
        var result = CliRun.InProcess("report", "--format", format);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Contains("--format pdf writes a binary PDF, which cannot go to standard output", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Browser_NoneOnPathNorInstalled_WrongUsageNamingThePackage()
    {
        var folder = files.NewPath("no-browser-here");

        var failure = Assert.Throws<CommandFailure>(() => ChromiumPdf.Browser(null, folder, Path.Combine(folder, "chromium")));

        Assert.Equal(ExitCodes.WrongUsage, failure.ExitCode);
        Assert.Contains("apt-get install chromium", failure.Message, StringComparison.Ordinal);
        Assert.Contains(ChromiumPdf.EnvironmentVariable, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Browser_ConfiguredPathMissing_WrongUsageNamingIt()
    {
        var missing = files.NewPath("not-a-browser");

        var failure = Assert.Throws<CommandFailure>(() => ChromiumPdf.Browser(missing, null, "/usr/bin/chromium"));

        Assert.Equal(ExitCodes.WrongUsage, failure.ExitCode);
        Assert.Contains(missing, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Browser_OnPath_FoundBeforeTheFallback()
    {
        var folder = files.NewPath("browsers");
        Directory.CreateDirectory(folder);
        var browser = Path.Combine(folder, OperatingSystem.IsWindows() ? "google-chrome.exe" : "google-chrome");
        File.WriteAllText(browser, string.Empty);

        Assert.Equal(browser, ChromiumPdf.Browser(null, string.Join(Path.PathSeparator, [files.NewPath("empty"), folder]), "/nowhere/chromium"));
    }
}
