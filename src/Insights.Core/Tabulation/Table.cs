namespace Insights.Core.Tabulation;

/// <summary>
/// The immutable result of evaluating a table definition: a title, the base(s) it was computed over, its
/// columns, its rows and its notes. Every percentage a renderer prints is <see cref="Percent.Format"/> of a
/// cell's count and base, so a table can never print a percentage that disagrees with its counts.
/// </summary>
public sealed class Table
{
    /// <summary>Creates a table.</summary>
    /// <exception cref="ArgumentException">A row has a different number of cells than there are columns, or the title is blank.</exception>
    public Table(string title, IReadOnlyList<TableBase> bases, IReadOnlyList<TableColumn> columns, IReadOnlyList<TableRow> rows, IReadOnlyList<string>? notes = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(bases);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        foreach (var row in rows)
        {
            if (row.Cells.Count != columns.Count)
            {
                throw new ArgumentException($"Row '{row.Label}' of table '{title}' has {row.Cells.Count} cells for {columns.Count} columns.", nameof(rows));
            }
        }

        Title = title;
        Bases = bases.ToArray();
        Columns = columns.ToArray();
        Rows = rows.ToArray();
        Notes = notes?.ToArray() ?? [];
    }

    // A copy that keeps everything a derived table (retitled, annotated) must not lose.
    private Table(Table source, string title, IReadOnlyList<string> notes)
    {
        Title = title;
        Bases = source.Bases;
        Columns = source.Columns;
        Rows = source.Rows;
        Notes = notes;
        Pairs = source.Pairs;
        _relations = source._relations;
        Tests = source.Tests;
        Intervals = source.Intervals;
    }

    /// <summary>Gets the title, as the report prints it.</summary>
    public string Title { get; }

    /// <summary>Gets the bases stated in the table's header (usually one n; grids state one per item).</summary>
    public IReadOnlyList<TableBase> Bases { get; }

    /// <summary>Gets the columns; each row has one cell per column.</summary>
    public IReadOnlyList<TableColumn> Columns { get; }

    /// <summary>Gets the rows in printed order.</summary>
    public IReadOnlyList<TableRow> Rows { get; private init; }

    /// <summary>Gets the footnotes printed under the table.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>
    /// Gets the paired cross-tabulations behind an intake-vs-exit table (the same records answering twice), from
    /// which paired tests of change are computed; empty for other tables. Renderers do not print them.
    /// </summary>
    public IReadOnlyList<PairedCounts> Pairs { get; private init; } = [];

    /// <summary>Returns this table carrying <paramref name="pairs"/> as its <see cref="Pairs"/>.</summary>
    /// <exception cref="ArgumentException">A cross-tabulation is null.</exception>
    public Table WithPairs(IEnumerable<PairedCounts> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        PairedCounts[] all = [.. pairs];
        return all.Any(p => p is null)
            ? throw new ArgumentException("A paired cross-tabulation is null.", nameof(pairs))
            : new Table(this, Title, Notes) { Pairs = all };
    }

    /// <summary>Gets the statistical tests computed from the table's counts (paired tests, comparisons of groups); empty unless asked for.</summary>
    public IReadOnlyList<TableTest> Tests { get; private init; } = [];

    /// <summary>Gets how the cells' intervals (<see cref="CountCell.Interval"/>) were computed, or <see langword="null"/> when they have none.</summary>
    public IntervalSettings? Intervals { get; private init; }

    /// <summary>Returns this table with <paramref name="tests"/> as its <see cref="Tests"/>.</summary>
    /// <exception cref="ArgumentException">A test is null.</exception>
    public Table WithTests(IEnumerable<TableTest> tests)
    {
        ArgumentNullException.ThrowIfNull(tests);
        TableTest[] all = [.. tests];
        return all.Any(t => t is null)
            ? throw new ArgumentException("A test is null.", nameof(tests))
            : new Table(this, Title, Notes) { Tests = all };
    }

    /// <summary>Returns this table with other rows (the same number of cells each) and intervals settings, keeping the rest.</summary>
    internal Table WithRows(IReadOnlyList<TableRow> rows, IntervalSettings? intervals, IReadOnlyList<string> notes)
    {
        if (rows.Any(r => r.Cells.Count != Columns.Count))
        {
            throw new ArgumentException($"A row of table '{Title}' does not have {Columns.Count} cells.", nameof(rows));
        }

        return new Table(this, Title, [.. notes]) { Rows = [.. rows], Intervals = intervals };
    }

    /// <summary>Returns this table under another title and notes, keeping everything else.</summary>
    internal Table Retitled(string title, IReadOnlyList<string> notes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        return new Table(this, title, [.. notes]);
    }

    /// <summary>
    /// Gets the additive relations between the table's numbers that its tabulator declares (n over the rows of a
    /// single-choice table, a Total, a parent over its sub-answers, a net over its members, each cell's base), which
    /// disclosure control needs to know what a reader could work out from the published numbers.
    /// </summary>
    /// <value>The default value is empty: no relation is known.</value>
    /// <exception cref="ArgumentException">A relation names a row, column, base or cell the table does not have.</exception>
    public IReadOnlyList<TableRelation> Relations
    {
        get => _relations;
        init => _relations = TableRelationChecks.Checked(this, value);
    }

    private readonly IReadOnlyList<TableRelation> _relations = [];

    /// <summary>
    /// Returns the rows whose counts in <paramref name="column"/> partition their common base: every record of the
    /// base is in exactly one of them (the answers of a single-choice question), as the table's
    /// <see cref="Relations"/> declare, never as guessed from the numbers. When several sets of rows do (the
    /// answers, or the groups over their sub-answers), the one with the most rows; empty when none does (a
    /// multi-select question, a table of counts with rules of their own).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="column"/> is not a column of the table.</exception>
    public IReadOnlyList<int> PartitionRows(int column)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, Columns.Count);
        int[] best = [];
        foreach (var relation in _relations)
        {
            if (relation.Kind != TableRelationKind.Sum || relation.Members.Count < 2 || relation.Members.Count <= best.Length
                || relation.Members.Any(m => m.Kind != TableTermKind.Cell || m.Column != column))
            {
                continue;
            }

            var cells = relation.Members.Select(m => Rows[m.Row].Cells[column] as CountCell).ToArray();
            if (cells.Any(c => c is null) || cells.Select(c => c!.Base).Distinct().Count() != 1 || ValueOf(relation.Target) != cells[0]!.Base)
            {
                continue;
            }

            best = [.. relation.Members.Select(m => m.Row)];
        }

        return best;
    }

    // The value a relation's term stands for, where the table prints it.
    private long? ValueOf(TableTerm term) => term.Kind switch
    {
        TableTermKind.Cell => (Rows[term.Row].Cells[term.Column] as CountCell)?.Count,
        TableTermKind.CellBase => (Rows[term.Row].Cells[term.Column] as CountCell)?.Base,
        TableTermKind.Base => Bases[term.Column].N,
        TableTermKind.ColumnBase => Columns[term.Column].Base,
        _ => null,
    };

    /// <summary>Finds the first row with exactly this label (ordinal), or <see langword="null"/>.</summary>
    public TableRow? Row(string label) => Rows.FirstOrDefault(r => string.Equals(r.Label, label, StringComparison.Ordinal));

    /// <inheritdoc/>
    public override string ToString() => Title;
}

/// <summary>A base stated in a table's header: what was counted and how many.</summary>
/// <param name="Label">How the report names it: <c>n</c>, or e.g. <c>Number of police reports</c>.</param>
/// <param name="N">The number of records in the base.</param>
public sealed record TableBase(string Label, long N)
{
    /// <summary>Gets whether disclosure control withheld this base; <see cref="N"/> is then 0 and renderers print <see cref="SuppressedCell.Symbol"/>.</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool IsSuppressed { get; private init; }

    /// <summary>A base withheld by disclosure control: it keeps its label and holds no number.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> is null.</exception>
    public static TableBase Withheld(string label) => new(label ?? throw new ArgumentNullException(nameof(label)), 0) { IsSuppressed = true };
}

/// <summary>A column of a table.</summary>
/// <param name="Header">The column header, e.g. <c>Intake</c> or <c>Feel safer</c>; empty for the single count column.</param>
/// <param name="Group">The header of the column group above it (e.g. <c>Impact</c>), or <see langword="null"/>.</param>
/// <param name="Base">The column's own n when it has one (grids, intake vs exit), or <see langword="null"/>.</param>
public sealed record TableColumn(string Header, string? Group = null, long? Base = null)
{
    /// <summary>Gets whether disclosure control withheld the column's base; <see cref="Base"/> is then null.</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool IsBaseSuppressed { get; private init; }

    /// <summary>Returns the column with its base withheld by disclosure control.</summary>
    public TableColumn WithBaseWithheld() => this with { Base = null, IsBaseSuppressed = true };
}

/// <summary>What a row is: an answer, an answer under its parent, a net, a total, a statistic, or the missing answers.</summary>
public enum RowKind
{
    /// <summary>An answer category.</summary>
    Category,

    /// <summary>An answer printed under its parent category (the report marks it └).</summary>
    SubCategory,

    /// <summary>A net: the records in any of several categories (Total BME, Total Agree).</summary>
    Net,

    /// <summary>The total of the categories, printed as a count only.</summary>
    Total,

    /// <summary>A statistic such as a mean or median, printed as a value with its unit.</summary>
    Statistic,

    /// <summary>Records without an answer.</summary>
    Missing,

    /// <summary>A count defined by its own rule and base (e.g. reduction in DASH ticks).</summary>
    Derived,
}

/// <summary>One row: its label, its kind and one cell per column (null where the table leaves a blank).</summary>
public sealed record TableRow
{
    /// <summary>Creates a row.</summary>
    public TableRow(string label, RowKind kind, IReadOnlyList<TableCell?> cells)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(cells);
        Label = label;
        Kind = kind;
        Cells = cells.ToArray();
    }

    /// <summary>Gets the label exactly as printed.</summary>
    public string Label { get; }

    /// <summary>Gets the kind of row.</summary>
    public RowKind Kind { get; }

    /// <summary>Gets the cells, one per column; a null cell is printed blank.</summary>
    public IReadOnlyList<TableCell?> Cells { get; }

    /// <summary>Gets the count cell of column <paramref name="column"/>, or null when that cell is blank or a statistic.</summary>
    public CountCell? CountAt(int column) => Cells[column] as CountCell;
}

/// <summary>A cell of a table.</summary>
public abstract record TableCell
{
    private protected TableCell()
    {
    }

    /// <summary>Gets the cell's percentage text, or an empty string for cells without one.</summary>
    public abstract string PercentText { get; }
}

/// <summary>A count and the base it is a percentage of.</summary>
public sealed record CountCell : TableCell
{
    /// <summary>Creates a count cell.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The count or base is negative.</exception>
    public CountCell(long count, long @base, bool showPercent = true)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfNegative(@base);
        Count = count;
        Base = @base;
        ShowPercent = showPercent;
    }

    /// <summary>Gets the count.</summary>
    public long Count { get; }

    /// <summary>Gets the base (the percentage's denominator).</summary>
    public long Base { get; }

    /// <summary>Gets whether the percentage is printed (a Total row prints the count only).</summary>
    public bool ShowPercent { get; }

    /// <summary>Gets <see cref="Percent.Format"/>(Count, Base); a dash when the base is 0; empty when not shown.</summary>
    public override string PercentText => !ShowPercent ? string.Empty : Base == 0 ? "-"
        : AdjustedPercent is { } adjusted ? adjusted.ToString(System.Globalization.CultureInfo.InvariantCulture) + "%" : Percent.Format(Count, Base);

    /// <summary>
    /// Gets the percentage <see cref="PercentText"/> prints, as a number: <see cref="Percent.Rounded"/>(Count, Base),
    /// in percentage points with the printed decimals as its scale (<c>2.2</c> for <c>2.2%</c>); <see langword="null"/>
    /// when the base is 0 or the percentage is not shown.
    /// </summary>
    public decimal? PercentValue => !ShowPercent || Base == 0 ? null : AdjustedPercent ?? Percent.Rounded(Count, Base);

    /// <summary>Gets the confidence interval of Count / Base, or <see langword="null"/> when none was asked for (or the base is 0).</summary>
    public CellInterval? Interval { get; init; }

    /// <summary>Gets the comparison with the reference group's same cell, or <see langword="null"/> when there is none.</summary>
    public CellComparison? Comparison { get; init; }

    /// <summary>
    /// Gets the whole percentage printed instead of the report's rule when a column's percentages are rounded to add
    /// up to 100 (<see cref="SumTo100"/>), or <see langword="null"/> (the default: <see cref="Percent.Format"/>).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or not a whole number.</exception>
    public decimal? AdjustedPercent
    {
        get => _adjustedPercent;
        init => _adjustedPercent = value is { } v && (v < 0 || decimal.Truncate(v) != v)
            ? throw new ArgumentOutOfRangeException(nameof(AdjustedPercent), "An adjusted percentage is a whole number, 0 or more.")
            : value;
    }

    private readonly decimal? _adjustedPercent;
}

/// <summary>A statistic such as a mean or median, with its exact value and its printed text.</summary>
public sealed record StatisticCell : TableCell
{
    /// <summary>Creates a statistic cell.</summary>
    /// <param name="value">The value, rounded as printed; null when there was nothing to compute it from.</param>
    /// <param name="text">The printed text, e.g. <c>13 weeks</c>; a dash when there is no value.</param>
    public StatisticCell(decimal? value, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Value = value;
        Text = text;
    }

    /// <summary>Gets the value as printed (already rounded), or null when undefined (no records).</summary>
    public decimal? Value { get; }

    /// <summary>Gets the printed text.</summary>
    public string Text { get; }

    /// <summary>Gets the number of records the statistic was computed from (the values averaged), when the tabulator knows it; disclosure control withholds a statistic of too few records.</summary>
    /// <value>The default value is <see langword="null"/>: not known.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public long? Records
    {
        get => _records;
        init => _records = value is < 0 ? throw new ArgumentOutOfRangeException(nameof(value), value, "A number of records cannot be negative.") : value;
    }

    private readonly long? _records;

    /// <summary>
    /// Gets the count and base a rate (per 100) was computed from, when the cell is such a rate. It is never printed;
    /// disclosure control treats the rate as the count it reveals.
    /// </summary>
    /// <value>The default value is <see langword="null"/>: the statistic is not a rate of a count.</value>
    public CountCell? Source { get; init; }

    /// <inheritdoc/>
    public override string PercentText => string.Empty;
}
