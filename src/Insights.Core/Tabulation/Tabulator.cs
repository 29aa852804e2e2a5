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
    private ObjectProgram<T>? _program;

    /// <summary>Creates a definition: its title, the description of what it counts, and its footnotes.</summary>
    /// <param name="title">The table's title.</param>
    /// <param name="counting">What the table reads from each record and which counters each value feeds; both engines run it.</param>
    /// <param name="notes">Footnotes printed under the table.</param>
    /// <exception cref="ArgumentException"><paramref name="title"/> is blank, or a note is null.</exception>
    protected Tabulator(string title, Tally<T> counting, IEnumerable<string>? notes = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(counting);
        Title = title;
        Counting = counting;
        Notes = [.. notes ?? []];
        if (Notes.Any(n => n is null))
        {
            throw new ArgumentException("A note is null.", nameof(notes));
        }
    }

    /// <summary>Gets the table's title.</summary>
    public string Title { get; }

    /// <summary>Gets the footnotes printed under the table.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>Gets the description of what the table counts: what it reads from each record and which counters each value feeds.</summary>
    public Tally<T> Counting { get; }

    internal int CounterCount => Counting.Width;

    /// <summary>Gets the definition compiled for the object engine (compiled once; a race only compiles it twice).</summary>
    internal ObjectProgram<T> Program => _program ??= ObjectProgram<T>.Compile(Counting);

    /// <summary>Finishes counters into the table: the counters of <see cref="Counting"/>, from any engine, merged from any parts.</summary>
    /// <exception cref="ArgumentException"><paramref name="counters"/> does not have <see cref="Counting"/>'s width.</exception>
    public Table Finish(ReadOnlySpan<long> counters)
    {
        if (counters.Length != Counting.Width)
        {
            throw new ArgumentException($"'{Title}' has {Counting.Width:N0} counters; {counters.Length:N0} were given.", nameof(counters));
        }

        return CreateTable(counters);
    }

    /// <summary>Makes the table from the counters of <see cref="Counting"/> (as many as its width).</summary>
    protected abstract Table CreateTable(ReadOnlySpan<long> counters);

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
    /// <remarks>The new predicate is tested first and any filter already on this definition only on the records it keeps,
    /// so <c>t.Where(needsAge).Where(c =&gt; c.Age is not null)</c> never calls <c>needsAge</c> on a record without an age.</remarks>
    public Tabulator<T> Where(Func<T, bool> predicate) => Where(Rule.Of(predicate ?? throw new ArgumentNullException(nameof(predicate))));

    /// <summary>Returns this definition restricted to the records <paramref name="rule"/> keeps; equal rules anywhere in a report are tested once per record.</summary>
    /// <remarks>The new rule is tested first and any filter already on this definition only on the records it keeps.</remarks>
    public Tabulator<T> Where(Rule<T> rule) => new FilteredTabulator<T>(this, rule ?? throw new ArgumentNullException(nameof(rule)));

    /// <summary>Returns this definition with a different title.</summary>
    public Tabulator<T> Titled(string title) => new RetitledTabulator<T>(this, title, []);

    /// <summary>Returns this definition with footnotes printed under the table, after any it already has.</summary>
    public Tabulator<T> WithNotes(params string[] notes) => new RetitledTabulator<T>(this, Title, notes);

    /// <summary>
    /// Splits the table by an answer enum: one column group per member (in declaration order), each holding
    /// the columns this table would have for the records of that group. Records whose key is null are left out.
    /// </summary>
    public Tabulator<T> GroupBy<TKey>(Func<T, TKey?> key) where TKey : struct, Enum => GroupBy(key, Categories.Of<TKey>());

    /// <summary>
    /// Splits the table by a key of a value type (a <see cref="bool"/>, an integer, …) into the groups given, in their
    /// order. Records whose key is null are left out; other keys follow the categories' <see cref="Categories{TValue}.Unknown"/> policy
    /// (counted as missing: left out).
    /// </summary>
    public Tabulator<T> GroupBy<TKey>(Func<T, TKey?> key, Categories<TKey> groups) where TKey : struct
        => new GroupedTabulator<T>(this, Tally.GroupBy(key, groups, Counting));

    /// <summary>
    /// Splits the table by a key of a reference type (a service name, a team) into the groups given, in their order.
    /// Records whose key is null are left out; other keys follow the categories' <see cref="Categories{TValue}.Unknown"/> policy.
    /// </summary>
    public Tabulator<T> GroupBy<TKey>(Func<T, TKey?> key, Categories<TKey> groups) where TKey : class
        => new GroupedTabulator<T>(this, Tally.GroupBy(key, groups, Counting));

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
    private RuleAnswers? _scratch;

    internal TableState(Tabulator<T> definition)
    {
        Definition = definition;
        _counters = new long[definition.CounterCount];
    }

    /// <summary>Gets the definition this state counts for.</summary>
    public Tabulator<T> Definition { get; }

    /// <summary>Gets the counters counted so far (see <see cref="Tabulator{T}.Counting"/> for what each counts).</summary>
    public ReadOnlySpan<long> Counters => _counters;

    /// <summary>Counts one record.</summary>
    public void Add(T item) => Definition.Program.Add(item, _counters, _scratch ??= Definition.Program.CreateScratch());

    /// <summary>Counts every record of <paramref name="items"/>.</summary>
    public void AddRange(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var program = Definition.Program;
        var scratch = _scratch ??= program.CreateScratch();
        foreach (var item in items)
        {
            program.Add(item, _counters, scratch);
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

internal sealed class FilteredTabulator<T>(Tabulator<T> inner, Rule<T> rule)

    // Grouped and stacked tables print their parts' Notes, so a filter must pass them on.
    : Tabulator<T>(inner.Title, Tally.Where(rule, inner.Counting), inner.Notes)
{
    protected override Table CreateTable(ReadOnlySpan<long> counters) => inner.Finish(counters);
}

/// <param name="inner">The definition retitled.</param>
/// <param name="title">The new title.</param>
/// <param name="addedNotes">Notes printed after the inner table's own (which it already prints).</param>
internal sealed class RetitledTabulator<T>(Tabulator<T> inner, string title, IReadOnlyList<string> addedNotes)
    : Tabulator<T>(title, inner.Counting, [.. inner.Notes, .. addedNotes])
{
    private readonly string[] _addedNotes = [.. addedNotes];

    protected override Table CreateTable(ReadOnlySpan<long> counters)
    {
        var table = inner.Finish(counters);
        return table.Retitled(Title, [.. table.Notes, .. _addedNotes]);
    }
}

internal sealed class GroupedTabulator<T>(Tabulator<T> inner, Tally<T> grouped) : Tabulator<T>(inner.Title, grouped, inner.Notes)
{
    private readonly GroupTally<T> _groups = (GroupTally<T>)grouped;

    protected override Table CreateTable(ReadOnlySpan<long> counters)
    {
        var width = inner.CounterCount;
        var tables = new Table[_groups.Groups];
        for (var g = 0; g < tables.Length; g++)
        {
            tables[g] = inner.Finish(counters.Slice(g * width, width));
        }

        var columns = new List<TableColumn>();
        var bases = new List<TableBase>();
        var relations = new List<TableRelation>();
        var hidden = 0;
        for (var g = 0; g < tables.Length; g++)
        {
            var groupLabel = _groups.LabelOf(g);
            var (columnOffset, baseOffset, hiddenOffset) = (columns.Count, bases.Count, hidden);
            relations.AddRange(ChoiceRelations.Moved(tables[g], t => t.Shift(0, columnOffset, baseOffset, hiddenOffset)));
            hidden += TableRelationChecks.HiddenCount(tables[g]);
            foreach (var column in tables[g].Columns)
            {
                var header = string.IsNullOrEmpty(column.Header) ? groupLabel : $"{groupLabel}: {column.Header}";
                if (column.Base is null && tables[g].Bases.Count > 0)
                {
                    // The group's n is printed again as the column's base.
                    relations.Add(TableRelation.Sum(TableTerm.ColumnBase(columns.Count), TableTerm.Base(baseOffset)));
                }

                columns.Add(new TableColumn(header, groupLabel, column.Base ?? tables[g].Bases.FirstOrDefault()?.N));
            }

            bases.AddRange(tables[g].Bases.Select(b => b with { Label = $"{b.Label} ({groupLabel})" }));
        }

        // Every group is finished by the same definition, whose rows never depend on the data (an undefined
        // statistic is a dash, not a missing row), so rows line up by position. Matching them by label would
        // merge rows that share a label, such as the Missing rows of a stack.
        var rows = tables.Length == 0 ? [] : tables[0].Rows.Select((row, r) => new TableRow(row.Label, row.Kind, [.. tables.SelectMany(t => t.Rows[r].Cells)])).ToArray();

        var pairs = tables.SelectMany((t, g) => t.Pairs.Select(p => p.Relabelled(string.IsNullOrEmpty(p.Label) ? _groups.LabelOf(g) : $"{_groups.LabelOf(g)}: {p.Label}")));
        return new Table(Title, bases, columns, rows, inner.Notes) { Relations = relations }.WithPairs(pairs);
    }
}
