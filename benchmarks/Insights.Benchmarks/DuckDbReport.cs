using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using Insights.Core.Frames;
using Insights.Core.Reports;
using Insights.Core.Tabulation;

namespace Insights.Benchmarks;

/// <summary>
/// The report's tables as SQL over an in-memory DuckDB holding the same answers as a frame: a table
/// <c>cases</c> with one column per stored frame column (UTINYINT codes, BOOLEAN bits, INTEGER numbers) and a
/// table <c>sparse(row, counter, amount)</c> of the contributions frames keep as pairs. Each report table is one query
/// that computes that table's counters (plus, for the few tables that also keep pairs, one query over
/// <c>sparse</c>); the counters are then finished into tables by the report definition, so the result is the
/// same <see cref="ReportResult"/> the frame gives.
/// </summary>
/// <remarks>
/// Loading 10 million rows of a thousand columns through the appender would take hours (one call per value).
/// The sampled cases are copies of the 1,820 calibrated cases, so the calibrated frame is appended
/// (<c>exact_cases</c>, <c>exact_sparse</c>) with the list of which calibrated case each row copies
/// (<c>picks</c>), and DuckDB itself builds <c>cases</c> and <c>sparse</c> by joining them: the same rows,
/// loaded in seconds. Set-up then checks that DuckDB's counters equal the frame's, value for value.
/// </remarks>
internal sealed class DuckDbReport : IDisposable
{

    private const int LoadSlice = 1_000_000;
    private readonly DuckDBConnection _connection;
    private readonly Report<ReportCase> _report;
    private readonly int _counterCount;
    private readonly TableQuery[] _queries;

    private DuckDbReport(DuckDBConnection connection, Report<ReportCase> report, int counterCount, TableQuery[] queries)
    {
        _connection = connection;
        _report = report;
        _counterCount = counterCount;
        _queries = queries;
    }

    /// <summary>Gets the number of queries one evaluation runs.</summary>
    internal int QueryCount => _queries.Sum(q => q.Parts.Count);

    /// <summary>Gets the number of columns of <c>cases</c>.</summary>
    internal int ColumnCount { get; private init; }

    /// <summary>
    /// Creates the database: the rows of <paramref name="source"/> picked by <paramref name="picks"/> (row i of
    /// the data is row picks[i] of the source), counted with <paramref name="threads"/> threads.
    /// </summary>
    internal static DuckDbReport Load(CaseFrame<ReportCase> source, int[] picks, int threads)
    {
        var connection = new DuckDBConnection("Data Source=:memory:");
        try
        {
            connection.Open();
            Execute(connection, $"SET threads TO {threads.ToString(CultureInfo.InvariantCulture)}");

            // A compressed in-memory catalogue: DuckDB's own lightweight compression (constant, RLE, bit packing),
            // as it would use in a database file. Uncompressed, 10M rows of a thousand one-byte columns need 11 GB.
            Execute(connection, "ATTACH ':memory:' AS compressed (COMPRESS)");
            Execute(connection, "USE compressed");
            Execute(connection, "SET preserve_insertion_order = false");

            var watch = System.Diagnostics.Stopwatch.StartNew();
            var layout = Layout.Of(source);
            CreateExactTables(connection, source, layout);
            Console.WriteLine($"// DuckDB: calibrated rows appended in {watch.Elapsed.TotalSeconds:F1} s");
            LoadPicks(connection, picks);
            Console.WriteLine($"// DuckDB: picks loaded at {watch.Elapsed.TotalSeconds:F1} s");

            // In slices of a million rows, so that the join's intermediate results stay small.
            var columns = string.Join(", ", layout.Columns.Select(c => $"{c.Name} {c.SqlType}"));
            var selected = string.Join(", ", layout.Columns.Select(c => "e." + c.Name));
            Execute(connection, $"CREATE TABLE cases ({columns})");
            for (var start = 0; start < picks.Length; start += LoadSlice)
            {
                Execute(connection, $"INSERT INTO cases SELECT {selected} FROM picks p JOIN exact_cases e ON e.src = p.src WHERE p.row >= {start} AND p.row < {start + LoadSlice}");
                Execute(connection, "CHECKPOINT");
            }

            Console.WriteLine($"// DuckDB: cases joined at {watch.Elapsed.TotalSeconds:F1} s");
            Execute(connection, "CREATE TABLE sparse AS SELECT p.row, s.counter, s.amount FROM picks p JOIN exact_sparse s ON s.src = p.src");
            Execute(connection, "DROP TABLE picks");
            Execute(connection, "DROP TABLE exact_cases");
            Execute(connection, "DROP TABLE exact_sparse");
            Execute(connection, "CHECKPOINT");

            var queries = layout.Tables.Select(t => t.Query()).ToArray();
            return new DuckDbReport(connection, source.Report, source.CounterOffsets[^1], queries) { ColumnCount = layout.Columns.Count };
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Runs every table's query and returns the report's counter vector.</summary>
    internal long[] CountAll()
    {
        var counters = new long[_counterCount];
        using var command = _connection.CreateCommand();
        foreach (var query in _queries)
        {
            foreach (var part in query.Parts)
            {
                command.CommandText = part.Sql;
                using var reader = command.ExecuteReader();
                part.Read(reader, counters);
            }
        }

        return counters;
    }

    /// <summary>Runs every query and finishes the tables, as the frame's Evaluate does.</summary>
    internal ReportResult Evaluate() => _report.Finish(CountAll());

    /// <summary>Throws unless DuckDB's counters equal <paramref name="expected"/> exactly.</summary>
    /// <exception cref="InvalidOperationException">A counter differs; the message names the first.</exception>
    internal void AssertSameCounters(long[] expected)
    {
        var actual = CountAll();
        for (var i = 0; i < expected.Length; i++)
        {
            if (actual[i] != expected[i])
            {
                throw new InvalidOperationException($"DuckDB counter {i} is {actual[i]} where the frame counts {expected[i]}; the SQL does not count the same tables.");
            }
        }
    }

    public void Dispose() => _connection.Dispose();

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static void CreateExactTables(DuckDBConnection connection, CaseFrame<ReportCase> source, Layout layout)
    {
        Execute(connection, $"CREATE TABLE exact_cases (src INTEGER, {string.Join(", ", layout.Columns.Select(c => $"{c.Name} {c.SqlType}"))})");
        using (var appender = connection.CreateAppender("exact_cases"))
        {
            for (var row = 0; row < source.RowCount; row++)
            {
                var line = appender.CreateRow().AppendValue(row);
                foreach (var column in layout.Columns)
                {
                    var value = column.Source.ValueAt(row);
                    line = column.Source.Kind switch
                    {
                        FrameColumnKind.Code => line.AppendValue((byte)value),
                        FrameColumnKind.Bit => line.AppendValue(value != 0),
                        _ => line.AppendValue((int)value),
                    };
                }

                line.EndRow();
            }
        }

        Execute(connection, "CREATE TABLE exact_sparse (src INTEGER, counter INTEGER, amount BIGINT)");
        using var sparse = connection.CreateAppender("exact_sparse");
        foreach (var (row, counter, amount) in layout.SparseEntries)
        {
            sparse.CreateRow().AppendValue(row).AppendValue(counter).AppendValue(amount).EndRow();
        }
    }

    /// <summary>Loads the picks through a CSV file, which DuckDB reads on all threads: appending ten million rows one call per value takes minutes.</summary>
    private static void LoadPicks(DuckDBConnection connection, int[] picks)
    {
        var path = Sidecar.PathOf($"picks-{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}.csv");
        try
        {
            using (var writer = new StreamWriter(path, append: false, Encoding.ASCII, 1 << 20))
            {
                for (var i = 0; i < picks.Length; i++)
                {
                    writer.Write(i.ToString(CultureInfo.InvariantCulture));
                    writer.Write(',');
                    writer.Write(picks[i].ToString(CultureInfo.InvariantCulture));
                    writer.Write('\n');
                }
            }

            Execute(connection, $"CREATE TABLE picks AS SELECT * FROM read_csv('{path}', header = false, columns = {{'row': 'INTEGER', 'src': 'INTEGER'}})");
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>One SQL column: a distinct stored frame column, named c0, c1, ….</summary>
    private sealed record SqlColumn(string Name, FrameColumn Source)
    {
        internal string SqlType => Source.Kind switch
        {
            FrameColumnKind.Code => "UTINYINT",
            FrameColumnKind.Bit => "BOOLEAN",
            _ => "INTEGER",
        };
    }

    /// <summary>A frame column of one table, at its report-wide counter offset, read from a SQL column.</summary>
    private sealed record TableColumn(SqlColumn Sql, FrameColumn Column, int TableOffset);

    private sealed record ReportTable(int Index, int Start, int End, IReadOnlyList<TableColumn> Columns, bool HasSparse)
    {
        internal TableQuery Query()
        {
            var parts = new List<QueryPart>();
            if (Columns.Count > 0)
            {
                parts.Add(ColumnQuery());
            }

            if (HasSparse)
            {
                parts.Add(new QueryPart(
                    $"SELECT counter, sum(amount)::BIGINT FROM sparse WHERE counter >= {Start} AND counter < {End} GROUP BY counter",
                    (reader, counters) =>
                    {
                        while (reader.Read())
                        {
                            counters[reader.GetInt32(0)] += reader.GetInt64(1);
                        }
                    }));
            }

            return new TableQuery(Index, parts);
        }

        /// <summary>
        /// One query for the table's columns: codes and bits are conditional counts in one row; numbers are
        /// histograms, one grouping set per column beside the empty set that carries the conditional counts.
        /// Equal expressions are computed once. (Measured at a million cases, <c>count_if</c> ran the report in
        /// 0.95 s, <c>count(*) FILTER (WHERE …)</c> in 3.7 s, <c>sum(b::TINYINT)</c> in 1.5 s; codes as grouping
        /// sets instead of conditional counts took the same time.)
        /// </summary>
        private QueryPart ColumnQuery()
        {
            var scalars = new List<string>();
            var scalarCounters = new List<List<int>>();
            void Scalar(string sql, int counter)
            {
                var index = scalars.IndexOf(sql);
                if (index < 0)
                {
                    index = scalars.Count;
                    scalars.Add(sql);
                    scalarCounters.Add([]);
                }

                scalarCounters[index].Add(counter);
            }

            var histograms = new List<TableColumn>();
            foreach (var c in Columns)
            {
                var offset = c.TableOffset + c.Column.Offset;
                switch (c.Column.Kind)
                {
                    case FrameColumnKind.Code:
                        for (var code = 0; code < c.Column.Width; code++)
                        {
                            Scalar($"count_if({c.Sql.Name} = {code})::BIGINT", offset + code);
                        }

                        break;
                    case FrameColumnKind.Bit:
                        Scalar($"count_if({c.Sql.Name})::BIGINT", offset);
                        break;
                    case FrameColumnKind.Integer:
                        histograms.Add(c);
                        break;
                }
            }

            var sql = new StringBuilder("SELECT ");
            if (histograms.Count == 0)
            {
                sql.Append(string.Join(", ", scalars)).Append(" FROM cases");
                return new QueryPart(sql.ToString(), (reader, counters) =>
                {
                    reader.Read();
                    for (var i = 0; i < scalars.Count; i++)
                    {
                        var count = Convert.ToInt64(reader.GetValue(i), CultureInfo.InvariantCulture);
                        foreach (var counter in scalarCounters[i])
                        {
                            counters[counter] += count;
                        }
                    }
                });
            }

            var grouped = histograms.Select(c => c.Sql.Name).Distinct().ToArray();
            sql.Append(string.Join(", ", grouped.Select(g => $"GROUPING({g}), {g}")));
            sql.Append(", count(*)");
            foreach (var scalar in scalars)
            {
                sql.Append(", ").Append(scalar);
            }

            sql.Append(" FROM cases GROUP BY GROUPING SETS (").Append(string.Join(", ", grouped.Select(g => $"({g})")));
            sql.Append(scalars.Count > 0 ? ", ())" : ")");
            var first = (2 * grouped.Length) + 1;
            return new QueryPart(sql.ToString(), (reader, counters) =>
            {
                while (reader.Read())
                {
                    var set = -1;
                    for (var g = 0; g < grouped.Length && set < 0; g++)
                    {
                        if (Convert.ToInt64(reader.GetValue(2 * g), CultureInfo.InvariantCulture) == 0)
                        {
                            set = g;
                        }
                    }

                    if (set < 0)
                    {
                        for (var i = 0; i < scalars.Count; i++)
                        {
                            var scalarCount = Convert.ToInt64(reader.GetValue(first + i), CultureInfo.InvariantCulture);
                            foreach (var counter in scalarCounters[i])
                            {
                                counters[counter] += scalarCount;
                            }
                        }

                        continue;
                    }

                    var value = Convert.ToInt64(reader.GetValue((2 * set) + 1), CultureInfo.InvariantCulture);
                    var count = reader.GetInt64(2 * grouped.Length);
                    foreach (var c in histograms.Where(c => c.Sql.Name == grouped[set]))
                    {
                        if (value >= 0)
                        {
                            counters[c.TableOffset + c.Column.Offset + value] += count;
                        }
                        else if (value == int.MinValue)
                        {
                            counters[c.TableOffset + c.Column.MissingCounter] += count;
                        }
                    }
                }
            });
        }
    }

    private sealed record QueryPart(string Sql, Action<DuckDBDataReader, long[]> Read);

    private sealed record TableQuery(int Table, IReadOnlyList<QueryPart> Parts);

    /// <summary>The SQL columns (one per distinct stored column), the report tables over them, and the sparse pairs.</summary>
    private sealed class Layout
    {
        private Layout(List<SqlColumn> columns, List<ReportTable> tables, List<(int Row, int Counter, long Amount)> sparse)
        {
            Columns = columns;
            Tables = tables;
            SparseEntries = sparse;
        }

        internal IReadOnlyList<SqlColumn> Columns { get; }

        internal IReadOnlyList<ReportTable> Tables { get; }

        internal IReadOnlyList<(int Row, int Counter, long Amount)> SparseEntries { get; }

        internal static Layout Of(CaseFrame<ReportCase> frame)
        {
            // Frame columns that read the same stored column (a cell whose base is its column's) share a SQL column.
            var byReader = new Dictionary<Func<int, long>, SqlColumn>();
            var columns = new List<SqlColumn>();
            var tables = new List<ReportTable>();
            var sparse = new List<(int Row, int Counter, long Amount)>();
            for (var t = 0; t < frame.ColumnarTables.Count; t++)
            {
                var table = frame.ColumnarTables[t];
                var offset = frame.CounterOffsets[t];
                var tableColumns = new List<TableColumn>();
                foreach (var column in table.Columns)
                {
                    if (!byReader.TryGetValue(column.ValueAt, out var sql))
                    {
                        sql = new SqlColumn("c" + columns.Count.ToString(CultureInfo.InvariantCulture), column);
                        byReader.Add(column.ValueAt, sql);
                        columns.Add(sql);
                    }

                    tableColumns.Add(new TableColumn(sql, column, offset));
                }

                var entries = sparse.Count;
                sparse.AddRange(table.SparseEntries.Select(e => (e.Row, e.Counter + offset, e.Amount)));
                tables.Add(new ReportTable(t, offset, frame.CounterOffsets[t + 1], tableColumns, sparse.Count > entries));
            }

            return new Layout(columns, tables, sparse);
        }
    }
}
