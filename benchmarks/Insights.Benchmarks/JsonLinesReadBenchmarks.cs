using BenchmarkDotNet.Attributes;
using Insights.Core.Reports;
using Insights.Core.Serialization;

namespace Insights.Benchmarks;

/// <summary>
/// Reading sampled cases from a JSON Lines file: the bytes alone (what the disk cache delivers), the validating
/// reader, and the file streamed into a frame (<see cref="OutreachFrames.ReadJsonLines"/>, which reads it twice).
/// </summary>
[MemoryDiagnoser]
public class JsonLinesReadBenchmarks
{
    private string _path = null!;

    /// <summary>Gets the case counts measured.</summary>
    public static IEnumerable<int> CaseCounts => BenchmarkCases.Select([100_000, 1_000_000]);

    [ParamsSource(nameof(CaseCounts))]
    public int Cases { get; set; }

    [GlobalSetup]
    public void SetUp()
    {
        _path = BenchmarkData.SampledJsonLines(Cases, BenchmarkData.Seed);
        var bytes = new FileInfo(_path).Length;
        Sidecar.Write($"jsonl-bytes-{Cases}", bytes);
        Console.WriteLine($"// JSON Lines: {Cases:N0} cases, {bytes:N0} bytes, {(double)bytes / Cases:F0} bytes per case");
    }

    [Benchmark(Baseline = true)]
    public long ReadBytes()
    {
        using var input = Open();
        var buffer = new byte[1 << 20];
        long lines = 0;
        int read;
        while ((read = input.Read(buffer)) > 0)
        {
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
        }

        return lines;
    }

    [Benchmark]
    public long Read()
    {
        using var input = Open();
        long accepted = 0;
        foreach (var result in CaseReader.Read(input))
        {
            if (result.Case is not null)
            {
                accepted++;
            }
        }

        return accepted;
    }

    /// <summary>The file streamed into a frame (two passes: clients' profile cases, then answers), keeping no case.</summary>
    [Benchmark]
    public long ReadIntoFrame() => OutreachFrames.ReadJsonLines(Open).Frame.Bytes;

    private FileStream Open() => new(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
}
