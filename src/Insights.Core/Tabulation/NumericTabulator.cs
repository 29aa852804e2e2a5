using System.Globalization;

namespace Insights.Core.Tabulation;

/// <summary>Exact statistic text: a ratio rounded half away from zero with a fixed number of decimals, then a unit.</summary>
internal static class StatisticText
{
    internal const string Undefined = "-";

    internal static StatisticCell Ratio(Int128 numerator, Int128 denominator, int decimals, long divisor, string? unit)
    {
        if (denominator == 0)
        {
            return new StatisticCell(null, Undefined);
        }

        var scale = Pow10(decimals);
        var scaled = Rounding.DivideHalfAwayFromZero(numerator * scale, denominator * divisor);
        var text = Rounding.FixedPoint(scaled, decimals);
        var value = decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);
        return new StatisticCell(value, unit is null ? text : $"{text} {unit}");
    }

    private static Int128 Pow10(int decimals)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, 6);
        Int128 result = 1;
        for (var i = 0; i < decimals; i++)
        {
            result *= 10;
        }

        return result;
    }
}

/// <summary>A band of whole-number values printed as one row, e.g. <c>21-30</c> for ages 21 to 30.</summary>
/// <param name="Label">The printed label.</param>
/// <param name="Minimum">The smallest value in the band.</param>
/// <param name="Maximum">The largest value in the band; <see langword="null"/> for an open band such as <c>61+</c>.</param>
public sealed record NumericBand(string Label, long Minimum, long? Maximum)
{
    internal bool Contains(long value) => value >= Minimum && (Maximum is not { } max || value <= max);
}

/// <summary>Which average a statistic row prints.</summary>
public enum Average
{
    /// <summary>The arithmetic mean.</summary>
    Mean,

    /// <summary>The median; the mean of the two middle values when the count is even.</summary>
    Median,
}

/// <summary>
/// A statistic row of a numeric table: mean or median over the values at least <paramref name="Minimum"/>,
/// divided by <paramref name="Divisor"/> (e.g. days to weeks), printed with <paramref name="Decimals"/> decimals and a unit.
/// </summary>
/// <param name="Label">The printed label, e.g. <c>Average case length (median)</c>.</param>
/// <param name="Average">Mean or median.</param>
/// <param name="Decimals">Decimals printed (0 to 6); halves round away from zero.</param>
/// <param name="Unit">The unit printed after the value, e.g. <c>weeks</c>, or null.</param>
/// <param name="Divisor">What the stored values are divided by before printing (7 for days to weeks, 12 for months to years).</param>
/// <param name="Minimum">Values below this are left out of the statistic (1 for "cases with at least one child").</param>
/// <param name="Multiplier">What the stored values are multiplied by before printing (100 for a rate per 100).</param>
public sealed record NumericStatistic(string Label, Average Average, int Decimals = 0, string? Unit = null, long Divisor = 1, long Minimum = 0, long Multiplier = 1);

/// <summary>
/// A whole-number question shown in bands, with mean and median rows, the missing answers and the
/// values below zero reported as errors (e.g. an intake date after the closure date). Values are counted in a
/// histogram from 0 to the maximum, so the median is exact and states merge.
/// </summary>
/// <typeparam name="T">The record type counted.</typeparam>
public sealed partial class NumericTabulator<T> : Tabulator<T>
{
    // Counters: [0] missing, [1] below zero, [2] above maximum, [3..] histogram of 0..Maximum, then for each band
    // the values above maximum in it, then for each statistic the count and sum of the values above maximum it uses.
    // Values above maximum are not in the histogram, so each band and statistic must count its own share of them.
    private const int Header = 3;
    private readonly Func<T, long?>? _value;
    private readonly Func<T, IEnumerable<long?>>? _values;
    private readonly NumericBand[] _bands;
    private readonly NumericStatistic[] _statistics;

    internal NumericTabulator(string title, Func<T, long?>? value, Func<T, IEnumerable<long?>>? values, long maximum, IReadOnlyList<NumericBand> bands, IReadOnlyList<NumericStatistic> statistics, MissingAnswers missing, string? errorsLabel)
        : base(title)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maximum);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maximum, 10_000_000);
        if ((value is null) == (values is null))
        {
            throw new ArgumentException("Give exactly one of a value or a sequence of values.", nameof(value));
        }

        _value = value;
        _values = values;
        Maximum = maximum;
        _bands = [.. bands];
        _statistics = [.. statistics];
        Missing = missing;
        ErrorsLabel = errorsLabel;
    }

    /// <summary>Gets the largest value counted exactly; larger values are counted but leave the median undefined if it falls among them.</summary>
    public long Maximum { get; }

    /// <summary>Gets the bands printed, in order.</summary>
    public IReadOnlyList<NumericBand> Bands => _bands;

    /// <summary>Gets the statistic rows printed after the bands.</summary>
    public IReadOnlyList<NumericStatistic> Statistics => _statistics;

    /// <summary>Gets how missing values are counted and printed.</summary>
    public MissingAnswers Missing { get; }

    /// <summary>Gets the label of the row counting values below zero, or null to leave them out of n.</summary>
    public string? ErrorsLabel { get; }

    /// <summary>Returns this table with one more band.</summary>
    public NumericTabulator<T> WithBand(string label, long minimum, long? maximum = null)
        => new(Title, _value, _values, Maximum, [.. _bands, new NumericBand(label, minimum, maximum)], _statistics, Missing, ErrorsLabel) { Notes = Notes };

    /// <summary>Returns this table with one more statistic row.</summary>
    public NumericTabulator<T> WithStatistic(NumericStatistic statistic)
        => new(Title, _value, _values, Maximum, _bands, [.. _statistics, statistic ?? throw new ArgumentNullException(nameof(statistic))], Missing, ErrorsLabel) { Notes = Notes };

    /// <summary>Returns this table with missing values treated as <paramref name="missing"/>.</summary>
    public NumericTabulator<T> WithMissing(MissingAnswers missing) => new(Title, _value, _values, Maximum, _bands, _statistics, missing, ErrorsLabel) { Notes = Notes };

    /// <summary>Returns this table printing values below zero as a row named <paramref name="label"/> (counted in n).</summary>
    public NumericTabulator<T> WithErrors(string label = "Errors") => new(Title, _value, _values, Maximum, _bands, _statistics, Missing, label) { Notes = Notes };

    internal override int CounterCount => checked((int)(Header + Maximum + 1) + _bands.Length + (2 * _statistics.Length));

    private int BandOverflowStart => (int)(Header + Maximum + 1);

    private int StatisticOverflowStart => BandOverflowStart + _bands.Length;

    internal override void Accumulate(T item, Span<long> counters)
    {
        if (_value is not null)
        {
            CountOne(_value(item), counters);
            return;
        }

        foreach (var value in _values!(item))
        {
            CountOne(value, counters);
        }
    }

    internal void CountOne(long? value, Span<long> counters)
    {
        if (value is not { } v)
        {
            counters[0]++;
        }
        else if (v < 0)
        {
            counters[1]++;
        }
        else if (v > Maximum)
        {
            counters[2]++;
            for (var b = 0; b < _bands.Length; b++)
            {
                if (_bands[b].Contains(v))
                {
                    counters[BandOverflowStart + b]++;
                }
            }

            for (var s = 0; s < _statistics.Length; s++)
            {
                if (v >= _statistics[s].Minimum)
                {
                    counters[StatisticOverflowStart + (2 * s)]++;
                    counters[StatisticOverflowStart + (2 * s) + 1] += v;
                }
            }
        }
        else
        {
            counters[Header + (int)v]++;
        }
    }

    internal override Table Finish(ReadOnlySpan<long> counters)
    {
        var histogram = counters[Header..BandOverflowStart];
        var valid = counters[2];
        for (var v = 0; v < histogram.Length; v++)
        {
            valid += histogram[v];
        }

        var errors = ErrorsLabel is null ? 0 : counters[1];
        var n = valid + errors + (Missing is MissingAnswers.Shown or MissingAnswers.Hidden ? counters[0] : 0);
        var rows = new List<TableRow>();
        for (var b = 0; b < _bands.Length; b++)
        {
            var band = _bands[b];
            var count = counters[BandOverflowStart + b];
            for (var v = 0; v < histogram.Length; v++)
            {
                if (band.Contains(v))
                {
                    count += histogram[v];
                }
            }

            rows.Add(new TableRow(band.Label, RowKind.Category, [new CountCell(count, n)]));
        }

        for (var s = 0; s < _statistics.Length; s++)
        {
            var overflow = StatisticOverflowStart + (2 * s);
            rows.Add(new TableRow(_statistics[s].Label, RowKind.Statistic, [Compute(_statistics[s], histogram, counters[overflow], counters[overflow + 1])]));
        }

        if (Missing == MissingAnswers.Shown)
        {
            rows.Add(new TableRow(ChoiceCounts.MissingLabel, RowKind.Missing, [new CountCell(counters[0], n)]));
        }
        else if (Missing == MissingAnswers.ShownSeparately)
        {
            rows.Add(new TableRow(ChoiceCounts.MissingLabel, RowKind.Missing, [new CountCell(counters[0], n + counters[0])]));
        }

        if (ErrorsLabel is not null)
        {
            rows.Add(new TableRow(ErrorsLabel, RowKind.Derived, [new CountCell(errors, n)]));
        }

        return new Table(Title, [new TableBase("n", n)], [new TableColumn(string.Empty)], rows, Notes);
    }

    private static StatisticCell Compute(NumericStatistic statistic, ReadOnlySpan<long> histogram, long overflowCount, long overflowSum)
    {
        var from = (int)Math.Clamp(statistic.Minimum, 0, histogram.Length);
        Int128 count = overflowCount, sum = overflowSum;
        for (var v = from; v < histogram.Length; v++)
        {
            count += histogram[v];
            sum += (Int128)v * histogram[v];
        }

        if (statistic.Average == Average.Mean)
        {
            return StatisticText.Ratio(sum * statistic.Multiplier, count, statistic.Decimals, statistic.Divisor, statistic.Unit);
        }

        if (count == 0)
        {
            return new StatisticCell(null, StatisticText.Undefined);
        }

        // The median is the mean of the values ranked ⌈count/2⌉ and ⌊count/2⌋+1 (1-based).
        var lowRank = (count + 1) / 2;
        var highRank = (count / 2) + 1;
        long? low = null, high = null;
        Int128 seen = 0;
        for (var v = from; v < histogram.Length && high is null; v++)
        {
            seen += histogram[v];
            if (low is null && seen >= lowRank)
            {
                low = v;
            }

            if (seen >= highRank)
            {
                high = v;
            }
        }

        if (low is null || high is null)
        {
            return new StatisticCell(null, StatisticText.Undefined);
        }

        return StatisticText.Ratio((Int128)(low.Value + high.Value) * statistic.Multiplier, 2, statistic.Decimals, statistic.Divisor, statistic.Unit);
    }
}
