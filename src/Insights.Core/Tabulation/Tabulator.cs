namespace Insights.Core.Tabulation;

/// <summary>
/// A table definition: what is counted (the question), over whom (the base), which rows and statistics
/// are printed. A definition is an immutable value; evaluate it over any collection of <typeparamref name="T"/>,
/// or accumulate a <see cref="TableState{T}"/> per part of the data and merge the parts.
/// </summary>
/// <typeparam name="T">The record type counted, usually <c>Case</c>.</typeparam>
/// <remarks>
/// Every definition counts into a fixed-length vector of 64-bit counters. Counting is therefore a commutative
/// monoid: the empty state is all zeros and merging adds vectors, so partial states from partitions, threads,
/// services or other engines combine into exactly the table a single pass would give.
/// </remarks>
public abstract class Tabulator<T>
{
    private protected Tabulator(string title)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        Title = title;
    }

    /// <summary>Gets the table's title.</summary>
    public string Title { get; }

    /// <summary>Gets the footnotes printed under the table.</summary>
    public IReadOnlyList<string> Notes { get; private protected init; } = [];

    internal abstract int CounterCount { get; }

    internal abstract void Accumulate(T item, Span<long> counters);

    internal abstract Table Finish(ReadOnlySpan<long> counters);

    /// <summary>Creates the columnar form of this definition, for frames; by default each row keeps the counters it increments.</summary>
    internal virtual Frames.IColumnarTable<T> CreateColumnar() => new Frames.SparseColumnar<T>(this);

    /// <summary>Creates an empty state for this definition.</summary>
    public TableState<T> CreateState() => new(this);

    /// <summary>Counts <paramref name="items"/> in one pass and returns the table.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    public Table Evaluate(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var state = CreateState();
        state.AddRange(items);
        return state.ToTable();
    }

    /// <summary>Returns this definition restricted to the records for which <paramref name="predicate"/> holds.</summary>
    /// <param name="predicate">Who is in the base, e.g. <c>c =&gt; c.Exit is not null</c>.</param>
    public Tabulator<T> Where(Func<T, bool> predicate) => new FilteredTabulator<T>(this, predicate);

    /// <summary>Returns this definition with a different title.</summary>
    public Tabulator<T> Titled(string title) => new RetitledTabulator<T>(this, title, []);

    /// <summary>Returns this definition with footnotes printed under the table, after any it already has.</summary>
    public Tabulator<T> WithNotes(params string[] notes) => new RetitledTabulator<T>(this, Title, notes);

    /// <summary>
    /// Splits the table by a grouping: one column group per group value (in declaration order), each holding
    /// the columns this table would have for the records of that group. Records whose key is null are left out.
    /// </summary>
    public Tabulator<T> GroupBy<TKey>(Func<T, TKey?> key) where TKey : struct, Enum => new GroupedTabulator<T, TKey>(this, key);

    /// <inheritdoc/>
    public override string ToString() => Title;
}

/// <summary>
/// The partial counts of one table definition over part of the data. States form a commutative monoid:
/// <see cref="Combine"/> is associative and commutative and a new state is its identity.
/// </summary>
/// <typeparam name="T">The record type counted.</typeparam>
public sealed class TableState<T>
{
    private readonly long[] _counters;

    internal TableState(Tabulator<T> definition)
    {
        Definition = definition;
        _counters = new long[definition.CounterCount];
    }

    /// <summary>Gets the definition this state counts for.</summary>
    public Tabulator<T> Definition { get; }

    internal Span<long> Counters => _counters;

    /// <summary>Counts one record.</summary>
    public void Add(T item) => Definition.Accumulate(item, _counters);

    /// <summary>Counts every record of <paramref name="items"/>.</summary>
    public void AddRange(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        foreach (var item in items)
        {
            Definition.Accumulate(item, _counters);
        }
    }

    /// <summary>Adds the counts of <paramref name="other"/> into this state.</summary>
    /// <exception cref="ArgumentException"><paramref name="other"/> counts for another definition.</exception>
    public void Merge(TableState<T> other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!ReferenceEquals(other.Definition, Definition))
        {
            throw new ArgumentException("States of different table definitions cannot be merged.", nameof(other));
        }

        Counter.AddInto(_counters, other._counters);
    }

    /// <summary>Returns a new state holding the counts of both.</summary>
    /// <exception cref="ArgumentException">The states count for different definitions.</exception>
    public static TableState<T> Combine(TableState<T> left, TableState<T> right)
    {
        ArgumentNullException.ThrowIfNull(left);
        var result = left.Definition.CreateState();
        result.Merge(left);
        result.Merge(right);
        return result;
    }

    /// <summary>Finishes the counts into the table.</summary>
    public Table ToTable() => Definition.Finish(_counters);
}

internal static class Counter
{
    internal static void AddInto(Span<long> target, ReadOnlySpan<long> source)
    {
        if (target.Length != source.Length)
        {
            throw new ArgumentException("Counter vectors differ in length.", nameof(source));
        }

        var vectorSize = System.Numerics.Vector<long>.Count;
        var i = 0;
        for (; i <= target.Length - vectorSize; i += vectorSize)
        {
            var sum = new System.Numerics.Vector<long>(target[i..]) + new System.Numerics.Vector<long>(source[i..]);

            // Counters are never negative, so a negative sum is a wrapped one: fail as a checked add would.
            if (System.Numerics.Vector.LessThanAny(sum, System.Numerics.Vector<long>.Zero))
            {
                throw new OverflowException("A merged count exceeds the range of a 64-bit counter.");
            }

            sum.CopyTo(target[i..]);
        }

        for (; i < target.Length; i++)
        {
            target[i] = checked(target[i] + source[i]);
        }
    }
}

internal sealed class FilteredTabulator<T> : Tabulator<T>
{
    private readonly Tabulator<T> _inner;
    private readonly Func<T, bool> _predicate;

    internal FilteredTabulator(Tabulator<T> inner, Func<T, bool> predicate)
        : base(inner.Title)
    {
        _inner = inner;
        _predicate = predicate ?? throw new ArgumentNullException(nameof(predicate));

        // Grouped and stacked tables print their parts' Notes, so a filter must pass them on.
        Notes = inner.Notes;
    }

    internal override int CounterCount => _inner.CounterCount;

    internal override void Accumulate(T item, Span<long> counters)
    {
        if (_predicate(item))
        {
            _inner.Accumulate(item, counters);
        }
    }

    internal override Table Finish(ReadOnlySpan<long> counters) => _inner.Finish(counters);

    internal override Frames.IColumnarTable<T> CreateColumnar() => new Frames.FilteredColumnar<T>(_inner.CreateColumnar(), _predicate);
}

internal sealed class RetitledTabulator<T> : Tabulator<T>
{
    private readonly Tabulator<T> _inner;
    private readonly string[] _addedNotes;

    /// <param name="inner">The definition retitled.</param>
    /// <param name="title">The new title.</param>
    /// <param name="addedNotes">Notes printed after the inner table's own (which it already prints).</param>
    internal RetitledTabulator(Tabulator<T> inner, string title, IReadOnlyList<string> addedNotes)
        : base(title)
    {
        _inner = inner;
        _addedNotes = [.. addedNotes];
        Notes = [.. inner.Notes, .. _addedNotes];
    }

    internal override int CounterCount => _inner.CounterCount;

    internal override void Accumulate(T item, Span<long> counters) => _inner.Accumulate(item, counters);

    internal override Frames.IColumnarTable<T> CreateColumnar() => _inner.CreateColumnar();

    internal override Table Finish(ReadOnlySpan<long> counters)
    {
        var table = _inner.Finish(counters);
        return new Table(Title, table.Bases, table.Columns, table.Rows, [.. table.Notes, .. _addedNotes]);
    }
}

internal sealed class GroupedTabulator<T, TKey> : Tabulator<T> where TKey : struct, Enum
{
    private readonly Tabulator<T> _inner;
    private readonly Func<T, TKey?> _key;
    private readonly int _innerCount;

    internal GroupedTabulator(Tabulator<T> inner, Func<T, TKey?> key)
        : base(inner.Title)
    {
        _inner = inner;
        _key = key ?? throw new ArgumentNullException(nameof(key));
        _innerCount = inner.CounterCount;
        Notes = inner.Notes;
    }

    internal override int CounterCount => checked(_innerCount * Model.AnswerSet<TKey>.Count);

    internal override void Accumulate(T item, Span<long> counters)
    {
        var key = _key(item);
        if (key is { } k)
        {
            var group = Model.AnswerSet<TKey>.Index(k);
            _inner.Accumulate(item, counters.Slice(group * _innerCount, _innerCount));
        }
    }

    internal override Frames.IColumnarTable<T> CreateColumnar()
    {
        var groups = Model.AnswerSet<TKey>.Count;
        return new Frames.ConcatenatedColumnar<T>(
            [.. Enumerable.Range(0, groups).Select(_ => _inner.CreateColumnar())],
            [.. Enumerable.Range(0, groups + 1).Select(g => g * _innerCount)],
            item => _key(item) is { } k ? Model.AnswerSet<TKey>.Index(k) : -1);
    }

    internal override Table Finish(ReadOnlySpan<long> counters)
    {
        var groups = Model.AnswerSet<TKey>.Values;
        var tables = new Table[groups.Length];
        for (var g = 0; g < groups.Length; g++)
        {
            tables[g] = _inner.Finish(counters.Slice(g * _innerCount, _innerCount));
        }

        var columns = new List<TableColumn>();
        var bases = new List<TableBase>();
        for (var g = 0; g < groups.Length; g++)
        {
            var groupLabel = Model.Labels.Of(groups[g]);
            foreach (var column in tables[g].Columns)
            {
                var header = string.IsNullOrEmpty(column.Header) ? groupLabel : $"{groupLabel}: {column.Header}";
                columns.Add(new TableColumn(header, groupLabel, column.Base ?? tables[g].Bases.FirstOrDefault()?.N));
            }

            bases.AddRange(tables[g].Bases.Select(b => b with { Label = $"{b.Label} ({groupLabel})" }));
        }

        // Every group is finished by the same definition, whose rows never depend on the data (an undefined
        // statistic is a dash, not a missing row), so rows line up by position. Matching them by label would
        // merge rows that share a label, such as the Missing rows of a stack.
        var rows = tables.Length == 0 ? [] : tables[0].Rows.Select((row, r) => new TableRow(row.Label, row.Kind, [.. tables.SelectMany(t => t.Rows[r].Cells)])).ToArray();

        return new Table(Title, bases, columns, rows, _inner.Notes);
    }
}
