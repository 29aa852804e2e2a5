using Insights.Core.Model;
using Insights.Core.Serialization;

namespace Insights.Core.Tabular;

/// <summary>
/// One row of a table of the flat layout, as a source of tables other than CSV gives it (<see cref="ICaseTableSource"/>).
/// </summary>
/// <param name="Line">The number findings give for the row (for a file with a header row, its row number plus one, as a CSV line would be).</param>
/// <param name="Cells">The cells as text in the layout's terms (codes, <c>yyyy-MM-dd</c>, whole numbers, <c>true</c>/<c>false</c>), in the order the header named them; <see langword="null"/> for an empty cell.</param>
/// <param name="Position">Where the source finds the row again (<see cref="ICaseTableSource.ReadAgain"/>), e.g. its index in the file.</param>
public readonly record struct CaseTableRow(long Line, IReadOnlyList<string?> Cells, long Position);

/// <summary>
/// Where the tables of the flat layout come from, for a format other than CSV (the Parquet package is one): each
/// table's rows as text cells, its header first. <see cref="CaseTables.Read"/> and
/// <see cref="Ingestion.OutreachFrames.ReadTables(ICaseTableSource, Ingestion.FrameReadOptions)"/> do everything else exactly as for CSV: mapping the header,
/// assembling each case with its repeated rows, the checks of the JSON Lines reader on all cores, findings placed at
/// file, line and column, orphan rows rejected, counts per file.
/// </summary>
public interface ICaseTableSource
{
    /// <summary>Returns whether the input has table <paramref name="table"/>; it must have <c>cases</c>.</summary>
    bool Has(CaseTable table);

    /// <summary>Returns the name findings give for the table's file, e.g. <c>reviews.parquet</c>.</summary>
    string FileName(CaseTable table);

    /// <summary>
    /// Reads the table's rows in order, its header first: the header's cells are the column names. A table of
    /// repeated records is read in full before the cases (its rows are held in memory), unless the source has its
    /// rows in its case rows (<see cref="HasRowsInCaseRows"/>); the cases stream.
    /// </summary>
    IEnumerable<CaseTableRow> Rows(CaseTable table);

    /// <summary>Reads again the row of <c>cases</c> at <paramref name="position"/> (a case found late not to be its client's profile case is read twice).</summary>
    CaseTableRow ReadAgain(long position);

    /// <summary>
    /// Gets whether each case's rows of the other tables are stored in the case's own row (as the lists of the
    /// single Parquet file are). The reader then reads the cases in parts (<see cref="ReadParts"/>) and holds only a
    /// part's rows of the other tables at a time, so memory does not grow with the input; and each case has exactly
    /// the rows its own row holds, even when two rows of cases give the same id. By default
    /// <see langword="false"/>: the other tables are read in full first and their rows matched to cases by id.
    /// </summary>
    bool HasRowsInCaseRows => false;

    /// <summary>
    /// Reads the rows of <c>cases</c> (without its header, which <see cref="Rows"/> gives) in parts, for example a
    /// row group each, in order; each part has its cases' rows of the other tables, each such row with the
    /// <see cref="CaseTableRow.Position"/> of the case row that holds it and its cells in the order of its table's
    /// header. Called only when <see cref="HasRowsInCaseRows"/> is <see langword="true"/>.
    /// </summary>
    /// <exception cref="NotSupportedException">The source keeps its tables apart (the default).</exception>
    IEnumerable<CaseTablePart> ReadParts() => throw new NotSupportedException("The source keeps its tables apart; read its rows with Rows.");

    /// <summary>Reads again the part that holds the row of <c>cases</c> at <paramref name="position"/>, as <see cref="ReadParts"/> gave it.</summary>
    /// <exception cref="NotSupportedException">The source keeps its tables apart (the default).</exception>
    CaseTablePart ReadPartAgain(long position) => throw new NotSupportedException("The source keeps its tables apart; read a row again with ReadAgain.");
}

/// <summary>Rows of <c>cases</c> with the rows of the other tables that those cases' own rows hold (<see cref="ICaseTableSource.ReadParts"/>).</summary>
/// <param name="Cases">The rows of cases, in order.</param>
/// <param name="Others">For each other table the input has, its rows held by these cases, in order.</param>
public sealed record CaseTablePart(IReadOnlyList<CaseTableRow> Cases, IReadOnlyDictionary<CaseTable, IReadOnlyList<CaseTableRow>> Others);

/// <summary>Reads and flattens cases in the flat layout for sources of tables other than CSV (<see cref="CaseCsv"/> is the CSV one).</summary>
public static class CaseTables
{
    /// <summary>
    /// Calls <paramref name="row"/> with each row of <paramref name="c"/> in the flat layout, as
    /// <see cref="CaseCsv.Write(IEnumerable{Case}, string)"/> writes it: the case's row of <c>cases</c> first, then
    /// its rows of each table of repeated records in layout order; cells are in the table's column order, as text, an
    /// absent answer <see langword="null"/>. The list is only valid during the call.
    /// </summary>
    public static void Flatten(Case c, Action<CaseTable, IReadOnlyList<string?>> row)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(row);
        CaseFlattener.Flatten(c, (table, cells) => row(table, cells));
    }

    /// <summary>
    /// Reads cases from a source of tables, exactly as <see cref="CaseCsv.Read"/> reads CSV tables:
    /// <paramref name="result"/> receives, in order and one at a time, each case's result and each rejected row of
    /// the other tables.
    /// </summary>
    /// <returns>The counts per file; every row read is accepted or rejected.</returns>
    /// <exception cref="CaseTableException">A header is unusable (an unknown column, a key column missing).</exception>
    public static IReadOnlyList<TableReadSummary> Read(ICaseTableSource source, Action<ReadResult> result, int? degreeOfParallelism = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(result);
        return CaseCsv.Run(Reader(source), result, degreeOfParallelism);
    }

    /// <summary>The reader of tables over a public source, in the layout's own terms.</summary>
    internal static TableSetReader Reader(ICaseTableSource source) => new(new SourceAdapter(source), CaseMapping.None);

    private sealed class SourceAdapter(ICaseTableSource source) : ITableSource
    {
        public bool Has(CaseTable table) => source.Has(table);

        public string FileName(CaseTable table) => source.FileName(table);

        public IEnumerable<CsvRow> Rows(CaseTable table) => source.Rows(table).Select(Row);

        public CsvRow ReadAgain(long offset, int length) => Row(source.ReadAgain(offset));

        public bool InParts => source.HasRowsInCaseRows;

        public IEnumerable<TablePart> Parts() => source.ReadParts().Select(Part);

        public TablePart PartAgain(long offset) => Part(source.ReadPartAgain(offset));

        private static TablePart Part(CaseTablePart part)
            => new([.. part.Cases.Select(Row)], part.Others.ToDictionary(p => p.Key, p => p.Value.Select(Row).ToArray()));

        private static CsvRow Row(CaseTableRow row)
        {
            var cells = row.Cells as string?[] ?? [.. row.Cells];
            return new CsvRow(row.Line, row.Position, 0, cells, null, cells.Length > 0 ? cells[0] : null);
        }
    }
}
