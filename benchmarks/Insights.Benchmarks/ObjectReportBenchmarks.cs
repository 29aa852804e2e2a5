using BenchmarkDotNet.Attributes;
using Insights.Core.Frames;
using Insights.Core.Reports;
using Insights.Core.Tabulation;

namespace Insights.Benchmarks;

/// <summary>
/// The whole Outreach report over sampled cases held as objects: the object path in one pass (on one thread
/// and on all cores), a naive LINQ baseline, and the frame built from the same objects for comparison.
/// </summary>
/// <remarks>
/// Up to a million cases: at ten million the object path takes a minute a call and the baseline more. Memory
/// is not the limit here: sampled cases share their forms with the calibrated case they copy, so the set-up
/// measures about 360 bytes per case (printed). Cases each with records of their own, as read from a file, hold
/// about 1.7 KB (the <c>check</c> command measures the calibrated cases): ten million would take 17 GB.
/// The LINQ baseline is the naive way to get the same report: one LINQ pass over the objects per table
/// (<c>Aggregate</c> into that table's own state), 145 passes in all. It reads the objects the same way as the
/// object path but once per table, so it is what any per-table query costs at least; a <c>GroupBy</c> per table
/// also builds groups of objects and is slower still.
/// <para>
/// Two kinds of objects are measured (<see cref="Objects"/>): the sampled generator's, which share their forms
/// with the calibrated case they copy, so every pass finds them in cache; and the same cases read back from
/// their JSON Lines file, each with records of its own, as an application holds cases it has read. The second
/// is what a user's data looks like in memory: 145 passes then stream the objects from memory 145 times.
/// </para>
/// </remarks>
[MemoryDiagnoser]
public class ObjectReportBenchmarks
{
    private IReadOnlyList<ReportCase> _cases = null!;
    private CaseFrame<ReportCase>? _frame;

    /// <summary>Gets the case counts measured.</summary>
    public static IEnumerable<int> CaseCounts => BenchmarkCases.Select([100_000, 1_000_000]);

    [ParamsSource(nameof(CaseCounts))]
    public int Cases { get; set; }

    /// <summary>Gets or sets which objects are counted: the generator's (forms shared) or the same cases read from their file (records of their own).</summary>
    [Params(CaseObjects.SharedForms, CaseObjects.OwnRecords)]
    public CaseObjects Objects { get; set; }

    [GlobalSetup]
    public void SetUp()
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        _cases = Objects == CaseObjects.SharedForms ? BenchmarkData.SampledCases(Cases, BenchmarkData.Seed) : BenchmarkData.SampledCasesFromFile(Cases, BenchmarkData.Seed);
        var objectBytes = GC.GetTotalMemory(forceFullCollection: true) - before;
        Sidecar.Write($"object-bytes-{Objects}-{Cases}", objectBytes);
        Console.WriteLine($"// Objects: {Cases:N0} cases hold {objectBytes:N0} bytes, {(double)objectBytes / Cases:F0} bytes per case");
    }

    [GlobalSetup(Target = nameof(FrameParallel))]
    public void SetUpFrame()
    {
        SetUp();
        _frame = CaseFrame<ReportCase>.Build(OutreachReport.Definition, _cases);
    }

    [Benchmark(Description = "Objects")]
    public ReportResult OnePass() => OutreachReport.Definition.Evaluate(_cases);

    [Benchmark(Description = "ObjectsParallel")]
    public ReportResult OnePassParallel() => OutreachReport.Definition.EvaluateParallel(_cases);

    [Benchmark(Baseline = true)]
    public IReadOnlyList<Table> Linq()
        => [.. OutreachReport.Definition.Sections.SelectMany(s => s.Tables).Select(table => _cases.Aggregate(table.CreateState(), (state, row) =>
        {
            state.Add(row);
            return state;
        }).ToTable())];

    [Benchmark]
    public ReportResult FrameParallel() => _frame!.EvaluateParallel();
}

/// <summary>Which case objects a benchmark counts.</summary>
public enum CaseObjects
{
    /// <summary>The sampled generator's cases, which share their forms with the calibrated case each copies (about 360 bytes a case).</summary>
    SharedForms,

    /// <summary>The same cases read back from their JSON Lines file, each with records of its own (about 1.7 KB a case).</summary>
    OwnRecords,
}
