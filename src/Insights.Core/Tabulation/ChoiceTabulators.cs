using System.Numerics;
using Insights.Core.Model;

namespace Insights.Core.Tabulation;

/// <summary>Counts of one single-choice question: counter 0 holds the missing answers, counter i+1 answer i.</summary>
internal static class ChoiceCounts
{
    internal const string MissingLabel = "Missing";

    internal static int Width<TAnswer>() where TAnswer : struct, Enum => AnswerSet<TAnswer>.Count + 1;

    internal static void Count<TAnswer>(TAnswer? answer, Span<long> counters) where TAnswer : struct, Enum
        => counters[answer is { } a ? AnswerSet<TAnswer>.Index(a) + 1 : 0]++;

    internal static long Answered(ReadOnlySpan<long> counters)
    {
        long sum = 0;
        foreach (var c in counters[1..])
        {
            sum += c;
        }

        return sum;
    }

    internal static long Base(ReadOnlySpan<long> counters, MissingAnswers missing)
        => Answered(counters) + (missing is MissingAnswers.Shown or MissingAnswers.Hidden ? counters[0] : 0);

    internal static long Members(ReadOnlySpan<long> counters, ulong members)
    {
        long sum = 0;
        while (members != 0)
        {
            var index = BitOperations.TrailingZeroCount(members);
            sum += counters[index + 1];
            members &= members - 1;
        }

        return sum;
    }

    /// <summary>The printed rows of one column: (label, kind, cell) in layout order, then Missing when shown.</summary>
    internal static IEnumerable<(string Label, RowKind Kind, TableCell Cell)> Rows<TAnswer>(
        long[] counters, RowLayout<TAnswer> layout, MissingAnswers missing) where TAnswer : struct, Enum
    {
        var n = Base(counters, missing);
        foreach (var row in layout.Rows)
        {
            yield return row.Kind == RowKind.Total
                ? (row.Label, row.Kind, new CountCell(n, n, showPercent: false))
                : (row.Label, row.Kind, new CountCell(Members(counters, row.Members), n));
        }

        if (missing == MissingAnswers.Shown)
        {
            yield return (MissingLabel, RowKind.Missing, new CountCell(counters[0], n));
        }
        else if (missing == MissingAnswers.ShownSeparately)
        {
            yield return (MissingLabel, RowKind.Missing, new CountCell(counters[0], n + counters[0]));
        }
    }
}

/// <summary>
/// A single-choice question: one row per answer in the layout, percentages over everyone in the base.
/// With every answer in the layout and missing answers shown, the rows sum to n.
/// </summary>
/// <typeparam name="T">The record type counted.</typeparam>
/// <typeparam name="TAnswer">The answer enum.</typeparam>
public sealed partial class SingleChoiceTabulator<T, TAnswer> : Tabulator<T> where TAnswer : struct, Enum
{
    private readonly Func<T, TAnswer?>? _answer;
    private readonly Func<T, IEnumerable<TAnswer?>>? _answers;

    internal SingleChoiceTabulator(string title, Func<T, TAnswer?>? answer, Func<T, IEnumerable<TAnswer?>>? answers, RowLayout<TAnswer> layout, MissingAnswers missing, string baseLabel)
        : base(title)
    {
        _answer = answer;
        _answers = answers;
        Layout = layout;
        Missing = missing;
        BaseLabel = baseLabel;
    }

    /// <summary>Gets the printed rows.</summary>
    /// <value>The default value is every answer in declaration order.</value>
    public RowLayout<TAnswer> Layout { get; }

    /// <summary>Gets how missing answers are counted and printed.</summary>
    /// <value>The default value is <see cref="MissingAnswers.Shown"/>.</value>
    public MissingAnswers Missing { get; }

    /// <summary>Gets the name of the base in the header.</summary>
    /// <value>The default value is <c>n</c>.</value>
    public string BaseLabel { get; }

    /// <summary>Returns this definition printing <paramref name="layout"/>.</summary>
    public SingleChoiceTabulator<T, TAnswer> WithLayout(RowLayout<TAnswer> layout) => new(Title, _answer, _answers, layout ?? throw new ArgumentNullException(nameof(layout)), Missing, BaseLabel) { Notes = Notes };

    /// <summary>Returns this definition printing the rows <paramref name="build"/> makes from an empty layout.</summary>
    public SingleChoiceTabulator<T, TAnswer> WithLayout(Func<RowLayout<TAnswer>, RowLayout<TAnswer>> build) => WithLayout(build(RowLayout<TAnswer>.Empty));

    /// <summary>Returns this definition with missing answers treated as <paramref name="missing"/>.</summary>
    public SingleChoiceTabulator<T, TAnswer> WithMissing(MissingAnswers missing) => new(Title, _answer, _answers, Layout, missing, BaseLabel) { Notes = Notes };

    /// <summary>Returns this definition with the base named <paramref name="baseLabel"/> in the header (e.g. "Number of police reports").</summary>
    public SingleChoiceTabulator<T, TAnswer> WithBaseLabel(string baseLabel) => new(Title, _answer, _answers, Layout, Missing, baseLabel) { Notes = Notes };

    internal override int CounterCount => ChoiceCounts.Width<TAnswer>();

    internal override void Accumulate(T item, Span<long> counters)
    {
        if (_answer is not null)
        {
            ChoiceCounts.Count(_answer(item), counters);
            return;
        }

        foreach (var answer in _answers!(item))
        {
            ChoiceCounts.Count(answer, counters);
        }
    }

    internal override Table Finish(ReadOnlySpan<long> counters)
    {
        var copy = counters.ToArray();
        var n = ChoiceCounts.Base(copy, Missing);
        var rows = ChoiceCounts.Rows(copy, Layout, Missing).Select(r => new TableRow(r.Label, r.Kind, [r.Cell])).ToArray();
        return new Table(Title, [new TableBase(BaseLabel, n)], [new TableColumn(string.Empty)], rows, Notes);
    }
}

/// <summary>Where the items of a grid go.</summary>
public enum GridOrientation
{
    /// <summary>One column per item, one row per answer (client-reported outcomes, perpetrator needs).</summary>
    ItemsAsColumns,

    /// <summary>One row per item, one column per answer (level of abuse, summary of needs).</summary>
    ItemsAsRows,
}

/// <summary>A grid item: a label and the question it reads.</summary>
/// <typeparam name="T">The record type counted.</typeparam>
/// <typeparam name="TAnswer">The answer enum shared by the grid's items.</typeparam>
/// <param name="Label">The item's label, e.g. <c>Feel safer</c>.</param>
/// <param name="Answer">Reads the item's answer; null is a missing answer.</param>
public sealed record GridItem<T, TAnswer>(string Label, Func<T, TAnswer?> Answer) where TAnswer : struct, Enum;

/// <summary>
/// Several questions answered on one scale, each item with its own n (level of abuse by type, client-reported
/// outcomes with Total Agree, intake vs exit on matched cases).
/// </summary>
/// <typeparam name="T">The record type counted.</typeparam>
/// <typeparam name="TAnswer">The answer enum shared by the items.</typeparam>
public sealed partial class GridTabulator<T, TAnswer> : Tabulator<T> where TAnswer : struct, Enum
{
    private readonly GridItem<T, TAnswer>[] _items;
    private readonly int _width = ChoiceCounts.Width<TAnswer>();

    internal GridTabulator(string title, IReadOnlyList<GridItem<T, TAnswer>> items, RowLayout<TAnswer> layout, MissingAnswers missing, GridOrientation orientation, string? group)
        : base(title)
    {
        if (items.Count == 0)
        {
            throw new ArgumentException($"The grid '{title}' needs at least one item.", nameof(items));
        }

        _items = [.. items];
        Layout = layout;
        Missing = missing;
        Orientation = orientation;
        ColumnGroup = group;
    }

    /// <summary>Gets the items in printed order.</summary>
    public IReadOnlyList<GridItem<T, TAnswer>> Items => _items;

    /// <summary>Gets the printed answers.</summary>
    public RowLayout<TAnswer> Layout { get; }

    /// <summary>Gets how missing answers are counted and printed.</summary>
    public MissingAnswers Missing { get; }

    /// <summary>Gets where the items go.</summary>
    public GridOrientation Orientation { get; }

    /// <summary>Gets the header printed over the item columns, if any.</summary>
    public string? ColumnGroup { get; }

    /// <summary>Returns this grid printing <paramref name="layout"/>.</summary>
    public GridTabulator<T, TAnswer> WithLayout(RowLayout<TAnswer> layout) => new(Title, _items, layout, Missing, Orientation, ColumnGroup) { Notes = Notes };

    /// <summary>Returns this grid printing the rows <paramref name="build"/> makes from an empty layout.</summary>
    public GridTabulator<T, TAnswer> WithLayout(Func<RowLayout<TAnswer>, RowLayout<TAnswer>> build) => WithLayout(build(RowLayout<TAnswer>.Empty));

    /// <summary>Returns this grid with missing answers treated as <paramref name="missing"/>.</summary>
    public GridTabulator<T, TAnswer> WithMissing(MissingAnswers missing) => new(Title, _items, Layout, missing, Orientation, ColumnGroup) { Notes = Notes };

    /// <summary>Returns this grid with its items placed as <paramref name="orientation"/> says.</summary>
    public GridTabulator<T, TAnswer> WithOrientation(GridOrientation orientation) => new(Title, _items, Layout, Missing, orientation, ColumnGroup) { Notes = Notes };

    internal override int CounterCount => checked(_items.Length * _width);

    internal override void Accumulate(T item, Span<long> counters)
    {
        for (var i = 0; i < _items.Length; i++)
        {
            ChoiceCounts.Count(_items[i].Answer(item), counters.Slice(i * _width, _width));
        }
    }

    internal override Table Finish(ReadOnlySpan<long> counters)
    {
        var perItem = new long[_items.Length][];
        var perItemRows = new (string Label, RowKind Kind, TableCell Cell)[_items.Length][];
        var bases = new long[_items.Length];
        for (var i = 0; i < _items.Length; i++)
        {
            perItem[i] = counters.Slice(i * _width, _width).ToArray();
            bases[i] = ChoiceCounts.Base(perItem[i], Missing);
            perItemRows[i] = [.. ChoiceCounts.Rows(perItem[i], Layout, Missing)];
        }

        var sameBase = bases.All(b => b == bases[0]);
        TableBase[] tableBases = sameBase ? [new TableBase("n", bases[0])] : [.. _items.Select((item, i) => new TableBase($"n ({item.Label})", bases[i]))];

        if (Orientation == GridOrientation.ItemsAsColumns)
        {
            var columns = _items.Select((item, i) => new TableColumn(item.Label, ColumnGroup, bases[i])).ToArray();
            var rows = perItemRows[0].Select((r, rowIndex) => new TableRow(r.Label, r.Kind, perItemRows.Select(p => (TableCell?)p[rowIndex].Cell).ToArray())).ToArray();
            return new Table(Title, tableBases, columns, rows, Notes);
        }

        var answerColumns = perItemRows[0].Select(r => new TableColumn(r.Label, ColumnGroup)).ToArray();
        var itemRows = _items.Select((item, i) => new TableRow(item.Label, RowKind.Category, perItemRows[i].Select(r => (TableCell?)r.Cell).ToArray())).ToArray();
        return new Table(Title, tableBases, answerColumns, itemRows, Notes);
    }
}

/// <summary>
/// A "tick all that apply" question: one row per answer with the percentage of respondents in the base who
/// ticked it, so rows may sum past 100%. Nets count the records that ticked any of their members.
/// </summary>
/// <typeparam name="T">The record type counted.</typeparam>
/// <typeparam name="TAnswer">The answer enum.</typeparam>
public sealed partial class MultiSelectTabulator<T, TAnswer> : Tabulator<T> where TAnswer : struct, Enum
{
    // Counters: [0] n, [1] missing, [2, 2+K) answers, [2+K, 2+K+nets) nets, then 65 buckets of answers ticked.
    private const int SizeBuckets = 65;
    private readonly Func<T, EnumSet<TAnswer>?>? _answer;
    private readonly Func<T, IEnumerable<EnumSet<TAnswer>?>>? _answers;
    private readonly ulong[] _nets;

    internal MultiSelectTabulator(string title, Func<T, EnumSet<TAnswer>?>? answer, Func<T, IEnumerable<EnumSet<TAnswer>?>>? answers, RowLayout<TAnswer> layout, MissingAnswers missing, string baseLabel, ulong sizeMask, IReadOnlyList<SetSizeStatistic> statistics)
        : base(title)
    {
        _answer = answer;
        _answers = answers;
        Layout = layout;
        Missing = missing;
        BaseLabel = baseLabel;
        SizeMask = sizeMask;
        Statistics = statistics;
        _nets = [.. layout.Rows.Where(r => BitOperations.PopCount(r.Members) > 1).Select(r => r.Members).Distinct()];
    }

    /// <summary>Gets the printed rows.</summary>
    public RowLayout<TAnswer> Layout { get; }

    /// <summary>Gets how unanswered records are counted and printed.</summary>
    /// <value>The default value is <see cref="MissingAnswers.Shown"/> (in n, printed as "Missing").</value>
    public MissingAnswers Missing { get; }

    /// <summary>Gets the name of the base in the header.</summary>
    public string BaseLabel { get; }

    /// <summary>Gets the statistics of the number of answers ticked, printed after the answers.</summary>
    public IReadOnlyList<SetSizeStatistic> Statistics { get; }

    internal ulong SizeMask { get; }

    /// <summary>Returns this definition printing <paramref name="layout"/>.</summary>
    public MultiSelectTabulator<T, TAnswer> WithLayout(RowLayout<TAnswer> layout) => new(Title, _answer, _answers, layout ?? throw new ArgumentNullException(nameof(layout)), Missing, BaseLabel, SizeMask, Statistics) { Notes = Notes };

    /// <summary>Returns this definition printing the rows <paramref name="build"/> makes from an empty layout.</summary>
    public MultiSelectTabulator<T, TAnswer> WithLayout(Func<RowLayout<TAnswer>, RowLayout<TAnswer>> build) => WithLayout(build(RowLayout<TAnswer>.Empty));

    /// <summary>Returns this definition with unanswered records treated as <paramref name="missing"/>.</summary>
    public MultiSelectTabulator<T, TAnswer> WithMissing(MissingAnswers missing) => new(Title, _answer, _answers, Layout, missing, BaseLabel, SizeMask, Statistics) { Notes = Notes };

    /// <summary>Returns this definition with the base named <paramref name="baseLabel"/> in the header.</summary>
    public MultiSelectTabulator<T, TAnswer> WithBaseLabel(string baseLabel) => new(Title, _answer, _answers, Layout, Missing, baseLabel, SizeMask, Statistics) { Notes = Notes };

    /// <summary>
    /// Returns this definition with a statistic of how many answers each record ticked, not counting
    /// <paramref name="notCounted"/> (e.g. "None"): the mean among those with at least one, or the count with at least k.
    /// </summary>
    public MultiSelectTabulator<T, TAnswer> WithSetSizeStatistic(SetSizeStatistic statistic, params ReadOnlySpan<TAnswer> notCounted)
    {
        ArgumentNullException.ThrowIfNull(statistic);
        var mask = AllMembersMask & ~EnumSet.Of(notCounted).Bits;
        return new(Title, _answer, _answers, Layout, Missing, BaseLabel, mask, [.. Statistics, statistic]) { Notes = Notes };
    }

    private static ulong AllMembersMask => AnswerSet<TAnswer>.Count == 64 ? ulong.MaxValue : (1UL << AnswerSet<TAnswer>.Count) - 1;

    private int AnswerCount => AnswerSet<TAnswer>.Count;

    internal override int CounterCount => 2 + AnswerCount + _nets.Length + SizeBuckets;

    internal override void Accumulate(T item, Span<long> counters)
    {
        if (_answer is not null)
        {
            CountOne(_answer(item), counters);
            return;
        }

        foreach (var answer in _answers!(item))
        {
            CountOne(answer, counters);
        }
    }

    private void CountOne(EnumSet<TAnswer>? answer, Span<long> counters)
    {
        counters[0]++;
        if (answer is not { } set)
        {
            counters[1]++;
            return;
        }

        var bits = set.Bits;
        var remaining = bits;
        while (remaining != 0)
        {
            counters[2 + BitOperations.TrailingZeroCount(remaining)]++;
            remaining &= remaining - 1;
        }

        var netStart = 2 + AnswerCount;
        for (var i = 0; i < _nets.Length; i++)
        {
            if ((bits & _nets[i]) != 0)
            {
                counters[netStart + i]++;
            }
        }

        counters[netStart + _nets.Length + BitOperations.PopCount(bits & SizeMask)]++;
    }

    internal override Table Finish(ReadOnlySpan<long> counters)
    {
        var missingCount = counters[1];
        var n = Missing is MissingAnswers.Shown or MissingAnswers.Hidden ? counters[0] : counters[0] - missingCount;
        var rows = new List<TableRow>();
        var netStart = 2 + AnswerCount;
        foreach (var row in Layout.Rows)
        {
            long count;
            if (row.Kind == RowKind.Total)
            {
                rows.Add(new TableRow(row.Label, row.Kind, [new CountCell(n, n, showPercent: false)]));
                continue;
            }

            if (BitOperations.PopCount(row.Members) == 1)
            {
                count = counters[2 + BitOperations.TrailingZeroCount(row.Members)];
            }
            else
            {
                count = counters[netStart + Array.IndexOf(_nets, row.Members)];
            }

            rows.Add(new TableRow(row.Label, row.Kind, [new CountCell(count, n)]));
        }

        var sizes = counters.Slice(netStart + _nets.Length, SizeBuckets);
        foreach (var statistic in Statistics)
        {
            rows.Add(statistic.ToRow(sizes, n));
        }

        if (Missing == MissingAnswers.Shown)
        {
            rows.Add(new TableRow(ChoiceCounts.MissingLabel, RowKind.Missing, [new CountCell(missingCount, n)]));
        }
        else if (Missing == MissingAnswers.ShownSeparately)
        {
            rows.Add(new TableRow(ChoiceCounts.MissingLabel, RowKind.Missing, [new CountCell(missingCount, counters[0])]));
        }

        return new Table(Title, [new TableBase(BaseLabel, n)], [new TableColumn(string.Empty)], rows, Notes);
    }
}

/// <summary>A statistic of how many answers each respondent ticked in a multi-select question.</summary>
public abstract record SetSizeStatistic
{
    private protected SetSizeStatistic(string label)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        Label = label;
    }

    /// <summary>Gets the row label.</summary>
    public string Label { get; }

    /// <summary>The mean number ticked among those who ticked at least one, printed with <paramref name="decimals"/> decimals.</summary>
    public static SetSizeStatistic MeanOfAtLeastOne(string label, int decimals = 0) => new MeanStatistic(label, decimals);

    /// <summary>The number (and percentage of n) who ticked at least <paramref name="minimum"/> answers.</summary>
    public static SetSizeStatistic CountAtLeast(string label, int minimum) => new AtLeastStatistic(label, minimum);

    internal abstract TableRow ToRow(ReadOnlySpan<long> sizeBuckets, long n);

    private sealed record MeanStatistic(string Name, int Decimals) : SetSizeStatistic(Name)
    {
        internal override TableRow ToRow(ReadOnlySpan<long> sizeBuckets, long n)
        {
            long count = 0, sum = 0;
            for (var size = 1; size < sizeBuckets.Length; size++)
            {
                count += sizeBuckets[size];
                sum += size * sizeBuckets[size];
            }

            return new TableRow(Label, RowKind.Statistic, [StatisticText.Ratio(sum, count, Decimals, divisor: 1, unit: null)]);
        }
    }

    private sealed record AtLeastStatistic(string Name, int Minimum) : SetSizeStatistic(Name)
    {
        internal override TableRow ToRow(ReadOnlySpan<long> sizeBuckets, long n)
        {
            long count = 0;
            for (var size = Math.Max(Minimum, 0); size < sizeBuckets.Length; size++)
            {
                count += sizeBuckets[size];
            }

            return new TableRow(Label, RowKind.Derived, [new CountCell(count, n)]);
        }
    }
}
