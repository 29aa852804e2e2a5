using System.Globalization;
using global::Parquet;
using global::Parquet.Schema;
using Insights.Core.Tabular;

namespace Insights.Parquet;

/// <summary>
/// The tables of the layout read from Parquet, row group by row group, column by column, as text rows for the
/// reader of tables (<see cref="CaseTables.Read"/>), which then checks them exactly as CSV rows. Either the single
/// file (cases, with each table of repeated records a list of structs in the case's row) or a folder of flat files
/// (<c>cases.parquet</c>, <c>children.parquet</c>, …). A row's line is its row number in the file plus one, as if
/// the file had a header row like its CSV table, so the same cases give the same line numbers as their CSV tables.
/// The records of a list in the single file carry the line of their case's row.
/// </summary>
internal sealed class ParquetTableSource : ICaseTableSource
{
    private static readonly ParquetOptions ReadOptions = new() { UseDateOnlyTypeForDates = true, TreatByteArrayAsString = true };

    private readonly Dictionary<CaseTable, (string Path, Leaf[] Leaves)> _files = [];
    private readonly bool _single;
    private readonly string _casesPath;
    private (int Group, long First, string?[][] Texts)? _lastGroup;
    private (long First, int Count, CaseTablePart Part)? _lastPart;

    private ParquetTableSource(string casesPath, bool single)
    {
        _casesPath = casesPath;
        _single = single;
    }

    private static CaseLayout Layout => CaseLayout.Default;

    /// <summary>Opens the single file, matching its schema to the layout.</summary>
    /// <exception cref="CaseTableException">The file is not Parquet, or its schema does not fit the layout.</exception>
    internal static ParquetTableSource File(string path)
    {
        var source = new ParquetTableSource(path, single: true);
        var name = Path.GetFileName(path);
        var leaves = ParquetShapes.MatchNested(Schema(path, name), name);
        foreach (var table in Layout.Tables)
        {
            var own = leaves.Where(l => l.Table == table).ToArray();
            if (table == Layout.Cases || own.Length > 0)
            {
                source._files[table] = (path, own);
            }
        }

        return source;
    }

    /// <summary>Opens the folder's files (<c>cases.parquet</c> and any of the others), matching each schema to its table.</summary>
    /// <exception cref="FileNotFoundException">The folder has no <c>cases.parquet</c>.</exception>
    /// <exception cref="CaseTableException">A file is not Parquet, or its schema does not fit its table.</exception>
    internal static ParquetTableSource Folder(string folder)
    {
        var cases = Path.Combine(folder, TableFile(Layout.Cases));
        if (!System.IO.File.Exists(cases))
        {
            throw new FileNotFoundException("The input folder has no cases.parquet.");
        }

        var source = new ParquetTableSource(cases, single: false);
        foreach (var table in Layout.Tables)
        {
            var path = Path.Combine(folder, TableFile(table));
            if (System.IO.File.Exists(path))
            {
                source._files[table] = (path, ParquetShapes.MatchFlat(Schema(path, TableFile(table)), table, TableFile(table)));
            }
        }

        return source;
    }

    /// <summary>The name of a table's file in the folder form, e.g. <c>police-reports.parquet</c>.</summary>
    internal static string TableFile(CaseTable table) => table.Name + ".parquet";

    public bool Has(CaseTable table) => _files.ContainsKey(table);

    public string FileName(CaseTable table)
    {
        var name = Path.GetFileName(_files[table].Path);
        return _single && table != Layout.Cases ? $"{name}/{table.Name}" : name;
    }

    public IEnumerable<CaseTableRow> Rows(CaseTable table)
    {
        var (path, leaves) = _files[table];
        var file = FileName(table);
        var depth = _single ? Depth(table) : 0;
        var keys = depth == 0 ? Array.Empty<string>() : table.Columns.Take(table.KeyCount).Select(c => c.Name).ToArray();
        yield return new CaseTableRow(0, [.. keys, .. leaves.Select(l => l.Field.Name)], -1);

        var id = depth == 0 ? null : IdLeaf(file);
        var buffers = new ColumnBuffers(leaves.Length);
        var idBuffers = new ColumnBuffers(1);
        var reader = Open(path, file);
        try
        {
            long first = 0;
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                using var group = reader.OpenRowGroupReader(g);
                var texts = ReadGroup(group, leaves, file, g, buffers);
                if (depth == 0)
                {
                    var count = group.RowCount;
                    for (var r = 0; r < count; r++)
                    {
                        yield return CaseRow(texts, first, r);
                    }
                }
                else
                {
                    var ids = ReadGroup(group, [id!], file, g, idBuffers)[0]!;
                    foreach (var row in Items(group, leaves, texts, ids, keys.Length, depth, file, g, first))
                    {
                        yield return row;
                    }
                }

                first += group.RowCount;
            }
        }
        finally
        {
            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>Gets whether the input is the single file, whose lists are in their case's row.</summary>
    public bool HasRowsInCaseRows => _single;

    public IEnumerable<CaseTablePart> ReadParts()
    {
        if (!_single)
        {
            throw new NotSupportedException("The folder's tables are files of their own; read them with Rows.");
        }

        var (path, _) = _files[Layout.Cases];
        var buffers = new PartBuffers();
        var reader = Open(path, FileName(Layout.Cases));
        try
        {
            long first = 0;
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                using var group = reader.OpenRowGroupReader(g);
                yield return Part(group, g, first, buffers);
                first += group.RowCount;
            }
        }
        finally
        {
            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    public CaseTablePart ReadPartAgain(long position)
    {
        if (!_single)
        {
            throw new NotSupportedException("The folder's tables are files of their own; read a row again with ReadAgain.");
        }

        if (_lastPart is { } last && position >= last.First && position < last.First + last.Count)
        {
            return last.Part;
        }

        var (path, _) = _files[Layout.Cases];
        var reader = Open(path, FileName(Layout.Cases));
        try
        {
            long first = 0;
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                using var group = reader.OpenRowGroupReader(g);
                if (position < first + group.RowCount)
                {
                    var part = Part(group, g, first, new PartBuffers());
                    _lastPart = (first, part.Cases.Count, part);
                    return part;
                }

                first += group.RowCount;
            }
        }
        finally
        {
            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        throw new IOException("The input changed while it was read: a row accepted before is no longer there.");
    }

    /// <summary>One row group of the single file: its rows of cases, and each list's items as rows of their table.</summary>
    private CaseTablePart Part(ParquetRowGroupReader group, int g, long first, PartBuffers buffers)
    {
        var (_, leaves) = _files[Layout.Cases];
        var file = FileName(Layout.Cases);
        var texts = ReadGroup(group, leaves, file, g, buffers.Cases(leaves.Length));
        var count = checked((int)group.RowCount);
        var cases = new CaseTableRow[count];
        for (var r = 0; r < count; r++)
        {
            cases[r] = CaseRow(texts, first, r);
        }

        var others = new Dictionary<CaseTable, IReadOnlyList<CaseTableRow>>();
        foreach (var table in Layout.Tables)
        {
            if (table == Layout.Cases || !_files.TryGetValue(table, out var own))
            {
                continue;
            }

            var listFile = FileName(table);
            var ids = texts[Array.IndexOf(leaves, IdLeaf(listFile))]!;
            var items = ReadGroup(group, own.Leaves, listFile, g, buffers.Of(table, own.Leaves.Length));
            others[table] = [.. Items(group, own.Leaves, items, ids, table.KeyCount, Depth(table), listFile, g, first)];
        }

        return new CaseTablePart(cases, others);
    }

    /// <summary>Row <paramref name="r"/> of a row group's texts (one array per leaf) as a row of cases, its line as if after a header row.</summary>
    private static CaseTableRow CaseRow(string?[]?[] texts, long first, int r)
    {
        var cells = new string?[texts.Length];
        for (var c = 0; c < texts.Length; c++)
        {
            cells[c] = texts[c]?[r];
        }

        return new CaseTableRow(first + r + 2, cells, first + r);
    }

    public CaseTableRow ReadAgain(long position)
    {
        var (path, leaves) = _files[Layout.Cases];
        var file = FileName(Layout.Cases);
        if (_lastGroup is not { } last || position < last.First || position >= last.First + last.Texts[0].Length)
        {
            var reader = Open(path, file);
            try
            {
                long first = 0;
                for (var g = 0; g < reader.RowGroupCount; g++)
                {
                    using var group = reader.OpenRowGroupReader(g);
                    if (position < first + group.RowCount)
                    {
                        var texts = ReadGroup(group, leaves, file, g);
                        _lastGroup = (g, first, [.. texts.Select(t => t ?? new string?[group.RowCount])]);
                        break;
                    }

                    first += group.RowCount;
                }
            }
            finally
            {
                reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
        }

        if (_lastGroup is not { } found || position < found.First || position >= found.First + found.Texts[0].Length)
        {
            throw new IOException("The input changed while it was read: a row accepted before is no longer there.");
        }

        var row = (int)(position - found.First);
        return new CaseTableRow(position + 2, [.. found.Texts.Select(t => t[row])], position);
    }

    private static int Depth(CaseTable table) => table == Layout.Cases ? 0 : table.Parent == Layout.Cases ? 1 : 2;

    private static ParquetSchema Schema(string path, string file)
    {
        // Read with the options the columns are read with, so that DATE columns are DateOnly as when their values are read.
        var reader = Open(path, file);
        try
        {
            return reader.Schema;
        }
        finally
        {
            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private static ParquetReader Open(string path, string file)
    {
        try
        {
            return ParquetReader.CreateAsync(path, ReadOptions).GetAwaiter().GetResult();
        }
        catch (Exception e) when (IsDamage(e))
        {
            throw NotParquet(file);
        }
    }

    private static bool IsDamage(Exception e) => e is not (CaseTableException or OutOfMemoryException or FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException);

    private static CaseTableException NotParquet(string file)
        => new(file, "the file is not a readable Parquet file: it is empty, truncated, or of another format.");

    private static IOException Damaged(string file, int group, Exception? inner = null)
        => new(string.Create(CultureInfo.InvariantCulture, $"{file}: row group {group + 1} cannot be read: the file is damaged or truncated."), inner);

    private Leaf IdLeaf(string file)
        => _files[Layout.Cases].Leaves.FirstOrDefault(l => l.Depth == 0 && l.Column >= 0 && l.LayoutColumn.Name == "id")
            ?? throw new CaseTableException(file, "the file has no column 'id', so its lists of repeated records belong to no case.");

    /// <summary>The rows of a list's items in one row group: a new case at repetition level 0, an item where the list's level is reached.</summary>
    private static IEnumerable<CaseTableRow> Items(ParquetRowGroupReader group, Leaf[] leaves, string?[]?[] texts, string?[] ids, int keys, int depth, string file, int g, long first)
    {
        if (leaves.Length == 0)
        {
            yield break;
        }

        var (definitions, repetitions) = Levels(group, leaves[0], file, g);
        var outer = leaves[0].Outer!.MaxDefinitionLevel;
        var inner = depth == 2 ? leaves[0].Inner!.MaxDefinitionLevel : 0;
        var row = -1;
        var report = 0;
        for (var e = 0; e < definitions.Length; e++)
        {
            if (repetitions[e] == 0)
            {
                row++;
                report = 0;
                if (row >= ids.Length)
                {
                    throw Damaged(file, g);
                }
            }

            if (row < 0)
            {
                throw Damaged(file, g);
            }

            if (definitions[e] < outer)
            {
                continue;
            }

            if (depth == 1)
            {
                report++;
            }
            else if (repetitions[e] <= 1)
            {
                report++;
                if (definitions[e] < inner)
                {
                    continue;
                }
            }
            else if (definitions[e] < inner)
            {
                continue;
            }

            var cells = new string?[keys + leaves.Length];
            cells[0] = ids[row];
            if (keys > 1)
            {
                cells[1] = report.ToString(CultureInfo.InvariantCulture);
            }

            for (var c = 0; c < leaves.Length; c++)
            {
                cells[keys + c] = texts[c]?[e];
            }

            yield return new CaseTableRow(first + row + 2, cells, first + row);
        }
    }

    /// <summary>Reads each known leaf of a row group as one text per entry (null where there is no value); unknown columns are not read.</summary>
    private static string?[]?[] ReadGroup(ParquetRowGroupReader group, Leaf[] leaves, string file, int g, ColumnBuffers? buffers = null)
    {
        var texts = new string?[]?[leaves.Length];
        var entries = new Dictionary<CaseTable, int>();
        buffers ??= new ColumnBuffers(leaves.Length);
        for (var i = 0; i < leaves.Length; i++)
        {
            var leaf = leaves[i];
            if (leaf.Column < 0)
            {
                continue;
            }

            var read = Read(group, leaf, file, g, buffers, i);

            // A column of cases has an entry per row; all columns of one list have an entry per item (or empty list).
            if ((leaf.Depth == 0 && read.Length != group.RowCount)
                || (leaf.Depth > 0 && !entries.TryAdd(leaf.Table, read.Length) && entries[leaf.Table] != read.Length))
            {
                throw Damaged(file, g);
            }

            texts[i] = read;
        }

        return texts;
    }

    /// <summary>Reads a leaf's definition and repetition levels (the shape of its lists) into arrays of their own.</summary>
    private static (int[] Definitions, int[] Repetitions) Levels(ParquetRowGroupReader group, Leaf leaf, string file, int g)
    {
        try
        {
            var field = leaf.Field;
            if (field.MaxDefinitionLevel == 0 || field.MaxRepetitionLevel == 0)
            {
                throw Damaged(file, g);
            }

            var entries = Entries(group, field, file, g);
            var definitions = new int[entries];
            var repetitions = new int[entries];
            var scratch = new ColumnBuffers(1);
            Decode(group, field, entries, definitions, repetitions, scratch);
            return (definitions, repetitions);
        }
        catch (Exception e) when (IsDamage(e) && e is not IOException)
        {
            throw Damaged(file, g, e);
        }
    }

    private static int Entries(ParquetRowGroupReader group, DataField field, string file, int g)
        => checked((int)(group.GetMetadata(field)?.MetaData?.NumValues ?? throw Damaged(file, g)));

    /// <summary>
    /// Reads one leaf of a row group as text per entry. With <paramref name="buffers"/> the value and level arrays and
    /// the leaf's text array are reused from row group to row group (a column's entries are otherwise new large objects
    /// each time, which the collector must zero and sweep), and a leaf's repeated texts (codes, small numbers, dates)
    /// are one string each; the texts are valid until the next row group is read.
    /// </summary>
    private static string?[] Read(ParquetRowGroupReader group, Leaf leaf, string file, int g, ColumnBuffers? buffers, int index)
    {
        try
        {
            var field = leaf.Field;
            var entries = Entries(group, field, file, g);
            buffers ??= new ColumnBuffers(index + 1);
            var definitions = field.MaxDefinitionLevel > 0 ? ColumnBuffers.Grow(ref buffers.Definitions, entries) : null;
            var repetitions = field.MaxRepetitionLevel > 0 ? ColumnBuffers.Grow(ref buffers.Repetitions, entries) : null;
            var texts = buffers.Texts(index, entries);
            var cache = buffers.Cache(index);
            var max = field.MaxDefinitionLevel;
            var type = Decode(group, field, entries, definitions, repetitions, buffers);
            var next = 0;
            for (var e = 0; e < entries; e++)
            {
                if (definitions is not null && definitions[e] != max)
                {
                    texts[e] = null;
                    continue;
                }

                var v = next++;
                texts[e] = type switch
                {
                    ColumnType.Text => cache.Text(buffers.Chars[v].Span),
                    ColumnType.Int32 => cache.Number(buffers.Ints[v]),
                    ColumnType.Int64 => cache.Number(buffers.Longs[v]),
                    ColumnType.Boolean => buffers.Booleans[v] ? "true" : "false",
                    _ => cache.Date(buffers.Dates[v]),
                };
            }

            return texts;
        }
        catch (Exception e) when (IsDamage(e) && e is not IOException)
        {
            throw Damaged(file, g, e);
        }
    }

    /// <summary>Decodes a leaf's values into the buffer of its type and its levels into the arrays given.</summary>
    private static ColumnType Decode(ParquetRowGroupReader group, DataField field, int entries, int[]? definitions, int[]? repetitions, ColumnBuffers buffers)
    {
        var type = field.ClrType;
        var d = Levels(definitions, entries);
        var r = Levels(repetitions, entries);
        if (ParquetShapes.IsString(type))
        {
            group.ReadRawAsync(field, ColumnBuffers.Grow(ref buffers.Chars, entries).AsMemory(0, entries), d, r).AsTask().GetAwaiter().GetResult();
            return ColumnType.Text;
        }

        if (type == typeof(int))
        {
            group.ReadRawAsync(field, ColumnBuffers.Grow(ref buffers.Ints, entries).AsMemory(0, entries), d, r).AsTask().GetAwaiter().GetResult();
            return ColumnType.Int32;
        }

        if (type == typeof(long))
        {
            group.ReadRawAsync(field, ColumnBuffers.Grow(ref buffers.Longs, entries).AsMemory(0, entries), d, r).AsTask().GetAwaiter().GetResult();
            return ColumnType.Int64;
        }

        if (type == typeof(bool))
        {
            group.ReadRawAsync(field, ColumnBuffers.Grow(ref buffers.Booleans, entries).AsMemory(0, entries), d, r).AsTask().GetAwaiter().GetResult();
            return ColumnType.Boolean;
        }

        group.ReadRawAsync(field, ColumnBuffers.Grow(ref buffers.Dates, entries).AsMemory(0, entries), d, r).AsTask().GetAwaiter().GetResult();
        return ColumnType.Date;
    }

    // A null array must stay a null buffer: converted implicitly it would become an empty one.
    private static Memory<int>? Levels(int[]? levels, int entries) => levels is null ? default(Memory<int>?) : levels.AsMemory(0, entries);

    private enum ColumnType
    {
        Text,
        Int32,
        Int64,
        Boolean,
        Date,
    }

    /// <summary>The arrays one reading of a table reuses from row group to row group, and each leaf's texts.</summary>
    private sealed class ColumnBuffers(int leaves)
    {
        private readonly string?[]?[] _texts = new string?[]?[leaves];
        private readonly LeafTexts?[] _caches = new LeafTexts?[leaves];

        internal ReadOnlyMemory<char>[] Chars = [];
        internal int[] Ints = [];
        internal long[] Longs = [];
        internal bool[] Booleans = [];
        internal DateOnly[] Dates = [];
        internal int[] Definitions = [];
        internal int[] Repetitions = [];

        internal static T[] Grow<T>(ref T[] array, int length)
        {
            if (array.Length < length)
            {
                array = new T[length];
            }

            return array;
        }

        /// <summary>The leaf's text array of exactly <paramref name="entries"/> entries, the one of the last row group when it fits.</summary>
        internal string?[] Texts(int leaf, int entries)
        {
            if (_texts[leaf] is not { } texts || texts.Length != entries)
            {
                _texts[leaf] = texts = new string?[entries];
            }

            return texts;
        }

        internal LeafTexts Cache(int leaf) => _caches[leaf] ??= new LeafTexts();
    }

    /// <summary>
    /// One string for each text a leaf repeats: a column of codes holds a handful of distinct values in a hundred
    /// thousand rows. A leaf whose values keep being new (identifiers, free text) stops being remembered.
    /// </summary>
    private sealed class LeafTexts
    {
        private const int Capacity = 1024;
        private static readonly string[] SmallNumbers = [.. Enumerable.Range(0, 1024).Select(i => i.ToString(CultureInfo.InvariantCulture))];

        private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);
        private readonly Dictionary<int, string> _dates = [];
        private bool _full;

        internal string Text(ReadOnlySpan<char> value)
        {
            if (_full)
            {
                return new string(value);
            }

            var lookup = _texts.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(value, out var known))
            {
                return known;
            }

            var text = new string(value);
            if (_texts.Count < Capacity)
            {
                _texts.Add(text, text);
            }
            else
            {
                _full = true;
                _texts.Clear();
            }

            return text;
        }

        internal string Number(long value)
            => value is >= 0 and < 1024 ? SmallNumbers[value] : value.ToString(CultureInfo.InvariantCulture);

        internal string Date(DateOnly value)
        {
            if (_dates.TryGetValue(value.DayNumber, out var known))
            {
                return known;
            }

            var text = value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (_dates.Count < 16 * Capacity)
            {
                _dates.Add(value.DayNumber, text);
            }

            return text;
        }
    }

    /// <summary>The buffers of reading the single file in parts: one set for the cases' columns, one for each list's.</summary>
    private sealed class PartBuffers
    {
        private readonly Dictionary<CaseTable, ColumnBuffers> _lists = [];

        private ColumnBuffers? _cases;

        internal ColumnBuffers Cases(int leaves) => _cases ??= new ColumnBuffers(leaves);

        internal ColumnBuffers Of(CaseTable table, int leaves)
        {
            if (!_lists.TryGetValue(table, out var buffers))
            {
                _lists[table] = buffers = new ColumnBuffers(leaves);
            }

            return buffers;
        }
    }
}
