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

    internal const int MaximumDecimals = 6;

    /// <summary>Returns <paramref name="decimals"/> when a statistic can print that many (0 to 6).</summary>
    internal static int CheckedDecimals(int decimals, string parameter)
    {
        if (decimals is < 0 or > MaximumDecimals)
        {
            throw new ArgumentOutOfRangeException(parameter, decimals, $"A statistic prints from 0 to {MaximumDecimals} decimals.");
        }

        return decimals;
    }

    private static Int128 Pow10(int decimals)
    {
        CheckedDecimals(decimals, nameof(decimals));
        Int128 result = 1;
        for (var i = 0; i < decimals; i++)
        {
            result *= 10;
        }

        return result;
    }
}

/// <summary>A band of whole-number values printed as one row, e.g. <c>21-30</c> for ages 21 to 30.</summary>
public sealed class NumericBand
{
    /// <summary>Creates a band.</summary>
    /// <param name="label">The printed label.</param>
    /// <param name="minimum">The smallest value in the band.</param>
    /// <param name="maximum">The largest value in the band; <see langword="null"/> for an open band such as <c>61+</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="label"/> is blank, or <paramref name="maximum"/> is below <paramref name="minimum"/> (the band would be empty).</exception>
    public NumericBand(string label, long minimum, long? maximum)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        if (maximum < minimum)
        {
            throw new ArgumentException($"The band '{label}' runs from {minimum} down to {maximum}: its maximum must be at least its minimum.", nameof(maximum));
        }

        Label = label;
        Minimum = minimum;
        Maximum = maximum;
    }

    /// <summary>Gets the printed label.</summary>
    public string Label { get; }

    /// <summary>Gets the smallest value in the band.</summary>
    public long Minimum { get; }

    /// <summary>Gets the largest value in the band, or <see langword="null"/> for an open band.</summary>
    public long? Maximum { get; }

    internal bool Contains(long value) => value >= Minimum && (Maximum is not { } max || value <= max);

    /// <inheritdoc/>
    public override string ToString() => Label;
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
/// A statistic row of a numeric table: the mean or median of the values at least a minimum, divided by a divisor
/// (e.g. days to weeks) and multiplied by a multiplier (a rate per 100), printed with a fixed number of decimals
/// (halves away from zero) and a unit.
/// </summary>
public sealed class NumericStatistic
{
    /// <summary>Creates a statistic row.</summary>
    /// <param name="label">The printed label, e.g. <c>Average case length (median)</c>.</param>
    /// <param name="average">Mean or median.</param>
    /// <param name="decimals">Decimals printed, from 0 to 6.</param>
    /// <param name="unit">The unit printed after the value, e.g. <c>weeks</c>, or null.</param>
    /// <param name="divisor">What the values are divided by before printing (7 for days to weeks, 12 for months to years); at least 1.</param>
    /// <param name="minimum">Values below this are left out of the statistic (1 for "cases with at least one child"); zero or more.</param>
    /// <param name="multiplier">What the values are multiplied by before printing (100 for a rate per 100); at least 1.</param>
    /// <exception cref="ArgumentException"><paramref name="label"/> is blank, or <paramref name="unit"/> is blank but not null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number is outside its range.</exception>
    public NumericStatistic(string label, Average average, int decimals = 0, string? unit = null, long divisor = 1, long minimum = 0, long multiplier = 1)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        if (!Enum.IsDefined(average))
        {
            throw new ArgumentOutOfRangeException(nameof(average), average, "Not an average.");
        }

        if (unit is not null && string.IsNullOrWhiteSpace(unit))
        {
            throw new ArgumentException("A unit, when given, must not be blank.", nameof(unit));
        }

        if (divisor < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(divisor), divisor, "A statistic's divisor must be at least 1.");
        }

        if (multiplier < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(multiplier), multiplier, "A statistic's multiplier must be at least 1.");
        }

        if (minimum < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(minimum), minimum, "A statistic's minimum must be zero or more: values below zero are errors, never counted.");
        }

        Label = label;
        Average = average;
        Decimals = StatisticText.CheckedDecimals(decimals, nameof(decimals));
        Unit = unit;
        Divisor = divisor;
        Minimum = minimum;
        Multiplier = multiplier;
    }

    /// <summary>Gets the printed label.</summary>
    public string Label { get; }

    /// <summary>Gets which average is printed.</summary>
    public Average Average { get; }

    /// <summary>Gets the number of decimals printed.</summary>
    public int Decimals { get; }

    /// <summary>Gets the unit printed after the value, or null.</summary>
    public string? Unit { get; }

    /// <summary>Gets what the values are divided by before printing.</summary>
    public long Divisor { get; }

    /// <summary>Gets the smallest value the statistic counts.</summary>
    public long Minimum { get; }

    /// <summary>Gets what the values are multiplied by before printing.</summary>
    public long Multiplier { get; }

    /// <inheritdoc/>
    public override string ToString() => Label;
}

/// <summary>
/// A whole-number question shown in bands, with mean and median rows, the missing answers and the
/// values below zero reported as errors (e.g. an intake date after the closure date). Values are counted in a
/// histogram from 0 to the maximum, so the median is exact and states merge.
/// </summary>
/// <typeparam name="T">The record type counted.</typeparam>
public sealed class NumericTabulator<T> : Tabulator<T>
{
    private readonly Options _options;
    private readonly int _bandStart;
    private readonly int _sumStart;

    internal NumericTabulator(string title, Options options)
        : base(title, Describe(options), options.Notes)
    {
        _options = options with { Missing = options.Missing.Checked(nameof(options)) };
        if (options.ErrorsLabel is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(options.ErrorsLabel, nameof(options));
        }

        _bandStart = (int)(NumberTally<T>.Header + options.Maximum + 1);
        _sumStart = _bandStart + options.Bands.Count;
    }

    /// <summary>Gets the largest value counted exactly; larger values are counted but leave the median undefined if it falls among them.</summary>
    public long Maximum => _options.Maximum;

    /// <summary>Gets the bands printed, in order.</summary>
    public IReadOnlyList<NumericBand> Bands => _options.Bands;

    /// <summary>Gets the statistic rows printed after the bands.</summary>
    public IReadOnlyList<NumericStatistic> Statistics => _options.Statistics;

    /// <summary>Gets how missing values are counted and printed.</summary>
    public MissingAnswers Missing => _options.Missing;

    /// <summary>Gets the label of the row counting values below zero, or null to leave them out of n.</summary>
    public string? ErrorsLabel => _options.ErrorsLabel;

    /// <summary>Returns this table with one more band.</summary>
    /// <exception cref="ArgumentException"><paramref name="label"/> is blank or <paramref name="maximum"/> is below <paramref name="minimum"/>.</exception>
    public NumericTabulator<T> WithBand(string label, long minimum, long? maximum = null)
        => With(_options with { Bands = [.. Bands, new NumericBand(label, minimum, maximum)] });

    /// <summary>Returns this table with one more statistic row.</summary>
    public NumericTabulator<T> WithStatistic(NumericStatistic statistic)
        => With(_options with { Statistics = [.. Statistics, statistic ?? throw new ArgumentNullException(nameof(statistic))] });

    /// <summary>Returns this table with missing values treated as <paramref name="missing"/>.</summary>
    public NumericTabulator<T> WithMissing(MissingAnswers missing) => With(_options with { Missing = missing });

    /// <summary>Returns this table printing values below zero as a row named <paramref name="label"/> (counted in n).</summary>
    public NumericTabulator<T> WithErrors(string label = "Errors") => With(_options with { ErrorsLabel = label ?? throw new ArgumentNullException(nameof(label)) });

    private NumericTabulator<T> With(Options options) => new(Title, options);

    private static Tally<T> Describe(Options options)
    {
        long[] sumsFrom = [.. options.Statistics.Select(s => s.Minimum)];
        return options.Describe(options.Maximum, options.Bands, sumsFrom);
    }

    /// <inheritdoc/>
    protected override Table CreateTable(ReadOnlySpan<long> counters)
    {
        var histogram = counters[NumberTally<T>.Header.._bandStart];
        var valid = counters[2];
        for (var v = 0; v < histogram.Length; v++)
        {
            valid = checked(valid + histogram[v]);
        }

        var errors = ErrorsLabel is null ? 0 : counters[1];
        var n = Missing.Base(checked(valid + errors), counters[0]);
        var rows = new List<TableRow>();
        for (var b = 0; b < Bands.Count; b++)
        {
            var band = Bands[b];
            var count = counters[_bandStart + b];
            var from = (int)Math.Clamp(band.Minimum, 0, histogram.Length);
            var to = (int)Math.Clamp(band.Maximum ?? long.MaxValue, -1, histogram.Length - 1);
            for (var v = from; v <= to; v++)
            {
                count = checked(count + histogram[v]);
            }

            rows.Add(new TableRow(band.Label, RowKind.Category, [new CountCell(count, n)]));
        }

        for (var s = 0; s < Statistics.Count; s++)
        {
            var overflow = _sumStart + (2 * s);
            rows.Add(new TableRow(Statistics[s].Label, RowKind.Statistic, [Compute(Statistics[s], histogram, counters[overflow], counters[overflow + 1])]));
        }

        if (Missing.Row(counters[0], n) is { } missingRow)
        {
            rows.Add(missingRow);
        }

        if (ErrorsLabel is not null)
        {
            rows.Add(new TableRow(ErrorsLabel, RowKind.Derived, [new CountCell(errors, n)]));
        }

        return new Table(Title, [new TableBase("n", n)], [new TableColumn(string.Empty)], rows, Notes) { Relations = Relations(rows) };
    }

    /// <summary>
    /// Each count's base is n; n is the sum of the bands, the Missing row (when counted in n) and the Errors row
    /// when the bands are disjoint and cover every value from 0 up, and at least that sum otherwise.
    /// </summary>
    private List<TableRelation> Relations(List<TableRow> rows)
    {
        var n = TableTerm.Base(0);
        var relations = new List<TableRelation>();
        var parts = new List<TableTerm>();
        for (var r = 0; r < rows.Count; r++)
        {
            if (rows[r].Cells[0] is not CountCell)
            {
                continue;
            }

            var isMissing = rows[r].Kind == RowKind.Missing;
            if (isMissing && Missing == MissingAnswers.ShownSeparately)
            {
                relations.Add(TableRelation.Sum(TableTerm.CellBase(r, 0), n, TableTerm.Cell(r, 0)));
                continue;
            }

            relations.Add(TableRelation.Sum(TableTerm.CellBase(r, 0), n));
            relations.Add(TableRelation.AtLeast(TableTerm.CellBase(r, 0), TableTerm.Cell(r, 0)));
            parts.Add(TableTerm.Cell(r, 0));
        }

        if (parts.Count > 0)
        {
            relations.Add(BandsCoverEveryValue() && Missing != MissingAnswers.Hidden ? TableRelation.Sum(n, parts) : TableRelation.AtLeast(n, parts));
        }

        return relations;
    }

    private bool BandsCoverEveryValue()
    {
        long next = 0;
        foreach (var band in Bands.OrderBy(b => b.Minimum))
        {
            if (band.Minimum != next)
            {
                return false;
            }

            if (band.Maximum is not { } max)
            {
                return true;
            }

            next = max + 1;
        }

        return false;
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
            return StatisticText.Ratio(sum * statistic.Multiplier, count, statistic.Decimals, statistic.Divisor, statistic.Unit) with { Records = (long)count };
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

        return StatisticText.Ratio((Int128)(low.Value + high.Value) * statistic.Multiplier, 2, statistic.Decimals, statistic.Divisor, statistic.Unit) with { Records = (long)count };
    }

    // Describe makes the description from the options that shape it (per record or per item).
    internal sealed record Options(
        Func<long, IReadOnlyList<NumericBand>, IReadOnlyList<long>, Tally<T>> Describe,
        long Maximum,
        IReadOnlyList<NumericBand> Bands,
        IReadOnlyList<NumericStatistic> Statistics,
        MissingAnswers Missing,
        string? ErrorsLabel,
        IReadOnlyList<string> Notes);
}
