using System.Diagnostics;
using Insights.Core.Frames;
using Insights.Core.Reports;

namespace Insights.Benchmarks;

/// <summary>Where a frame's counting time goes: each kind of stored column counted alone, chunk by chunk as the frame counts, on one thread.</summary>
internal static class StorageProfile
{
    // As the frame counts (CaseFrame.ChunkRows).
    private const int ChunkRows = 262_144;

    internal static void Print(CaseFrame<ReportCase> frame)
    {
        var storage = frame.Storage;
        var rows = frame.RowCount;
        var scratch = new long[1 << 20];
        Console.WriteLine($"Stored columns: {storage.Bits.Count} bit ({storage.Bits.Count(b => b.IsUniform)} uniform, no words), {storage.Codes.Count} code, {storage.Integers.Count} number, {storage.Sparse.Count} sparse.");
        Measure("bit columns", storage.Bits.Sum(b => b.Bytes), () =>
        {
            long total = 0;
            for (var start = 0; start < rows; start += ChunkRows)
            {
                foreach (var column in storage.Bits)
                {
                    total += column.Count(start, Math.Min(rows, start + ChunkRows));
                }
            }

            return total;
        });
        Measure("code columns", storage.Codes.Sum(c => c.Bytes), () =>
        {
            for (var start = 0; start < rows; start += ChunkRows)
            {
                foreach (var column in storage.Codes)
                {
                    column.Histogram(start, Math.Min(rows, start + ChunkRows), scratch.AsSpan(0, 8));
                }
            }

            return scratch[0];
        });
        Measure("number columns", storage.Integers.Sum(c => c.Bytes), () =>
        {
            long missing = 0;
            for (var start = 0; start < rows; start += ChunkRows)
            {
                foreach (var column in storage.Integers)
                {
                    missing += column.Histogram(start, Math.Min(rows, start + ChunkRows), scratch);
                }
            }

            return missing;
        });
        Measure("sparse pairs", storage.Sparse.Sum(c => c.Bytes), () =>
        {
            for (var start = 0; start < rows; start += ChunkRows)
            {
                foreach (var column in storage.Sparse)
                {
                    column.Accumulate(start, Math.Min(rows, start + ChunkRows), scratch);
                }
            }

            return scratch[1];
        });
    }

    private static void Measure(string what, long bytes, Func<long> count)
    {
        count();
        var watch = Stopwatch.StartNew();
        const int Runs = 3;
        for (var i = 0; i < Runs; i++)
        {
            count();
        }

        var ms = watch.Elapsed.TotalMilliseconds / Runs;
        Console.WriteLine($"  {what,-15} {bytes / 1e6,9:N1} MB  {ms,8:F1} ms  {bytes / 1e6 / ms,7:N2} GB/s");
    }
}
