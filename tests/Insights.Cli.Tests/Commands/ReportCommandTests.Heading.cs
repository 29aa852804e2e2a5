using System.Text.Json;
using Insights.Core.Reports;

namespace Insights.Cli.Tests.Commands;

public sealed partial class ReportCommandTests
{
    [Fact]
    public void Report_InputWithoutTitle_DoesNotClaimThePublishedPeriod()
    {
        var result = CliRun.InProcess("report", "--input", files.ValidSampled, "--section", "Service inputs");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("Insights outreach report\n========================\n\nService inputs\n", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("2018-19", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_TitlePeriodSource_PrintedUnderTheTitle()
    {
        var result = CliRun.InProcess("report", "--input", files.ValidSampled, "--section", "Service inputs", "--title", "North service", "--period", "April 2024 to March 2025", "--source", "case export");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("North service\n=============\nPeriod: April 2024 to March 2025\nSource: case export\n\nService inputs\n", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_TitleOnBuiltInData_ReplacesThePublishedTitleInJson()
    {
        var result = CliRun.InProcess("report", "--format", "json", "--section", "Service inputs", "--title", "Trial", "--period", "2018-19");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal("Trial", json.RootElement.GetProperty("title").GetString());
        Assert.Equal("2018-19", json.RootElement.GetProperty("period").GetString());
        Assert.False(json.RootElement.TryGetProperty("source", out _));
    }

    [Fact]
    public void Report_NoHeadingOptions_KeepsThePublishedHeadingAndNoPeriodLine()
    {
        var result = CliRun.InProcess("report", "--section", "Service inputs");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith(OutreachReport.DefaultHeading.Title + "\n" + new string('=', OutreachReport.DefaultHeading.Title.Length) + "\n\nService inputs\n", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_TitleWithControlCharacters_IsEscaped()
    {
        var result = CliRun.InProcess("report", "--section", "Service inputs", "--title", "A\nB\u202e");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("A\\u000AB\\u202E", result.OutLines[0]);
    }

    [Theory]
    [InlineData("--title")]
    [InlineData("--period")]
    [InlineData("--source")]
    public void Report_BlankHeadingText_IsWrongUsage(string option)
    {
        var result = CliRun.InProcess("report", "--section", "Service inputs", option, " ");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(option + " needs some text", result.Error, StringComparison.Ordinal);
    }
}
