using System.Globalization;
using BenchmarkDotNet.Attributes;
using DuckDB.NET.Data;
using Insights.Core.Tabular;
using Insights.Parquet;

namespace Insights.Benchmarks;

/// <summary>
/// The whole report from a Parquet file of sampled cases (the single-file form: cases with their repeated records
/// as lists of structs), measured against DuckDB's <c>read_parquet</c> over the same file in the same run (the
/// baseline: five grouped counts, with DuckDB's own threads = cores). <see cref="Report"/> is what
/// <c>insights report --input cases.parquet</c> does: <see cref="ParquetCases.ReadFrames"/> then evaluation. Every
/// case still goes through the JSON Lines engine (assembled as JSON, parsed and checked on all cores), so it
/// measures the checks as well as the columns.
/// </summary>
[MemoryDiagnoser]
public class ParquetReadBenchmarks
{
    /// <summary>The five grouped counts of the baseline: four answers of the case and the reviews per case, via unnest.</summary>
    internal static readonly string[] Queries =
    [
        "SELECT coalesce(\"service.region\", '(missing)'), count(*) FROM read_parquet('{0}') GROUP BY 1",
        "SELECT coalesce(\"intake.profile.ethnicity\", '(missing)'), count(*) FROM read_parquet('{0}') GROUP BY 1",
        "SELECT coalesce(referralStatus, '(missing)'), count(*) FROM read_parquet('{0}') GROUP BY 1",
        "SELECT coalesce(\"exit.closureType\", '(missing)'), count(*) FROM read_parquet('{0}') GROUP BY 1",
        "SELECT coalesce(r.\"levels.physical\", '(missing)'), count(*) FROM (SELECT unnest(reviews) AS r FROM read_parquet('{0}')) GROUP BY 1",
    ];

    private string _path = null!;
    private DuckDBConnection _duckDb = null!;

    /// <summary>Gets the case counts measured.</summary>
    public static IEnumerable<int> CaseCounts => BenchmarkCases.Select([1_000_000], 10_000_000);

    [ParamsSource(nameof(CaseCounts))]
    public int Cases { get; set; }

    [GlobalSetup]
    public void SetUp()
    {
        _path = Sidecar.PathOf($"sampled-{Cases}-seed-{BenchmarkData.Seed}.parquet");
        if (!File.Exists(_path))
        {
            ParquetCases.Write(Insights.Synthetic.SampledDataset.Generate(Cases, BenchmarkData.Seed), _path);
        }

        var bytes = new FileInfo(_path).Length;
        Sidecar.Write($"parquet-bytes-{Cases}", bytes);
        Console.WriteLine($"// Parquet: {Cases:N0} cases, {bytes:N0} bytes, {(double)bytes / Cases:F0} bytes per case");
        _duckDb = DuckDb.OpenInMemory();

        // The baseline reads the whole file: its count of cases by region equals ours.
        var (frames, summaries) = ParquetCases.ReadFrames(_path);
        if (summaries[0].Summary.Accepted != Cases || DuckDbCounts(Queries[0]).Values.Sum() != Cases || frames.Evaluate().Sections.Count == 0)
        {
            throw new InvalidOperationException("The Parquet file does not read back as the cases written.");
        }
    }

    [GlobalCleanup]
    public void CleanUp() => _duckDb.Dispose();

    /// <summary>DuckDB: <c>read_parquet</c> over the file and five grouped counts, on all cores.</summary>
    [Benchmark(Baseline = true)]
    public long DuckDbFiveGroupedCounts() => Queries.Sum(q => DuckDbCounts(q).Values.Sum());

    /// <summary>The whole report from the file, as <c>insights report --input cases.parquet</c> does.</summary>
    [Benchmark]
    public int Report()
    {
        var (frames, _) = ParquetCases.ReadFrames(_path);
        return frames.Evaluate().Sections.Count;
    }

    /// <summary>Only the Parquet columns turned into rows of text (no JSON, no checks): what the source itself costs.</summary>
    [Benchmark]
    public long ReadRows()
    {
        var source = ParquetCases.Open(_path);
        long cells = 0;
        foreach (var table in CaseLayout.Default.Tables.Where(source.Has))
        {
            foreach (var row in source.Rows(table))
            {
                cells += row.Cells.Count;
            }
        }

        return cells;
    }

    private Dictionary<string, long> DuckDbCounts(string query)
    {
        using var command = _duckDb.CreateCommand();
        command.CommandText = string.Format(CultureInfo.InvariantCulture, query, _path.Replace("'", "''", StringComparison.Ordinal));
        using var reader = command.ExecuteReader();
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        while (reader.Read())
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }

        return counts;
    }
}
