using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Insights.Core.Statistics;
using Xunit;

namespace Insights.Core.Tests.Statistics;

/// <summary>p-value adjustment against R 4.2.2's p.adjust.</summary>
public class MultipleTestingTests
{
    [Fact]
    public void Adjust_EveryFixtureRow_MatchesR()
    {
        var mismatches = new RFixtures.Mismatches();
        foreach (var row in RFixtures.Read("p-adjust.csv"))
        {
            var method = Enum.Parse<PValueAdjustment>(row["method"]);
            var expected = row.Numbers("adjusted");
            var actual = MultipleTesting.Adjust(row.Numbers("raw"), method);
            Assert.Equal(expected.Length, actual.Length);
            for (var i = 0; i < expected.Length; i++)
            {
                mismatches.Check($"{method} vector {row["id"]} [{i}]", expected[i], actual[i]);
            }
        }

        mismatches.AssertNone();
    }

    [Fact]
    public void Adjust_EdgeCases_BehaveAsDocumented()
    {
        Assert.Empty(MultipleTesting.Adjust([], PValueAdjustment.Holm));
        Assert.Equal([0.3], MultipleTesting.Adjust([0.3], PValueAdjustment.BenjaminiHochberg));
        Assert.Equal([0.2, 0.4], MultipleTesting.Adjust([0.2, 0.4], PValueAdjustment.None));
        var withNaN = MultipleTesting.Adjust([0.01, double.NaN, 0.04], PValueAdjustment.Holm);
        Assert.Equal(0.02, withNaN[0], 15);
        Assert.True(double.IsNaN(withNaN[1]));
        Assert.Equal(0.04, withNaN[2], 15);
    }

    [Fact]
    public void Adjust_InvalidInput_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MultipleTesting.Adjust([0.5, 1.5], PValueAdjustment.Holm));
        Assert.Throws<ArgumentOutOfRangeException>(() => MultipleTesting.Adjust([-0.1], PValueAdjustment.None));
        Assert.Throws<ArgumentOutOfRangeException>(() => MultipleTesting.Adjust([0.1], (PValueAdjustment)7));
        Assert.Throws<ArgumentNullException>(() => MultipleTesting.Adjust(null!, PValueAdjustment.Holm));
    }

    private static Gen<double[]> Family() => Gen.ArrayOf(StatisticsGen.PValue()).Where(a => a.Length <= 40);

    [Property(MaxTest = 1000)]
    public Property Adjust_AnyFamily_HolmIsAtLeastRawAndBhIsAtMostHolm() =>
        Prop.ForAll(
            Arb.From(Family()),
            raw =>
            {
                var holm = MultipleTesting.Adjust(raw, PValueAdjustment.Holm);
                var bh = MultipleTesting.Adjust(raw, PValueAdjustment.BenjaminiHochberg);
                return raw.Select((p, i) => holm[i] >= p && bh[i] <= holm[i] && bh[i] >= p && holm[i] <= 1.0).All(ok => ok);
            });

    [Property(MaxTest = 1000)]
    public Property Adjust_AnyFamily_IsMonotoneInTheRawPValue() =>
        Prop.ForAll(
            Arb.From(from raw in Family() from m in Gen.Elements(PValueAdjustment.Holm, PValueAdjustment.BenjaminiHochberg) select (raw, m)),
            t =>
            {
                var adjusted = MultipleTesting.Adjust(t.raw, t.m);
                return Enumerable.Range(0, t.raw.Length).All(i => Enumerable.Range(0, t.raw.Length).All(j => !(t.raw[i] <= t.raw[j]) || adjusted[i] <= adjusted[j]));
            });

    [Property(MaxTest = 500)]
    public Property Adjust_NaNEntries_PassThroughAndDoNotCount() =>
        Prop.ForAll(
            Arb.From(from raw in Family() from at in Gen.Choose(0, 40) select (raw, at)),
            t =>
            {
                var position = Math.Min(t.at, t.raw.Length);
                var withNaN = t.raw.Take(position).Append(double.NaN).Concat(t.raw.Skip(position)).ToArray();
                var adjusted = MultipleTesting.Adjust(withNaN, PValueAdjustment.Holm).ToList();
                var plain = MultipleTesting.Adjust(t.raw, PValueAdjustment.Holm);
                var nan = double.IsNaN(adjusted[position]);
                adjusted.RemoveAt(position);
                return nan && adjusted.SequenceEqual(plain);
            });
}
