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

    [GlobalSetup]
    public void SetUp()
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        _cases = BenchmarkData.SampledCases(Cases, BenchmarkData.Seed);
        var objectBytes = GC.GetTotalMemory(forceFullCollection: true) - before;
        Sidecar.Write($"object-bytes-{Cases}", objectBytes);
        Console.WriteLine($"// Objects: {Cases:N0} cases hold {objectBytes:N0} bytes, {(double)objectBytes / Cases:F0} bytes per case");
    }

    [GlobalSetup(Target = nameof(FrameParallel))]
    public void SetUpFrame()
    {
        SetUp();
        _frame = CaseFrame<ReportCase>.Build(OutreachReport.Definition, _cases);
    }

    [Benchmark]
    public ReportResult Objects() => OutreachReport.Definition.Evaluate(_cases);

    [Benchmark]
    public ReportResult ObjectsParallel() => OutreachReport.Definition.EvaluateParallel(_cases);

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
