using BenchmarkDotNet.Attributes;
using Insights.Core.Frames;
using Insights.Core.Reports;
using Insights.Core.Tabulation;

namespace Insights.Benchmarks;

/// <summary>
/// The whole Outreach report over sampled datasets of 100 thousand to 10 million cases, by the frame on one
/// thread and on all cores, and by DuckDB running the same tables as SQL over the same rows.
/// </summary>
/// <remarks>
/// The object path and the LINQ baseline are in <see cref="ObjectReportBenchmarks"/>, up to a million cases:
/// at ten million they take minutes a call.
/// </remarks>
[MemoryDiagnoser]
public class FullReportBenchmarks
{
    private CaseFrame<ReportCase> _frame = null!;
    private DuckDbReport? _duckDb;

    /// <summary>Gets the case counts measured.</summary>
    public static IEnumerable<int> CaseCounts => BenchmarkCases.Select([100_000, 1_000_000, 10_000_000]);

    [ParamsSource(nameof(CaseCounts))]
    public int Cases { get; set; }

    [GlobalSetup(Targets = [nameof(Frame), nameof(FrameParallel)])]
    public void SetUpFrame()
    {
        _frame = BenchmarkData.SampledFrame(Cases, BenchmarkData.Seed);
        var bytesPerCase = (double)_frame.Bytes / _frame.RowCount;
        Sidecar.Write($"frame-bytes-{Cases}", _frame.Bytes);
        Console.WriteLine($"// Frame: {_frame.RowCount:N0} rows, {_frame.Bytes:N0} bytes, {bytesPerCase:F1} bytes per case");
    }

    [GlobalSetup(Target = nameof(DuckDb))]
    public void SetUpDuckDb()
    {
        var sources = BenchmarkData.SampledSources(Cases, BenchmarkData.Seed);
        _frame = BenchmarkData.SampledFrame(Cases, BenchmarkData.Seed);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        _duckDb = DuckDbReport.Load(BenchmarkData.ExactFrame, sources, Environment.ProcessorCount);
        Console.WriteLine($"// DuckDB: {_duckDb.ColumnCount:N0} columns loaded in {watch.Elapsed.TotalSeconds:F1} s; {_duckDb.QueryCount} queries per report");
        _duckDb.AssertSameCounters(_frame.CountAll());
        Console.WriteLine("// DuckDB's counters equal the frame's.");
    }

    [GlobalCleanup]
    public void CleanUp() => _duckDb?.Dispose();

    [Benchmark]
    public ReportResult Frame() => _frame.Evaluate();

    [Benchmark]
    public ReportResult FrameParallel() => _frame.EvaluateParallel();

    [Benchmark(Baseline = true)]
    public ReportResult DuckDb() => _duckDb!.Evaluate();
}
