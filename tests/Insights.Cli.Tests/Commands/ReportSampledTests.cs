using Insights.Core.Formatting;
using Insights.Core.Model;
using Insights.Core.Reports;
using Insights.Synthetic;

namespace Insights.Cli.Tests.Commands;

public sealed class ReportSampledTests
{
    [Fact]
    public void Report_Sampled_PrintsTheReportOfTheSampledCasesThroughTheFrame()
    {
        var result = CliRun.InProcess("report", "--sampled", "3000", "--seed", "4", "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var objects = OutreachReport.Evaluate(new Dataset(SampledDataset.Generate(3000, 4)));
        Assert.Equal(TableRenderer.Render(objects, OutputFormat.Json), result.Out);
    }

    [Fact]
    public void Report_SampledWithSectionAndTimings_PrintsThatSectionAndTimingsOnStandardError()
    {
        var result = CliRun.InProcess("report", "--sampled", "2000", "--section", "Service inputs", "--timings");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(result.OutLines, line => line == OutreachReport.SectionTitles.ServiceInputs);
        Assert.DoesNotContain(result.OutLines, line => line == OutreachReport.SectionTitles.ClientProfile);
        Assert.Contains("timings: generate into the frame", result.Error, StringComparison.Ordinal);
        Assert.Contains("2,000 cases", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_SampledTwice_ByteIdentical()
        => Assert.Equal(CliRun.InProcess("report", "--sampled", "1500", "--seed", "9").Out, CliRun.InProcess("report", "--sampled", "1500", "--seed", "9").Out);

    [Theory]
    [InlineData("--sampled", "0")]
    [InlineData("--sampled", "abc")]
    [InlineData("--sampled", "10", "--input", "cases.jsonl")]
    [InlineData("--sampled", "10", "--region", "London")]
    [InlineData("--seed", "3")]
    public void Report_SampledWrongUsage_ExitsTwo(params string[] arguments)
    {
        var result = CliRun.InProcess(["report", .. arguments]);

        Assert.Equal(2, result.ExitCode);
        Assert.NotEmpty(result.Error);
    }
}
