using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Insights.Core.Model;
using Insights.Synthetic;

namespace Insights.Cli.Tests.Commands;

/// <summary><c>insights tabulate</c> and <c>insights merge</c>: parts counted apart merge into the report of the whole.</summary>
public sealed class StateCommandsTests(CaseFiles files) : IClassFixture<CaseFiles>
{
    private static readonly string[] Formats = ["text", "markdown", "csv", "json"];

    /// <summary>
    /// Lines of the exact dataset's file with the client of each (the file is the dataset, line for line): every
    /// case of the clients with several cases, and 150 others, so the runs stay fast.
    /// </summary>
    private readonly Lazy<(string Line, ClientId Client)[]> _lines = new(() =>
    {
        var cases = ExactDataset.Create();
        var lines = File.ReadAllLines(files.Exact);
        Assert.Equal(cases.Count, lines.Length);
        var repeated = cases.GroupBy(c => c.Client).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        var kept = cases.Select((c, i) => (c, i)).Where(x => repeated.Contains(x.c.Client)).Concat(cases.Select((c, i) => (c, i)).Where(x => !repeated.Contains(x.c.Client)).Take(150)).OrderBy(x => x.i);
        return [.. kept.Select(x => (lines[x.i], x.c.Client))];
    });

    /// <summary>A file of all of <see cref="_lines"/>: the whole that the parts are split from.</summary>
    private string Whole()
    {
        var path = files.NewPath("whole.jsonl");
        File.WriteAllText(path, string.Concat(_lines.Value.Select(l => l.Line + "\n")));
        return path;
    }

    private string[] WriteParts(TempDirectory directory, Func<ClientId, int, int> partOf, int parts)
    {
        var clients = _lines.Value.Select(l => l.Client).Distinct().Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i);
        var paths = new string[parts];
        for (var p = 0; p < parts; p++)
        {
            paths[p] = directory.File($"part{p}.jsonl");
            File.WriteAllText(paths[p], string.Concat(_lines.Value.Where(l => partOf(l.Client, clients[l.Client]) == p).Select(l => l.Line + "\n")));
        }

        return paths;
    }

    private static string[] Tabulate(string[] parts, params string[] options)
    {
        var states = new string[parts.Length];
        for (var p = 0; p < parts.Length; p++)
        {
            states[p] = parts[p] + ".state";
            var result = CliRun.InProcess(["tabulate", "--input", parts[p], "--state-out", states[p], .. options]);
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Matches(@"^read \d+, accepted \d+, rejected 0\n$", result.Out);
        }

        return states;
    }

    [Property(MaxTest = 6)]
    public Property Merge_StatesOfAnySplitByClient_PrintTheReportOfTheWholeFileByteForByte()
        => Prop.ForAll(
            Arb.From(from parts in Gen.Choose(1, 3)
                     from salt in Gen.Choose(0, 1000)
                     from format in Gen.Elements(Formats)
                     select (parts, salt, format)),
            input =>
            {
                using var directory = new TempDirectory();
                var parts = WriteParts(directory, (_, i) => (int)((uint)(i * 2654435761u + (uint)input.salt) % (uint)input.parts), input.parts);
                var states = Tabulate(parts);

                var merged = CliRun.InProcess(["merge", .. states, "--format", input.format]);
                var whole = CliRun.InProcess("report", "--input", Whole(), "--format", input.format);

                Assert.True(merged.ExitCode == 0, merged.ToString());
                Assert.True(whole.ExitCode == 0, whole.ToString());
                Assert.Equal(whole.Out, merged.Out);
            });

    [Fact]
    public void Merge_WithStatistics_PrintsTheStatisticsOfTheWhole()
    {
        using var directory = new TempDirectory();
        var parts = WriteParts(directory, (_, i) => i % 3, 3);
        var states = Tabulate(parts, "--section", "exit");
        string[] statistics = ["--section", "exit", "--ci", "90", "--paired-tests", "--adjust", "bh", "--sums-to-100", "--format", "json"];

        var merged = CliRun.InProcess(["merge", .. states, .. statistics.Skip(2)]);
        var whole = CliRun.InProcess(["report", "--input", Whole(), .. statistics]);

        Assert.True(merged.ExitCode == 0, merged.ToString());
        Assert.Equal(whole.Out, merged.Out);
        Assert.Contains("\"tests\"", merged.Out, StringComparison.Ordinal);
        Assert.Contains("\"interval\"", merged.Out, StringComparison.Ordinal);

        // --group-tests tests the report's own grouped tables (the key findings by age group) from the merged counts.
        string[] keyFindings = ["--section", "key findings", "--group-tests", "--format", "json"];
        var keyStates = Tabulate(parts, "--section", "key findings");
        var mergedTests = CliRun.InProcess(["merge", .. keyStates, .. keyFindings.Skip(2)]);
        var wholeTests = CliRun.InProcess(["report", "--input", Whole(), .. keyFindings]);
        Assert.True(mergedTests.ExitCode == 0, mergedTests.ToString());
        Assert.Equal(wholeTests.Out, mergedTests.Out);
        Assert.Contains("\"tests\"", mergedTests.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_SectionStates_PrintTheSectionReportOfTheWhole_AndRefuseTheFullReportsState()
    {
        using var directory = new TempDirectory();
        var parts = WriteParts(directory, (_, i) => i % 2, 2);
        var states = Tabulate(parts, "--section", "client profile");

        var merged = CliRun.InProcess(["merge", .. states, "--title", "Trial", "--period", "2024-25"]);
        var whole = CliRun.InProcess("report", "--input", Whole(), "--section", "client profile", "--title", "Trial", "--period", "2024-25");
        Assert.Equal(whole.Out, merged.Out);

        var full = Tabulate([parts[1]]);
        var mixed = CliRun.InProcess("merge", states[0], full[0]);

        Assert.Equal(1, mixed.ExitCode);
        Assert.Contains("was counted for another report definition", mixed.Error, StringComparison.Ordinal);
        Assert.Empty(mixed.Out);
    }

    [Fact]
    public void Merge_SplitThatSeparatesAClient_IsRefusedWithExitCode1AndTheNumberOfSharedClients()
    {
        using var directory = new TempDirectory();
        var repeated = _lines.Value.GroupBy(l => l.Client).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        Assert.NotEmpty(repeated);

        // Every line alternates between the parts, so each client with several cases lands in both.
        var a = directory.File("a.jsonl");
        var b = directory.File("b.jsonl");
        File.WriteAllText(a, string.Concat(_lines.Value.Where((_, i) => i % 2 == 0).Select(l => l.Line + "\n")));
        File.WriteAllText(b, string.Concat(_lines.Value.Where((_, i) => i % 2 == 1).Select(l => l.Line + "\n")));
        var shared = _lines.Value.Where((_, i) => i % 2 == 0).Select(l => l.Client).Intersect(_lines.Value.Where((_, i) => i % 2 == 1).Select(l => l.Client)).Count();
        var states = Tabulate([a, b]);

        var result = CliRun.InProcess("merge", states[0], states[1]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"{shared} client"), result.Error, StringComparison.Ordinal);
        Assert.Contains("split the data by client, or by service", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }

    [Fact]
    public void Merge_StatesWithDifferentClientKeys_IsRefused()
    {
        using var directory = new TempDirectory();
        var parts = WriteParts(directory, (_, i) => i % 2, 2);
        var keyed = Tabulate([parts[0]], "--client-key", "a secret the services share");
        var plain = Tabulate([parts[1]]);

        var result = CliRun.InProcess("merge", keyed[0], plain[0]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("different client keys", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Tabulate_ShortClientKey_IsWrongUsageAndNotEchoed()
    {
        var result = CliRun.InProcess("tabulate", "--input", files.ValidSampled, "--state-out", files.NewPath("x.state"), "--client-key", "hunter2");

        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain("hunter2", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Tabulate_RejectedRecords_WritesNoStateUnlessSkipped_AndMergeShowsTheCount()
    {
        var path = files.NewPath("rejections.jsonl");
        File.WriteAllText(path, string.Concat(_lines.Value.Take(50).Select(l => l.Line + "\n")) + "not json\n");
        var state = path + ".state";

        var refused = CliRun.InProcess("tabulate", "--input", path, "--state-out", state);
        Assert.Equal(1, refused.ExitCode);
        Assert.False(File.Exists(state));

        var skipped = CliRun.InProcess("tabulate", "--input", path, "--state-out", state, "--skip-invalid");
        Assert.True(skipped.ExitCode == 0, skipped.ToString());
        Assert.Equal("read 51, accepted 50, rejected 1\n", skipped.Out);

        var merged = CliRun.InProcess("merge", state);
        Assert.Contains("\nRejected records: 1 of 51 read when the parts were tabulated; they are not counted in this report.\n\n", merged.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Tabulate_StateOutIsTheInput_IsRefused()
    {
        var path = files.NewPath("same.jsonl");
        File.WriteAllText(path, _lines.Value[0].Line + "\n");

        var result = CliRun.InProcess("tabulate", "--input", path, "--state-out", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(_lines.Value[0].Line + "\n", File.ReadAllText(path));
    }

    /// <summary>Edits of a real state file, and text the error must contain.</summary>
    public static TheoryData<string, string> HostileStates => new()
    {
        { "TRUNCATE", "truncated" },
        { "\"version\":1=>\"version\":2", "field 'version' is 2" },
        { "\"parts\":1=>\"parts\":-1", "field 'parts'" },
        { "\"counters\":[[=>\"counters\":[[999999999,1],[", "field 'counters'" },
        { "\"counters\":[[=>\"counters\":[[0,-5],[", "field 'counters'" },
        { "\"counters\":[[=>\"counters\":[[0,99999999999999999999],[", "field 'counters'" },
        { "\"counters\":[[=>\"counters\":[[0,1],[0,1],[", "field 'counters'" },
        { "\"fingerprint\":\"=>\"fingerprint\":\"zz", "field 'definition.fingerprint'" },
    };

    [Theory]
    [MemberData(nameof(HostileStates))]
    public void Merge_HostileStateFile_IsInvalidInputNamingTheField(string edit, string expected)
    {
        using var directory = new TempDirectory();
        var part = directory.File("part.jsonl");
        File.WriteAllText(part, string.Concat(_lines.Value.Take(30).Select(l => l.Line + "\n")));
        var state = Tabulate([part])[0];
        var text = File.ReadAllText(state);
        if (edit == "TRUNCATE")
        {
            text = text[..(text.Length / 2)];
        }
        else
        {
            var (from, to) = (edit[..edit.IndexOf("=>", StringComparison.Ordinal)], edit[(edit.IndexOf("=>", StringComparison.Ordinal) + 2)..]);
            Assert.Contains(from, text, StringComparison.Ordinal);
            var at = text.IndexOf(from, StringComparison.Ordinal);
            text = text[..at] + to + text[(at + from.Length)..];
        }

        File.WriteAllText(state, text, new UTF8Encoding(false));

        var result = CliRun.InProcess("merge", state);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("parquet")]
    public void Merge_StatesOfCsvTablesAndParquet_PrintTheReportOfTheInputs(string format)
    {
        // tabulate reads every input report --input reads, through the same reader.
        using var directory = new TempDirectory();
        var tables = directory.File(format == "csv" ? "tables" : "cases.parquet");
        string[] synth = format == "csv" ? ["--format", "csv"] : [];
        Assert.Equal(0, CliRun.InProcess(["synth", "--cases", "60", "--seed", "5", "--output", tables, .. synth]).ExitCode);
        var states = Tabulate([tables]);

        var merged = CliRun.InProcess("merge", states[0], "--format", "json");
        var whole = CliRun.InProcess("report", "--input", tables, "--format", "json");

        Assert.True(merged.ExitCode == 0, merged.ToString());
        Assert.Equal(whole.Out, merged.Out);
    }

    [Fact]
    public void Merge_MissingStateFile_IsInvalidInput()
    {
        var result = CliRun.InProcess("merge", files.NewPath("missing.state"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("does not exist", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_NoStates_IsWrongUsage()
    {
        Assert.Equal(2, CliRun.InProcess("merge").ExitCode);
    }
}
