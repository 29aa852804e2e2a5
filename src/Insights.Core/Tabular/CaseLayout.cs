using System.Collections.Frozen;
using System.Text.Json.Serialization.Metadata;
using Insights.Core.Model;
using Insights.Core.Serialization;

namespace Insights.Core.Tabular;

/// <summary>What a column of the flat layout holds, and so how its cells are written.</summary>
public enum ColumnKind
{
    /// <summary>An identifier: 1 to 64 letters, digits, '-', '_' or '.'.</summary>
    Identifier,

    /// <summary>A text that must not be blank.</summary>
    Text,

    /// <summary>A single-choice answer: one code (or its exact report label).</summary>
    Code,

    /// <summary>A multi-select answer: codes separated by <c>;</c>; <c>[]</c> is an answer with nothing ticked.</summary>
    Codes,

    /// <summary>A date written <c>yyyy-MM-dd</c> (or in a mapping file's date formats).</summary>
    Date,

    /// <summary>A whole number, within the column's range.</summary>
    WholeNumber,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>
    /// Whether an optional form or part of one is present (<c>true</c>) when none of its answers is given: a blank
    /// cell means it is present exactly when any of its columns (or rows) has a value.
    /// </summary>
    Presence,

    /// <summary>The key of a row in a table of repeated records: the case id, or the number of a police report within its case.</summary>
    Key,
}

/// <summary>One code of a <see cref="ColumnKind.Code"/> or <see cref="ColumnKind.Codes"/> column and the label the report prints for it.</summary>
/// <param name="Code">The code, as written in the data (the C# member name).</param>
/// <param name="Label">The exact report label, also accepted in place of the code.</param>
public sealed record CodeLabel(string Code, string Label);

/// <summary>One column of a table of the flat layout.</summary>
public sealed class CaseColumn
{
    internal CaseColumn(string name, string path, ColumnKind kind, bool isRequired, string? codeList, IReadOnlyList<CodeLabel> codes, int? minimum, int? maximum)
    {
        Name = name;
        Path = path;
        Kind = kind;
        IsRequired = isRequired;
        CodeList = codeList;
        Codes = codes;
        Minimum = minimum;
        Maximum = maximum;
    }

    /// <summary>Gets the column's name in its table, e.g. <c>intake.profile.ethnicity</c> in <c>cases</c>, <c>levels.physical</c> in <c>reviews</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the field's path in the JSON Lines format (docs/data-format.md), e.g. <c>reviews[].levels.physical</c>; a key column gives the path it refers to.</summary>
    public string Path { get; }

    /// <summary>Gets what the column holds.</summary>
    public ColumnKind Kind { get; }

    /// <summary>Gets whether a row must give this column a value (when the form it belongs to is present).</summary>
    public bool IsRequired { get; }

    /// <summary>Gets the name of the list of codes (the model enum, e.g. <c>YesNoDontKnow</c>), or <see langword="null"/> when the column holds no codes.</summary>
    public string? CodeList { get; }

    /// <summary>Gets the codes a <see cref="ColumnKind.Code"/> or <see cref="ColumnKind.Codes"/> column allows, in report order; empty for other columns.</summary>
    public IReadOnlyList<CodeLabel> Codes { get; }

    /// <summary>Gets the smallest whole number allowed, or <see langword="null"/> when the column is not a number or has no lower bound.</summary>
    public int? Minimum { get; }

    /// <summary>Gets the largest whole number allowed, or <see langword="null"/> when there is no upper bound.</summary>
    public int? Maximum { get; }

    /// <inheritdoc/>
    public override string ToString() => Name;
}

/// <summary>
/// One table of the flat layout: <c>cases</c> (one row per case), or a table of one repeated kind of record
/// (reviews, children, police reports, incidents, civil orders), whose rows name their case in column <c>case</c>.
/// </summary>
public sealed class CaseTable
{
    private readonly FrozenDictionary<string, int> _byName;

    internal CaseTable(string name, string listPath, CaseTable? parent, IReadOnlyList<CaseColumn> columns, int keyCount)
    {
        Name = name;
        ListPath = listPath;
        Parent = parent;
        Columns = columns;
        KeyCount = keyCount;
        _byName = columns.Select((c, i) => KeyValuePair.Create(c.Name, i)).ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Gets the table's name, e.g. <c>cases</c>, <c>police-reports</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the name of the table's CSV file, e.g. <c>police-reports.csv</c>.</summary>
    public string FileName => Name + ".csv";

    /// <summary>Gets the path of the list whose items are the rows, e.g. <c>exit.criminalJustice.policeReports</c>; empty for <c>cases</c>.</summary>
    public string ListPath { get; }

    /// <summary>Gets the table whose rows hold this table's rows (incidents are held by police reports), or <see langword="null"/> for <c>cases</c>.</summary>
    public CaseTable? Parent { get; }

    /// <summary>Gets the columns in order, the key columns first.</summary>
    public IReadOnlyList<CaseColumn> Columns { get; }

    /// <summary>Gets how many of the first <see cref="Columns"/> are keys (<c>case</c>, and <c>report</c> in incidents and police reports).</summary>
    public int KeyCount { get; }

    /// <summary>Returns the index of the column named <paramref name="name"/>, or -1.</summary>
    public int IndexOf(string name) => _byName.TryGetValue(name, out var index) ? index : -1;

    /// <inheritdoc/>
    public override string ToString() => Name;
}

/// <summary>
/// The flat layout of cases (docs/importing.md): one table of cases, one row per case and one column per answer,
/// named by its path as in the JSON Lines format; and one table per repeated kind of record, keyed by case id. It
/// is generated from the model's own serialization metadata, so it lists every field the JSON format has, and
/// nothing else.
/// </summary>
public sealed class CaseLayout
{
    /// <summary>The name of the column that holds a repeated record's case id.</summary>
    public const string CaseKey = "case";

    /// <summary>The name of the column that numbers a case's police reports (1, 2, …) and links incidents to them.</summary>
    public const string ReportKey = "report";

    /// <summary>The text of a multi-select cell answered with nothing ticked.</summary>
    public const string NothingTicked = "[]";

    /// <summary>The separator of codes in a multi-select cell.</summary>
    public const char CodeSeparator = ';';

    // The tables of repeated records, by the path of their list: named here because a name is a promise to users
    // and "orders.csv" alone would not say which orders.
    private static readonly (string ListPath, string Name)[] TableNames =
    [
        ("intake.profile.children", "children"),
        ("reviews", "reviews"),
        ("exit.criminalJustice.policeReports", "police-reports"),
        ("exit.criminalJustice.policeReports[].incidents", "incidents"),
        ("exit.civilJustice.orders", "civil-orders"),
    ];

    private static readonly Lazy<CaseLayout> Instance = new(() => new CaseLayout());

    private CaseLayout()
    {
        var builder = new Builder();
        Root = builder.Build();
        Tables = builder.Tables;
    }

    /// <summary>Gets the layout.</summary>
    public static CaseLayout Default => Instance.Value;

    /// <summary>Gets the tables: <c>cases</c> first, then the tables of repeated records, each after the table that holds it.</summary>
    public IReadOnlyList<CaseTable> Tables { get; }

    /// <summary>Gets the table of cases.</summary>
    public CaseTable Cases => Tables[0];

    /// <summary>Returns the position of <paramref name="table"/> in <see cref="Tables"/>.</summary>
    /// <exception cref="ArgumentException">The table is not one of this layout's.</exception>
    internal int IndexOf(CaseTable table)
    {
        for (var i = 0; i < Tables.Count; i++)
        {
            if (Tables[i] == table)
            {
                return i;
            }
        }

        throw new ArgumentException("The table is not one of the layout's.", nameof(table));
    }

    /// <summary>Returns the table named <paramref name="name"/>, or <see langword="null"/>.</summary>
    public CaseTable? Table(string name) => Tables.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.Ordinal));

    /// <summary>Gets the shape of a case as a tree of the layout's columns, for assembling and flattening cases.</summary>
    internal ObjectNode Root { get; }

    private sealed class Builder
    {
        internal List<CaseTable> Tables { get; } = [];

        internal ObjectNode Build()
        {
            var columns = new List<CaseColumn>();
            var root = Walk(CaseJson.Options.GetTypeInfo(typeof(Case)), string.Empty, string.Empty, columns, null, required: true, pending: out var lists);
            Tables.Insert(0, new CaseTable("cases", string.Empty, null, columns, keyCount: 0));
            Attach(lists, Tables[0]);
            return root;
        }

        // Tables are made after the table that holds them, so that a table can name its parent.
        private void Attach(List<(ListNode Node, string Path, JsonTypeInfo Item)> lists, CaseTable parent)
        {
            foreach (var (node, path, item) in lists)
            {
                var name = TableNames.FirstOrDefault(t => t.ListPath == path).Name
                    ?? throw new InvalidOperationException($"The model has a list at {path} that the flat layout does not name.");
                var columns = new List<CaseColumn> { new(CaseKey, "id", ColumnKind.Key, isRequired: true, null, [], null, null) };
                var holdsLists = item.Properties.Any(p => IsList(p.PropertyType));
                var isNested = parent.ListPath.Length > 0;
                if (isNested || holdsLists)
                {
                    columns.Add(new(ReportKey, isNested ? parent.ListPath + "[]" : path + "[]", ColumnKind.Key, isRequired: true, null, [], 1, null));
                }

                var keyCount = columns.Count;
                node.Item = Walk(item, string.Empty, path + "[].", columns, null, required: true, out var nested);
                var table = new CaseTable(name, path, parent, columns, keyCount);
                node.Table = table;
                Tables.Add(table);
                Attach(nested, table);
            }
        }

        private ObjectNode Walk(JsonTypeInfo info, string prefix, string pathPrefix, List<CaseColumn> columns, string? presenceName, bool required, out List<(ListNode, string, JsonTypeInfo)> pending)
        {
            pending = [];
            var node = new ObjectNode { IsRequired = required, FirstColumn = columns.Count };
            if (!required)
            {
                node.PresenceColumn = columns.Count;
                columns.Add(new(presenceName!, pathPrefix.TrimEnd('.'), ColumnKind.Presence, isRequired: false, null, [], null, null));
            }

            foreach (var property in info.Properties)
            {
                var name = prefix + property.Name;
                var path = pathPrefix + property.Name;
                var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                if (IsList(type))
                {
                    var list = new ListNode { Name = property.Name };
                    node.Children.Add(list);
                    pending.Add((list, path, CaseJson.Options.GetTypeInfo(type.GetGenericArguments()[0])));
                    continue;
                }

                var kind = KindOf(type);
                if (kind is null)
                {
                    var child = Walk(CaseJson.Options.GetTypeInfo(type), name + ".", path + ".", columns, name, property.IsRequired, out var inner);
                    child.Name = property.Name;
                    node.Children.Add(child);
                    pending.AddRange(inner);
                    continue;
                }

                ICodeList? codes = null;
                if (kind is ColumnKind.Code or ColumnKind.Codes)
                {
                    codes = (ICodeList)KnownConverters.ByType[type]();
                }

                var (minimum, maximum) = kind == ColumnKind.WholeNumber ? RangeOf(info, property) : (null, null);
                var column = new CaseColumn(
                    name,
                    path,
                    kind.Value,
                    property.IsRequired,
                    codes?.EnumType.Name,
                    codes is null ? [] : [.. codes.Codes.Select((c, i) => new CodeLabel(c, codes.CodeLabels[i]))],
                    minimum,
                    maximum);
                node.Children.Add(new ValueNode { Name = property.Name, Column = columns.Count, Kind = kind.Value, Codes = codes });
                columns.Add(column);
            }

            node.EndColumn = columns.Count;
            return node;
        }

        private static bool IsList(Type type)
            => (Nullable.GetUnderlyingType(type) ?? type) is { IsGenericType: true } t && t.GetGenericTypeDefinition() == typeof(ValueList<>);

        private static ColumnKind? KindOf(Type type)
        {
            if (type.IsEnum)
            {
                return ColumnKind.Code;
            }

            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EnumSet<>))
            {
                return ColumnKind.Codes;
            }

            if (type == typeof(int))
            {
                return ColumnKind.WholeNumber;
            }

            if (type == typeof(bool))
            {
                return ColumnKind.Boolean;
            }

            if (type == typeof(string))
            {
                return ColumnKind.Text;
            }

            if (type == typeof(DateOnly))
            {
                return ColumnKind.Date;
            }

            if (type == typeof(CaseId) || type == typeof(ClientId) || type == typeof(ServiceId))
            {
                return ColumnKind.Identifier;
            }

            return null;
        }

        // The model's ranges live in one place (NumberRanges), which its init accessors check against.
        private static (int?, int?) RangeOf(JsonTypeInfo info, JsonPropertyInfo property)
            => NumberRanges.ByProperty.TryGetValue((info.Type, char.ToUpperInvariant(property.Name[0]) + property.Name[1..]), out var range)
                ? (range.Minimum, range.Maximum)
                : (null, null);
    }
}

/// <summary>A node of the shape of a case: an object, a value (one column) or a list (a table of repeated records).</summary>
internal abstract class LayoutNode
{
    /// <summary>Gets the property name in the JSON format.</summary>
    internal string Name { get; set; } = string.Empty;
}

/// <summary>An object of the JSON format; its columns are <see cref="FirstColumn"/> to <see cref="EndColumn"/> of its table.</summary>
internal sealed class ObjectNode : LayoutNode
{
    internal bool IsRequired { get; init; }

    /// <summary>Gets the index of the column saying whether the object is present, or -1 for a required object.</summary>
    internal int PresenceColumn { get; set; } = -1;

    internal int FirstColumn { get; init; }

    internal int EndColumn { get; set; }

    internal List<LayoutNode> Children { get; } = [];
}

/// <summary>One answer: one column.</summary>
internal sealed class ValueNode : LayoutNode
{
    internal int Column { get; init; }

    internal ColumnKind Kind { get; init; }

    internal ICodeList? Codes { get; init; }
}

/// <summary>A list of records: the rows of one table.</summary>
internal sealed class ListNode : LayoutNode
{
    internal CaseTable Table { get; set; } = null!;

    internal ObjectNode Item { get; set; } = null!;
}
