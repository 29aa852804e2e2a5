using System.Numerics;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;

namespace Insights.Benchmarks;

/// <summary>
/// What this machine can read: a vector sum over 1 GiB, on one thread and on all cores, so a scan can be stated
/// as a share of the memory bandwidth.
/// </summary>
[MemoryDiagnoser]
public class MemoryBandwidthBenchmarks
{
    /// <summary>The bytes summed per operation.</summary>
    public const long Bytes = 1L << 30;

    private long[] _values = null!;

    [GlobalSetup]
    public void SetUp()
    {
        _values = GC.AllocateUninitializedArray<long>((int)(Bytes / sizeof(long)), pinned: true);
        for (var i = 0; i < _values.Length; i++)
        {
            _values[i] = i;
        }
    }

    [Benchmark(Baseline = true)]
    public long SumOneThread() => Sum(_values);

    [Benchmark]
    public long SumAllCores()
    {
        var parts = Environment.ProcessorCount;
        var sums = new long[parts];
        Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts }, part =>
        {
            var start = (int)((long)_values.Length * part / parts);
            var end = (int)((long)_values.Length * (part + 1) / parts);
            sums[part] = Sum(_values.AsSpan(start, end - start));
        });

        return sums.Sum();
    }

    private static long Sum(ReadOnlySpan<long> values)
    {
        var vectors = MemoryMarshal.Cast<long, Vector<long>>(values);
        Vector<long> sum0 = default, sum1 = default, sum2 = default, sum3 = default;
        var i = 0;
        for (; i <= vectors.Length - 4; i += 4)
        {
            sum0 += vectors[i];
            sum1 += vectors[i + 1];
            sum2 += vectors[i + 2];
            sum3 += vectors[i + 3];
        }

        for (; i < vectors.Length; i++)
        {
            sum0 += vectors[i];
        }

        var total = Vector.Sum(sum0 + sum1 + sum2 + sum3);
        for (var j = vectors.Length * Vector<long>.Count; j < values.Length; j++)
        {
            total += values[j];
        }

        return total;
    }
}
