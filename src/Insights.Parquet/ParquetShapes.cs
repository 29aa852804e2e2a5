using System.Globalization;
using global::Parquet.Schema;
using Insights.Core.Tabular;

namespace Insights.Parquet;

/// <summary>
/// One leaf column of a Parquet file and the layout column it holds: a column of <c>cases</c> (depth 0), of a
/// table of repeated records held as a list in the case's row (depth 1), or of incidents, a list inside each police
/// report (depth 2). A flat file of one table has only depth 0 leaves.
/// </summary>
/// <param name="Field">The Parquet column.</param>
/// <param name="Table">The layout table.</param>
/// <param name="Column">The index of the layout column in <see cref="CaseTable.Columns"/>.</param>
/// <param name="Depth">How many lists hold the column.</param>
/// <param name="Outer">The list of the table (depth 1) or of police reports (depth 2).</param>
/// <param name="Inner">The list of incidents within a police report (depth 2).</param>
internal sealed record Leaf(DataField Field, CaseTable Table, int Column, int Depth, ListField? Outer, ListField? Inner)
{
    internal CaseColumn LayoutColumn => Table.Columns[Column];
}

/// <summary>
/// The Parquet shapes of the flat layout: the column type of each kind of layout column, the schema of the single
/// file (the cases table, each table of repeated records a <c>LIST</c> of <c>STRUCT</c> named by the table, police
/// reports' struct holding the incidents list) and of each flat file of the folder form; and, for reading, the
/// matching of a file's schema to the layout with a clear error for anything that does not fit.
/// </summary>
internal static class ParquetShapes
{
    private static CaseLayout Layout => CaseLayout.Default;

    /// <summary>The Parquet column for a layout column: strings, INT32, BOOLEAN or DATE, all optional.</summary>
    internal static DataField Field(CaseColumn column) => new(column.Name, ClrType(column), isNullable: true);

    /// <summary>Whether the layout column holds a whole number (INT32 in files written here; INT64 is also read).</summary>
    internal static bool IsNumber(CaseColumn column) => column.Kind == ColumnKind.WholeNumber || (column.Kind == ColumnKind.Key && column.Name == CaseLayout.ReportKey);

    private static Type ClrType(CaseColumn column) => column.Kind switch
    {
        ColumnKind.Boolean or ColumnKind.Presence => typeof(bool?),
        ColumnKind.Date => typeof(DateOnly?),
        _ when IsNumber(column) => typeof(int?),
        _ => typeof(string),
    };

    /// <summary>The schema of one flat table (the folder form): every layout column, keys first, as in the CSV table.</summary>
    internal static ParquetSchema Flat(CaseTable table, out Leaf[] leaves)
    {
        var fields = table.Columns.Select(Field).ToArray();
        var schema = new ParquetSchema(fields);
        leaves = [.. fields.Select((f, i) => new Leaf(f, table, i, 0, null, null))];
        return schema;
    }

    /// <summary>The schema of the single file: the columns of <c>cases</c>, then one list of structs per table of repeated records.</summary>
    internal static ParquetSchema Nested(out Leaf[] leaves)
    {
        var list = new List<(DataField Field, CaseTable Table, int Column, int Depth, string? Outer, string? Inner)>();
        var fields = new List<Field>();
        foreach (var (column, index) in Layout.Cases.Columns.Select((c, i) => (c, i)))
        {
            var field = Field(column);
            fields.Add(field);
            list.Add((field, Layout.Cases, index, 0, null, null));
        }

        foreach (var table in Layout.Tables.Where(t => t.Parent == Layout.Cases))
        {
            var members = new List<Field>();
            for (var i = table.KeyCount; i < table.Columns.Count; i++)
            {
                var field = Field(table.Columns[i]);
                members.Add(field);
                list.Add((field, table, i, 1, table.Name, null));
            }

            foreach (var held in Layout.Tables.Where(t => t.Parent == table))
            {
                var inner = new List<Field>();
                for (var i = held.KeyCount; i < held.Columns.Count; i++)
                {
                    var field = Field(held.Columns[i]);
                    inner.Add(field);
                    list.Add((field, held, i, 2, table.Name, held.Name));
                }

                members.Add(new ListField(held.Name, new StructField(ListField.ElementName, [.. inner])));
            }

            fields.Add(new ListField(table.Name, new StructField(ListField.ElementName, [.. members])));
        }

        var schema = new ParquetSchema(fields);
        var lists = schema.Fields.OfType<ListField>().ToDictionary(l => l.Name, StringComparer.Ordinal);
        leaves = [.. list.Select(l => new Leaf(
            l.Field,
            l.Table,
            l.Column,
            l.Depth,
            l.Outer is null ? null : lists[l.Outer],
            l.Inner is null ? null : InnerList(lists[l.Outer!], l.Inner)))];
        if (!schema.GetDataFields().SequenceEqual(leaves.Select(l => l.Field)))
        {
            throw new InvalidOperationException("The Parquet schema's columns are not in the order they are written.");
        }

        return schema;
    }

    private static ListField InnerList(ListField outer, string name)
        => ((StructField)outer.Item).Fields.OfType<ListField>().Single(l => l.Name == name);

    /// <summary>
    /// Matches the schema of a single file (cases with lists of repeated records) to the layout. Top-level columns
    /// are columns of <c>cases</c>; a top-level list must be named by a table of repeated records and hold a struct of
    /// its columns. A column the layout does not know is left for the header check (which names it); a column of the
    /// wrong type, or a list or struct where the layout has none, is an error here.
    /// </summary>
    /// <exception cref="CaseTableException">The schema does not fit the layout.</exception>
    internal static Leaf[] MatchNested(ParquetSchema schema, string file)
    {
        var leaves = new List<Leaf>();
        foreach (var field in schema.Fields)
        {
            switch (field)
            {
                case DataField data:
                    leaves.Add(Match(data, Layout.Cases, 0, null, null, file, data.Name));
                    break;
                case ListField list when Layout.Table(list.Name) is { } table && table.Parent == Layout.Cases:
                    foreach (var member in Members(list, file, list.Name))
                    {
                        switch (member)
                        {
                            case DataField data:
                                leaves.Add(Match(data, table, 1, list, null, file, $"{list.Name}.{data.Name}"));
                                break;
                            case ListField inner when Layout.Table(inner.Name) is { } held && held.Parent == table:
                                foreach (var innerMember in Members(inner, file, $"{list.Name}.{inner.Name}"))
                                {
                                    leaves.Add(innerMember is DataField innerData
                                        ? Match(innerData, held, 2, list, inner, file, $"{list.Name}.{inner.Name}.{innerData.Name}")
                                        : throw NotAColumn(file, $"{list.Name}.{inner.Name}.{innerMember.Name}"));
                                }

                                break;
                            default:
                                throw NotAColumn(file, $"{list.Name}.{member.Name}");
                        }
                    }

                    break;
                default:
                    throw new CaseTableException(file, $"column '{field.Name}' is a {Describe(field)}, and no table of repeated records is named so; the lists are {string.Join(", ", Layout.Tables.Where(t => t.Parent == Layout.Cases).Select(t => t.Name))}.");
            }
        }

        return [.. leaves];
    }

    /// <summary>Matches the schema of one flat file of the folder form to its table: every column a plain column.</summary>
    /// <exception cref="CaseTableException">A column is a list or struct, or of the wrong type.</exception>
    internal static Leaf[] MatchFlat(ParquetSchema schema, CaseTable table, string file)
        => [.. schema.Fields.Select(f => f is DataField data ? Match(data, table, 0, null, null, file, data.Name) : throw NotAColumn(file, f.Name))];

    private static IReadOnlyList<Field> Members(ListField list, string file, string path)
        => list.Item is StructField item
            ? item.Fields
            : throw new CaseTableException(file, $"column '{path}' is a list of {Describe(list.Item)}; a table of repeated records must be a list of structs of its columns.");

    private static CaseTableException NotAColumn(string file, string path)
        => new(file, $"column '{path}' is a list or struct where the layout has a plain column (text, code, whole number, true/false or date).");

    private static string Describe(Field field) => field switch
    {
        ListField => "list",
        StructField => "struct",
        MapField => "map",
        _ => "column",
    };

    private static Leaf Match(DataField data, CaseTable table, int depth, ListField? outer, ListField? inner, string file, string path)
    {
        var index = table.IndexOf(data.Name);
        if (index < 0)
        {
            // Left for the header check, which names the column and the table; its values are never read.
            return new Leaf(data, table, -1, depth, outer, inner);
        }

        var column = table.Columns[index];
        if (depth > 0 && index < table.KeyCount)
        {
            throw new CaseTableException(file, $"column '{path}' is a key; in a single file a list's rows belong to the case holding them, so the list has no key columns.");
        }

        if (data.IsArray)
        {
            throw NotAColumn(file, path);
        }

        var type = data.ClrType;
        var fits = column.Kind switch
        {
            ColumnKind.Boolean or ColumnKind.Presence => type == typeof(bool),
            ColumnKind.Date => type == typeof(DateOnly),
            _ when IsNumber(column) => type == typeof(int) || type == typeof(long),
            _ => IsString(type),
        };
        return fits
            ? new Leaf(data, table, index, depth, outer, inner)
            : throw new CaseTableException(file, string.Create(CultureInfo.InvariantCulture, $"column '{path}' holds {Name(type)} values; the layout's {column.Kind} column '{column.Name}' of {table.Name} must be {Expected(column)}."));
    }

    private static string Expected(CaseColumn column) => column.Kind switch
    {
        ColumnKind.Boolean or ColumnKind.Presence => "BOOLEAN",
        ColumnKind.Date => "DATE",
        _ when IsNumber(column) => "INT32 (or INT64)",
        _ => "strings (BYTE_ARRAY, UTF8)",
    };

    /// <summary>Whether a column's type is text (Parquet.Net reads UTF-8 strings as <see cref="ReadOnlyMemory{T}"/> of char by default).</summary>
    internal static bool IsString(Type type) => type == typeof(string) || type == typeof(ReadOnlyMemory<char>);

    private static string Name(Type type)
        => IsString(type) ? "string" : type == typeof(DateOnly) ? "DATE" : type == typeof(DateTime) ? "timestamp" : type.Name;
}
