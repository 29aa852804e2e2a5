namespace Insights.Core.Tabulation;

/// <summary>One cell of a <see cref="CountsTabulator{T}"/>: who is in its base and who of them is counted.</summary>
/// <typeparam name="T">The record type counted.</typeparam>
/// <param name="Counted">Whether a record in the base is counted.</param>
/// <param name="InBase">Whether a record is in the cell's base; null means the column's base.</param>
public sealed record CountRule<T>(Func<T, bool> Counted, Func<T, bool>? InBase = null);

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
public sealed partial class CountsTabulator<T> : Tabulator<T>
{
    private readonly (string Header, string? Group, Func<T, bool> Base)[] _columns;
    private readonly (string Label, RowKind Kind, CountRule<T>?[] Cells)[] _rows;

    internal CountsTabulator(string title, IReadOnlyList<(string Header, string? Group, Func<T, bool> Base)> columns, IReadOnlyList<(string Label, RowKind Kind, CountRule<T>?[] Cells)> rows, CountDisplay display, bool showBases)
        : base(title)
    {
        _columns = [.. columns];
        _rows = [.. rows];
        Display = display;
        ShowBases = showBases;
    }

    /// <summary>Gets how cells print.</summary>
    public CountDisplay Display { get; }

    /// <summary>Gets whether the columns' bases are stated in the header.</summary>
    public bool ShowBases { get; }

    /// <summary>Returns this table with one more column whose cells' default base is <paramref name="inBase"/>.</summary>
    public CountsTabulator<T> WithColumn(string header, Func<T, bool> inBase, string? group = null)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(inBase);
        if (_rows.Length > 0)
        {
            throw new InvalidOperationException("Add every column before the first row.");
        }

        return new(Title, [.. _columns, (header, group, inBase)], _rows, Display, ShowBases) { Notes = Notes };
    }

    /// <summary>Returns this table with one more row; give one rule per column, null for a blank cell.</summary>
    /// <exception cref="ArgumentException">The number of rules differs from the number of columns.</exception>
    public CountsTabulator<T> WithRow(string label, params CountRule<T>?[] cells) => WithRow(label, RowKind.Category, cells);

    /// <summary>Returns this table with one more row of the given kind.</summary>
    /// <exception cref="ArgumentException">The number of rules differs from the number of columns.</exception>
    public CountsTabulator<T> WithRow(string label, RowKind kind, params CountRule<T>?[] cells)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Length != _columns.Length)
        {
            throw new ArgumentException($"Row '{label}' has {cells.Length} cells for {_columns.Length} columns.", nameof(cells));
        }

        return new(Title, _columns, [.. _rows, (label, kind, cells)], Display, ShowBases) { Notes = Notes };
    }

    /// <summary>Returns this table with one more row counting <paramref name="counted"/> in every column.</summary>
    public CountsTabulator<T> WithRow(string label, Func<T, bool> counted)
        => WithRow(label, [.. _columns.Select(_ => new CountRule<T>(counted))]);

    /// <summary>Returns this table printing its cells as <paramref name="display"/> says.</summary>
    public CountsTabulator<T> WithDisplay(CountDisplay display) => new(Title, _columns, _rows, display, ShowBases) { Notes = Notes };

    // Counters: one per column base, then per cell (base, count).
    internal override int CounterCount => _columns.Length + (_rows.Length * _columns.Length * 2);

    internal override void Accumulate(T item, Span<long> counters)
    {
        Span<bool> inColumn = _columns.Length <= 64 ? stackalloc bool[_columns.Length] : new bool[_columns.Length];
        for (var c = 0; c < _columns.Length; c++)
        {
            inColumn[c] = _columns[c].Base(item);
            if (inColumn[c])
            {
                counters[c]++;
            }
        }

        var offset = _columns.Length;
        foreach (var row in _rows)
        {
            for (var c = 0; c < _columns.Length; c++, offset += 2)
            {
                var rule = row.Cells[c];
                if (rule is null)
                {
                    continue;
                }

                var inBase = rule.InBase is null ? inColumn[c] : inColumn[c] && rule.InBase(item);
                if (inBase)
                {
                    counters[offset]++;
                    if (rule.Counted(item))
                    {
                        counters[offset + 1]++;
                    }
                }
            }
        }
    }

    internal override Table Finish(ReadOnlySpan<long> span)
    {
        var counters = span.ToArray();
        var columns = _columns.Select((c, i) => new TableColumn(c.Header, c.Group, ShowBases ? counters[i] : null)).ToArray();
        var bases = ShowBases && _columns.Length > 0 && _columns.All(c => c.Base == _columns[0].Base)
            ? new[] { new TableBase("n", counters[0]) }
            : ShowBases ? _columns.Select((c, i) => new TableBase(string.IsNullOrEmpty(c.Header) ? "n" : $"n ({c.Header})", counters[i])).ToArray() : [];
        var rows = new List<TableRow>();
        var offset = _columns.Length;
        foreach (var row in _rows)
        {
            var cells = new TableCell?[_columns.Length];
            for (var c = 0; c < _columns.Length; c++, offset += 2)
            {
                if (row.Cells[c] is null)
                {
                    continue;
                }

                cells[c] = Display == CountDisplay.PerHundred
                    ? StatisticText.Ratio((Int128)counters[offset + 1] * 100, counters[offset], 0, 1, null)
                    : new CountCell(counters[offset + 1], counters[offset], showPercent: Display != CountDisplay.CountOnly);
            }

            rows.Add(new TableRow(row.Label, row.Kind, cells));
        }

        return new Table(Title, bases, columns, rows, Notes);
    }
}
