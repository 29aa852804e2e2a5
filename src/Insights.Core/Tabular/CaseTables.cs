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
    /// repeated records is read in full before the cases (its rows are held in memory); the cases stream.
    /// </summary>
    IEnumerable<CaseTableRow> Rows(CaseTable table);

    /// <summary>Reads again the row of <c>cases</c> at <paramref name="position"/> (a case found late not to be its client's profile case is read twice).</summary>
    CaseTableRow ReadAgain(long position);
}

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

        private static CsvRow Row(CaseTableRow row)
        {
            var cells = row.Cells as string?[] ?? [.. row.Cells];
            return new CsvRow(row.Line, row.Position, 0, cells, null, cells.Length > 0 ? cells[0] : null);
        }
    }
}
