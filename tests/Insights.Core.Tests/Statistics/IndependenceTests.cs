using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Insights.Core.Statistics;
using Xunit;

namespace Insights.Core.Tests.Statistics;

/// <summary>Independence tests against R 4.2.2: chisq.test(correct = FALSE) with Cramér's V, and fisher.test.</summary>
public class IndependenceTests
{
    [Fact]
    public void ChiSquare_EveryFixtureRow_MatchesR()
    {
        var mismatches = new RFixtures.Mismatches();
        foreach (var row in RFixtures.Read("chisq.csv"))
        {
            var table = row.Table((int)row.Count("rows"), (int)row.Count("columns"));
            var result = Independence.ChiSquare(table);
            var what = $"{row["rows"]}x{row["columns"]} {row["cells"]}";
            mismatches.Check(what + " statistic", row.Number("statistic"), result.Statistic);
            mismatches.Check(what + " df", row.Number("df"), result.DegreesOfFreedom!.Value);
            mismatches.Check(what + " p", row.Number("p"), result.PValue);
            mismatches.Check(what + " V", row.Number("cramersv"), result.EffectSize!.Value);
            mismatches.Check(what + " CramersV", row.Number("cramersv"), Independence.CramersV(table));
        }

        mismatches.AssertNone();
    }

    [Fact]
    public void FisherExact_EveryFixtureRow_MatchesR()
    {
        var mismatches = new RFixtures.Mismatches();
        foreach (var row in RFixtures.Read("fisher.csv"))
        {
            var result = Independence.FisherExact(row.Count("a"), row.Count("b"), row.Count("c"), row.Count("d"));
            mismatches.Check($"[[{row["a"]}, {row["b"]}], [{row["c"]}, {row["d"]}]] p", row.Number("p"), result.PValue);
        }

        mismatches.AssertNone();
    }

    [Fact]
    public void FisherExact_TheLadyTastingTea_IsFishersValue()
    {
        // Fisher (1935): 3 of 4 cups right each way; two-sided p = 34/70.
        Assert.Equal(34.0 / 70.0, Independence.FisherExact(3, 1, 1, 3).PValue, 14);
        Assert.Equal(16.0 / 70.0, Independence.FisherExact(3, 1, 1, 3).Statistic, 14);
    }

    [Fact]
    public void FisherExact_EmptyMargin_GivesPOne()
    {
        Assert.Equal(1.0, Independence.FisherExact(0, 0, 0, 0).PValue);
        Assert.Equal(1.0, Independence.FisherExact(0, 5, 0, 5).PValue);
        Assert.Throws<ArgumentOutOfRangeException>(() => Independence.FisherExact(1, -1, 0, 0));
    }

    [Fact]
    public void ChiSquare_EmptyRowsAndColumns_AreDroppedAndNamed()
    {
        var result = Independence.ChiSquare(new long[,] { { 5, 0, 3 }, { 0, 0, 0 }, { 2, 0, 7 } });

        Assert.Equal(2, result.Categories);
        Assert.Equal(1.0, result.DegreesOfFreedom);
        Assert.Contains("rows at indexes 1", result.Method, StringComparison.Ordinal);
        Assert.Contains("columns at indexes 1", result.Method, StringComparison.Ordinal);
    }

    [Fact]
    public void ChiSquare_FewerThanTwoRowsOrColumns_ThrowsAndTryReturnsFalse()
    {
        long[,] oneColumn = { { 5, 0 }, { 3, 0 } };

        Assert.Throws<ArgumentException>(() => Independence.ChiSquare(oneColumn));
        Assert.Throws<ArgumentException>(() => Independence.CramersV(new long[2, 2]));
        Assert.False(Independence.TryChiSquare(oneColumn, out var result));
        Assert.Null(result);
        Assert.Throws<ArgumentNullException>(() => Independence.ChiSquare(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => Independence.TryChiSquare(new long[,] { { -1, 1 }, { 1, 1 } }, out _));
    }

    [Fact]
    public void CramersV_PerfectAssociation_IsOne()
    {
        Assert.Equal(1.0, Independence.CramersV(new long[,] { { 7, 0, 0 }, { 0, 4, 0 }, { 0, 0, 9 } }), 12);
    }

    [Property(MaxTest = 500)]
    public Property ChiSquare_TransposedTable_GivesTheSameTest() =>
        Prop.ForAll(
            Arb.From(StatisticsGen.Rectangle().Where(t => Independence.TryChiSquare(t, out _))),
            table =>
            {
                var result = Independence.ChiSquare(table);
                var transposed = Independence.ChiSquare(StatisticsGen.Transpose(table));
                return RFixtures.Close(result.Statistic, transposed.Statistic) && RFixtures.Close(result.PValue, transposed.PValue)
                    && result.DegreesOfFreedom == transposed.DegreesOfFreedom && RFixtures.Close(result.EffectSize!.Value, transposed.EffectSize!.Value);
            });

    [Property(MaxTest = 500)]
    public Property ChiSquare_AnyTable_HasPValueAndCramersVInTheUnitInterval() =>
        Prop.ForAll(
            Arb.From(StatisticsGen.Rectangle().Where(t => Independence.TryChiSquare(t, out _))),
            table =>
            {
                var result = Independence.ChiSquare(table);
                return result.PValue is >= 0.0 and <= 1.0 && result.EffectSize is >= 0.0 and <= 1.0;
            });

    [Property(MaxTest = 500)]
    public Property FisherExact_AnyTable_HasAPValueInTheUnitIntervalInvariantUnderTransposition() =>
        Prop.ForAll(
            Arb.From(from a in StatisticsGen.Count(3_000) from b in StatisticsGen.Count(3_000) from c in StatisticsGen.Count(3_000) from d in StatisticsGen.Count(3_000) select (a, b, c, d)),
            t =>
            {
                var p = Independence.FisherExact(t.a, t.b, t.c, t.d).PValue;
                var transposed = Independence.FisherExact(t.a, t.c, t.b, t.d).PValue;
                var swapped = Independence.FisherExact(t.c, t.d, t.a, t.b).PValue;
                return p is >= 0.0 and <= 1.0 && Math.Abs(p - transposed) <= 1e-9 && Math.Abs(p - swapped) <= 1e-9;
            });
}
