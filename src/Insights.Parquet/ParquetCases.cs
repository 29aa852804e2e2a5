using Insights.Core.Frames;
using Insights.Core.Ingestion;
using Insights.Core.Model;
using Insights.Core.Reports;
using Insights.Core.Serialization;
using Insights.Core.Tabular;

namespace Insights.Parquet;

/// <summary>Options for writing cases as Parquet.</summary>
public sealed class ParquetWriteOptions
{
    /// <summary>Gets how many cases a row group holds (in the folder form, each file starts a row group with each such batch of cases).</summary>
    /// <value>The default value is <see cref="ParquetCases.DefaultRowGroupCases"/>.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int RowGroupCases
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(RowGroupCases), value, "A row group holds at least one case.");
    }

    = ParquetCases.DefaultRowGroupCases;
}

/// <summary>
/// Reads and writes cases as Parquet (docs/importing.md, "Parquet") in one of two forms. <b>One file</b> (a path ending
/// in <c>.parquet</c>): the <c>cases</c> table of the flat layout, one row per case, with each table of repeated
/// records a <c>LIST</c> of <c>STRUCT</c> column named by the table (<c>children</c>, <c>reviews</c>,
/// <c>police-reports</c>, whose struct holds the <c>incidents</c> list, and <c>civil-orders</c>), so DuckDB, pandas and
/// R arrow read it with no help. <b>A folder</b>: one flat file per table (<c>cases.parquet</c>,
/// <c>children.parquet</c>, …) with exactly the columns of the CSV tables. Columns are typed: strings for identifiers,
/// text, codes and multi-select answers (codes joined by <c>;</c> as in CSV, <c>[]</c> for nothing ticked), INT32
/// for whole numbers and <c>report</c>, BOOLEAN for yes/no and presence columns, DATE for dates; every column is
/// optional (null is an absent answer).
/// </summary>
public static class ParquetCases
{
    /// <summary>The number of cases a row group holds by default.</summary>
    public const int DefaultRowGroupCases = 100_000;

    /// <summary>
    /// Writes <paramref name="cases"/> as Parquet: when <paramref name="path"/> ends in <c>.parquet</c>, one file;
    /// otherwise a folder (created if needed) of one file per table, each written even when it has no rows. Files
    /// are written to temporary files beside them and renamed into place once all are complete, so an interrupted
    /// write leaves no partial file. Cases are streamed; memory holds one row group.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument, or a case, is <see langword="null"/>.</exception>
    /// <exception cref="IOException">A file could not be written.</exception>
    public static void Write(IEnumerable<Case> cases, string path, ParquetWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(path);
        var rowGroup = (options ?? new ParquetWriteOptions()).RowGroupCases;
        if (IsFile(path))
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
            Replace([(path, Temporary(folder, Path.GetFileName(path)))], streams => ParquetCaseWriter.WriteFile(cases, streams[0], rowGroup));
            return;
        }

        Directory.CreateDirectory(path);
        var tables = CaseLayout.Default.Tables;
        var files = tables.Select(t => (Path.Combine(path, ParquetTableSource.TableFile(t)), Temporary(path, ParquetTableSource.TableFile(t)))).ToArray();
        Replace(files, streams => ParquetCaseWriter.WriteTables(cases, table => streams[IndexOf(tables, table)], rowGroup));
    }

    /// <summary>
    /// Reads cases from Parquet: <paramref name="path"/> is one file (the single-file form) or a folder holding
    /// <c>cases.parquet</c> and any of the other tables' files. Each case is checked exactly as a JSON Lines line
    /// is; <paramref name="result"/> receives, in order and one at a time, each case's result and each rejected row of
    /// the other tables. Findings name the file (in the single file a list as <c>cases.parquet/reviews</c>), the
    /// line (the row number plus one, as in the CSV table of the same cases), the case id and the column. The cases
    /// stream a row group at a time. In the single file each row group's list items come with it and are held only
    /// until its cases are committed; in the folder form the tables of repeated records are held in memory while the
    /// cases stream, as for CSV.
    /// </summary>
    /// <returns>The counts per file (per list in the single file); every row read is accepted or rejected.</returns>
    /// <exception cref="CaseTableException">A file is not Parquet (empty, truncated, another format), or its schema does not fit the layout: an unknown column, a column of the wrong type, a list where a column belongs. Named by file and column, never by a value.</exception>
    /// <exception cref="FileNotFoundException">The file, or the folder's <c>cases.parquet</c>, is missing.</exception>
    /// <exception cref="IOException">A row group is damaged, or a file could not be read.</exception>
    public static IReadOnlyList<TableReadSummary> Read(string path, Action<ReadResult> result, int? degreeOfParallelism = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(result);
        return CaseTables.Read(Open(path), result, degreeOfParallelism);
    }

    /// <summary>
    /// Streams the cases of a Parquet file or folder (as <see cref="Read"/> reads them) into frames of the Outreach
    /// report, as <see cref="OutreachFrames.ReadCsv"/> does for CSV tables: no case object is kept.
    /// </summary>
    /// <returns>The frames, and the counts of each file.</returns>
    /// <exception cref="CaseTableException">A file is not Parquet or its schema does not fit the layout.</exception>
    /// <exception cref="FileNotFoundException">The file, or the folder's <c>cases.parquet</c>, is missing.</exception>
    /// <exception cref="IOException">A row group is damaged, or a file could not be read.</exception>
    public static (CaseFrameSet<ReportCase> Frames, IReadOnlyList<TableReadSummary> Summaries) ReadFrames(string path, FrameReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        return OutreachFrames.ReadTables(Open(path), options);
    }

    /// <summary>Opens a Parquet file or folder as a source of the layout's tables, its schema checked against the layout.</summary>
    /// <exception cref="CaseTableException">A file is not Parquet or its schema does not fit the layout.</exception>
    /// <exception cref="FileNotFoundException">The file, or the folder's <c>cases.parquet</c>, is missing.</exception>
    public static ICaseTableSource Open(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            return ParquetTableSource.Folder(path);
        }

        return File.Exists(path) ? ParquetTableSource.File(path) : throw new FileNotFoundException("The Parquet input does not exist.");
    }

    /// <summary>Returns whether <paramref name="path"/> names Parquet input: a file ending in <c>.parquet</c>, or a folder holding <c>cases.parquet</c>.</summary>
    public static bool IsParquet(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Directory.Exists(path) ? File.Exists(Path.Combine(path, "cases.parquet")) : IsFile(path);
    }

    private static bool IsFile(string path) => path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase);

    private static string Temporary(string folder, string name) => Path.Combine(folder, $".{name}.{Guid.NewGuid():N}.tmp");

    private static void Replace((string Final, string Temporary)[] files, Action<Stream[]> write)
    {
        var streams = new Stream[files.Length];
        try
        {
            for (var i = 0; i < files.Length; i++)
            {
                streams[i] = new FileStream(files[i].Temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16);
            }

            write(streams);
            foreach (var stream in streams)
            {
                stream.Dispose();
            }

            foreach (var (final, temporary) in files)
            {
                File.Move(temporary, final, overwrite: true);
            }
        }
        finally
        {
            foreach (var stream in streams)
            {
                stream?.Dispose();
            }

            foreach (var (_, temporary) in files)
            {
                if (File.Exists(temporary))
                {
                    File.Delete(temporary);
                }
            }
        }
    }

    private static int IndexOf(IReadOnlyList<CaseTable> tables, CaseTable table)
    {
        for (var i = 0; i < tables.Count; i++)
        {
            if (tables[i] == table)
            {
                return i;
            }
        }

        throw new ArgumentException("The table is not one of the layout's.", nameof(table));
    }
}
