using Insights.Core.Statistics;
using Xunit;

namespace Insights.Core.Tests.Statistics;

/// <summary>
/// Paired tests against R 4.2.2: mcnemar.test, binom.test and the mid-p pbinom formula for McNemar; coin::mh_test
/// (checked in the script against the formula) for Stuart–Maxwell; Bhapkar's formula in base R.
/// </summary>
public partial class PairedTestsTests
{
    [Fact]
    public void McNemar_EveryFixtureRow_MatchesR()
    {
        var mismatches = new RFixtures.Mismatches();
        foreach (var row in RFixtures.Read("mcnemar.csv"))
        {
            var method = Enum.Parse<McNemarMethod>(row["method"]);
            var result = PairedTests.McNemar(row.Count("b"), row.Count("c"), method);
            var what = $"{method} b={row["b"]} c={row["c"]}";
            mismatches.Check(what + " statistic", row.Number("statistic"), result.Statistic);
            mismatches.Check(what + " p", row.Number("p"), result.PValue);
            Assert.Equal(row["df"] == "NA" ? null : row.Number("df"), result.DegreesOfFreedom);
        }

        mismatches.AssertNone();
    }

    [Fact]
    public void StuartMaxwell_EveryFixtureRow_MatchesR()
    {
        var mismatches = new RFixtures.Mismatches();
        foreach (var row in RFixtures.Read("stuart-maxwell.csv"))
        {
            var k = (int)row.Count("k");
            var result = PairedTests.StuartMaxwell(row.Table(k, k));
            var what = $"{k}x{k} {row["cells"]}";
            mismatches.Check(what + " statistic", row.Number("statistic"), result.Statistic);
            mismatches.Check(what + " df", row.Number("df"), result.DegreesOfFreedom!.Value);
            mismatches.Check(what + " p", row.Number("p"), result.PValue);
        }

        mismatches.AssertNone();
    }

    [Fact]
    public void Bhapkar_EveryFixtureRow_MatchesR()
    {
        var mismatches = new RFixtures.Mismatches();
        foreach (var row in RFixtures.Read("bhapkar.csv"))
        {
            var k = (int)row.Count("k");
            var result = PairedTests.Bhapkar(row.Table(k, k));
            var what = $"{k}x{k} {row["cells"]}";
            mismatches.Check(what + " statistic", row.Number("statistic"), result.Statistic);
            mismatches.Check(what + " df", row.Number("df"), result.DegreesOfFreedom!.Value);
            mismatches.Check(what + " p", row.Number("p"), result.PValue);
        }

        mismatches.AssertNone();
    }

    [Theory]
    [InlineData(McNemarMethod.Automatic)]
    [InlineData(McNemarMethod.Exact)]
    [InlineData(McNemarMethod.MidP)]
    [InlineData(McNemarMethod.ChiSquare)]
    [InlineData(McNemarMethod.ChiSquareCorrected)]
    public void McNemar_NoDiscordantPairs_GivesPOne(McNemarMethod method)
    {
        var result = PairedTests.McNemar(0, 0, method);

        Assert.Equal(1.0, result.PValue);
        Assert.Equal(0.0, result.Statistic);
        Assert.Contains("0 discordant pairs", result.Method, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3, 21, "exact binomial on 24 discordant pairs")]
    [InlineData(3, 22, "chi-square without continuity correction on 25 discordant pairs")]
    public void McNemar_Automatic_SwitchesToChiSquareAt25(long b, long c, string method)
    {
        Assert.Equal(method, PairedTests.McNemar(b, c).Method);
    }

    [Fact]
    public void McNemar_Automatic_EqualsTheFormItNames()
    {
        Assert.Equal(PairedTests.McNemar(3, 21, McNemarMethod.Exact), PairedTests.McNemar(3, 21));
        Assert.Equal(PairedTests.McNemar(3, 22, McNemarMethod.ChiSquare), PairedTests.McNemar(3, 22));
    }

    [Fact]
    public void McNemar_AMillionPairs_IsFastAndMatchesTheNormalApproximation()
    {
        // 2 P(X <= 499,000) for X ~ Bin(10^6, 1/2): z = 2000/1000 = 2 (continuity corrected 1.999), p ~ 0.0455.
        var result = PairedTests.McNemar(499_000, 501_000, McNemarMethod.Exact);

        Assert.InRange(result.PValue, 0.0450, 0.0460);
    }

    [Fact]
    public void McNemar_3405DiscordantPairs_ExactAndChiSquareDifferByMoreThan001()
    {
        // FsCheck's counter-example when the property above started at 2,000 pairs; R: 0.5834289 - 0.5717136 = 0.0117.
        var exact = PairedTests.McNemar(1719, 1686, McNemarMethod.Exact).PValue;
        var chi = PairedTests.McNemar(1719, 1686, McNemarMethod.ChiSquare).PValue;

        Assert.InRange(exact - chi, 0.0117, 0.0118);
    }

    [Fact]
    public void McNemar_NegativeCount_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PairedTests.McNemar(-1, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => PairedTests.McNemar(1, 3, (McNemarMethod)9));
    }

    [Fact]
    public void StuartMaxwell_TwoCategories_IsMcNemarsUncorrectedStatistic()
    {
        var paired = PairedTests.StuartMaxwell(new long[,] { { 40, 7 }, { 19, 34 } });
        var mcnemar = PairedTests.McNemar(7, 19, McNemarMethod.ChiSquare);

        Assert.Equal(mcnemar.Statistic, paired.Statistic, 12);
        Assert.Equal(mcnemar.PValue, paired.PValue, 12);
    }

    [Fact]
    public void StuartMaxwell_OnlyConcordantPairs_GivesRankZeroAndPOne()
    {
        // coin::mh_test gives statistic 0, df 0, p 1 here too.
        var result = PairedTests.StuartMaxwell(new long[,] { { 5, 0 }, { 0, 7 } });

        Assert.Equal((0.0, 0.0, 1.0), (result.Statistic, result.DegreesOfFreedom!.Value, result.PValue));
        Assert.Contains("no discordant pairs", result.Method, StringComparison.Ordinal);
    }

    [Fact]
    public void StuartMaxwell_EmptyCategory_IsDroppedAndNamed()
    {
        var result = PairedTests.StuartMaxwell(new long[,] { { 5, 0, 3 }, { 0, 0, 0 }, { 2, 0, 6 } });

        Assert.Equal(2, result.Categories);
        Assert.Contains("at indexes 1", result.Method, StringComparison.Ordinal);
        Assert.Equal(PairedTests.StuartMaxwell(new long[,] { { 5, 3 }, { 2, 6 } }).Statistic, result.Statistic);
    }

    [Fact]
    public void StuartMaxwell_FewerThanTwoCategories_ThrowsAndTryReturnsFalse()
    {
        long[,] single = { { 0, 0 }, { 0, 9 } };

        var thrown = Assert.Throws<ArgumentException>(() => PairedTests.StuartMaxwell(single));
        Assert.Equal("pairs", thrown.ParamName);
        Assert.Throws<ArgumentException>(() => PairedTests.Bhapkar(new long[0, 0]));
        Assert.False(PairedTests.TryStuartMaxwell(single, out var result));
        Assert.Null(result);
        Assert.False(PairedTests.TryBhapkar(single, out _));
        Assert.True(PairedTests.TryBhapkar(new long[,] { { 1, 2 }, { 3, 4 } }, out var bhapkar));
        Assert.Equal("Bhapkar", bhapkar.Test);
    }

    [Fact]
    public void StuartMaxwell_MalformedTable_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => PairedTests.StuartMaxwell(null!));
        Assert.Throws<ArgumentException>(() => PairedTests.TryStuartMaxwell(new long[2, 3], out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => PairedTests.StuartMaxwell(new long[,] { { 1, -2 }, { 3, 4 } }));
    }

    [Fact]
    public void Bhapkar_EveryPairChangedTheSameWay_IsInfiniteWithPZero()
    {
        var result = PairedTests.Bhapkar(new long[,] { { 0, 5 }, { 0, 0 } });

        Assert.Equal(double.PositiveInfinity, result.Statistic);
        Assert.Equal(0.0, result.PValue);
        Assert.Equal(5.0, PairedTests.StuartMaxwell(new long[,] { { 0, 5 }, { 0, 0 } }).Statistic, 12);
    }

    [Fact]
    public void TestResult_InvalidValues_Throw()
    {
        Assert.Throws<ArgumentException>(() => new TestResult(" ", "m", 1, null, 0.5, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TestResult("t", "m", double.NaN, null, 0.5, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TestResult("t", "m", 1, -1, 0.5, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TestResult("t", "m", 1, null, 1.5, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TestResult("t", "m", 1, null, 0.5, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TestResult("t", "m", 1, null, 0.5, 2, double.NaN));
        Assert.Equal(new TestResult("t", "m", 1, 1, 0.5, 2), new TestResult("t", "m", 1, 1, 0.5, 2));
    }
}
