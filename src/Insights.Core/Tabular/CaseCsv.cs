using System.Text;
using Insights.Core.Model;
using Insights.Core.Serialization;

namespace Insights.Core.Tabular;

/// <summary>The counts of one file of a set of tables: rows read, accepted and rejected.</summary>
/// <param name="File">The file's name, e.g. <c>reviews.csv</c>.</param>
/// <param name="Summary">Its rows read, accepted and rejected; for <c>cases.csv</c> these are cases.</param>
public sealed record TableReadSummary(string File, ReadSummary Summary);

/// <summary>Options for reading cases from CSV tables.</summary>
public sealed class CsvReadOptions
{
    /// <summary>Gets the mapping of a service's own export to the layout.</summary>
    /// <value>The default value is <see cref="CaseMapping.None"/>: files in the layout's own terms.</value>
    public CaseMapping Mapping { get; init; } = CaseMapping.None;

    /// <summary>Gets how many threads parse and check cases.</summary>
    /// <value>The default value is <see langword="null"/>: the processor count.</value>
    public int? DegreeOfParallelism { get; init; }
}

/// <summary>
/// Reads and writes cases as CSV tables in the flat layout (<see cref="CaseLayout"/>, docs/importing.md): a folder
/// with <c>cases.csv</c> and one file per repeated kind of record (<c>children.csv</c>, <c>reviews.csv</c>,
/// <c>police-reports.csv</c>, <c>incidents.csv</c>, <c>civil-orders.csv</c>), RFC 4180, UTF-8.
/// </summary>
public static class CaseCsv
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Writes <paramref name="cases"/> as the layout's tables into <paramref name="folder"/> (created if needed):
    /// every table's file, with its header even when it has no rows. Each file is written to a temporary file in the
    /// folder and renamed into place once all are complete, so an interrupted write leaves no partial table.
    /// </summary>
    /// <exception cref="IOException">A file could not be written.</exception>
    public static void Write(IEnumerable<Case> cases, string folder)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(folder);
        Directory.CreateDirectory(folder);
        var tables = CaseLayout.Default.Tables;
        var temporary = tables.Select(t => Path.Combine(folder, $".{t.FileName}.{Guid.NewGuid():N}.tmp")).ToArray();
        var writers = new StreamWriter[tables.Count];
        try
        {
            for (var i = 0; i < tables.Count; i++)
            {
                writers[i] = new StreamWriter(new FileStream(temporary[i], FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16), Utf8NoBom);
            }

            Write(cases, table => writers[CaseLayout.Default.IndexOf(table)]);
            foreach (var writer in writers)
            {
                writer.Dispose();
            }

            for (var i = 0; i < tables.Count; i++)
            {
                File.Move(temporary[i], Path.Combine(folder, tables[i].FileName), overwrite: true);
            }
        }
        finally
        {
            foreach (var writer in writers)
            {
                writer?.Dispose();
            }

            foreach (var path in temporary)
            {
                if (File.Exists(path))
                {
                    File.Delete(path);
                }
            }
        }
    }

    /// <summary>Writes <paramref name="cases"/> as the layout's tables, each to the writer <paramref name="writerOf"/> gives for it (asked once per table, header first, CRLF line ends).</summary>
    public static void Write(IEnumerable<Case> cases, Func<CaseTable, TextWriter> writerOf)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(writerOf);
        var tables = CaseLayout.Default.Tables;
        var writers = tables.Select(writerOf).ToArray();
        for (var i = 0; i < tables.Count; i++)
        {
            CsvRows.Write(writers[i], [.. tables[i].Columns.Select(c => c.Name)]);
        }

        foreach (var c in cases)
        {
            CaseFlattener.Flatten(c, (table, cells) => CsvRows.Write(writers[CaseLayout.Default.IndexOf(table)], cells));
        }

        foreach (var writer in writers)
        {
            writer.Flush();
        }
    }

    /// <summary>
    /// Reads cases from CSV tables: <paramref name="path"/> is a folder holding <c>cases.csv</c> (or the file a
    /// mapping names) and any of the other tables, or a single CSV file of cases. Each case is checked exactly as a
    /// JSON Lines line is; <paramref name="result"/> receives, in order and one at a time, each case's result and
    /// each rejected row of the other tables (a row whose case is missing or rejected is itself rejected, never
    /// dropped). Findings name the file, the line, the case id and the column.
    /// </summary>
    /// <returns>The counts per file; every row read is accepted or rejected.</returns>
    /// <exception cref="CaseTableException">A file's header is unusable (an unknown column, a key column missing) or the mapping does not fit the layout.</exception>
    /// <exception cref="FileNotFoundException">The cases file is missing.</exception>
    /// <exception cref="IOException">A file could not be read.</exception>
    public static IReadOnlyList<TableReadSummary> Read(string path, Action<ReadResult> result, CsvReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(result);
        options ??= new CsvReadOptions();
        var reader = new TableSetReader(new CsvTableSource(FindTables(path, options.Mapping), options.Mapping), options.Mapping);
        return Run(reader, result, options.DegreeOfParallelism);
    }

    /// <summary>
    /// Finds the file of each table that <see cref="Read"/> would read: in a folder, by the layout's file names (or
    /// the mapping's); a file is the table of cases alone.
    /// </summary>
    /// <exception cref="FileNotFoundException">There is no cases file.</exception>
    /// <exception cref="CaseTableException">The mapping names a file by a path rather than a name in the folder.</exception>
    public static IReadOnlyDictionary<CaseTable, string> FindTables(string path, CaseMapping? mapping = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        mapping ??= CaseMapping.None;
        var layout = CaseLayout.Default;
        var files = new Dictionary<CaseTable, string>();
        if (File.Exists(path))
        {
            files[layout.Cases] = path;
            return files;
        }

        if (!Directory.Exists(path))
        {
            throw new FileNotFoundException("The input is neither a file nor a folder.");
        }

        foreach (var table in layout.Tables)
        {
            var name = mapping.Tables.TryGetValue(table.Name, out var m) && m.File is { } own ? own : table.FileName;
            if (Path.GetFileName(name) != name)
            {
                throw new CaseTableException(table.FileName, "the mapping's file name must be a name in the input folder, not a path.");
            }

            var file = Path.Combine(path, name);
            if (File.Exists(file))
            {
                files[table] = file;
            }
        }

        return files.ContainsKey(layout.Cases)
            ? files
            : throw new FileNotFoundException("The input folder has no cases file (cases.csv, or the file the mapping names for cases).");
    }

    /// <summary>Runs a reader on the JSON Lines engine, handing out results in order.</summary>
    internal static IReadOnlyList<TableReadSummary> Run(TableSetReader reader, Action<ReadResult> result, int? degreeOfParallelism)
        => Run<object?>(reader, result, degreeOfParallelism, _ => null, null, null);

    /// <summary>
    /// Runs a reader on the JSON Lines engine: <paramref name="result"/> gets every result in order (each case's,
    /// then its rejected rows of other tables); <paramref name="ordered"/> and <paramref name="accepted"/> are the
    /// engine's callbacks for each case (see <see cref="ParallelCaseReader"/>).
    /// </summary>
    internal static IReadOnlyList<TableReadSummary> Run<TState>(
        TableSetReader reader,
        Action<ReadResult> result,
        int? degreeOfParallelism,
        Func<int, TState> createState,
        Func<ReadResult, RawLine, int>? ordered,
        Action<TState, ReadResult, int>? accepted)
    {
        ParallelCaseReader.Run(
            reader.Records(),
            createState,
            (r, line) =>
            {
                var first = true;
                var tag = 0;
                foreach (var placed in reader.Commit(r, line.Offset))
                {
                    result(placed);
                    if (first && ordered is not null)
                    {
                        tag = ordered(placed, line);
                    }

                    first = false;
                }

                return tag;
            },
            accepted,
            degreeOfParallelism,
            reader.Parse);
        foreach (var left in reader.Finish())
        {
            result(left);
        }

        return [.. reader.Summaries.Select(s => new TableReadSummary(s.File, s.Summary))];
    }
}
