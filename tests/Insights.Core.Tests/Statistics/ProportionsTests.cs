using Insights.Core.Statistics;
using Xunit;

namespace Insights.Core.Tests.Statistics;

/// <summary>Proportions against R 4.2.2 (binom.test, prop.test; Newcombe's method 10 on prop.test's Wilson limits).</summary>
public partial class ProportionsTests
{
    [Fact]
    public void Interval_EveryFixtureRow_MatchesR()
    {
        var mismatches = new RFixtures.Mismatches();
        foreach (var row in RFixtures.Read("intervals.csv"))
        {
            var method = Enum.Parse<IntervalMethod>(row["method"]);
            var interval = Proportions.Interval(row.Count("successes"), row.Count("trials"), row.Number("level"), method);
            var what = $"{method} {row["successes"]}/{row["trials"]} at {row["level"]}";
            mismatches.Check(what + " lower", row.Number("lower"), interval.Lower);
            mismatches.Check(what + " upper", row.Number("upper"), interval.Upper);
        }

        mismatches.AssertNone();
    }

    [Fact]
    public void DifferenceInterval_EveryFixtureRow_MatchesR()
    {
        var mismatches = new RFixtures.Mismatches();
        foreach (var row in RFixtures.Read("newcombe.csv"))
        {
            var interval = Proportions.DifferenceInterval(
                row.Count("successes1"), row.Count("trials1"), row.Count("successes2"), row.Count("trials2"), row.Number("level"));
            var what = $"{row["successes1"]}/{row["trials1"]} - {row["successes2"]}/{row["trials2"]} at {row["level"]}";
            mismatches.Check(what + " lower", row.Number("lower"), interval.Lower);
            mismatches.Check(what + " upper", row.Number("upper"), interval.Upper);
        }

        mismatches.AssertNone();
    }

    [Fact]
    public void TwoProportionTest_EveryFixtureRow_MatchesR()
    {
        var mismatches = new RFixtures.Mismatches();
        foreach (var row in RFixtures.Read("prop-test.csv"))
        {
            var correct = row["correct"] == "true";
            var result = Proportions.TwoProportionTest(row.Count("successes1"), row.Count("trials1"), row.Count("successes2"), row.Count("trials2"), correct);
            var what = $"{row["successes1"]}/{row["trials1"]} vs {row["successes2"]}/{row["trials2"]} correct={correct}";
            mismatches.Check(what + " statistic", row.Number("statistic"), result.Statistic);
            mismatches.Check(what + " p", row.Number("p"), result.PValue);
            Assert.Equal(1.0, result.DegreesOfFreedom);
        }

        mismatches.AssertNone();
    }

    [Fact]
    public void Interval_NewcombesPublishedExample_Agrees()
    {
        // Newcombe (1998), Statistics in Medicine 17:857, Table II example (a): 56/70 - 48/80, method 10: 0.0524 to 0.3339.
        var interval = Proportions.DifferenceInterval(56, 70, 48, 80, 0.95);

        Assert.Equal(0.0524, interval.Lower, 4);
        Assert.Equal(0.3339, interval.Upper, 4);
    }

    [Theory]
    [InlineData(IntervalMethod.Wilson)]
    [InlineData(IntervalMethod.WilsonContinuityCorrected)]
    [InlineData(IntervalMethod.ClopperPearson)]
    public void Interval_NoSuccesses_HasLowerLimitExactlyZero(IntervalMethod method)
    {
        Assert.Equal(0.0, Proportions.Interval(0, 1, 0.95, method).Lower);
        Assert.Equal(0.0, Proportions.Interval(0, 100_000, 0.95, method).Lower);
    }

    [Theory]
    [InlineData(IntervalMethod.Wilson)]
    [InlineData(IntervalMethod.WilsonContinuityCorrected)]
    [InlineData(IntervalMethod.ClopperPearson)]
    public void Interval_AllSuccesses_HasUpperLimitExactlyOne(IntervalMethod method)
    {
        Assert.Equal(1.0, Proportions.Interval(1, 1, 0.95, method).Upper);
        Assert.Equal(1.0, Proportions.Interval(100_000, 100_000, 0.95, method).Upper);
    }

    [Fact]
    public void Interval_ClopperPearsonOfOneTrial_IsTheClosedForm()
    {
        // With n = 1 the beta quantiles have closed forms: 0 of 1 gives [0, 1 - alpha/2], 1 of 1 gives [alpha/2, 1].
        Assert.Equal(0.975, Proportions.Interval(0, 1, 0.95, IntervalMethod.ClopperPearson).Upper, 14);
        Assert.Equal(0.025, Proportions.Interval(1, 1, 0.95, IntervalMethod.ClopperPearson).Lower, 14);
    }

    [Fact]
    public void Interval_MillionsOfTrials_IsFiniteAndNarrow()
    {
        var interval = Proportions.Interval(3_000_000, 10_000_000, 0.95, IntervalMethod.ClopperPearson);

        Assert.True(interval.Contains(0.3));
        Assert.True(interval.Width is > 0 and < 1e-3);
    }

    [Theory]
    [InlineData(0, 0, 0.95)]
    [InlineData(-1, 5, 0.95)]
    [InlineData(6, 5, 0.95)]
    [InlineData(1, 5, 0.0)]
    [InlineData(1, 5, 1.0)]
    [InlineData(1, 5, double.NaN)]
    public void Interval_InvalidArguments_Throw(long successes, long trials, double level)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Proportions.Interval(successes, trials, level, IntervalMethod.Wilson));
    }

    [Fact]
    public void Interval_UndefinedMethod_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Proportions.Interval(1, 2, 0.95, (IntervalMethod)42));
    }

    [Fact]
    public void DifferenceInterval_InvalidArguments_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Proportions.DifferenceInterval(1, 0, 1, 2, 0.95));
        Assert.Throws<ArgumentOutOfRangeException>(() => Proportions.DifferenceInterval(1, 2, 3, 2, 0.95));
        Assert.Throws<ArgumentOutOfRangeException>(() => Proportions.DifferenceInterval(1, 2, 1, 2, 1.5));
    }

    [Theory]
    [InlineData(0, 10, 0, 20)]
    [InlineData(10, 10, 20, 20)]
    public void TwoProportionTest_NoVariation_GivesPOne(long x1, long n1, long x2, long n2)
    {
        // R returns NaN here (0/0); equal proportions with nothing varying are no evidence of a difference.
        var result = Proportions.TwoProportionTest(x1, n1, x2, n2, continuityCorrection: true);

        Assert.Equal(0.0, result.Statistic);
        Assert.Equal(1.0, result.PValue);
        Assert.Contains("no variation", result.Method, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoProportionTest_EqualProportionsWithCorrection_IsZero()
    {
        // R caps the correction at |p1 - p2| / (1/n1 + 1/n2), so equal proportions give 0, not a negative residual.
        var result = Proportions.TwoProportionTest(5, 10, 10, 20, continuityCorrection: true);

        Assert.Equal(0.0, result.Statistic, 15);
        Assert.Equal(1.0, result.PValue, 12);
    }

    [Fact]
    public void ProportionInterval_InvalidLimits_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ProportionInterval(0.5, 0.4));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ProportionInterval(-1.5, 0.4));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ProportionInterval(0.1, double.NaN));
        Assert.Equal(new ProportionInterval(0.1, 0.2), new ProportionInterval(0.1, 0.2));
    }
}
