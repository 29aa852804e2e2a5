using BenchmarkDotNet.Attributes;
using DuckDB.NET.Data;
using Insights.Core.Ingestion;
using Insights.Core.Serialization;

namespace Insights.Benchmarks;

/// <summary>
/// Reading a JSON Lines file of sampled cases, measured against DuckDB's <c>read_json</c> in the same run (the
/// baseline: one grouped count over the file, with DuckDB's own threads = cores): the bytes alone (what the disk
/// cache delivers), validating on one thread (<see cref="CaseReader"/>) and on all cores
/// (<see cref="ParallelCaseReader"/>, what <c>insights validate</c> does), and the whole report from the file
/// (<see cref="OutreachFrames.ReadJsonLines"/>, what <c>insights report --input</c> does: two passes into
/// frames, no case kept).
/// </summary>
[MemoryDiagnoser]
public class JsonLinesReadBenchmarks
{
    private string _path = null!;
    private DuckDBConnection _duckDb = null!;

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
        _duckDb = DuckDb.OpenInMemory();

        // The same grouped count both ways, so the baseline is known to read the whole file.
        var ours = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var result in CaseReader.Read(File.OpenRead(_path)))
        {
            var key = result.Case?.ReferralStatus?.ToString() ?? "(missing)";
            ours[key] = ours.GetValueOrDefault(key) + 1;
        }

        var theirs = DuckDbCounts();
        if (!ours.OrderBy(p => p.Key, StringComparer.Ordinal).SequenceEqual(theirs.OrderBy(p => p.Key, StringComparer.Ordinal)))
        {
            throw new InvalidOperationException("DuckDB's grouped count differs from the reader's.");
        }
    }

    [GlobalCleanup]
    public void CleanUp() => _duckDb.Dispose();

    /// <summary>DuckDB: <c>read_json</c> over the file and one grouped count (referral status), on all cores.</summary>
    [Benchmark(Baseline = true)]
    public long DuckDbGroupedCount() => DuckDbCounts().Values.Sum();

    [Benchmark]
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

    /// <summary>Validating on one thread (<see cref="CaseReader"/>).</summary>
    [Benchmark]
    public long ValidateOneThread()
    {
        using var input = Open();
        return ReadSummary.Of(CaseReader.Read(input)).Accepted;
    }

    /// <summary>Validating on all cores, as <c>insights validate</c> does.</summary>
    [Benchmark]
    public long Validate()
    {
        using var input = Open();
        return ParallelCaseReader.Read(input, static _ => { }).Accepted;
    }

    /// <summary>The whole report from the file, as <c>insights report --input</c> does.</summary>
    [Benchmark]
    public int Report()
    {
        using var input = Open();
        var (frames, _) = OutreachFrames.ReadJsonLines(input);
        return frames.Evaluate().Sections.Count;
    }

    private Dictionary<string, long> DuckDbCounts()
    {
        using var command = _duckDb.CreateCommand();
        command.CommandText =
            $"SELECT coalesce(referralStatus, '(missing)') AS status, count(*) FROM read_json('{_path.Replace("'", "''", StringComparison.Ordinal)}', format = 'newline_delimited', maximum_object_size = 1048576) GROUP BY status";
        using var reader = command.ExecuteReader();
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        while (reader.Read())
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }

        return counts;
    }

    private FileStream Open() => new(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
}
