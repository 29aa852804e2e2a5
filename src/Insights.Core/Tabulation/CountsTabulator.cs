namespace Insights.Core.Tabulation;

/// <summary>One cell of a <see cref="CountsTabulator{T}"/>: who is in its base and who of them is counted.</summary>
/// <typeparam name="T">The record type counted.</typeparam>
public sealed class CountRule<T>
{
    /// <summary>Creates a cell's rule.</summary>
    /// <param name="counted">Whether a record in the base is counted.</param>
    public CountRule(Func<T, bool> counted)
        : this(counted, null)
    {
    }

    /// <summary>Creates a cell's rule.</summary>
    /// <param name="counted">Whether a record in the base is counted.</param>
    /// <param name="inBase">Whether a record of the column's base is in the cell's base; null means the column's base.</param>
    public CountRule(Func<T, bool> counted, Func<T, bool>? inBase)
        : this(Rule.Of(counted ?? throw new ArgumentNullException(nameof(counted))), inBase is null ? null : Rule.Of(inBase))
    {
    }

    /// <summary>Creates a cell's rule from rules, which the engines test once per record however many cells share them.</summary>
    /// <param name="counted">Whether a record in the base is counted.</param>
    public CountRule(Rule<T> counted)
        : this(counted, null)
    {
    }

    /// <summary>Creates a cell's rule from rules, which the engines test once per record however many cells share them.</summary>
    /// <param name="counted">Whether a record in the base is counted.</param>
    /// <param name="inBase">Whether a record of the column's base is in the cell's base; null means the column's base.</param>
    public CountRule(Rule<T> counted, Rule<T>? inBase)
    {
        Counted = counted ?? throw new ArgumentNullException(nameof(counted));
        InBase = inBase;
    }

    /// <summary>Gets whether a record in the base is counted.</summary>
    public Rule<T> Counted { get; }

    /// <summary>Gets whether a record of the column's base is in the cell's base; null means the column's base.</summary>
    public Rule<T>? InBase { get; }
}

/// <summary>
/// Whether the two columns of a <see cref="CountsTabulator{T}"/> count the same records on two occasions (intake and
/// exit), and what its rows then are; paired tables count their intake × exit cross-tabulation too (<see cref="Table.Pairs"/>).
/// </summary>
public enum PairedRows
{
    /// <summary>The columns are not paired (the default).</summary>
    None,

    /// <summary>Each row is a yes/no condition of its own (e.g. "multiple types of abuse"): one 2 × 2 cross-tabulation per row.</summary>
    EachRow,

    /// <summary>The category rows are exclusive categories of one answer (e.g. bands of a score): one k × k cross-tabulation.</summary>
    Categories,
}

/// <summary>How the cells of a <see cref="CountsTabulator{T}"/> print.</summary>
public enum CountDisplay
{
    /// <summary>Count and percentage of the base.</summary>
    CountAndPercent,

    /// <summary>The count per 100 of the base, rounded half away from zero to a whole number ("94 will be female").</summary>
    PerHundred,

    /// <summary>The count alone (e.g. "Intake forms 1,820").</summary>
    CountOnly,
}

/// <summary>
/// A table of counts each with its own rule and base: derived rows such as "clients experiencing multiple types
/// of abuse" at intake and at exit, escalation of abuse, and the needs–support–impact matrix, where each column's
/// base is the previous column's count.
/// </summary>
/// <typeparam name="T">The record type counted.</typeparam>
public sealed class CountsTabulator<T> : Tabulator<T>
{
    private readonly Options _options;

    internal CountsTabulator(string title, Options options)
        : base(title, Describe(options), options.Notes)
    {
        if (!Enum.IsDefined(options.Display))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Display, "Not a way to display counts.");
        }

        if (options.Pairing != PairedRows.None && options.Columns.Count != 2)
        {
            throw new InvalidOperationException($"'{title}' is paired, so it has exactly two columns (the two occasions).");
        }

        _options = options;
    }

    /// <summary>Gets how cells print.</summary>
    public CountDisplay Display => _options.Display;

    /// <summary>Gets whether the columns' bases are stated in the header.</summary>
    public bool ShowBases => _options.ShowBases;

    /// <summary>Returns this table with one more column whose cells' default base is <paramref name="inBase"/>.</summary>
    /// <exception cref="InvalidOperationException">The table already has rows.</exception>
    public CountsTabulator<T> WithColumn(string header, Func<T, bool> inBase) => WithColumn(header, inBase, null);

    /// <summary>Returns this table with one more column whose cells' default base is <paramref name="inBase"/>, in a group of columns.</summary>
    /// <exception cref="InvalidOperationException">The table already has rows.</exception>
    public CountsTabulator<T> WithColumn(string header, Func<T, bool> inBase, string? group)
        => WithColumn(header, Rule.Of(inBase ?? throw new ArgumentNullException(nameof(inBase))), group);

    /// <summary>Returns this table with one more column whose cells' default base is <paramref name="inBase"/>.</summary>
    /// <exception cref="InvalidOperationException">The table already has rows.</exception>
    public CountsTabulator<T> WithColumn(string header, Rule<T> inBase) => WithColumn(header, inBase, null);

    /// <summary>Returns this table with one more column whose cells' default base is <paramref name="inBase"/>, in a group of columns.</summary>
    /// <exception cref="InvalidOperationException">The table already has rows.</exception>
    public CountsTabulator<T> WithColumn(string header, Rule<T> inBase, string? group)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(inBase);
        if (_options.Rows.Count > 0)
        {
            throw new InvalidOperationException($"Add every column of '{Title}' before its first row.");
        }

        return With(_options with { Columns = [.. _options.Columns, new Column(header, group, inBase)] });
    }

    /// <summary>Returns this table with one more row; give one rule per column, null for a blank cell.</summary>
    /// <exception cref="ArgumentException">The number of rules differs from the number of columns.</exception>
    public CountsTabulator<T> WithRow(string label, params CountRule<T>?[] cells) => WithRow(label, RowKind.Category, cells);

    /// <summary>Returns this table with one more row of the given kind.</summary>
    /// <exception cref="ArgumentException">The number of rules differs from the number of columns, or the table has no column.</exception>
    public CountsTabulator<T> WithRow(string label, RowKind kind, params CountRule<T>?[] cells)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(cells);
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a row kind.");
        }

        if (_options.Columns.Count == 0)
        {
            throw new ArgumentException($"Add a column to '{Title}' before its rows.", nameof(cells));
        }

        if (cells.Length != _options.Columns.Count)
        {
            throw new ArgumentException($"Row '{label}' has {cells.Length} cells for {_options.Columns.Count} columns.", nameof(cells));
        }

        return With(_options with { Rows = [.. _options.Rows, new Row(label, kind, [.. cells])] });
    }

    /// <summary>Returns this table with one more row counting <paramref name="counted"/> in every column.</summary>
    public CountsTabulator<T> WithRow(string label, Func<T, bool> counted)
        => WithRow(label, Rule.Of(counted ?? throw new ArgumentNullException(nameof(counted))));

    /// <summary>Returns this table with one more row counting <paramref name="counted"/> in every column.</summary>
    public CountsTabulator<T> WithRow(string label, Rule<T> counted)
    {
        ArgumentNullException.ThrowIfNull(counted);
        return WithRow(label, [.. _options.Columns.Select(_ => new CountRule<T>(counted))]);
    }

    /// <summary>Returns this table printing its cells as <paramref name="display"/> says.</summary>
    public CountsTabulator<T> WithDisplay(CountDisplay display) => With(_options with { Display = display });

    /// <summary>Gets whether the two columns count the same records on two occasions, and what the rows are.</summary>
    public PairedRows Pairing => _options.Pairing;

    /// <summary>
    /// Returns this table with its two columns declared as the same records on two occasions (first column, then
    /// second), so it also counts their cross-tabulation for paired tests. A pair is counted when the record is in
    /// both columns' bases and both cells' bases; rows with a blank cell are not paired.
    /// </summary>
    /// <exception cref="InvalidOperationException">The table does not have exactly two columns.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rows"/> is not a defined value.</exception>
    public CountsTabulator<T> WithPairs(PairedRows rows)
    {
        if (!Enum.IsDefined(rows))
        {
            throw new ArgumentOutOfRangeException(nameof(rows), rows, "Not a kind of paired rows.");
        }

        if (rows != PairedRows.None && _options.Columns.Count != 2)
        {
            throw new InvalidOperationException($"'{Title}' needs exactly two columns (the two occasions) to be paired.");
        }

        return With(_options with { Pairing = rows });
    }

    private CountsTabulator<T> With(Options options) => new(Title, options);

    // Counters: one per column base, then per cell (base, count). Each is a Count under the filters that say who
    // reaches it, so a frame stores one bit per distinct chain of filters: a cell without a base of its own shares
    // its column's bit, and equal rules over equal bases share theirs.
    private static Tally<T> Describe(Options options)
    {
        var parts = new List<Tally<T>>();
        foreach (var column in options.Columns)
        {
            parts.Add(Tally.Where(column.Base, Tally.Count<T>()));
        }

        foreach (var row in options.Rows)
        {
            for (var c = 0; c < options.Columns.Count; c++)
            {
                if (row.Cells[c] is not { } rule)
                {
                    parts.Add(Tally.Blank<T>(2));
                    continue;
                }

                var cell = Tally.Concat(Tally.Count<T>(), Tally.Where(rule.Counted, Tally.Count<T>()));
                parts.Add(Tally.Where(options.Columns[c].Base, rule.InBase is null ? cell : Tally.Where(rule.InBase, cell)));
            }
        }

        if (DescribePairs(options) is { } pairs)
        {
            parts.Add(pairs);
        }

        return Tally.Concat(parts);
    }

    // Paired rows: the rows whose two cells both count (blank cells and statistics rows are not paired).
    private static Row[] PairedRowsOf(Options options)
        => options.Pairing == PairedRows.None ? [] : [.. options.Rows.Where(r => r.Cells.All(c => c is not null) && r.Kind is RowKind.Category or RowKind.SubCategory)];

    private static Tally<T>? DescribePairs(Options options)
    {
        var rows = PairedRowsOf(options);
        if (rows.Length == 0)
        {
            return null;
        }

        var first = options.Columns[0].Base;
        var second = options.Columns[1].Base;
        if (options.Pairing == PairedRows.EachRow)
        {
            // Per row, in the record's pair base: both, first only, second only, neither.
            return Tally.Concat(rows.Select(row =>
            {
                var a = row.Cells[0]!;
                var b = row.Cells[1]!;
                var inPairBase = first & second;
                inPairBase = a.InBase is null ? inPairBase : inPairBase & a.InBase;
                inPairBase = b.InBase is null ? inPairBase : inPairBase & b.InBase;
                return Tally.Where(inPairBase, Tally.Concat(
                    Tally.Where(a.Counted & b.Counted, Tally.Count<T>()),
                    Tally.Where(a.Counted & !b.Counted, Tally.Count<T>()),
                    Tally.Where(!a.Counted & b.Counted, Tally.Count<T>()),
                    Tally.Where(!a.Counted & !b.Counted, Tally.Count<T>())));
            }));
        }

        // Categories: cell (i, j) counts the records in both bases in row i first and row j second.
        var inBoth = Rule.All([first, second, .. rows.SelectMany(row => new[] { row.Cells[0]!.InBase, row.Cells[1]!.InBase }).OfType<Rule<T>>()]);
        return Tally.Where(inBoth, Tally.Concat(
            from i in rows
            from j in rows
            select Tally.Where(i.Cells[0]!.Counted & j.Cells[1]!.Counted, Tally.Count<T>())));
    }

    private Table WithPairs(Table table, ReadOnlySpan<long> pairCounters)
    {
        var rows = PairedRowsOf(_options);
        if (rows.Length == 0)
        {
            return table;
        }

        var first = _options.Columns[0].Header;
        var second = _options.Columns[1].Header;
        if (_options.Pairing == PairedRows.EachRow)
        {
            var pairs = new PairedCounts[rows.Length];
            for (var r = 0; r < rows.Length; r++)
            {
                pairs[r] = new PairedCounts(rows[r].Label, first, second, ["Yes", "No"], null, pairCounters.Slice(4 * r, 4).ToArray());
            }

            return table.WithPairs(pairs);
        }

        return table.WithPairs([new PairedCounts(string.Empty, first, second, [.. rows.Select(r => r.Label)], null, pairCounters.ToArray())]);
    }

    /// <inheritdoc/>
    protected override Table CreateTable(ReadOnlySpan<long> span)
    {
        var counters = span.ToArray();
        var columnList = _options.Columns;
        var columns = columnList.Select((c, i) => new TableColumn(c.Header, c.Group, ShowBases ? counters[i] : null)).ToArray();
        var bases = ShowBases && columnList.Count > 0 && columnList.All(c => c.Base == columnList[0].Base)
            ? new[] { new TableBase("n", counters[0]) }
            : ShowBases ? [.. columnList.Select((c, i) => new TableBase(string.IsNullOrEmpty(c.Header) ? "n" : $"n ({c.Header})", counters[i]))] : [];
        var rows = new List<TableRow>();
        var relations = new List<TableRelation>();

        // A column's base is printed in the header (and each column's own) when shown; otherwise it is a hidden
        // quantity that every cell without a base of its own still prints as its base.
        TableTerm ColumnTerm(int c) => ShowBases ? TableTerm.ColumnBase(c) : TableTerm.Hidden(c);
        if (ShowBases)
        {
            for (var c = 0; c < columnList.Count; c++)
            {
                relations.Add(TableRelation.Sum(TableTerm.ColumnBase(c), TableTerm.Base(bases.Length == 1 ? 0 : c)));
            }
        }

        var offset = columnList.Count;
        foreach (var row in _options.Rows)
        {
            var cells = new TableCell?[columnList.Count];
            for (var c = 0; c < columnList.Count; c++, offset += 2)
            {
                if (row.Cells[c] is null)
                {
                    continue;
                }

                cells[c] = Display == CountDisplay.PerHundred
                    ? StatisticText.Ratio((Int128)counters[offset + 1] * 100, counters[offset], 0, 1, null) with { Source = new CountCell(counters[offset + 1], counters[offset]) }
                    : new CountCell(counters[offset + 1], counters[offset], showPercent: Display != CountDisplay.CountOnly);
                var rowIndex = rows.Count;
                if (row.Cells[c]!.InBase is null)
                {
                    relations.Add(TableRelation.Sum(TableTerm.CellBase(rowIndex, c), ColumnTerm(c)));
                }

                relations.Add(TableRelation.AtLeast(TableTerm.CellBase(rowIndex, c), TableTerm.Cell(rowIndex, c)));
            }

            rows.Add(new TableRow(row.Label, row.Kind, cells));
        }

        return WithPairs(new Table(Title, bases, columns, rows, Notes) { Relations = relations }, span[offset..]);
    }

    internal sealed record Column(string Header, string? Group, Rule<T> Base);

    internal sealed record Row(string Label, RowKind Kind, CountRule<T>?[] Cells);

    internal sealed record Options(IReadOnlyList<Column> Columns, IReadOnlyList<Row> Rows, CountDisplay Display, bool ShowBases, IReadOnlyList<string> Notes, PairedRows Pairing = PairedRows.None);
}
