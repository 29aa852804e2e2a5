namespace Insights.Core.Tabulation;

/// <summary>What a <see cref="TableTerm"/> refers to.</summary>
public enum TableTermKind
{
    /// <summary>The count of a cell (a <see cref="CountCell"/>'s count, or the count a rate per 100 was computed from).</summary>
    Cell,

    /// <summary>The base of a cell: the denominator of its percentage, printed with it in CSV and JSON.</summary>
    CellBase,

    /// <summary>A base stated in the table's header (<see cref="Table.Bases"/>).</summary>
    Base,

    /// <summary>A column's own base (<see cref="TableColumn.Base"/>).</summary>
    ColumnBase,

    /// <summary>A quantity the table never prints but its relations need, e.g. the n of a stacked part below the first.</summary>
    Hidden,
}

/// <summary>
/// A number a table prints (or a hidden quantity behind its numbers), named by position so that relations can
/// say how the numbers of a table add up. Equal when kind and position are equal.
/// </summary>
public readonly record struct TableTerm
{
    private TableTerm(TableTermKind kind, int row, int column)
    {
        Kind = kind;
        Row = row;
        Column = column;
    }

    /// <summary>Gets what the term refers to.</summary>
    public TableTermKind Kind { get; }

    /// <summary>Gets the row of a <see cref="TableTermKind.Cell"/> or <see cref="TableTermKind.CellBase"/> term; -1 for the others.</summary>
    public int Row { get; }

    /// <summary>Gets the column of a cell or column base, the index into <see cref="Table.Bases"/> of a base, or the number of a hidden term.</summary>
    public int Column { get; }

    /// <summary>The count of the cell at (<paramref name="row"/>, <paramref name="column"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A position is negative.</exception>
    public static TableTerm Cell(int row, int column) => new(TableTermKind.Cell, NotNegative(row, nameof(row)), NotNegative(column, nameof(column)));

    /// <summary>The base (denominator) of the cell at (<paramref name="row"/>, <paramref name="column"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A position is negative.</exception>
    public static TableTerm CellBase(int row, int column) => new(TableTermKind.CellBase, NotNegative(row, nameof(row)), NotNegative(column, nameof(column)));

    /// <summary>The header base <see cref="Table.Bases"/>[<paramref name="index"/>].</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative.</exception>
    public static TableTerm Base(int index) => new(TableTermKind.Base, -1, NotNegative(index, nameof(index)));

    /// <summary>The own base of column <paramref name="column"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="column"/> is negative.</exception>
    public static TableTerm ColumnBase(int column) => new(TableTermKind.ColumnBase, -1, NotNegative(column, nameof(column)));

    /// <summary>Hidden quantity number <paramref name="index"/> of the table.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative.</exception>
    public static TableTerm Hidden(int index) => new(TableTermKind.Hidden, -1, NotNegative(index, nameof(index)));

    /// <summary>Returns the term moved by the offsets of a table that places this one's rows, columns, bases and hidden terms after others.</summary>
    internal TableTerm Shift(int rows, int columns, int bases, int hidden) => Kind switch
    {
        TableTermKind.Cell or TableTermKind.CellBase => new(Kind, Row + rows, Column + columns),
        TableTermKind.ColumnBase => new(Kind, -1, Column + columns),
        TableTermKind.Base => new(Kind, -1, Column + bases),
        _ => new(Kind, -1, Column + hidden),
    };

    /// <inheritdoc/>
    public override string ToString() => Kind switch
    {
        TableTermKind.Cell => $"cell({Row},{Column})",
        TableTermKind.CellBase => $"base of cell({Row},{Column})",
        TableTermKind.Base => $"n[{Column}]",
        TableTermKind.ColumnBase => $"column base({Column})",
        _ => $"hidden({Column})",
    };

    private static int NotNegative(int value, string name)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value, name);
        return value;
    }
}

/// <summary>How a relation ties its target to its members.</summary>
public enum TableRelationKind
{
    /// <summary>The target equals the sum of the members (a Total, n over the rows of a single-choice table, a parent over its sub-answers).</summary>
    Sum,

    /// <summary>The target is at least the sum of the members (rows that do not cover everyone in n).</summary>
    AtLeastSum,

    /// <summary>A multi-select net: at least every member, at most their sum.</summary>
    Net,
}

/// <summary>
/// An additive relation between the numbers of a table, declared by the tabulator that made it (never guessed from
/// the numbers): disclosure control uses them to find what a reader could work out from what is published.
/// </summary>
public sealed class TableRelation
{
    private TableRelation(TableRelationKind kind, TableTerm target, IReadOnlyList<TableTerm> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        if (members.Count == 0)
        {
            throw new ArgumentException("A relation needs at least one member.", nameof(members));
        }

        if (members.Contains(target))
        {
            throw new ArgumentException($"The target {target} of a relation cannot be one of its members.", nameof(members));
        }

        if (members.Distinct().Count() != members.Count)
        {
            throw new ArgumentException("A relation names a member twice.", nameof(members));
        }

        Kind = kind;
        Target = target;
        Members = [.. members];
    }

    /// <summary>Gets how the target is tied to the members.</summary>
    public TableRelationKind Kind { get; }

    /// <summary>Gets the target: the total, net or base the members add up to.</summary>
    public TableTerm Target { get; }

    /// <summary>Gets the members, each named once.</summary>
    public IReadOnlyList<TableTerm> Members { get; }

    /// <summary>Gets every term of the relation: the target, then the members.</summary>
    public IEnumerable<TableTerm> Terms => Members.Prepend(Target);

    /// <summary>The target equals the sum of the members.</summary>
    /// <exception cref="ArgumentException">There are no members, the target is a member, or a member is named twice.</exception>
    public static TableRelation Sum(TableTerm target, params IReadOnlyList<TableTerm> members) => new(TableRelationKind.Sum, target, members);

    /// <summary>The target is at least the sum of the members.</summary>
    /// <exception cref="ArgumentException">There are no members, the target is a member, or a member is named twice.</exception>
    public static TableRelation AtLeast(TableTerm target, params IReadOnlyList<TableTerm> members) => new(TableRelationKind.AtLeastSum, target, members);

    /// <summary>A multi-select net: max(members) ≤ target ≤ sum(members).</summary>
    /// <exception cref="ArgumentException">There are no members, the target is a member, or a member is named twice.</exception>
    public static TableRelation Net(TableTerm target, params IReadOnlyList<TableTerm> members) => new(TableRelationKind.Net, target, members);

    /// <summary>Returns the relation with every term moved (see <see cref="TableTerm.Shift"/>), or mapped by <paramref name="map"/>.</summary>
    internal TableRelation Map(Func<TableTerm, TableTerm> map) => new(Kind, map(Target), [.. Members.Select(map)]);

    /// <inheritdoc/>
    public override string ToString() => Kind switch
    {
        TableRelationKind.Sum => $"{Target} = {string.Join(" + ", Members)}",
        TableRelationKind.AtLeastSum => $"{Target} >= {string.Join(" + ", Members)}",
        _ => $"max({string.Join(", ", Members)}) <= {Target} <= {string.Join(" + ", Members)}",
    };
}

/// <summary>Why a value is not published.</summary>
public enum SuppressionReason
{
    /// <summary>The value is a count from 1 to the threshold minus one, or a statistic of that few records.</summary>
    Primary,

    /// <summary>The value is withheld so that no primary value can be worked out from what is published.</summary>
    Secondary,
}

/// <summary>
/// A cell withheld by disclosure control. It holds no count, no base and no percentage, so nothing downstream can
/// print what it hid; every renderer prints <see cref="Symbol"/> and the table carries a footnote. The reason is
/// kept for the audit and the API only: renderers never print it (a reader told "secondary" would learn that the
/// value is not small).
/// </summary>
public sealed record SuppressedCell : TableCell
{
    /// <summary>The symbol printed in place of a withheld value (the ONS convention for "confidential").</summary>
    public const string Symbol = "[c]";

    /// <summary>Creates a withheld cell.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is not a defined reason.</exception>
    public SuppressedCell(SuppressionReason reason)
    {
        if (!Enum.IsDefined(reason))
        {
            throw new ArgumentOutOfRangeException(nameof(reason), reason, "Not a suppression reason.");
        }

        Reason = reason;
    }

    /// <summary>Gets why the cell is withheld.</summary>
    public SuppressionReason Reason { get; }

    /// <summary>Gets an empty string: a withheld cell has no percentage.</summary>
    public override string PercentText => string.Empty;
}

/// <summary>
/// Says that two numbers printed in different tables of a report (or twice in one table) are the same count, e.g.
/// a table's n and a row of another table: disclosure control (<c>Insights.Core.Disclosure.Suppression</c>) then never publishes one while withholding the
/// other. A report definition that prints a count twice says so (<c>OutreachReport.Links</c>).
/// </summary>
/// <param name="FirstTable">The position of the first table in <see cref="ReportResult.Tables"/> (0-based).</param>
/// <param name="First">The number in the first table.</param>
/// <param name="SecondTable">The position of the second table.</param>
/// <param name="Second">The number in the second table.</param>
public sealed record CrossTableLink(int FirstTable, TableTerm First, int SecondTable, TableTerm Second);
