using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Insights.Core.Tabulation;
using MathNet.Numerics.Statistics;

namespace Insights.Core.Tests.Tabulation;

/// <summary>
/// The exact histogram statistics agree with MathNet.Numerics, an independent and widely used implementation
/// (its own tests check against NIST reference data), wherever the rounded result is not a tie that
/// floating point could break either way.
/// </summary>
public sealed class NumericStatisticsOracleTests
{
    private sealed record Row(long? Value);

    private static string Printed(NumericStatistic statistic, long[] values)
    {
        var table = Tabulate.Numeric<Row>("t", r => r.Value, 1_000).WithStatistic(statistic).WithMissing(MissingAnswers.Excluded)
            .Evaluate(values.Select(v => new Row(v)));
        return ((StatisticCell)table.Rows.Single().Cells[0]!).Text;
    }

    [Property(MaxTest = 300)]
    public Property MeanAndMedian_AgreeWithMathNet(NonEmptyArray<NonNegativeInt> raw)
    {
        var values = raw.Get.Select(v => (long)(v.Get % 1_001)).ToArray();
        var doubles = values.Select(v => (double)v).ToArray();
        var mean = doubles.Mean();
        var median = doubles.Median();

        // Only compare where the double value is not within rounding noise of a .x5 tie at one decimal.
        static bool Clear(double x) => Math.Abs((x * 10) - Math.Floor(x * 10) - 0.5) > 1e-6;
        var meanText = Math.Round(mean, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture);
        var medianText = Math.Round(median, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture);

        return (!Clear(mean) || Printed(new NumericStatistic("mean", Average.Mean, decimals: 1), values) == meanText)
            .And(Printed(new NumericStatistic("median", Average.Median, decimals: 1), values) == medianText)
            .Label($"mean {mean} median {median}");
    }
}
