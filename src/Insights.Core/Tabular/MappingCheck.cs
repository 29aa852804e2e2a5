using Insights.Core.Serialization;

namespace Insights.Core.Tabular;

/// <summary>A column of an export that is neither a layout column nor in the mapping.</summary>
/// <param name="File">The file's name.</param>
/// <param name="Column">The column's name in the file's header.</param>
public sealed record UnmappedColumn(string File, string Column);

/// <summary>A value of an export that is neither a code, a report label, a wording in the mapping nor a missing wording.</summary>
/// <param name="File">The file's name.</param>
/// <param name="Column">The column's name in the file's header.</param>
/// <param name="LayoutColumn">The layout column it is read as.</param>
/// <param name="Value">The value as written in the export (the one thing of a record this check shows: the wording to map).</param>
/// <param name="Count">How many cells hold it.</param>
public sealed record UnmappedValue(string File, string Column, string LayoutColumn, string Value, long Count);

/// <summary>
/// Checks a service's CSV export against a mapping in one pass: every record is read and checked as
/// <see cref="CaseCsv.Read"/> does, columns not in the layout or the mapping are left unread and listed, and every
/// unmapped wording in a column of codes or true/false answers is counted, so that the mapping can be completed at
/// once (docs/importing.md).
/// </summary>
public sealed class MappingCheck
{
    private MappingCheck(IReadOnlyList<TableReadSummary> summaries, IReadOnlyList<UnmappedColumn> columns, IReadOnlyList<UnmappedValue> values)
    {
        Summaries = summaries;
        UnmappedColumns = columns;
        UnmappedValues = values;
    }

    /// <summary>Gets the counts per file.</summary>
    public IReadOnlyList<TableReadSummary> Summaries { get; }

    /// <summary>Gets the columns the mapping does not cover, in file and header order.</summary>
    public IReadOnlyList<UnmappedColumn> UnmappedColumns { get; }

    /// <summary>Gets the wordings the mapping does not cover, with their counts, in file and column order.</summary>
    public IReadOnlyList<UnmappedValue> UnmappedValues { get; }

    /// <summary>Gets whether the mapping covers every column and value of the export.</summary>
    public bool IsComplete => UnmappedColumns.Count == 0 && UnmappedValues.Count == 0;

    /// <summary>Reads the export at <paramref name="path"/> (a folder of tables or one CSV file of cases) with <paramref name="mapping"/>.</summary>
    /// <param name="path">The export.</param>
    /// <param name="mapping">The mapping to check.</param>
    /// <param name="result">Receives each record's result in order, as <see cref="CaseCsv.Read"/> gives them.</param>
    /// <exception cref="CaseTableException">A header lacks a key column or the mapping does not fit the layout.</exception>
    /// <exception cref="FileNotFoundException">The cases file is missing.</exception>
    public static MappingCheck Run(string path, CaseMapping mapping, Action<ReadResult> result)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(result);
        var counts = new Dictionary<(string File, int Column, string Value), long>();
        var reader = new TableSetReader(
            new CsvTableSource(CaseCsv.FindTables(path, mapping), mapping),
            mapping,
            allowUnmapped: true,
            unmapped: (file, column, value) => counts[(file, column, value)] = counts.GetValueOrDefault((file, column, value)) + 1);
        var summaries = CaseCsv.Run(reader, result, degreeOfParallelism: null);
        var columns = reader.Columns.SelectMany(c => c.Unmapped.Select(u => new UnmappedColumn(c.File, u))).ToList();
        var order = reader.Columns.Select((c, i) => (c.File, i)).ToDictionary(x => x.File, x => x.i);
        var values = counts
            .OrderBy(p => order[p.Key.File]).ThenBy(p => p.Key.Column).ThenByDescending(p => p.Value).ThenBy(p => p.Key.Value, StringComparer.Ordinal)
            .Select(p =>
            {
                var table = reader.Columns[order[p.Key.File]];
                return new UnmappedValue(p.Key.File, table.SourceName(p.Key.Column), table.Table.Columns[p.Key.Column].Name, p.Key.Value, p.Value);
            })
            .ToList();
        return new MappingCheck(summaries, columns, values);
    }
}
