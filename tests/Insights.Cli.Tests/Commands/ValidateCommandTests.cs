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
    public void Validate_SampledFile_WarnsAboutExactlyTheCopiesOfTheErrorsCasesAndExitsZero()
    {
        Assert.NotEmpty(files.SampledWarnedLines);

        var result = CliRun.InProcess("validate", "--input", files.Sampled);

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.OutLines;
        Assert.Equal(files.SampledWarnedLines, lines[..^1].Select(LineNumber));
        Assert.All(lines[..^1], line => Assert.EndsWith(", field exit.closureDate: " + ClosedBeforeIntakeWarning, line, StringComparison.Ordinal));
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"read {CaseFiles.SampledCount}, accepted {CaseFiles.SampledCount}, rejected 0"), lines[^1]);
        Assert.Empty(result.Error);
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(42UL)]
    [InlineData(ulong.MaxValue)]
    public void Validate_SynthSampledWithAnySeed_AcceptsEveryCaseAndWarnsOnlyAboutCasesClosedBeforeIntake(ulong seed)
    {
        const int Count = 1500;
        var path = files.NewPath("seeded.jsonl");
        Assert.Equal(0, CliRun.InProcess("synth", "--cases", Count.ToString(CultureInfo.InvariantCulture), "--seed", seed.ToString(CultureInfo.InvariantCulture), "--output", path).ExitCode);
        var expected = SampledDataset.Generate(Count, seed).Select((c, i) => (c, Line: i + 1L)).Where(x => CaseFiles.ClosedBeforeIntake(x.c)).Select(x => x.Line).ToArray();

        var result = CliRun.InProcess("validate", "--input", path);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(expected, result.OutLines[..^1].Select(LineNumber));
        Assert.All(result.OutLines[..^1], line => Assert.Contains(", field exit.closureDate: warning: ", line, StringComparison.Ordinal));
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"read {Count}, accepted {Count}, rejected 0"), result.OutLines[^1]);
    }

    [Fact]
    public void Validate_ExactFile_WarnsAboutTheFiveCasesClosedBeforeIntakeAndExitsZero()
    {
        // The published report counts 5 "Errors" (closure before intake) under case length; the exact dataset
        // reproduces them, and the reader keeps them (they are tabulated) with a warning each.
        var result = CliRun.InProcess("validate", "--input", files.Exact);

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.OutLines;
        Assert.Equal(6, lines.Length);
        Assert.All(lines[..^1], line =>
        {
            Assert.Matches(ReportCommandTests.FindingLine(), line);
            Assert.EndsWith(", field exit.closureDate: " + ClosedBeforeIntakeWarning, line, StringComparison.Ordinal);
        });
        Assert.Equal("read 1820, accepted 1820, rejected 0", lines[^1]);
        Assert.Empty(result.Error);
    }

    [Fact]
    public void Validate_ExactFile_WarningsAreInLineOrder()
    {
        var numbers = CliRun.InProcess("validate", "--input", files.Exact).OutLines[..^1].Select(LineNumber).ToArray();

        Assert.Equal(5, numbers.Length);
        Assert.Equal(numbers.Order(), numbers);
        Assert.All(numbers, n => Assert.InRange(n, 1, 1820));
    }

    [Fact]
    public void Validate_RejectionsAndWarnings_ListsBothInLineOrderAndExitsOne()
    {
        var path = files.NewPath("mixed.jsonl");
        var valid = files.ValidSampledLines;
        var closedEarly = File.ReadAllLines(files.Sampled)[(int)files.SampledWarnedLines[0] - 1];
        File.WriteAllText(path, string.Join('\n', valid[0], "not json", closedEarly, valid[0], valid[1]) + "\n");
        var id = System.Text.Json.JsonDocument.Parse(valid[0]).RootElement.GetProperty("id").GetString();

        var result = CliRun.InProcess("validate", "--input", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [
                "line 2, case unknown, field $: not valid JSON at byte 2",
                $"line 3, case {System.Text.Json.JsonDocument.Parse(closedEarly).RootElement.GetProperty("id").GetString()}, field exit.closureDate: {ClosedBeforeIntakeWarning}",
                $"line 4, case {id}, field id: case id was already read on line 1",
                "read 5, accepted 3, rejected 2",
            ],
            result.OutLines);
    }

    [Fact]
    public void Validate_RenamedService_PrintsAWarningLineAndExitsZero()
    {
        var path = files.NewPath("renamed.jsonl");
        var first = files.ValidSampledLines[0];
        var service = System.Text.Json.JsonDocument.Parse(first).RootElement.GetProperty("service");
        var name = service.GetProperty("name").GetString()!;
        var second = files.ValidSampledLines.First(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("service").GetProperty("id").GetString() == service.GetProperty("id").GetString() && l != first);
        File.WriteAllText(path, first + "\n" + second.Replace("\"name\":\"" + name + "\"", "\"name\":\"Another name\"", StringComparison.Ordinal) + "\n");
        var secondId = System.Text.Json.JsonDocument.Parse(second).RootElement.GetProperty("id").GetString();

        var result = CliRun.InProcess("validate", "--input", path);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(
            [$"line 2, case {secondId}, field service.name: warning: service.name differs from the one this service id had when first read, on line 1", "read 2, accepted 2, rejected 0"],
            result.OutLines);
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
    public void Validate_DirectoryAsInput_WithoutCasesCsv_ExitsOneSayingSo()
    {
        var path = Path.GetTempPath();

        var result = CliRun.InProcess("validate", "--input", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Equal($"error: input folder '{path}' has no cases.csv (or the cases file its mapping names): a folder is read as CSV tables (docs/importing.md).\n", result.Error);
    }

    [Fact]
    public void Validate_MissingFileNeedingEscapes_EscapesItsName()
    {
        var path = files.NewPath("absent\n\u202Etxt.jsonl");

        var result = CliRun.InProcess("validate", "--input", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"error: input file '{path.Replace("\n", "\\u000A", StringComparison.Ordinal).Replace("\u202E", "\\u202E", StringComparison.Ordinal)}' does not exist.\n", result.Error);
    }

    /// <summary>The warning printed for a case closed before its intake.</summary>
    internal const string ClosedBeforeIntakeWarning = "warning: the closure date is before the intake date (the report counts such cases as Errors in Case length)";

    internal static long LineNumber(string line) => long.Parse(line["line ".Length..line.IndexOf(',', StringComparison.Ordinal)], CultureInfo.InvariantCulture);
}
