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
        var reader = Open(path, file);
        try
        {
            long first = 0;
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                using var group = reader.OpenRowGroupReader(g);
                var texts = ReadGroup(group, leaves, file, g);
                if (depth == 0)
                {
                    var count = group.RowCount;
                    for (var r = 0; r < count; r++)
                    {
                        var cells = new string?[leaves.Length];
                        for (var c = 0; c < leaves.Length; c++)
                        {
                            cells[c] = texts[c]?[r];
                        }

                        yield return new CaseTableRow(first + r + 2, cells, first + r);
                    }
                }
                else
                {
                    var ids = ReadGroup(group, [id!], file, g)[0]!;
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

    private static (int[] Definitions, int[] Repetitions) Levels(ParquetRowGroupReader group, Leaf leaf, string file, int g)
    {
        var read = Read(group, leaf, file, g);
        return (read.Definitions ?? throw Damaged(file, g), read.Repetitions ?? throw Damaged(file, g));
    }

    /// <summary>Reads each known leaf of a row group as one text per entry (null where there is no value); unknown columns are not read.</summary>
    private static string?[]?[] ReadGroup(ParquetRowGroupReader group, Leaf[] leaves, string file, int g)
    {
        var texts = new string?[]?[leaves.Length];
        var entries = new Dictionary<CaseTable, int>();
        for (var i = 0; i < leaves.Length; i++)
        {
            var leaf = leaves[i];
            if (leaf.Column < 0)
            {
                continue;
            }

            var read = Read(group, leaf, file, g);

            // A column of cases has an entry per row; all columns of one list have an entry per item (or empty list).
            if ((leaf.Depth == 0 && read.Texts.Length != group.RowCount)
                || (leaf.Depth > 0 && !entries.TryAdd(leaf.Table, read.Texts.Length) && entries[leaf.Table] != read.Texts.Length))
            {
                throw Damaged(file, g);
            }

            texts[i] = read.Texts;
        }

        return texts;
    }

    private static (string?[] Texts, int[]? Definitions, int[]? Repetitions) Read(ParquetRowGroupReader group, Leaf leaf, string file, int g)
    {
        try
        {
            var field = leaf.Field;
            var entries = checked((int)(group.GetMetadata(field)?.MetaData?.NumValues ?? throw Damaged(file, g)));
            var definitions = field.MaxDefinitionLevel > 0 ? new int[entries] : null;
            var repetitions = field.MaxRepetitionLevel > 0 ? new int[entries] : null;
            var type = field.ClrType;
            string?[] texts;
            if (ParquetShapes.IsString(type))
            {
                var values = new ReadOnlyMemory<char>[entries];
                group.ReadRawAsync<ReadOnlyMemory<char>>(field, values, Levels(definitions), Levels(repetitions)).AsTask().GetAwaiter().GetResult();
                texts = Texts(values, definitions, field.MaxDefinitionLevel, v => new string(v.Span));
            }
            else if (type == typeof(int))
            {
                var values = new int[entries];
                group.ReadRawAsync<int>(field, values, Levels(definitions), Levels(repetitions)).AsTask().GetAwaiter().GetResult();
                texts = Texts(values, definitions, field.MaxDefinitionLevel, v => v.ToString(CultureInfo.InvariantCulture));
            }
            else if (type == typeof(long))
            {
                var values = new long[entries];
                group.ReadRawAsync<long>(field, values, Levels(definitions), Levels(repetitions)).AsTask().GetAwaiter().GetResult();
                texts = Texts(values, definitions, field.MaxDefinitionLevel, v => v.ToString(CultureInfo.InvariantCulture));
            }
            else if (type == typeof(bool))
            {
                var values = new bool[entries];
                group.ReadRawAsync<bool>(field, values, Levels(definitions), Levels(repetitions)).AsTask().GetAwaiter().GetResult();
                texts = Texts(values, definitions, field.MaxDefinitionLevel, v => v ? "true" : "false");
            }
            else
            {
                var values = new DateOnly[entries];
                group.ReadRawAsync<DateOnly>(field, values, Levels(definitions), Levels(repetitions)).AsTask().GetAwaiter().GetResult();
                texts = Texts(values, definitions, field.MaxDefinitionLevel, v => v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            return (texts, definitions, repetitions);
        }
        catch (Exception e) when (IsDamage(e) && e is not IOException)
        {
            throw Damaged(file, g, e);
        }
    }

    // A null array must stay a null buffer: converted implicitly it would become an empty one.
    private static Memory<int>? Levels(int[]? levels) => levels is null ? default(Memory<int>?) : levels.AsMemory();

    private static string?[] Texts<T>(T[] values, int[]? definitions, int max, Func<T, string> text)
    {
        var texts = new string?[values.Length];
        var next = 0;
        for (var e = 0; e < texts.Length; e++)
        {
            if (definitions is null || definitions[e] == max)
            {
                texts[e] = text(values[next++]);
            }
        }

        return texts;
    }
}
