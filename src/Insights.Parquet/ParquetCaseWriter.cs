using System.Globalization;
using global::Parquet;
using global::Parquet.Schema;
using Insights.Core.Model;
using Insights.Core.Tabular;

namespace Insights.Parquet;

/// <summary>
/// Writes cases as Parquet: the single file (cases with their repeated records as lists of structs) or one flat
/// file per table. Cases are flattened exactly as for CSV (<see cref="CaseTables.Flatten"/>), gathered a row group
/// at a time, and each column is written with its definition and repetition levels.
/// </summary>
internal static class ParquetCaseWriter
{
    private static CaseLayout Layout => CaseLayout.Default;

    /// <summary>Writes the single file to <paramref name="stream"/>, <paramref name="rowGroup"/> cases a row group.</summary>
    internal static void WriteFile(IEnumerable<Case> cases, Stream stream, int rowGroup)
    {
        var schema = ParquetShapes.Nested(out var leaves);
        var writer = ParquetWriter.CreateAsync(schema, stream, Options(leaves)).GetAwaiter().GetResult();
        try
        {
            var buffers = leaves.Select(ColumnBuffer.For).ToArray();
            foreach (var batch in Batches(cases, rowGroup))
            {
                foreach (var c in batch)
                {
                    Add(c, leaves, buffers);
                }

                if (batch.Count > 0)
                {
                    Flush(writer, buffers);
                }
            }
        }
        finally
        {
            writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>Writes the flat file of each table, each to the stream <paramref name="streamOf"/> gives, <paramref name="rowGroup"/> cases a row group.</summary>
    internal static void WriteTables(IEnumerable<Case> cases, Func<CaseTable, Stream> streamOf, int rowGroup)
    {
        var tables = Layout.Tables;
        var writers = new ParquetWriter[tables.Count];
        var buffers = new ColumnBuffer[tables.Count][];
        try
        {
            for (var t = 0; t < tables.Count; t++)
            {
                var schema = ParquetShapes.Flat(tables[t], out var leaves);
                writers[t] = ParquetWriter.CreateAsync(schema, streamOf(tables[t]), Options(leaves)).GetAwaiter().GetResult();
                buffers[t] = [.. leaves.Select(ColumnBuffer.For)];
            }

            foreach (var batch in Batches(cases, rowGroup))
            {
                foreach (var c in batch)
                {
                    CaseTables.Flatten(c, (table, cells) =>
                    {
                        var t = IndexOf(table);
                        foreach (var buffer in buffers[t])
                        {
                            buffer.Value(cells[buffer.Leaf.Column], 0);
                        }
                    });
                }

                for (var t = 0; t < tables.Count; t++)
                {
                    // A table with no rows in this batch writes no row group; a file with no rows at all still has its schema.
                    if (buffers[t][0].Count > 0)
                    {
                        Flush(writers[t], buffers[t]);
                    }
                }
            }
        }
        finally
        {
            foreach (var writer in writers)
            {
                writer?.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
        }
    }

    // Text columns are dictionary-encoded: each row group stores a column's distinct texts once and a small index
    // per value, as readers expect of repeated codes. Parquet.Net writes plain text unless a column is hinted
    // (the whole file was 1.05 GB of plain strings a million cases before Snappy, which every reader had to
    // decompress and decode). A column of mostly distinct texts (ids, free text) still falls back to plain at
    // the writer's uniqueness threshold.
    private static ParquetOptions Options(IEnumerable<Leaf> leaves)
    {
        var options = new ParquetOptions { CompressionMethod = CompressionMethod.Snappy };
        foreach (var leaf in leaves.Where(l => l.Field.ClrType == typeof(ReadOnlyMemory<char>)))
        {
            options.ColumnEncodingHints[leaf.Field.Path.ToString()] = EncodingHint.Dictionary;
        }

        return options;
    }

    private static int IndexOf(CaseTable table)
    {
        for (var i = 0; i < Layout.Tables.Count; i++)
        {
            if (Layout.Tables[i] == table)
            {
                return i;
            }
        }

        throw new ArgumentException("The table is not one of the layout's.", nameof(table));
    }

    /// <summary>The cases in batches of at most <paramref name="size"/>; an empty input gives one empty batch, so that the file has its schema and no rows.</summary>
    private static IEnumerable<List<Case>> Batches(IEnumerable<Case> cases, int size)
    {
        var batch = new List<Case>(Math.Min(size, 4096));
        var any = false;
        foreach (var c in cases)
        {
            ArgumentNullException.ThrowIfNull(c, nameof(cases));
            batch.Add(c);
            if (batch.Count == size)
            {
                any = true;
                yield return batch;
                batch = new List<Case>(Math.Min(size, 4096));
            }
        }

        if (batch.Count > 0 || !any)
        {
            yield return batch;
        }
    }

    private static void Flush(ParquetWriter writer, ColumnBuffer[] buffers)
    {
        using var group = writer.CreateRowGroup();
        foreach (var buffer in buffers)
        {
            buffer.Write(group);
        }

        group.CompleteValidate();
    }

    /// <summary>Adds one case to the columns of the single file: its cases row, then each list's items (or an empty list).</summary>
    private static void Add(Case c, Leaf[] leaves, ColumnBuffer[] buffers)
    {
        string?[]? caseRow = null;
        var rows = new Dictionary<CaseTable, List<string?[]>>();
        CaseTables.Flatten(c, (table, cells) =>
        {
            if (table == Layout.Cases)
            {
                caseRow = [.. cells];
            }
            else
            {
                if (!rows.TryGetValue(table, out var list))
                {
                    rows.Add(table, list = []);
                }

                list.Add([.. cells]);
            }
        });

        for (var i = 0; i < leaves.Length; i++)
        {
            var leaf = leaves[i];
            var buffer = buffers[i];
            switch (leaf.Depth)
            {
                case 0:
                    buffer.Value(caseRow![leaf.Column], 0);
                    break;
                case 1:
                    AddItems(buffer, rows.GetValueOrDefault(leaf.Table), leaf.Column, leaf.Outer!);
                    break;
                default:
                    AddNested(buffer, rows.GetValueOrDefault(leaf.Table.Parent!), rows.GetValueOrDefault(leaf.Table), leaf);
                    break;
            }
        }
    }

    private static void AddItems(ColumnBuffer buffer, List<string?[]>? items, int column, ListField list)
    {
        if (items is null || items.Count == 0)
        {
            // The list is there and empty (the repeated group's level less one): the case has no such records.
            buffer.Missing(list.MaxDefinitionLevel - 1, 0);
            return;
        }

        for (var i = 0; i < items.Count; i++)
        {
            buffer.Value(items[i][column], i == 0 ? 0 : 1);
        }
    }

    private static void AddNested(ColumnBuffer buffer, List<string?[]>? reports, List<string?[]>? incidents, Leaf leaf)
    {
        if (reports is null || reports.Count == 0)
        {
            buffer.Missing(leaf.Outer!.MaxDefinitionLevel - 1, 0);
            return;
        }

        for (var r = 0; r < reports.Count; r++)
        {
            var number = reports[r][1];
            var rep = r == 0 ? 0 : 1;
            var any = false;
            foreach (var incident in incidents ?? [])
            {
                if (incident[1] != number)
                {
                    continue;
                }

                buffer.Value(incident[leaf.Column], any ? 2 : rep);
                any = true;
            }

            if (!any)
            {
                buffer.Missing(leaf.Inner!.MaxDefinitionLevel - 1, rep);
            }
        }
    }

    /// <summary>The values, definition and repetition levels of one column for the row group being gathered.</summary>
    private abstract class ColumnBuffer(Leaf leaf)
    {
        private List<int> _definitions = [];
        private List<int> _repetitions = [];

        internal Leaf Leaf { get; } = leaf;

        internal int Count => _definitions.Count;

        protected DataField Field => Leaf.Field;

        internal static ColumnBuffer For(Leaf leaf) => leaf.Field.ClrType switch
        {
            var t when t == typeof(int) => new Numbers(leaf),
            var t when t == typeof(bool) => new Booleans(leaf),
            var t when t == typeof(DateOnly) => new Dates(leaf),
            _ => new Strings(leaf),
        };

        /// <summary>Adds an entry where the record exists: its value, or null.</summary>
        internal void Value(string? cell, int repetition)
        {
            _definitions.Add(cell is null ? Field.MaxDefinitionLevel - 1 : Field.MaxDefinitionLevel);
            _repetitions.Add(repetition);
            if (cell is not null)
            {
                Add(cell);
            }
        }

        /// <summary>Adds an entry where the record does not exist, at the definition level of what does.</summary>
        internal void Missing(int definition, int repetition)
        {
            _definitions.Add(definition);
            _repetitions.Add(repetition);
        }

        internal void Write(ParquetRowGroupWriter group)
        {
            var definitions = _definitions.ToArray();
            var repetitions = Field.MaxRepetitionLevel > 0 ? _repetitions.ToArray() : null;
            WriteValues(group, definitions, repetitions);
            _definitions = [];
            _repetitions = [];
            Clear();
        }

        protected abstract void Add(string cell);

        protected abstract void WriteValues(ParquetRowGroupWriter group, int[] definitions, int[]? repetitions);

        protected abstract void Clear();

        protected static void Write<T>(ParquetRowGroupWriter group, DataField field, List<T> values, int[] definitions, int[]? repetitions)
            where T : struct
            => group.WriteAllPartsAsync<T>(
                field,
                values.ToArray(),
                field.MaxDefinitionLevel > 0 ? definitions.AsMemory() : default(ReadOnlyMemory<int>?),
                repetitions is null ? default(ReadOnlyMemory<int>?) : repetitions.AsMemory(),
                CancellationToken.None).GetAwaiter().GetResult();
    }

    private sealed class Strings(Leaf leaf) : ColumnBuffer(leaf)
    {
        private List<ReadOnlyMemory<char>> _values = [];

        protected override void Add(string cell) => _values.Add(cell.AsMemory());

        protected override void WriteValues(ParquetRowGroupWriter group, int[] definitions, int[]? repetitions) => Write(group, Field, _values, definitions, repetitions);

        protected override void Clear() => _values = [];
    }

    private sealed class Numbers(Leaf leaf) : ColumnBuffer(leaf)
    {
        private List<int> _values = [];

        protected override void Add(string cell) => _values.Add(int.Parse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));

        protected override void WriteValues(ParquetRowGroupWriter group, int[] definitions, int[]? repetitions) => Write(group, Field, _values, definitions, repetitions);

        protected override void Clear() => _values = [];
    }

    private sealed class Booleans(Leaf leaf) : ColumnBuffer(leaf)
    {
        private List<bool> _values = [];

        protected override void Add(string cell) => _values.Add(cell == "true");

        protected override void WriteValues(ParquetRowGroupWriter group, int[] definitions, int[]? repetitions) => Write(group, Field, _values, definitions, repetitions);

        protected override void Clear() => _values = [];
    }

    private sealed class Dates(Leaf leaf) : ColumnBuffer(leaf)
    {
        private List<DateOnly> _values = [];

        protected override void Add(string cell) => _values.Add(DateOnly.ParseExact(cell, "yyyy-MM-dd", CultureInfo.InvariantCulture));

        protected override void WriteValues(ParquetRowGroupWriter group, int[] definitions, int[]? repetitions) => Write(group, Field, _values, definitions, repetitions);

        protected override void Clear() => _values = [];
    }
}
