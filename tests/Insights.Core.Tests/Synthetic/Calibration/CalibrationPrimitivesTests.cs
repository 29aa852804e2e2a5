using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Insights.Core.Model;
using Insights.Synthetic.Calibration;
using Xunit;

namespace Insights.Core.Tests.Synthetic.Calibration;

public class CalibrationPrimitivesTests
{
    [Fact]
    public void Random64_SameSeed_GivesTheSameSequence_AndKnownFirstValue()
    {
        var a = new Random64(42);
        var b = new Random64(42);

        Assert.Equal(Enumerable.Range(0, 100).Select(_ => a.NextUInt64()), Enumerable.Range(0, 100).Select(_ => b.NextUInt64()));
        Assert.NotEqual(new Random64(1).NextUInt64(), new Random64(2).NextUInt64());
    }

    [Fact]
    public void Random64_SeedZero_MatchesTheReferenceSplitMix64Xoshiro256StarStar()
    {
        // SplitMix64 from 0 gives the state e220a8397b1dcdaf 6e789e6aa1b965f4 06c45d188009454f f88bb8a8724c81ec;
        // xoshiro256** then returns rotl(s1 * 5, 7) * 9 for its first output.
        var s1 = 0x6e789e6aa1b965f4UL;
        var expected = unchecked(((s1 * 5) << 7 | (s1 * 5) >> 57) * 9);

        Assert.Equal(expected, new Random64(0).NextUInt64());
    }

    [Property(MaxTest = 500)]
    public Property Random64_NextInt_StaysBelowItsBound() => Prop.ForAll(
        Arb.From(Gen.Choose(1, int.MaxValue)), Arb.From(Gen.Choose(0, int.MaxValue)),
        (bound, seed) =>
        {
            var random = new Random64((ulong)seed);
            return Enumerable.Range(0, 20).Select(_ => random.NextInt(bound)).All(v => v >= 0 && v < bound);
        });

    [Property(MaxTest = 200)]
    public Property Random64_Shuffle_IsAPermutation() => Prop.ForAll(
        Arb.From(Gen.Choose(0, 200)), Arb.From(Gen.Choose(0, int.MaxValue)),
        (length, seed) =>
        {
            var items = Enumerable.Range(0, length).ToArray();
            new Random64((ulong)seed).Shuffle(items.AsSpan());
            return items.Order().SequenceEqual(Enumerable.Range(0, length));
        });

    [Property(MaxTest = 300)]
    public Property Shape_Spread_IsSortedWithinRangeAndOfTheRequestedLength() => Prop.ForAll(
        Arb.From(Gen.Choose(-50, 50)), Arb.From(Gen.Choose(0, 100)), Arb.From(Gen.Choose(0, 500)),
        (minimum, width, count) =>
        {
            var shape = new Shape((minimum, minimum + width, 1), (minimum + width, minimum + (2 * width), 3));
            var values = shape.Spread(count);
            return values.Length == count && values.SequenceEqual(values.Order()) && values.All(v => v >= minimum && v <= minimum + (2 * width));
        });

    [Fact]
    public void Shape_PointMass_HoldsTheQuantilesInsideIt()
    {
        var shape = new Shape((1, 9, 0.4), (10, 10, 0.2), (11, 19, 0.4));

        Assert.Equal(10, shape.Quantile(0.41));
        Assert.Equal(10, shape.Quantile(0.59));
        Assert.Equal(10, shape.Spread(101)[50]);
    }

    [Fact]
    public void Deck_Subset_KeepsFixedCountsAndDrawsTheRestFromTheDeck()
    {
        var deck = Deck<YesNoDontKnow>.Of((YesNoDontKnow.Yes, 50), (YesNoDontKnow.No, 30), (YesNoDontKnow.DontKnow, 10)).WithMissing(10);

        var subset = deck.Subset(40, new Random64(5), (YesNoDontKnow.Yes, 25));
        var rest = deck.Minus(subset);

        Assert.Equal(25, subset[YesNoDontKnow.Yes]);
        Assert.Equal(40, subset.Total);
        Assert.Equal(60, rest.Total);
        Assert.Throws<InvalidOperationException>(() => subset.Minus(deck));
    }

    [Property(MaxTest = 100)]
    public Property LevelSearch_TargetsOfAShuffledArrangement_AreReached() => Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed =>
    {
        // Any arrangement's own counts are reachable from its columns shuffled independently.
        var random = new Random64((ulong)seed);
        var levels = Labels.All<AbuseLevel>().Cast<AbuseLevel?>().Append(null).ToArray();
        var rows = 200;
        var original = Enumerable.Range(0, 4).Select(_ => Enumerable.Range(0, rows).Select(_ => levels[random.NextInt(levels.Length)]).ToArray()).ToArray();
        var experienced = Enumerable.Range(0, rows).Select(r => original.Count(c => c[r].IsExperienced())).ToArray();
        var high = Enumerable.Range(0, rows).Select(r => original.Count(c => c[r] == AbuseLevel.High)).ToArray();
        var targets = new LevelSearch.Targets(experienced.Count(e => e >= 2), high.Count(h => h >= 2), high.Count(h => h >= 1));
        var shuffled = original.Select(c => random.Shuffled(c)).ToArray();

        LevelSearch.Solve(shuffled, targets, random);

        var columnsKept = shuffled.Zip(original).All(p => p.First.Order().SequenceEqual(p.Second.Order()));
        var solvedExperienced = Enumerable.Range(0, rows).Select(r => shuffled.Count(c => c[r].IsExperienced())).ToArray();
        var solvedHigh = Enumerable.Range(0, rows).Select(r => shuffled.Count(c => c[r] == AbuseLevel.High)).ToArray();
        return columnsKept && new LevelSearch.Targets(solvedExperienced.Count(e => e >= 2), solvedHigh.Count(h => h >= 2), solvedHigh.Count(h => h >= 1)) == targets;
    });
}
