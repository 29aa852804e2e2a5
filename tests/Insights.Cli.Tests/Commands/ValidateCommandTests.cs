using System.Globalization;
using Insights.Synthetic;

namespace Insights.Cli.Tests.Commands;

public sealed class ValidateCommandTests(CaseFiles files) : IClassFixture<CaseFiles>
{
    [Fact]
    public void Validate_ValidFile_AcceptsEveryRecord()
    {
        var result = CliRun.InProcess("validate", "--input", files.ValidSampled);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"read {files.ValidSampledLines.Count}, accepted {files.ValidSampledLines.Count}, rejected 0\n"), result.Out);
        Assert.Empty(result.Error);
    }

    [Fact]
    public void Validate_SampledFile_RejectsExactlyTheCopiesOfTheErrorsCases()
    {
        Assert.NotEmpty(files.SampledRejectedLines);

        var result = CliRun.InProcess("validate", "--input", files.Sampled);

        Assert.Equal(1, result.ExitCode);
        var lines = result.OutLines;
        Assert.Equal(files.SampledRejectedLines, lines[..^1].Select(LineNumber));
        Assert.All(lines[..^1], line => Assert.Contains(", field exit.closureDate: closure date ", line, StringComparison.Ordinal));
        var rejected = files.SampledRejectedLines.Count;
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"read {CaseFiles.SampledCount}, accepted {CaseFiles.SampledCount - rejected}, rejected {rejected}"), lines[^1]);
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(42UL)]
    [InlineData(ulong.MaxValue)]
    public void Validate_SynthSampledWithAnySeed_RejectsOnlyCasesClosedBeforeIntake(ulong seed)
    {
        const int Count = 1500;
        var path = files.NewPath("seeded.jsonl");
        Assert.Equal(0, CliRun.InProcess("synth", "--cases", Count.ToString(CultureInfo.InvariantCulture), "--seed", seed.ToString(CultureInfo.InvariantCulture), "--output", path).ExitCode);
        var expected = SampledDataset.Generate(Count, seed).Select((c, i) => (c, Line: i + 1L)).Where(x => CaseFiles.ClosedBeforeIntake(x.c)).Select(x => x.Line).ToArray();

        var result = CliRun.InProcess("validate", "--input", path);

        Assert.Equal(expected.Length == 0 ? 0 : 1, result.ExitCode);
        Assert.Equal(expected, result.OutLines[..^1].Select(LineNumber));
        Assert.All(result.OutLines[..^1], line => Assert.Contains(", field exit.closureDate: ", line, StringComparison.Ordinal));
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"read {Count}, accepted {Count - expected.Length}, rejected {expected.Length}"), result.OutLines[^1]);
    }

    [Fact]
    public void Validate_ExactFile_RejectsTheFiveCasesClosedBeforeIntake()
    {
        // The published report counts 5 "Errors" (closure before intake) under case length; the exact dataset
        // reproduces them, and the reader's rule exit.closureDate rejects exactly those.
        var result = CliRun.InProcess("validate", "--input", files.Exact);

        Assert.Equal(1, result.ExitCode);
        var lines = result.OutLines;
        Assert.Equal(6, lines.Length);
        Assert.All(lines[..^1], line =>
        {
            Assert.Matches(ReportCommandTests.RejectionLine(), line);
            Assert.Contains(", field exit.closureDate: closure date ", line, StringComparison.Ordinal);
            Assert.Contains(" is before intake date ", line, StringComparison.Ordinal);
        });
        Assert.Equal("read 1820, accepted 1815, rejected 5", lines[^1]);
        Assert.Empty(result.Error);
    }

    [Fact]
    public void Validate_ExactFile_RejectionsAreInLineOrder()
    {
        var numbers = CliRun.InProcess("validate", "--input", files.Exact).OutLines[..^1].Select(LineNumber).ToArray();

        Assert.Equal(numbers.Order(), numbers);
        Assert.All(numbers, n => Assert.InRange(n, 1, 1820));
    }

    [Fact]
    public void Validate_EmptyFile_ReadsNothingAndSucceeds()
    {
        var path = files.NewPath("empty.jsonl");
        File.WriteAllBytes(path, []);

        var result = CliRun.InProcess("validate", "--input", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("read 0, accepted 0, rejected 0\n", result.Out);
    }

    [Fact]
    public void Validate_MissingFile_ExitsOneWithAMessageAndNoCounts()
    {
        var path = files.NewPath("absent.jsonl");

        var result = CliRun.InProcess("validate", "--input", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Equal($"error: input file '{path}' does not exist.\n", result.Error);
    }

    [Fact]
    public void Validate_DirectoryAsInput_ExitsOneSayingItIsADirectory()
    {
        var path = Path.GetTempPath();

        var result = CliRun.InProcess("validate", "--input", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Equal($"error: input '{path}' is a directory, not a file.\n", result.Error);
    }

    [Fact]
    public void Validate_MissingFileNeedingEscapes_EscapesItsName()
    {
        var path = files.NewPath("absent\n\u202Etxt.jsonl");

        var result = CliRun.InProcess("validate", "--input", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"error: input file '{path.Replace("\n", "\\u000A", StringComparison.Ordinal).Replace("\u202E", "\\u202E", StringComparison.Ordinal)}' does not exist.\n", result.Error);
    }

    internal static long LineNumber(string line) => long.Parse(line["line ".Length..line.IndexOf(',', StringComparison.Ordinal)], CultureInfo.InvariantCulture);
}
