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
    [InlineData("report", "--format", "docx")]
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
    public void Process_ValidateExactFile_ExitsZeroWithFiveWarnings()
    {
        var result = CliRun.Process("validate", "--input", files.Exact);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(5, result.OutLines.Count(l => l.Contains(": warning: ", StringComparison.Ordinal)));
        Assert.EndsWith("read 1820, accepted 1820, rejected 0\n", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Process_ReportFromStandardInput_IsTheDefaultReportByteForByte()
    {
        var result = CliRun.ProcessWithInput(File.ReadAllBytes(files.Exact), "report", "--input", "-", "--title", Insights.Core.Reports.OutreachReport.DefaultHeading.Title);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(CliRun.InProcess("report").Out, result.Out);
        Assert.Equal(Commands.ReportCommandTests.WarningsNote(5) + "\n", result.Error);
    }

    [Fact]
    public void Process_ReportFromStandardInputWithRejections_ExitsOneListingThem()
    {
        var result = CliRun.ProcessWithInput(File.ReadAllBytes(files.ExactWithRejections), "report", "--input", "-", "--format", "json");

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Equal(3, result.ErrorLines.Count(l => l.StartsWith("line ", StringComparison.Ordinal)));
        Assert.StartsWith("error: 3 of 1,823 records in '-' were rejected", result.ErrorLines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Process_ValidateStandardInput_SameAsTheFile()
    {
        var fromStdin = CliRun.ProcessWithInput(File.ReadAllBytes(files.Sampled), "validate", "--input", "-");

        Assert.True(fromStdin.ExitCode == 0, fromStdin.ToString());
        Assert.Equal(CliRun.InProcess("validate", "--input", files.Sampled).Out, fromStdin.Out);
    }

    [Fact]
    public void Process_ReportFromEmptyStandardInput_PrintsEmptyTables()
    {
        var result = CliRun.ProcessWithInput([], "report", "--input", "-", "--section", "Service inputs");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(result.OutLines, line => Commands.ReportCommandTests.Cells(line) is ["Referral status", "n=0"]);
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
        var warned = SampledDataset.Generate(2000, 11).Count(CaseFiles.ClosedBeforeIntake);

        var synth = CliRun.Process("synth", "--cases", "2000", "--seed", "11", "--output", path);
        var validate = CliRun.Process("validate", "--input", path);

        Assert.Equal(0, synth.ExitCode);
        Assert.True(validate.ExitCode == 0, validate.ToString());
        Assert.Equal(warned, validate.OutLines.Count(l => l.Contains(": warning: ", StringComparison.Ordinal)));
        Assert.EndsWith("read 2000, accepted 2000, rejected 0\n", validate.Out, StringComparison.Ordinal);
    }
}
