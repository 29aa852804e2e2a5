using System.Collections.Concurrent;
using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Insights.Core.Model;
using Insights.Core.Serialization;

namespace Insights.Core.Tabular;

/// <summary>
/// Where the rows of the layout's tables come from: the files of a folder of CSV tables, or of Parquet files. Rows
/// are given as <see cref="CsvRow"/>s whatever the format: the first row of a table is its header (the column
/// names), each cell is text in the layout's terms or the export's (mapped by <see cref="TableColumns"/>).
/// </summary>
internal interface ITableSource
{
    /// <summary>Gets whether the input has table <paramref name="table"/>; it must have <c>cases</c>.</summary>
    bool Has(CaseTable table);

    /// <summary>Gets the name findings give for the table's file, e.g. <c>reviews.csv</c>.</summary>
    string FileName(CaseTable table);

    /// <summary>Reads the table's rows in order, its header first (the enumerator is disposed when reading ends).</summary>
    IEnumerable<CsvRow> Rows(CaseTable table);

    /// <summary>Reads again one row of <c>cases</c>, given the <see cref="CsvRow.Offset"/> and <see cref="CsvRow.Length"/> it had.</summary>
    CsvRow ReadAgain(long offset, int length);

    /// <summary>Gets whether each case's rows of the other tables are stored in the case's own row, so that they are read in parts with it (<see cref="Parts"/>).</summary>
    bool InParts => false;

    /// <summary>Reads the rows of <c>cases</c> after its header in parts, each with its cases' rows of the other tables (whose <see cref="CsvRow.Offset"/> is their case row's).</summary>
    IEnumerable<TablePart> Parts() => throw new NotSupportedException("The source keeps its tables apart.");

    /// <summary>Reads again the part that holds the row of <c>cases</c> at <paramref name="offset"/>.</summary>
    TablePart PartAgain(long offset) => throw new NotSupportedException("The source keeps its tables apart.");
}

/// <summary>Rows of <c>cases</c> with the rows of the other tables that those cases' own rows hold.</summary>
internal sealed record TablePart(CsvRow[] Cases, IReadOnlyDictionary<CaseTable, CsvRow[]> Others);

/// <summary>The tables of a folder of CSV files (or one CSV file of cases).</summary>
internal sealed class CsvTableSource(IReadOnlyDictionary<CaseTable, string> paths, CaseMapping mapping) : ITableSource
{
    private byte Delimiter => (byte)mapping.Delimiter[0];

    public bool Has(CaseTable table) => paths.ContainsKey(table);

    public string FileName(CaseTable table) => Path.GetFileName(paths[table]);

    public IEnumerable<CsvRow> Rows(CaseTable table)
    {
        using var stream = new FileStream(paths[table], FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        foreach (var row in CsvRows.Read(stream, Delimiter))
        {
            yield return row;
        }
    }

    public CsvRow ReadAgain(long offset, int length)
    {
        using var stream = new FileStream(paths[CaseLayout.Default.Cases], FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var bytes = new byte[length];
        stream.Seek(offset, SeekOrigin.Begin);
        stream.ReadExactly(bytes);
        return CsvRows.Parse(0, offset, bytes, Delimiter);
    }
}

/// <summary>A row of a table of repeated records, held until its case is read.</summary>
internal sealed class HeldRow(string file, long line, string?[]? cells, Finding? problem, long caseOffset = -1)
{
    internal string File { get; } = file;

    /// <summary>Gets the offset of the case row that holds this row, for a source read in parts; otherwise -1 (rows are matched by case id).</summary>
    internal long CaseOffset { get; } = caseOffset;

    internal long Line { get; } = line;

    /// <summary>Gets the cells in layout order, or <see langword="null"/> when the row could not be read.</summary>
    internal string?[]? Cells { get; } = cells;

    /// <summary>Gets or sets why the row is rejected on its own; a row that names no known case is found out only at the end.</summary>
    internal Finding? Problem { get; set; } = problem;

    /// <summary>Gets or sets whether the row's fate is known (its case was read, or it was rejected on its own).</summary>
    internal bool Decided { get; set; }

    /// <summary>Gets or sets whether the row's rejection does not reject its case (an incident naming a police report the case does not have).</summary>
    internal bool Orphan { get; set; }

    /// <summary>Gets or sets whether the row went into its case's record.</summary>
    internal bool Used { get; set; }
}

/// <summary>
/// Reads a set of CSV tables (a folder of <c>cases.csv</c>, <c>children.csv</c>, …, or one cases file) in the flat
/// layout, maps each through the mapping, and turns each case row with its repeated rows into one JSON record,
/// which the JSON Lines engine then parses and checks on all cores, so that a case read from tables meets exactly
/// the checks and findings of one read from JSON Lines. Findings are then placed back in the tables: file, line,
/// column. Tables of repeated records are read first and held in memory (about 100 bytes and the cells of each
/// row); the cases stream. A source whose rows of the other tables are in their case's row (the single Parquet
/// file) is read in parts instead: each part's rows are held only until its cases are committed.
/// </summary>
internal sealed class TableSetReader
{
    private const int BlockRecords = 512;

    private readonly CaseLayout _layout = CaseLayout.Default;
    private readonly CaseMapping _mapping;
    private readonly ITableSource _source;
    private readonly Dictionary<CaseTable, Dictionary<string, List<HeldRow>>> _held = [];
    private readonly ConcurrentQueue<Part> _parts = new();
    private readonly Dictionary<CaseTable, TableColumns> _partColumns = [];
    private Part? _partAgain;
    private readonly Dictionary<CaseTable, ReadSummary> _summaries = [];
    private readonly List<HeldRow> _unkeyed = [];
    private readonly Dictionary<string, long> _rejectedCases = new(StringComparer.Ordinal);
    private readonly bool _allowUnmapped;
    private readonly Action<string, int, string>? _unmapped;
    private TableColumns? _cases;

    /// <param name="source">The tables.</param>
    /// <param name="mapping">How the files map to the layout.</param>
    /// <param name="allowUnmapped">Whether columns that are neither in the layout nor mapped are left unread rather than an error.</param>
    /// <param name="unmapped">Receives each unmapped value (file, layout column, value) when unmapped columns are allowed (validate --mapping).</param>
    internal TableSetReader(ITableSource source, CaseMapping mapping, bool allowUnmapped = false, Action<string, int, string>? unmapped = null)
    {
        _source = source;
        _mapping = mapping;
        _allowUnmapped = allowUnmapped;
        _unmapped = unmapped;
        mapping.Check(_layout);
    }

    /// <summary>Gets each table's columns as read, once its header has been read.</summary>
    internal List<TableColumns> Columns { get; } = [];

    /// <summary>Gets the counts of rows read, accepted and rejected, per file, in layout order.</summary>
    internal IEnumerable<(string File, ReadSummary Summary)> Summaries
        => _layout.Tables.Where(_source.Has).Select(t => (Name(t), _summaries.GetValueOrDefault(t)));

    private string Name(CaseTable table) => _source.FileName(table);

    /// <summary>
    /// Reads everything: the held tables now, then the cases as blocks of JSON records for the engine. Call
    /// <see cref="Commit"/> with each result in order, then <see cref="Finish"/>.
    /// </summary>
    internal IEnumerable<LineBlock> Records()
    {
        if (_source.InParts)
        {
            foreach (var block in PartRecords())
            {
                yield return block;
            }

            yield break;
        }

        foreach (var table in _layout.Tables.Skip(1).Where(_source.Has))
        {
            Hold(table);
        }

        // The rows are turned into records on the workers (Parse): only reading the file is done here.
        var lines = new List<RawLine>(BlockRecords);
        var rows = new List<CsvRow>(BlockRecords);
        foreach (var row in Rows(_layout.Cases, out _cases))
        {
            lines.Add(new RawLine(row.Line, ReadOnlyMemory<byte>.Empty, row.Length, false, false, row.Offset));
            rows.Add(row);
            if (lines.Count == BlockRecords)
            {
                yield return new LineBlock([.. lines], null) { Payload = new BlockRows([.. rows], null) };
                lines.Clear();
                rows.Clear();
            }
        }

        if (lines.Count > 0)
        {
            yield return new LineBlock([.. lines], null) { Payload = new BlockRows([.. rows], null) };
        }
    }

    /// <summary>
    /// The blocks of a source read in parts: each part's rows of the other tables are held only until its cases are
    /// committed, and each case has exactly the rows its own row holds.
    /// </summary>
    private IEnumerable<LineBlock> PartRecords()
    {
        foreach (var table in _layout.Tables.Skip(1).Where(_source.Has))
        {
            _partColumns[table] = Header(table);
        }

        _cases = Header(_layout.Cases);
        foreach (var source in _source.Parts())
        {
            var part = Hold(source);
            _parts.Enqueue(part);
            for (var start = 0; start < source.Cases.Length; start += BlockRecords)
            {
                var rows = source.Cases.AsSpan(start, Math.Min(BlockRecords, source.Cases.Length - start)).ToArray();
                var lines = Array.ConvertAll(rows, row => new RawLine(row.Line, ReadOnlyMemory<byte>.Empty, row.Length, false, false, row.Offset));
                yield return new LineBlock(lines, null) { Payload = new BlockRows(rows, part) };
            }
        }
    }

    /// <summary>Reads a table's header alone.</summary>
    private TableColumns Header(CaseTable table)
    {
        using var rows = _source.Rows(table).GetEnumerator();
        return Header(table, rows);
    }

    /// <summary>Reads the header, the first of a table's rows, and maps its columns.</summary>
    private TableColumns Header(CaseTable table, IEnumerator<CsvRow> rows)
    {
        var file = Name(table);
        if (!rows.MoveNext())
        {
            throw new CaseTableException(file, "the file is empty: it needs a header row naming its columns.");
        }

        if (rows.Current.Cells is not { } header)
        {
            throw new CaseTableException(file, "its header row is not valid CSV.");
        }

        var columns = TableColumns.Of(table, file, header, _mapping, _allowUnmapped);
        Columns.Add(columns);
        return columns;
    }

    /// <summary>Holds the rows of the other tables of one part, by case id, each marked with its case row.</summary>
    private Part Hold(TablePart source)
    {
        var part = new Part(source.Cases.Length == 0 ? long.MinValue : source.Cases[^1].Offset);
        foreach (var (table, rows) in source.Others)
        {
            if (!_partColumns.TryGetValue(table, out var columns))
            {
                continue;
            }

            var byCase = new Dictionary<string, List<HeldRow>>(StringComparer.Ordinal);
            part.Held[table] = byCase;
            foreach (var row in rows)
            {
                HoldRow(table, columns, row, byCase, row.Offset);
            }
        }

        return part;
    }

    /// <summary>The part holding the case row at <paramref name="offset"/>; parts before it are done, and their rows no case took wait for <see cref="Finish"/>.</summary>
    private Part PartAt(long offset)
    {
        while (_parts.TryPeek(out var head) && head.Last < offset)
        {
            _parts.TryDequeue(out _);
            Retire(head);
        }

        return _parts.TryPeek(out var part) ? part : throw new InvalidOperationException("A case was committed before its part was read.");
    }

    private void Retire(Part part)
    {
        foreach (var (table, byCase) in part.Held)
        {
            foreach (var (id, rows) in byCase)
            {
                foreach (var row in rows)
                {
                    if (!row.Decided)
                    {
                        if (!_held.TryGetValue(table, out var left))
                        {
                            _held[table] = left = new(StringComparer.Ordinal);
                        }

                        if (!left.TryGetValue(id, out var list))
                        {
                            left[id] = list = [];
                        }

                        list.Add(row);
                    }
                }
            }
        }
    }

    /// <summary>Parses and checks case row <paramref name="index"/> of a block of <see cref="Records"/>; thread-safe (held rows are only read, or marked the same way by every reader).</summary>
    internal ParsedLine Parse(LineBlock block, int index)
    {
        var (rows, part) = (BlockRows)block.Payload!;
        var row = rows[index];
        try
        {
            return LineParser.Parse(Record(row, part));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return LineParser.Parse(Rejected(row, Findings.InternalError(row.Line, null).In(Name(_layout.Cases), row.Line, Finding.WholeLine)));
        }
    }

    /// <summary>Places a case's findings in the tables and gives each of its held rows its fate; returns the results to report, the case's first.</summary>
    internal IEnumerable<ReadResult> Commit(ReadResult result, long offset)
    {
        _summaries[_layout.Cases] = _summaries.GetValueOrDefault(_layout.Cases).Add(result);
        var id = result.Case?.Id.Value ?? result.Rejection?.CaseId;
        var part = _source.InParts ? PartAt(offset) : null;
        var held = part?.Held ?? _held;
        var placed = Place(result, id, part, offset);
        yield return placed;

        if (id is null)
        {
            yield break;
        }

        // A rejected case's rows wait: a later row of cases.csv with the same id may still be accepted (the
        // first accepted row of an id is the case); what is left at the end is rejected with the case.
        if (!result.IsAccepted)
        {
            _rejectedCases.TryAdd(id, result.LineNumber);
        }

        foreach (var table in held.Keys)
        {
            if (!held[table].TryGetValue(id, out var rows))
            {
                continue;
            }

            foreach (var row in rows)
            {
                if (row.Decided || !Mine(row, part, offset))
                {
                    continue;
                }

                if (placed.Rejection is { } own && own.File == row.File && own.LineNumber == row.Line)
                {
                    // The case's rejection names this row: the row is rejected with it, reported once.
                    row.Decided = true;
                    Count(table, ReadResult.Rejected(own));
                }
                else if (result.IsAccepted)
                {
                    row.Decided = true;
                    if (row.Problem is null && !row.Used && row.Cells is not null && table.Parent is { } parent)
                    {
                        // Only a held row can be left out of its case: an incident naming a police report the case does not have.
                        row.Problem = Findings.OrphanRow(row.File, row.Line, id, CaseLayout.ReportKey, Name(parent));
                        row.Orphan = true;
                    }

                    if (row.Problem is { } problem)
                    {
                        yield return Count(table, ReadResult.Rejected(problem));
                    }
                    else
                    {
                        Count(table, ReadResult.Accepted(row.Line, result.Case!, null));
                    }
                }
            }
        }
    }

    /// <summary>Returns the rejections of the held rows no case claimed, in table and line order.</summary>
    internal IEnumerable<ReadResult> Finish()
    {
        while (_parts.TryDequeue(out var part))
        {
            Retire(part);
        }

        var casesFile = Name(_layout.Cases);
        var left = _held.SelectMany(t => t.Value.Values.SelectMany(r => r).Where(r => !r.Decided).Select(r => (Table: t.Key, Row: r)))
            .Concat(_unkeyed.Select(r => (Table: _layout.Tables.First(t => Name(t) == r.File), Row: r)))
            .OrderBy(x => _layout.IndexOf(x.Table)).ThenBy(x => x.Row.Line);
        foreach (var (table, row) in left)
        {
            row.Decided = true;
            var id = SafeId(row.Cells?[0] ?? row.Problem?.CaseId);
            var problem = row.Problem
                ?? (id is not null && _rejectedCases.TryGetValue(id, out var caseLine)
                    ? Findings.CaseRejected(row.File, row.Line, id, casesFile, caseLine)
                    : Findings.OrphanRow(row.File, row.Line, id, CaseLayout.CaseKey, casesFile));
            yield return Count(table, ReadResult.Rejected(problem));
        }
    }

    /// <summary>Reads a case row again (one whose client's profile case changed), given where it is in the file.</summary>
    internal Case ReadAgain(long offset, int length)
    {
        RawLine record;
        if (_source.InParts)
        {
            if (_partAgain is not { } part || !part.Cases!.TryGetValue(offset, out var again))
            {
                var source = _source.PartAgain(offset);
                part = Hold(source);
                part.Cases = source.Cases.ToDictionary(r => r.Offset);
                _partAgain = part;
                again = part.Cases.TryGetValue(offset, out var found) ? found : throw new IOException("The input changed while it was read: a row accepted before is no longer there.");
            }

            record = Record(again, part);
        }
        else
        {
            record = Record(_source.ReadAgain(offset, length), null);
        }

        return JsonSerializer.Deserialize(record.Bytes.Span, CaseJson.CaseInfo)
            ?? throw new IOException("The input changed while it was read: a row accepted before no longer reads.");
    }

    private ReadResult Count(CaseTable table, ReadResult result)
    {
        _summaries[table] = _summaries.GetValueOrDefault(table).Add(result);
        return result;
    }

    private IEnumerable<CsvRow> Rows(CaseTable table, out TableColumns columns)
    {
        var rows = _source.Rows(table).GetEnumerator();
        columns = Header(table, rows);
        return Rest(rows);

        static IEnumerable<CsvRow> Rest(IEnumerator<CsvRow> rows)
        {
            using (rows)
            {
                while (rows.MoveNext())
                {
                    yield return rows.Current;
                }
            }
        }
    }

    private void Hold(CaseTable table)
    {
        var byCase = new Dictionary<string, List<HeldRow>>(StringComparer.Ordinal);
        _held[table] = byCase;
        foreach (var row in Rows(table, out var columns))
        {
            HoldRow(table, columns, row, byCase, caseOffset: -1);
        }
    }

    private void HoldRow(CaseTable table, TableColumns columns, CsvRow row, Dictionary<string, List<HeldRow>> byCase, long caseOffset)
    {
        var file = Name(table);
        var cells = row.Cells is { } raw ? columns.Cells(raw, Unmapped(file)) : null;
        var id = cells?[0] ?? row.FirstCell?.Trim();
        Finding? problem = null;
        if (row.Problem is { } text)
        {
            problem = Findings.NotCsv(file, row.Line, SafeId(id), text);
        }
        else if (cells is null)
        {
            problem = Findings.NotCsv(file, row.Line, SafeId(id), "the row has more fields than the header");
        }

        var held = new HeldRow(file, row.Line, cells, problem, caseOffset);
        if (SafeId(id) is { } key)
        {
            if (!byCase.TryGetValue(key, out var list))
            {
                byCase.Add(key, list = []);
            }

            list.Add(held);
        }
        else
        {
            held.Problem ??= Findings.OrphanRow(file, row.Line, null, CaseLayout.CaseKey, Name(_layout.Cases));
            _unkeyed.Add(held);
        }
    }

    /// <summary>Whether a held row is one of the case row's at <paramref name="offset"/>: any row of its id, or of a part its own rows.</summary>
    private static bool Mine(HeldRow row, Part? part, long offset) => part is null || row.CaseOffset == offset;

    private Action<int, string>? Unmapped(string file) => _unmapped is null ? null : (column, value) => _unmapped(file, column, value);

    /// <summary>Makes the JSON record of one case row and its held rows, or a record rejected already.</summary>
    private RawLine Record(CsvRow row, Part? part)
    {
        var file = Name(_layout.Cases);
        var cells = row.Cells is { } raw ? _cases!.Cells(raw, Unmapped(file)) : null;
        var id = SafeId(cells?[_layout.Cases.IndexOf("id")] ?? row.FirstCell?.Trim());
        if (row.Problem is { } text)
        {
            return Rejected(row, Findings.NotCsv(file, row.Line, id, text));
        }

        if (cells is null)
        {
            return Rejected(row, Findings.NotCsv(file, row.Line, id, "the row has more fields than the header"));
        }

        try
        {
            var writer = new ArrayBufferWriter<byte>(4096);
            using (var json = new Utf8JsonWriter(writer, new JsonWriterOptions { SkipValidation = true }))
            {
                var assembly = new Assembly(this, id, json, part, row.Offset);
                assembly.Object(_layout.Root, cells, reports: null);
                json.Flush();
                if (assembly.BadPresence is { } presence)
                {
                    var column = _layout.Cases.Columns[presence].Name;
                    return Rejected(row, Findings.Reject(row.Line, id, column, FindingKind.WrongType, Findings.ValueReason(FindingKind.WrongType, column, "true, false or empty")).In(file, row.Line, column));
                }

                if (assembly.Bad is { } bad)
                {
                    return Rejected(row, Findings.RowRejected(file, row.Line, id ?? "unknown", bad.File, bad.Line));
                }
            }

            return new RawLine(row.Line, writer.WrittenMemory, row.Length, false, false, row.Offset);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException)
        {
            return Rejected(row, Findings.InternalError(row.Line, id).In(file, row.Line, Finding.WholeLine));
        }
    }

    private static RawLine Rejected(CsvRow row, Finding? finding) => new(row.Line, ReadOnlyMemory<byte>.Empty, row.Length, false, false, row.Offset, finding);

    /// <summary>An id that may be printed and used as a key: a valid case id, else <see langword="null"/>.</summary>
    private static string? SafeId(string? id) => id is not null && Identifier.IsValid(id) ? id : null;

    /// <summary>Places a finding about a case's JSON record in the tables: the file and line of the row holding the field, and its column.</summary>
    private ReadResult Place(ReadResult result, string? id, Part? part, long offset)
    {
        if (result.Rejection is { File: null } rejection)
        {
            return ReadResult.Rejected(Place(rejection, result.LineNumber, id, part, offset));
        }

        if (result.Warnings.Count == 0 || result.Case is null)
        {
            return result;
        }

        return ReadResult.Accepted(result.LineNumber, result.Case, [.. result.Warnings.Select(w => Place(w, result.LineNumber, id, part, offset))]);
    }

    private Finding Place(Finding finding, long caseLine, string? id, Part? part, long offset)
    {
        var file = Name(_layout.Cases);
        if (finding.File is not null)
        {
            return finding;
        }

        var field = finding.Field;
        if (field == Finding.WholeLine || id is null)
        {
            return finding.In(file, caseLine, field);
        }

        ObjectNode node = _layout.Root;
        var prefix = string.Empty;
        var line = caseLine;
        string? report = null;
        foreach (var segment in field.Split('.'))
        {
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? segment : segment[..bracket];
            var child = node.Children.FirstOrDefault(c => c.Name == name);
            switch (child)
            {
                case ListNode list when bracket >= 0 && int.TryParse(segment.AsSpan(bracket + 1, segment.Length - bracket - 2), CultureInfo.InvariantCulture, out var index):
                    var rows = RowsOf(list.Table, id, report, part, offset);
                    if (index >= rows.Count)
                    {
                        return finding.In(file, caseLine, field);
                    }

                    var row = rows[index];
                    file = row.File;
                    line = row.Line;
                    report = list.Table.KeyCount > 1 ? row.Cells![1] : null;
                    node = list.Item;
                    prefix = string.Empty;
                    break;
                case ObjectNode inner:
                    node = inner;
                    prefix += name + ".";
                    break;
                default:
                    return finding.In(file, line, prefix + segment);
            }
        }

        return finding.In(file, line, prefix.Length == 0 ? Finding.WholeLine : prefix.TrimEnd('.'));
    }

    /// <summary>The usable rows of <paramref name="table"/> for a case, in file order; of a held table, those of one police report.</summary>
    private List<HeldRow> RowsOf(CaseTable table, string id, string? report, Part? part, long offset)
    {
        if (!(part?.Held ?? _held).TryGetValue(table, out var byCase) || !byCase.TryGetValue(id, out var rows))
        {
            return [];
        }

        return [.. rows.Where(r => Mine(r, part, offset) && r.Cells is not null && !r.Orphan && (report is null || r.Cells[1] == report))];
    }

    /// <summary>The held rows of one part of a source read in parts, until its last case (at offset <see cref="Last"/>) is committed.</summary>
    internal sealed class Part(long last)
    {
        internal long Last { get; } = last;

        internal Dictionary<CaseTable, Dictionary<string, List<HeldRow>>> Held { get; } = [];

        /// <summary>Gets or sets the part's case rows by offset, for a part read again.</summary>
        internal Dictionary<long, CsvRow>? Cases { get; set; }
    }

    /// <summary>Writes one case's JSON from its cells and held rows.</summary>
    private sealed class Assembly(TableSetReader reader, string? id, Utf8JsonWriter json, Part? part, long offset)
    {
        /// <summary>Gets the first held row of the case that is rejected on its own, which rejects the case.</summary>
        internal HeldRow? Bad { get; private set; }

        /// <summary>Gets the first presence column of the case row whose value is not true, false or empty, or null.</summary>
        internal int? BadPresence { get; private set; }

        internal void Object(ObjectNode node, string?[] cells, string? reports)
        {
            json.WriteStartObject();
            foreach (var child in node.Children)
            {
                switch (child)
                {
                    case ValueNode value when cells[value.Column] is { } cell:
                        json.WritePropertyName(value.Name);
                        Value(value, cell);
                        break;
                    case ObjectNode inner when Present(inner, cells, reports):
                        json.WritePropertyName(inner.Name);
                        Object(inner, cells, reports);
                        break;
                    case ListNode list:
                        var rows = Rows(list, reports);
                        if (rows.Count > 0)
                        {
                            json.WritePropertyName(list.Name);
                            json.WriteStartArray();
                            foreach (var row in rows)
                            {
                                row.Used = true;
                                Object(list.Item, row.Cells!, list.Table.KeyCount > 1 ? row.Cells![1] : null);
                            }

                            json.WriteEndArray();
                        }

                        break;
                }
            }

            json.WriteEndObject();
        }

        private bool Present(ObjectNode node, string?[] cells, string? reports)
        {
            if (node.PresenceColumn >= 0 && cells[node.PresenceColumn] is { } marked and not ("true" or "false") && reports is null)
            {
                BadPresence ??= node.PresenceColumn;
            }

            if (node.IsRequired || (node.PresenceColumn >= 0 && cells[node.PresenceColumn] == "true"))
            {
                return true;
            }

            for (var i = node.FirstColumn; i < node.EndColumn; i++)
            {
                if (cells[i] is not null && i != node.PresenceColumn)
                {
                    return true;
                }
            }

            return HasRows(node, reports);
        }

        private bool HasRows(ObjectNode node, string? reports)
        {
            foreach (var child in node.Children)
            {
                if ((child is ListNode list && Rows(list, reports).Count > 0) || (child is ObjectNode inner && HasRows(inner, reports)))
                {
                    return true;
                }
            }

            return false;
        }

        private List<HeldRow> Rows(ListNode list, string? report)
        {
            if (id is null || !(part?.Held ?? reader._held).TryGetValue(list.Table, out var byCase) || !byCase.TryGetValue(id, out var all))
            {
                return [];
            }

            var rows = new List<HeldRow>();
            Dictionary<string, long>? numbers = null;
            var isHeld = list.Table.Parent is { ListPath.Length: > 0 };
            foreach (var row in all)
            {
                if (!Mine(row, part, offset))
                {
                    continue;
                }

                if (row.Problem is not null && !row.Orphan)
                {
                    Bad ??= row;
                    continue;
                }

                if (row.Cells is null || row.Orphan)
                {
                    continue;
                }

                if (isHeld)
                {
                    if (row.Cells[1] != report)
                    {
                        continue;
                    }
                }
                else if (list.Table.KeyCount > 1)
                {
                    // A police report's number links its incidents; given twice it would link them to either.
                    numbers ??= new(StringComparer.Ordinal);
                    var number = row.Cells[1] ?? string.Empty;
                    if (!numbers.TryAdd(number, row.Line))
                    {
                        row.Problem = Findings.DuplicateKey(row.File, row.Line, id, CaseLayout.ReportKey, numbers[number]);
                        Bad ??= row;
                        continue;
                    }
                }

                rows.Add(row);
            }

            return rows;
        }

        private void Value(ValueNode node, string cell)
        {
            switch (node.Kind)
            {
                case ColumnKind.WholeNumber when long.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number):
                    json.WriteNumberValue(number);
                    break;
                case ColumnKind.Boolean when cell is "true" or "false":
                    json.WriteBooleanValue(cell == "true");
                    break;
                case ColumnKind.Codes:
                    json.WriteStartArray();
                    if (cell != CaseLayout.NothingTicked)
                    {
                        foreach (var code in cell.Split(CaseLayout.CodeSeparator))
                        {
                            json.WriteStringValue(code);
                        }
                    }

                    json.WriteEndArray();
                    break;
                default:
                    // Anything else goes in as a string, so that the reader rejects it with its own fixed reason.
                    json.WriteStringValue(cell);
                    break;
            }
        }
    }
}

/// <summary>The rows of a block of case records, and the part they belong to when the source is read in parts.</summary>
internal sealed record BlockRows(CsvRow[] Rows, TableSetReader.Part? Part);
