using System.Globalization;
using FsCheck.Fluent;
using FsCheck.Xunit;
using FsCheck;
using Insights.Core.Tabulation;
using Xunit;

namespace Insights.Core.Tests.Tabulation;

public sealed class NumericTabulatorTests
{
    /// <summary>Values (null = missing, negative = error), the histogram's maximum, bands and statistics to print.</summary>
    public sealed record NumericCase(long?[] Values, long Maximum, NumericBand[] Bands, NumericStatistic[] Statistics)
    {
        public override string ToString()
            => $"max {Maximum}; values [{string.Join(' ', Values.Select(v => v?.ToString(CultureInfo.InvariantCulture) ?? "-"))}]; bands [{string.Join(' ', Bands.Select(b => $"{b.Minimum}..{b.Maximum}"))}]; statistics [{string.Join(' ', Statistics)}]";
    }

    public static Arbitrary<NumericCase> Cases()
    {
        var value = TabulationGenerators.Maybe(Gen.Frequency((1, Gen.Choose(-5, -1)), (12, Gen.Choose(0, 120))).Select(v => (long)v));
        var band = from min in Gen.Choose(0, 110)
                   from width in Gen.Choose(0, 40)
                   from open in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
                   select new NumericBand($"{min}+{width}", min, open ? null : min + width);
        var statistic = from average in Gen.Elements(Average.Mean, Average.Median)
                        from decimals in Gen.Choose(0, 3)
                        from divisor in Gen.Elements(1L, 1L, 7L, 12L)
                        from minimum in Gen.Frequency((2, Gen.Constant(0)), (1, Gen.Choose(1, 100)))
                        from multiplier in Gen.Elements(1L, 1L, 100L)
                        select new NumericStatistic($"{average} x{multiplier} /{divisor} from {minimum}", average, decimals, divisor == 7 ? "weeks" : null, divisor, minimum, multiplier);
        return Arb.From(
            from values in Gen.ListOf(value).Select(v => v.ToArray())
            from maximum in Gen.Choose(0, 100)
            from bands in Gen.ListOf(band).Select(b => b.ToArray())
            from statistics in Gen.ListOf(statistic).Select(s => s.ToArray())
            select new NumericCase(values, maximum, bands, statistics));
    }

    [Property(Arbitrary = new[] { typeof(NumericTabulatorTests) }, MaxTest = 300)]
    public void Evaluate_AnyBands_EachCountsTheValuesInIt(NumericCase input)
    {
        var table = Build(input).Evaluate(input.Values);
        for (var i = 0; i < input.Bands.Length; i++)
        {
            var band = input.Bands[i];
            var expected = input.Values.Count(v => v >= band.Minimum && (band.Maximum is null || v <= band.Maximum));
            Assert.Equal(expected, table.Rows[i].CountAt(0)!.Count);
        }
    }

    [Property(Arbitrary = new[] { typeof(NumericTabulatorTests) }, MaxTest = 300)]
    public void Evaluate_AnyValues_StatisticsEqualADirectComputation(NumericCase input)
    {
        var table = Build(input).Evaluate(input.Values);
        for (var i = 0; i < input.Statistics.Length; i++)
        {
            var statistic = input.Statistics[i];
            var cell = (StatisticCell)table.Rows[input.Bands.Length + i].Cells[0]!;
            var (value, text) = Expected(statistic, input.Values, input.Maximum);
            Assert.Equal(text, cell.Text);
            Assert.Equal(value, cell.Value);
        }
    }

    [Property(Arbitrary = new[] { typeof(NumericTabulatorTests) })]
    public void Evaluate_NegativeValues_CountedAsErrorsInN(NumericCase input)
    {
        var table = Build(input).Evaluate(input.Values);
        var errors = table.Row("Errors")!;
        Assert.Equal(RowKind.Derived, errors.Kind);
        Assert.Equal(input.Values.Count(v => v < 0), errors.CountAt(0)!.Count);
        Assert.Equal(input.Values.Length, table.Bases.Single().N);
        Assert.Equal(input.Values.Count(v => v is null), table.Row("Missing")!.CountAt(0)!.Count);
        var withoutErrors = Tabulate.Numeric("Values", (long? v) => v, input.Maximum).WithMissing(MissingAnswers.Excluded).Evaluate(input.Values);
        Assert.Equal(input.Values.Count(v => v >= 0), withoutErrors.Bases.Single().N);
    }

    [Fact]
    public void Evaluate_NoValues_StatisticsAreDashes()
    {
        var table = Catalogue.Ages.Evaluate([]);
        Assert.All(table.Rows.Where(r => r.Kind == RowKind.Statistic), r =>
        {
            var cell = (StatisticCell)r.Cells[0]!;
            Assert.Null(cell.Value);
            Assert.Equal("-", cell.Text);
        });
        Assert.All(table.Rows.Where(r => r.Kind != RowKind.Statistic), r => Assert.Equal("-", r.Cells[0]!.PercentText));
    }

    [Fact]
    public void Evaluate_CaseLengthsInDays_MedianInWeeksAsTheReportPrintsIt()
    {
        // Median of 84, 91, 98 and 105 days is 94.5 days = 13.5 weeks; halves round away from zero: 14 weeks.
        var table = Tabulate.Numeric("Case length", (long? days) => days, 400)
            .WithStatistic(new NumericStatistic("Average case length (median)", Average.Median, unit: "weeks", divisor: 7))
            .Evaluate([84, 91, 98, 105, -3, null]);
        Assert.Equal("14 weeks", ((StatisticCell)table.Row("Average case length (median)")!.Cells[0]!).Text);
    }

    private static NumericTabulator<long?> Build(NumericCase input)
    {
        var definition = Tabulate.Numeric("Values", (long? v) => v, input.Maximum);
        definition = input.Bands.Aggregate(definition, (d, b) => d.WithBand(b.Label, b.Minimum, b.Maximum));
        definition = input.Statistics.Aggregate(definition, (d, s) => d.WithStatistic(s));
        return definition.WithErrors();
    }

    /// <summary>The statistic from a sorted list and decimal arithmetic; a median falling above the maximum is undefined.</summary>
    private static (decimal? Value, string Text) Expected(NumericStatistic statistic, long?[] values, long maximum)
    {
        var used = values.Where(v => v >= 0 && v >= statistic.Minimum).Select(v => v!.Value).Order().ToArray();
        if (used.Length == 0)
        {
            return (null, "-");
        }

        decimal exact;
        if (statistic.Average == Average.Mean)
        {
            exact = (decimal)used.Sum() * statistic.Multiplier / used.Length / statistic.Divisor;
        }
        else
        {
            var low = used[(used.Length - 1) / 2];
            var high = used[used.Length / 2];
            if (high > maximum)
            {
                return (null, "-");
            }

            exact = (low + high) * statistic.Multiplier / 2m / statistic.Divisor;
        }

        var rounded = decimal.Round(exact, statistic.Decimals, MidpointRounding.AwayFromZero);
        var text = rounded.ToString("F" + statistic.Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return (rounded, statistic.Unit is null ? text : $"{text} {statistic.Unit}");
    }
}
