using Insights.Core.Formatting;
using Insights.Core.Model;
using Insights.Core.Reports;
using Insights.Synthetic;

namespace Insights.Cli.Tests.Commands;

public sealed partial class ReportCommandTests
{
    [Fact]
    public void Report_ByRegion_EveryTableSplitAsTheLibrarySplitsIt()
    {
        var result = CliRun.InProcess("report", "--section", "Service inputs", "--by", "region", "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var expected = OutreachReport.Section("Service inputs").GroupBy(r => (Region?)r.Case.Service.Region).Evaluate(ReportCase.From(new Dataset(ExactDataset.Create())));
        Assert.Equal(TableRenderer.Render(expected, OutputFormat.Json), result.Out);
        Assert.Contains(Labels.Of(Region.London), result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_ByService_FileReadTwiceGivesTheSameReportAsTheBuiltInData()
    {
        var title = OutreachReport.DefaultHeading.Title;
        var builtIn = CliRun.InProcess("report", "--section", "Service inputs", "--by", "service");
        var file = CliRun.InProcess("report", "--input", files.Exact, "--section", "Service inputs", "--by", "service", "--title", title);

        Assert.True(builtIn.ExitCode == 0, builtIn.ToString());
        Assert.True(file.ExitCode == 0, file.ToString());
        var services = new Dataset(ExactDataset.Create()).Services;
        Assert.All(services, s => Assert.Contains(s.Name, builtIn.Out, StringComparison.Ordinal));
        Assert.Equal(builtIn.Out, file.Out);
    }

    [Theory]
    [InlineData("team")]
    [InlineData("")]
    public void Report_ByUnknownGrouping_IsWrongUsage(string by)
    {
        var result = CliRun.InProcess("report", "--by", by);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--by takes 'region' or 'service'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_ByServiceFromStandardInput_IsWrongUsage()
    {
        var result = CliRun.InProcess("report", "--input", "-", "--by", "service");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("needs a file", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_SampledByRegion_IsWrongUsage()
    {
        var result = CliRun.InProcess("report", "--sampled", "10", "--by", "region");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--by", result.Error, StringComparison.Ordinal);
    }
}
