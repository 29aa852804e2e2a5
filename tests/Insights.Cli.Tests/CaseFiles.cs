using System.Globalization;
using Insights.Core.Model;
using Insights.Synthetic;

namespace Insights.Cli.Tests;

/// <summary>Case files written once per test class by <c>insights synth</c>: the exact dataset and a small sampled one.</summary>
public sealed class CaseFiles : IDisposable
{
    internal const int SampledCount = 400;
    internal const ulong SampledSeed = 7;

    private readonly TempDirectory _directory = new();

    public CaseFiles()
    {
        Exact = _directory.File("exact.jsonl");
        Sampled = _directory.File("sampled.jsonl");
        Synth("--mode", "exact", "--output", Exact);
        Synth("--cases", SampledCount.ToString(CultureInfo.InvariantCulture), "--seed", SampledSeed.ToString(CultureInfo.InvariantCulture), "--output", Sampled);

        // The generator copies the exact dataset's five "Errors" cases (closed before intake) as often as the
        // report has them; the reader keeps those copies and warns about each. A file without them has no warnings.
        var lines = File.ReadAllLines(Sampled);
        var cases = SampledDataset.Generate(SampledCount, SampledSeed).ToArray();
        SampledWarnedLines = [.. cases.Select((c, i) => (c, Line: i + 1L)).Where(x => ClosedBeforeIntake(x.c)).Select(x => x.Line)];
        ValidSampledLines = [.. lines.Where((_, i) => !ClosedBeforeIntake(cases[i]))];
        ValidSampled = _directory.File("valid-sampled.jsonl");
        File.WriteAllText(ValidSampled, string.Concat(ValidSampledLines.Select(l => l + "\n")));

        // The exact dataset with three lines no reader accepts after it, for the report's handling of rejections.
        ExactWithRejections = _directory.File("exact-with-rejections.jsonl");
        File.WriteAllText(ExactWithRejections, File.ReadAllText(Exact) + "not json\n{\"id\":\"C-1\"}\n[1,2]\n");
    }

    /// <summary>Gets the exact dataset as JSON Lines (1,820 cases, 5 of them closed before intake: kept with a warning).</summary>
    internal string Exact { get; }

    /// <summary>Gets <see cref="SampledCount"/> sampled cases from <see cref="SampledSeed"/>, as synth wrote them.</summary>
    internal string Sampled { get; }

    /// <summary>Gets the line numbers of <see cref="Sampled"/> whose case closed before its intake (copies of the report's "Errors"), each kept with a warning.</summary>
    internal IReadOnlyList<long> SampledWarnedLines { get; }

    /// <summary>Gets the lines of <see cref="Sampled"/> the reader accepts without a warning.</summary>
    internal IReadOnlyList<string> ValidSampledLines { get; }

    /// <summary>Gets a file of <see cref="ValidSampledLines"/>.</summary>
    internal string ValidSampled { get; }

    /// <summary>Gets <see cref="Exact"/> followed by three lines that are rejected (lines 1,821 to 1,823).</summary>
    internal string ExactWithRejections { get; }

    /// <summary>Returns whether the case breaks the warning rule exit.closureDate (closure not before intake).</summary>
    internal static bool ClosedBeforeIntake(Case c) => c.Exit is { } exit && exit.ClosureDate < c.IntakeDate;

    /// <summary>Returns a path in this fixture's directory for a test's own file.</summary>
    internal string NewPath(string name) => _directory.File(Guid.NewGuid().ToString("N") + "-" + name);

    public void Dispose() => _directory.Dispose();

    private static void Synth(params string[] args)
    {
        var result = CliRun.InProcess(["synth", .. args]);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException("insights synth failed while preparing test files: " + result);
        }
    }
}
