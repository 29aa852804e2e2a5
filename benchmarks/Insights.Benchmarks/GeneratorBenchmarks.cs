using BenchmarkDotNet.Attributes;
using Insights.Core.Frames;
using Insights.Core.Reports;
using Insights.Core.Serialization;
using Insights.Synthetic;

namespace Insights.Benchmarks;

/// <summary>
/// The sampled generator's throughput: straight into a frame (the generator's draws copied as rows of the
/// calibrated frame, no case made), through case objects into a frame, and as JSON Lines into a file.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private string _path = null!;

    /// <summary>Gets the case counts measured: 10M only when asked for (<c>--cases 10000000</c>, with a filter on <see cref="IntoFrame"/>: the other two take minutes a call there).</summary>
    public static IEnumerable<int> CaseCounts => BenchmarkCases.Select([100_000, 1_000_000], 10_000_000);

    [ParamsSource(nameof(CaseCounts))]
    public int Cases { get; set; }

    [GlobalSetup]
    public void SetUp()
    {
        // The calibrated cases and their frame are built once per process, not in the measured calls.
        _ = BenchmarkData.SampledFrame(1, BenchmarkData.Seed);
        _path = Sidecar.PathOf($"generated-{Cases}.jsonl");
    }

    [GlobalCleanup]
    public void CleanUp()
    {
        if (File.Exists(_path))
        {
            Sidecar.Write($"generated-bytes-{Cases}", new FileInfo(_path).Length);
            File.Delete(_path);
        }
    }

    // The frames' sizes are returned, not the frames: BenchmarkDotNet keeps a returned object alive until the
    // next call returns, so each call would have to allocate its gigabytes while the previous frame still holds
    // its own, and would measure the operating system handing out fresh pages rather than the generator.
    [Benchmark(Baseline = true)]
    public long IntoFrame() => BenchmarkData.SampledFrame(Cases, BenchmarkData.Seed).Bytes;

    [Benchmark]
    public long ObjectsIntoFrame() => CaseFrame<ReportCase>.Build(OutreachReport.Definition, BenchmarkData.SampledCases(Cases, BenchmarkData.Seed)).Bytes;

    [Benchmark]
    public long ToJsonLines()
    {
        using var output = new FileStream(_path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        CaseJsonLines.Write(output, SampledDataset.Generate(Cases, BenchmarkData.Seed));
        return output.Length;
    }
}
