using BenchmarkDotNet.Attributes;
using DuckDB.NET.Data;
using Insights.Core.Ingestion;
using Insights.Core.Tabular;

namespace Insights.Benchmarks;

/// <summary>
/// Reading the CSV tables of sampled cases (a folder as <c>insights synth --format csv</c> writes it), measured
/// against DuckDB's <c>read_csv</c> in the same run (the baseline: one grouped count over <c>cases.csv</c>, with
/// DuckDB's threads = cores): validating every table (<see cref="CaseCsv.Read"/>, what <c>insights validate</c>
/// does) and the whole report from the tables (<see cref="OutreachFrames.ReadCsv"/>, what <c>insights report
/// --input DIR</c> does).
/// </summary>
[MemoryDiagnoser]
public class CsvReadBenchmarks
{
    private string _folder = null!;
    private DuckDBConnection _duckDb = null!;

    /// <summary>Gets the case counts measured.</summary>
    public static IEnumerable<int> CaseCounts => BenchmarkCases.Select([100_000], 1_000_000);

    [ParamsSource(nameof(CaseCounts))]
    public int Cases { get; set; }

    [GlobalSetup]
    public void SetUp()
    {
        _folder = BenchmarkData.SampledCsv(Cases, BenchmarkData.Seed);
        var bytes = Directory.GetFiles(_folder).Sum(f => new FileInfo(f).Length);
        Sidecar.Write($"csv-bytes-{Cases}", bytes);
        Console.WriteLine($"// CSV tables: {Cases:N0} cases, {bytes:N0} bytes, {(double)bytes / Cases:F0} bytes per case");
        _duckDb = DuckDb.OpenInMemory();

        // The same grouped count both ways, so the baseline is known to read the whole file.
        var ours = new Dictionary<string, long>(StringComparer.Ordinal);
        CaseCsv.Read(_folder, result =>
        {
            if (result.Case is { } c)
            {
                var key = c.ReferralStatus?.ToString() ?? "(missing)";
                ours[key] = ours.GetValueOrDefault(key) + 1;
            }
        });
        var theirs = DuckDbCounts();
        if (!ours.OrderBy(p => p.Key, StringComparer.Ordinal).SequenceEqual(theirs.OrderBy(p => p.Key, StringComparer.Ordinal)))
        {
            throw new InvalidOperationException("DuckDB's grouped count differs from the reader's.");
        }
    }

    [GlobalCleanup]
    public void CleanUp() => _duckDb.Dispose();

    /// <summary>DuckDB: <c>read_csv</c> over <c>cases.csv</c> and one grouped count (referral status), on all cores.</summary>
    [Benchmark(Baseline = true)]
    public long DuckDbGroupedCount() => DuckDbCounts().Values.Sum();

    /// <summary>Validating every table on all cores, as <c>insights validate --input DIR</c> does.</summary>
    [Benchmark]
    public long Validate()
    {
        long accepted = 0;
        foreach (var summary in CaseCsv.Read(_folder, static _ => { }))
        {
            accepted += summary.Summary.Accepted;
        }

        return accepted;
    }

    /// <summary>The whole report from the tables, as <c>insights report --input DIR</c> does.</summary>
    [Benchmark]
    public int Report()
    {
        var (frames, _) = OutreachFrames.ReadCsv(_folder);
        return frames.Evaluate().Sections.Count;
    }

    private Dictionary<string, long> DuckDbCounts()
    {
        using var command = _duckDb.CreateCommand();
        var path = Path.Combine(_folder, "cases.csv").Replace("'", "''", StringComparison.Ordinal);
        command.CommandText = $"SELECT coalesce(referralStatus, '(missing)') AS status, count(*) FROM read_csv('{path}', header = true, all_varchar = true) GROUP BY status";
        using var reader = command.ExecuteReader();
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        while (reader.Read())
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }

        return counts;
    }
}
