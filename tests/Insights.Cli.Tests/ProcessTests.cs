using System.Globalization;
using Insights.Synthetic;

namespace Insights.Cli.Tests;

/// <summary>The built <c>insights</c> command run as a process: exit codes and streams as a shell sees them.</summary>
public sealed class ProcessTests(CaseFiles files) : IClassFixture<CaseFiles>
{
    [Fact]
    public void Process_Report_ExitsZeroAndMatchesTheInProcessOutput()
    {
        var result = CliRun.Process("report");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(result.Error);
        Assert.Equal(CliRun.InProcess("report").Out, result.Out);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("report", "--help")]
    [InlineData("synth", "--help")]
    [InlineData("validate", "--help")]
    public void Process_Help_ExitsZero(params string[] args)
    {
        var result = CliRun.Process(args);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("report", "--nope")]
    [InlineData("report", "--format", "pdf")]
    [InlineData("synth", "--cases", "abc", "--output", "x.jsonl")]
    [InlineData("validate")]
    public void Process_WrongUsage_ExitsTwoWithTheErrorOnStandardError(params string[] args)
    {
        var result = CliRun.Process(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.StartsWith("error: ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Process_ValidateExactFile_ExitsOne()
    {
        var result = CliRun.Process("validate", "--input", files.Exact);

        Assert.Equal(1, result.ExitCode);
        Assert.EndsWith("read 1820, accepted 1815, rejected 5\n", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Process_MissingInput_ExitsOneWithoutAStackTrace()
    {
        var result = CliRun.Process("report", "--input", files.NewPath("absent.jsonl"));

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.StartsWith("error: input file '", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Process_SynthThenValidate_RoundTrips()
    {
        var path = files.NewPath("process.jsonl");
        var rejected = SampledDataset.Generate(2000, 11).Count(CaseFiles.ClosedBeforeIntake);

        var synth = CliRun.Process("synth", "--cases", "2000", "--seed", "11", "--output", path);
        var validate = CliRun.Process("validate", "--input", path);

        Assert.Equal(0, synth.ExitCode);
        Assert.Equal(rejected == 0 ? 0 : 1, validate.ExitCode);
        Assert.EndsWith(string.Create(CultureInfo.InvariantCulture, $"read 2000, accepted {2000 - rejected}, rejected {rejected}\n"), validate.Out, StringComparison.Ordinal);
    }
}
