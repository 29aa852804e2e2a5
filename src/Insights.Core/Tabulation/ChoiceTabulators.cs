using Insights.Core.Model;

namespace Insights.Core.Tabulation;

/// <summary>Counts of one single-choice question (a single-choice tally): counter 0 the missing answers, counter i + 1 category i.</summary>
internal static class ChoiceCounts
{
    internal static long Answered(ReadOnlySpan<long> counters)
    {
        long sum = 0;
        foreach (var c in counters[1..])
        {
            sum = checked(sum + c);
        }

        return sum;
    }

    internal static long Members(ReadOnlySpan<long> counters, int[] members)
    {
        long sum = 0;
        foreach (var index in members)
        {
            sum = checked(sum + counters[index + 1]);
        }

        return sum;
    }

    /// <summary>The printed rows of one column: (label, kind, cell) in layout order, then Missing when shown.</summary>
    internal static List<(string Label, RowKind Kind, TableCell Cell)> Rows(ReadOnlySpan<long> counters, ResolvedRow[] layout, MissingAnswers missing)
    {
        var n = missing.Base(Answered(counters), counters[0]);
        var rows = new List<(string, RowKind, TableCell)>(layout.Length + 1);
        foreach (var row in layout)
        {
            rows.Add(row.Kind == RowKind.Total
                ? (row.Label, row.Kind, new CountCell(n, n, showPercent: false))
                : (row.Label, row.Kind, new CountCell(Members(counters, row.Members), n)));
        }

        if (missing.Row(counters[0], n) is { } missingRow)
        {
            rows.Add((missingRow.Label, missingRow.Kind, missingRow.Cells[0]!));
        }

        return rows;
    }
}

/// <summary>
/// A single-choice question: one row per answer in the layout, percentages over everyone in the base.
/// With every answer in the layout and missing answers shown, the rows sum to n. Answers are an enum's members
/// or the categories of any other type (a string, a <see cref="bool"/>, an integer).
/// </summary>
/// <typeparam name="T">The record type counted.</typeparam>
/// <typeparam name="TAnswer">The answer type.</typeparam>
public sealed class SingleChoiceTabulator<T, TAnswer> : Tabulator<T> where TAnswer : notnull
{
    private readonly Options _options;
    private readonly ResolvedRow[] _rows;

    internal SingleChoiceTabulator(string title, Tally<T> counting, Categories<TAnswer> categories, Options options)
        : base(title, counting, options.Notes)
    {
        Categories = categories;
        _options = options with { Missing = options.Missing.Checked(nameof(options)) };
        ArgumentException.ThrowIfNullOrWhiteSpace(options.BaseLabel, nameof(options));
        _rows = options.Layout.Resolve(categories);
    }

    /// <summary>Gets the answers counted, in order, with their labels.</summary>
    public Categories<TAnswer> Categories { get; }

    /// <summary>Gets the printed rows.</summary>
    /// <value>The default value is every answer in order.</value>
    public RowLayout<TAnswer> Layout => _options.Layout;

    /// <summary>Gets how missing answers are counted and printed.</summary>
    /// <value>The default value is <see cref="MissingAnswers.Shown"/>.</value>
    public MissingAnswers Missing => _options.Missing;

    /// <summary>Gets the name of the base in the header.</summary>
    /// <value>The default value is <c>n</c>.</value>
    public string BaseLabel => _options.BaseLabel;

    /// <summary>Returns this definition printing <paramref name="layout"/>.</summary>
    /// <exception cref="ArgumentException">The layout names a value that is not one of the categories.</exception>
    public SingleChoiceTabulator<T, TAnswer> WithLayout(RowLayout<TAnswer> layout) => With(_options with { Layout = layout ?? throw new ArgumentNullException(nameof(layout)) });

    /// <summary>Returns this definition printing the rows <paramref name="build"/> makes from an empty layout.</summary>
    public SingleChoiceTabulator<T, TAnswer> WithLayout(Func<RowLayout<TAnswer>, RowLayout<TAnswer>> build) => WithLayout((build ?? throw new ArgumentNullException(nameof(build)))(RowLayout<TAnswer>.Empty));

    /// <summary>Returns this definition with missing answers treated as <paramref name="missing"/>.</summary>
    public SingleChoiceTabulator<T, TAnswer> WithMissing(MissingAnswers missing) => With(_options with { Missing = missing });

    /// <summary>Returns this definition with the base named <paramref name="baseLabel"/> in the header (e.g. "Number of police reports").</summary>
    public SingleChoiceTabulator<T, TAnswer> WithBaseLabel(string baseLabel) => With(_options with { BaseLabel = baseLabel });

    private SingleChoiceTabulator<T, TAnswer> With(Options options) => new(Title, Counting, Categories, options);

    /// <inheritdoc/>
    protected override Table CreateTable(ReadOnlySpan<long> counters)
    {
        var n = Missing.Base(ChoiceCounts.Answered(counters), counters[0]);
        var rows = ChoiceCounts.Rows(counters, _rows, Missing).Select(r => new TableRow(r.Label, r.Kind, [r.Cell])).ToArray();
        var relations = ChoiceRelations.Column(_rows, Categories.Count, Missing, exclusive: true, r => TableTerm.Cell(r, 0), r => TableTerm.CellBase(r, 0), _rows.Length, TableTerm.Base(0));
        return new Table(Title, [new TableBase(BaseLabel, n)], [new TableColumn(string.Empty)], rows, Notes) { Relations = relations };
    }

    internal sealed record Options(RowLayout<TAnswer> Layout, MissingAnswers Missing, string BaseLabel, IReadOnlyList<string> Notes)
    {
        internal static Options Default { get; } = new(RowLayout<TAnswer>.AllAnswers, MissingAnswers.Shown, "n", []);
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
public sealed class GridItem<T, TAnswer> where TAnswer : struct, Enum
{
    /// <summary>Creates an item.</summary>
    /// <param name="label">The item's label, e.g. <c>Feel safer</c>.</param>
    /// <param name="answer">Reads the item's answer; null is a missing answer.</param>
    /// <exception cref="ArgumentException"><paramref name="label"/> is blank.</exception>
    public GridItem(string label, Func<T, TAnswer?> answer)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        Label = label;
        Answer = answer ?? throw new ArgumentNullException(nameof(answer));
    }

    /// <summary>Gets the item's label.</summary>
    public string Label { get; }

    /// <summary>Gets the reader of the item's answer; null is a missing answer.</summary>
    public Func<T, TAnswer?> Answer { get; }
}

/// <summary>
/// Several questions answered on one scale, each item with its own n (level of abuse by type, client-reported
/// outcomes with Total Agree, intake vs exit on matched cases).
/// </summary>
/// <typeparam name="T">The record type counted.</typeparam>
/// <typeparam name="TAnswer">The answer enum shared by the items.</typeparam>
public sealed class GridTabulator<T, TAnswer> : Tabulator<T> where TAnswer : struct, Enum
{
    private readonly GridItem<T, TAnswer>[] _items;
    private readonly Options _options;
    private readonly ResolvedRow[] _rows;
    private readonly int _width = AnswerSet<TAnswer>.Count + 1;

    internal GridTabulator(string title, IReadOnlyList<GridItem<T, TAnswer>> items, Options options)
        : base(title, Describe(title, items, options.Paired), options.Notes)
    {
        _items = [.. items];
        _options = options with { Missing = options.Missing.Checked(nameof(options)) };
        if (!Enum.IsDefined(options.Orientation))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Orientation, "Not a grid orientation.");
        }

        _rows = options.Layout.Resolve(Categories.Of<TAnswer>());
    }

    private static Tally<T> Describe(string title, IReadOnlyList<GridItem<T, TAnswer>> items, bool paired)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0)
        {
            throw new ArgumentException($"The grid '{title}' needs at least one item.", nameof(items));
        }

        var answers = Tally.Concat(items.Select(item => Tally.Choice((item ?? throw new ArgumentException("An item is null.", nameof(items))).Answer)));
        if (!paired)
        {
            return answers;
        }

        if (items.Count != 2)
        {
            throw new ArgumentException($"The paired grid '{title}' needs exactly two items (the two occasions).", nameof(items));
        }

        // The cross-tabulation of the two occasions: one copy of the second answer's counters per first answer,
        // so both engines count it as they count any grouped table (a missing first answer counts nowhere).
        return Tally.Concat(answers, Tally.GroupBy(items[0].Answer, Categories.Of<TAnswer>(), Tally.Choice(items[1].Answer)));
    }

    /// <summary>Gets the items in printed order.</summary>
    public IReadOnlyList<GridItem<T, TAnswer>> Items => _items;

    /// <summary>Gets the printed answers.</summary>
    public RowLayout<TAnswer> Layout => _options.Layout;

    /// <summary>Gets how missing answers are counted and printed.</summary>
    public MissingAnswers Missing => _options.Missing;

    /// <summary>Gets where the items go.</summary>
    public GridOrientation Orientation => _options.Orientation;

    /// <summary>Gets the header printed over the item columns, if any.</summary>
    public string? ColumnGroup => _options.ColumnGroup;

    /// <summary>Returns this grid printing <paramref name="layout"/>.</summary>
    public GridTabulator<T, TAnswer> WithLayout(RowLayout<TAnswer> layout) => With(_options with { Layout = layout ?? throw new ArgumentNullException(nameof(layout)) });

    /// <summary>Returns this grid printing the rows <paramref name="build"/> makes from an empty layout.</summary>
    public GridTabulator<T, TAnswer> WithLayout(Func<RowLayout<TAnswer>, RowLayout<TAnswer>> build) => WithLayout((build ?? throw new ArgumentNullException(nameof(build)))(RowLayout<TAnswer>.Empty));

    /// <summary>Returns this grid with missing answers treated as <paramref name="missing"/>.</summary>
    public GridTabulator<T, TAnswer> WithMissing(MissingAnswers missing) => With(_options with { Missing = missing });

    /// <summary>Returns this grid with its items placed as <paramref name="orientation"/> says.</summary>
    public GridTabulator<T, TAnswer> WithOrientation(GridOrientation orientation) => With(_options with { Orientation = orientation });

    private GridTabulator<T, TAnswer> With(Options options) => new(Title, _items, options);

    /// <inheritdoc/>
    protected override Table CreateTable(ReadOnlySpan<long> counters)
    {
        var perItemRows = new List<(string Label, RowKind Kind, TableCell Cell)>[_items.Length];
        var bases = new long[_items.Length];
        for (var i = 0; i < _items.Length; i++)
        {
            var item = counters.Slice(i * _width, _width);
            bases[i] = Missing.Base(ChoiceCounts.Answered(item), item[0]);
            perItemRows[i] = ChoiceCounts.Rows(item, _rows, Missing);
        }

        var sameBase = bases.All(b => b == bases[0]);
        TableBase[] tableBases = sameBase ? [new TableBase("n", bases[0])] : [.. _items.Select((item, i) => new TableBase($"n ({item.Label})", bases[i]))];
        var answers = AnswerSet<TAnswer>.Count;
        var relations = new List<TableRelation>();

        if (Orientation == GridOrientation.ItemsAsColumns)
        {
            var columns = _items.Select((item, i) => new TableColumn(item.Label, ColumnGroup, bases[i])).ToArray();
            var rows = perItemRows[0].Select((r, rowIndex) => new TableRow(r.Label, r.Kind, perItemRows.Select(p => (TableCell?)p[rowIndex].Cell).ToArray())).ToArray();
            for (var c = 0; c < _items.Length; c++)
            {
                var column = c;
                var n = TableTerm.Base(sameBase ? 0 : c);
                relations.Add(TableRelation.Sum(TableTerm.ColumnBase(c), n));
                relations.AddRange(ChoiceRelations.Column(_rows, answers, Missing, exclusive: true, r => TableTerm.Cell(r, column), r => TableTerm.CellBase(r, column), _rows.Length, n));
            }

            return WithPairs(new Table(Title, tableBases, columns, rows, Notes) { Relations = relations }, counters);
        }

        var answerColumns = perItemRows[0].Select(r => new TableColumn(r.Label, ColumnGroup)).ToArray();
        var itemRows = _items.Select((item, i) => new TableRow(item.Label, RowKind.Category, perItemRows[i].Select(r => (TableCell?)r.Cell).ToArray())).ToArray();
        for (var i = 0; i < _items.Length; i++)
        {
            var item = i;
            relations.AddRange(ChoiceRelations.Column(_rows, answers, Missing, exclusive: true, c => TableTerm.Cell(item, c), c => TableTerm.CellBase(item, c), _rows.Length, TableTerm.Base(sameBase ? 0 : i)));
        }

        return WithPairs(new Table(Title, tableBases, answerColumns, itemRows, Notes) { Relations = relations }, counters);
    }

    private Table WithPairs(Table table, ReadOnlySpan<long> counters)
    {
        if (!_options.Paired)
        {
            return table;
        }

        // After the two items' counters: per first answer i, the second answer's counters (0 = missing, 1 + j).
        var k = AnswerSet<TAnswer>.Count;
        var cross = counters[(2 * _width)..];
        var counts = new long[k * k];
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                counts[(i * k) + j] = cross[(i * _width) + 1 + j];
            }
        }

        var categories = Categories.Of<TAnswer>();
        var pairs = new PairedCounts(string.Empty, _items[0].Label, _items[1].Label, categories.Labels, [.. AnswerSet<TAnswer>.Values.Select(Labels.IsNonResponse)], counts);
        return table.WithPairs([pairs]);
    }

    internal sealed record Options(RowLayout<TAnswer> Layout, MissingAnswers Missing, GridOrientation Orientation, string? ColumnGroup, IReadOnlyList<string> Notes, bool Paired = false)
    {
        internal static Options Default { get; } = new(RowLayout<TAnswer>.AllAnswers, MissingAnswers.Shown, GridOrientation.ItemsAsColumns, null, []);
    }
}

/// <summary>
/// A "tick all that apply" question: one row per answer with the percentage of respondents in the base who
/// ticked it, so rows may sum past 100%. Nets count the records that ticked any of their members.
/// </summary>
/// <typeparam name="T">The record type counted.</typeparam>
/// <typeparam name="TAnswer">The answer enum.</typeparam>
public sealed class MultiSelectTabulator<T, TAnswer> : Tabulator<T> where TAnswer : struct, Enum
{
    private readonly Options _options;
    private readonly ResolvedRow[] _rows;
    private readonly ulong[] _nets;

    internal MultiSelectTabulator(string title, Options options)
        : base(title, Describe(options, out var nets), options.Notes)
    {
        _options = options with { Missing = options.Missing.Checked(nameof(options)) };
        ArgumentException.ThrowIfNullOrWhiteSpace(options.BaseLabel, nameof(options));
        _rows = options.Layout.Resolve(Categories.Of<TAnswer>());
        _nets = nets;
    }

    /// <summary>Gets the printed rows.</summary>
    public RowLayout<TAnswer> Layout => _options.Layout;

    /// <summary>Gets how unanswered records are counted and printed.</summary>
    /// <value>The default value is <see cref="MissingAnswers.Shown"/> (in n, printed as "Missing").</value>
    public MissingAnswers Missing => _options.Missing;

    /// <summary>Gets the name of the base in the header.</summary>
    public string BaseLabel => _options.BaseLabel;

    /// <summary>Gets the statistics of the number of answers ticked, printed after the answers.</summary>
    public IReadOnlyList<SetSizeStatistic> Statistics => _options.Statistics;

    /// <summary>Returns this definition printing <paramref name="layout"/>.</summary>
    public MultiSelectTabulator<T, TAnswer> WithLayout(RowLayout<TAnswer> layout) => With(_options with { Layout = layout ?? throw new ArgumentNullException(nameof(layout)) });

    /// <summary>Returns this definition printing the rows <paramref name="build"/> makes from an empty layout.</summary>
    public MultiSelectTabulator<T, TAnswer> WithLayout(Func<RowLayout<TAnswer>, RowLayout<TAnswer>> build) => WithLayout((build ?? throw new ArgumentNullException(nameof(build)))(RowLayout<TAnswer>.Empty));

    /// <summary>Returns this definition with unanswered records treated as <paramref name="missing"/>.</summary>
    public MultiSelectTabulator<T, TAnswer> WithMissing(MissingAnswers missing) => With(_options with { Missing = missing });

    /// <summary>Returns this definition with the base named <paramref name="baseLabel"/> in the header.</summary>
    public MultiSelectTabulator<T, TAnswer> WithBaseLabel(string baseLabel) => With(_options with { BaseLabel = baseLabel });

    /// <summary>
    /// Returns this definition with a statistic of how many answers each record ticked, not counting
    /// <paramref name="notCounted"/> (e.g. "None"): the mean among those with at least one, or the count with at least k.
    /// Every statistic of a table counts the same answers, so the answers not counted are those of the last call.
    /// </summary>
    public MultiSelectTabulator<T, TAnswer> WithSetSizeStatistic(SetSizeStatistic statistic, params ReadOnlySpan<TAnswer> notCounted)
    {
        ArgumentNullException.ThrowIfNull(statistic);
        var counted = EnumSet<TAnswer>.FromBits(AllMembersMask & ~EnumSet.Of(notCounted).Bits);
        return With(_options with { SizeOf = counted, Statistics = [.. Statistics, statistic] });
    }

    private static ulong AllMembersMask => AnswerSet<TAnswer>.Count == 64 ? ulong.MaxValue : (1UL << AnswerSet<TAnswer>.Count) - 1;

    private MultiSelectTabulator<T, TAnswer> With(Options options) => new(Title, options);

    private static Tally<T> Describe(Options options, out ulong[] nets)
    {
        var rows = options.Layout.Resolve(Categories.Of<TAnswer>());
        nets = [.. rows.Where(r => r.Members.Length > 1).Select(r => Mask(r.Members)).Distinct()];
        EnumSet<TAnswer>[] netSets = [.. nets.Select(EnumSet<TAnswer>.FromBits)];
        EnumSet<TAnswer>? sizeOf = options.Statistics.Count > 0 ? options.SizeOf : null;
        return options.Describe(netSets, sizeOf);
    }

    private static ulong Mask(int[] members)
    {
        ulong mask = 0;
        foreach (var member in members)
        {
            mask |= 1UL << member;
        }

        return mask;
    }

    /// <inheritdoc/>
    protected override Table CreateTable(ReadOnlySpan<long> counters)
    {
        var missingCount = counters[1];
        var n = Missing.Base(counters[0] - missingCount, missingCount);
        var rows = new List<TableRow>();
        var netStart = 2 + AnswerSet<TAnswer>.Count;
        foreach (var row in _rows)
        {
            long count;
            if (row.Kind == RowKind.Total)
            {
                rows.Add(new TableRow(row.Label, row.Kind, [new CountCell(n, n, showPercent: false)]));
                continue;
            }

            count = row.Members.Length == 1
                ? counters[2 + row.Members[0]]
                : counters[netStart + Array.IndexOf(_nets, Mask(row.Members))];
            rows.Add(new TableRow(row.Label, row.Kind, [new CountCell(count, n)]));
        }

        if (Statistics.Count > 0)
        {
            var sizes = counters.Slice(netStart + _nets.Length, SetTally<T>.SizeBuckets);
            foreach (var statistic in Statistics)
            {
                rows.Add(statistic.ToRow(sizes, n));
            }
        }

        var missingIndex = rows.Count;
        if (Missing.Row(missingCount, n) is { } missingRow)
        {
            rows.Add(missingRow);
        }

        var relations = ChoiceRelations.Column(_rows, AnswerSet<TAnswer>.Count, Missing, exclusive: false, r => TableTerm.Cell(r, 0), r => TableTerm.CellBase(r, 0), missingIndex, TableTerm.Base(0));
        for (var r = _rows.Length; r < missingIndex; r++)
        {
            if (rows[r].Cells[0] is CountCell)
            {
                relations.Add(TableRelation.Sum(TableTerm.CellBase(r, 0), TableTerm.Base(0)));
                relations.Add(TableRelation.AtLeast(TableTerm.CellBase(r, 0), TableTerm.Cell(r, 0)));
            }
        }

        return new Table(Title, [new TableBase(BaseLabel, n)], [new TableColumn(string.Empty)], rows, Notes) { Relations = relations };
    }

    // Describe makes the description from the options that shape it (per record or per item).
    internal sealed record Options(
        Func<IReadOnlyList<EnumSet<TAnswer>>, EnumSet<TAnswer>?, Tally<T>> Describe,
        RowLayout<TAnswer> Layout,
        MissingAnswers Missing,
        string BaseLabel,
        EnumSet<TAnswer> SizeOf,
        IReadOnlyList<SetSizeStatistic> Statistics,
        IReadOnlyList<string> Notes);
}

/// <summary>A statistic of how many answers each respondent ticked in a multi-select question.</summary>
public abstract class SetSizeStatistic
{
    private protected SetSizeStatistic(string label)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        Label = label;
    }

    /// <summary>Gets the row label.</summary>
    public string Label { get; }

    /// <summary>The mean number ticked among those who ticked at least one, printed with <paramref name="decimals"/> decimals.</summary>
    /// <exception cref="ArgumentException"><paramref name="label"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is not from 0 to 6.</exception>
    public static SetSizeStatistic MeanOfAtLeastOne(string label, int decimals = 0) => new MeanStatistic(label, StatisticText.CheckedDecimals(decimals, nameof(decimals)));

    /// <summary>The number (and percentage of n) who ticked at least <paramref name="minimum"/> answers.</summary>
    /// <exception cref="ArgumentException"><paramref name="label"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimum"/> is not from 0 to 64.</exception>
    public static SetSizeStatistic CountAtLeast(string label, int minimum)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(minimum);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minimum, 64);
        return new AtLeastStatistic(label, minimum);
    }

    internal abstract TableRow ToRow(ReadOnlySpan<long> sizeBuckets, long n);

    /// <inheritdoc/>
    public override string ToString() => Label;

    private sealed class MeanStatistic(string label, int decimals) : SetSizeStatistic(label)
    {
        internal override TableRow ToRow(ReadOnlySpan<long> sizeBuckets, long n)
        {
            long count = 0, sum = 0;
            for (var size = 1; size < sizeBuckets.Length; size++)
            {
                count = checked(count + sizeBuckets[size]);
                sum = checked(sum + (size * sizeBuckets[size]));
            }

            return new TableRow(Label, RowKind.Statistic, [StatisticText.Ratio(sum, count, decimals, divisor: 1, unit: null) with { Records = count }]);
        }
    }

    private sealed class AtLeastStatistic(string label, int minimum) : SetSizeStatistic(label)
    {
        internal override TableRow ToRow(ReadOnlySpan<long> sizeBuckets, long n)
        {
            long count = 0;
            for (var size = minimum; size < sizeBuckets.Length; size++)
            {
                count = checked(count + sizeBuckets[size]);
            }

            return new TableRow(Label, RowKind.Derived, [new CountCell(count, n)]);
        }
    }
}
