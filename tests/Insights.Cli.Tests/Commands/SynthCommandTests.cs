using System.Globalization;
using System.Text.Json;
using Insights.Synthetic;

namespace Insights.Cli.Tests.Commands;

public sealed class SynthCommandTests(CaseFiles files) : IClassFixture<CaseFiles>
{
    [Fact]
    public void Synth_Sampled_WritesOneJsonObjectPerCaseAndLine()
    {
        var lines = File.ReadAllLines(files.Sampled);

        Assert.Equal(CaseFiles.SampledCount, lines.Length);
        Assert.All(lines, line =>
        {
            using var json = JsonDocument.Parse(line);
            Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);
        });
        Assert.Equal(lines.Length, lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).Distinct().Count());
    }

    [Fact]
    public void Synth_SameArguments_WriteTheSameBytes()
    {
        var again = files.NewPath("again.jsonl");

        var result = CliRun.InProcess("synth", "--cases", "400", "--seed", "7", "--output", again);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(File.ReadAllBytes(files.Sampled), File.ReadAllBytes(again));
    }

    [Fact]
    public void Synth_OtherSeed_WritesOtherCases()
    {
        var other = files.NewPath("other.jsonl");

        Assert.Equal(0, CliRun.InProcess("synth", "--cases", "400", "--seed", "8", "--output", other).ExitCode);

        Assert.NotEqual(File.ReadAllBytes(files.Sampled), File.ReadAllBytes(other));
    }

    [Fact]
    public void Synth_SeedDefault_IsOne()
    {
        var implicitSeed = files.NewPath("implicit.jsonl");
        var seedOne = files.NewPath("one.jsonl");

        CliRun.InProcess("synth", "--cases", "50", "--output", implicitSeed);
        CliRun.InProcess("synth", "--cases", "50", "--seed", "1", "--output", seedOne);

        Assert.Equal(File.ReadAllBytes(seedOne), File.ReadAllBytes(implicitSeed));
    }

    [Fact]
    public void Synth_Exact_WritesThe1820CasesEveryTime()
    {
        var again = files.NewPath("exact.jsonl");

        var result = CliRun.InProcess("synth", "--mode", "exact", "--output", again);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(1820, File.ReadAllLines(again).Length);
        Assert.Equal(File.ReadAllBytes(files.Exact), File.ReadAllBytes(again));
        Assert.DoesNotContain("note:", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Synth_ExactWithCasesAndSeed_IgnoresThemWithANote()
    {
        var path = files.NewPath("exact-noted.jsonl");

        var result = CliRun.InProcess("synth", "--mode", "exact", "--cases", "10", "--seed", "3", "--output", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("note: --mode exact always writes the 1,820 cases", result.Error, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(files.Exact), File.ReadAllBytes(path));
    }

    [Fact]
    public void Synth_Output_ReplacesAnExistingFile()
    {
        var path = files.NewPath("replaced.jsonl");
        File.WriteAllText(path, new string('x', 100_000));

        Assert.Equal(0, CliRun.InProcess("synth", "--cases", "3", "--output", path).ExitCode);

        Assert.Equal(3, File.ReadAllLines(path).Length);
    }

    [Fact]
    public void Synth_OutputInMissingDirectory_ExitsOne()
    {
        var path = Path.Combine(files.NewPath("no-dir"), "cases.jsonl");

        var result = CliRun.InProcess("synth", "--cases", "3", "--output", path);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("error: cannot create output file", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Synth_SmallRun_PrintsNoProgress()
    {
        var result = CliRun.InProcess("synth", "--cases", "1000", "--output", files.NewPath("small.jsonl"));

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("cases written (", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Synth_HundredThousandCases_PrintsPlainProgressLinesWhenRedirected()
    {
        // A real file (some 250 MB, deleted at once), not /dev/null: synth opens its output exclusively (FileShare.None
        // takes a lock), /dev/null is shared by the whole machine, and a lock held on it elsewhere made this test fail
        // now and then ("being used by another process").
        var output = files.NewPath("large.jsonl");
        CliResult result;
        try
        {
            result = CliRun.InProcess(errorIsRedirected: true, "synth", "--cases", "100000", "--output", output);
        }
        finally
        {
            File.Delete(output);
        }

        Assert.True(result.ExitCode == 0, result.ToString());
        var progress = result.ErrorLines.Where(l => l.Contains("cases written (", StringComparison.Ordinal)).ToArray();
        Assert.Equal(20, progress.Length);
        Assert.Equal("5,000 of 100,000 cases written (5%)", progress[0]);
        Assert.Equal("100,000 of 100,000 cases written (100%)", progress[^1]);
        Assert.DoesNotContain('\r', result.Error);
    }

    [Fact]
    public void Synth_MoreCasesThanTheGeneratorMakes_IsWrongUsage()
    {
        var result = CliRun.InProcess("synth", "--cases", (SampledDataset.MaxCount + 1).ToString(CultureInfo.InvariantCulture), "--output", files.NewPath("too-many.jsonl"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is not a whole number from 1 to 100,000,000", result.Error, StringComparison.Ordinal);
    }
}
