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
    private string _everyColumnQuery = null!;

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
        _everyColumnQuery = EveryColumnQuery();
        if (DuckDbCounts(Queries[0]).Values.Sum() != Cases)
        {
            throw new InvalidOperationException("DuckDB does not count the cases written.");
        }
    }

    /// <summary>Also checks that our reader takes every case of the file (a whole read: minutes at 10M, so only for our methods).</summary>
    [GlobalSetup(Targets = [nameof(Report), nameof(ReadRows)])]
    public void SetUpOurs()
    {
        SetUp();
        var (frames, summaries) = ParquetCases.ReadFrames(_path);
        if (summaries[0].Summary.Accepted != Cases || frames.Evaluate().Sections.Count == 0)
        {
            throw new InvalidOperationException("The Parquet file does not read back as the cases written.");
        }
    }

    [GlobalCleanup]
    public void CleanUp() => _duckDb.Dispose();

    /// <summary>DuckDB: <c>read_parquet</c> over the file and five grouped counts, on all cores.</summary>
    [Benchmark(Baseline = true)]
    public long DuckDbFiveGroupedCounts() => Queries.Sum(q => DuckDbCounts(q).Values.Sum());

    /// <summary>
    /// DuckDB: <c>read_parquet</c> reading every flat column of the file once (the count of values of each) and the
    /// structure of each list (the total of their lengths, not their fields' values), on all cores. Not a report:
    /// less than any engine must read to count every answer, so it bounds from below what the whole report can
    /// cost from this file on this machine.
    /// </summary>
    [Benchmark]
    public long DuckDbReadEveryColumn()
    {
        using var command = _duckDb.CreateCommand();
        command.CommandText = _everyColumnQuery;
        using var reader = command.ExecuteReader();
        long values = 0;
        while (reader.Read())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                values += reader.IsDBNull(i) ? 0 : Convert.ToInt64(reader.GetValue(i), CultureInfo.InvariantCulture);
            }
        }

        return values;
    }

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

    // One aggregate per top-level column of the file, as DuckDB describes it: count() of a flat column, the summed
    // length of a list (which reads the list's structure; its fields' values are counted by the report, not here).
    private string EveryColumnQuery()
    {
        var source = $"read_parquet('{_path.Replace("'", "''", StringComparison.Ordinal)}')";
        var aggregates = new List<string>();
        using (var command = _duckDb.CreateCommand())
        {
            command.CommandText = $"DESCRIBE SELECT * FROM {source}";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var name = "\"" + reader.GetString(0).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
                aggregates.Add(reader.GetString(1).EndsWith("[]", StringComparison.Ordinal) ? $"sum(len({name}))::BIGINT" : $"count({name})");
            }
        }

        return $"SELECT {string.Join(", ", aggregates)} FROM {source}";
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
