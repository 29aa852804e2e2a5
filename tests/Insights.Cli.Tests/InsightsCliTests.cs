namespace Insights.Cli.Tests;

public sealed class InsightsCliTests
{
    [Theory]
    [InlineData]
    [InlineData("report")]
    [InlineData("synth")]
    [InlineData("validate")]
    public void Help_EveryCommand_PrintsUsageAndExitsZero(params string[] command)
    {
        var result = CliRun.InProcess([.. command, "--help"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Out, StringComparison.Ordinal);
        Assert.Contains("insights " + string.Join(' ', command), result.Out, StringComparison.Ordinal);
        Assert.Empty(result.Error);
    }

    [Fact]
    public void Help_Report_DocumentsInclusiveIntakeDateFilters()
    {
        var help = CliRun.InProcess("report", "--help").Out;

        Assert.Contains("--from <yyyy-MM-dd>", help, StringComparison.Ordinal);
        Assert.Contains("--to <yyyy-MM-dd>", help, StringComparison.Ordinal);
        Assert.Contains("(inclusive)", help, StringComparison.Ordinal);
        Assert.Contains("intake date", help, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_Synth_SaysExactModeWritesTheExactCases()
    {
        var help = CliRun.InProcess("synth", "--help").Out;

        Assert.Contains("1,820", help, StringComparison.Ordinal);
        Assert.Contains("--mode <exact|sampled>", help, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_Root_ListsTheExitCodes()
    {
        var help = CliRun.InProcess("--help").Out;

        Assert.Contains("Exit codes: 0 success, 1 invalid input", help, StringComparison.Ordinal);
        Assert.Contains("2 wrong usage, 70 internal error", help, StringComparison.Ordinal);
    }

    [Fact]
    public void ConsoleUtf8_LoneSurrogate_IsReplacedNotThrown()
    {
        // An emoji cut in half by a shortened message used to end the process with an EncoderFallbackException.
        using var bytes = new MemoryStream();
        using (var writer = new StreamWriter(bytes, InsightsCli.ConsoleUtf8, leaveOpen: true))
        {
            writer.Write("a\uD83D");
            writer.Flush();
            writer.Write("\uDE00b\uDE00");
        }

        Assert.Equal("a\uFFFD\uFFFDb\uFFFD"u8.ToArray(), bytes.ToArray());
    }

    [Fact]
    public void ConsoleUtf8_HasNoByteOrderMark()
    {
        Assert.Empty(InsightsCli.ConsoleUtf8.GetPreamble());
    }

    [Fact]
    public void Run_NoCommand_IsWrongUsage()
    {
        var result = CliRun.InProcess();

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error:", result.Error, StringComparison.Ordinal);
        Assert.Contains("insights --help", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }

    [Theory]
    [InlineData("tabulate")]
    [InlineData("report", "--bogus")]
    [InlineData("report", "--format", "docx")]
    [InlineData("report", "--format")]
    [InlineData("report", "--from", "2018-13-01")]
    [InlineData("report", "--to", "01/04/2019")]
    [InlineData("report", "--from", "2019-01-02", "--to", "2019-01-01")]
    [InlineData("report", "--skip-invalid")]
    [InlineData("synth", "--cases", "abc", "--output", "x.jsonl")]
    [InlineData("synth", "--cases", "-5", "--output", "x.jsonl")]
    [InlineData("synth", "--cases", "0", "--output", "x.jsonl")]
    [InlineData("synth", "--cases", "10")]
    [InlineData("synth", "--output", "x.jsonl")]
    [InlineData("synth", "--cases", "10", "--seed", "-1", "--output", "x.jsonl")]
    [InlineData("synth", "--cases", "10", "--mode", "random", "--output", "x.jsonl")]
    [InlineData("validate")]
    [InlineData("validate", "--input")]
    [InlineData("validate", "--input", "a.jsonl", "extra")]
    public void Run_WrongUsage_ExitsTwoWithTheErrorOnStandardError(params string[] args)
    {
        var result = CliRun.InProcess(args);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.StartsWith("error: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("--help' for usage.", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }

    [Theory]
    [InlineData("--cases", "abc", "'abc' is not a whole number")]
    [InlineData("--mode", "random", "'random' is not a mode")]
    public void Run_BadSynthValue_NamesTheValue(string option, string value, string expected)
    {
        string[] args = option == "--cases"
            ? ["synth", option, value, "--output", "x.jsonl"]
            : ["synth", "--cases", "1", option, value, "--output", "x.jsonl"];

        var result = CliRun.InProcess(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_BadFormat_ListsTheFormats()
    {
        var result = CliRun.InProcess("report", "--format", "docx");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'docx' is not an output format; use one of text, markdown, csv, json, html, xlsx, pdf.", result.Error, StringComparison.Ordinal);
    }
}
