using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Insights.Core.Model;
using Insights.Synthetic.Calibration;
using Xunit;

namespace Insights.Core.Tests.Synthetic.Calibration;

public class DealerTests
{
    /// <summary>A seed and counts for each PhysicalAbuseDetail member (10 members) plus a missing count.</summary>
    private static Gen<(ulong Seed, int[] Counts, int Missing)> Decks() =>
        from seed in Gen.Choose(0, int.MaxValue)
        from counts in Gen.ArrayOf(Gen.Choose(0, 40), 10)
        from missing in Gen.Choose(0, 30)
        select ((ulong)seed, counts, missing);

    private static int[] Tally(PhysicalAbuseDetail?[] dealt, out int missing)
    {
        var counts = new int[10];
        missing = 0;
        foreach (var value in dealt)
        {
            if (value is { } v)
            {
                counts[(int)v]++;
            }
            else
            {
                missing++;
            }
        }

        return counts;
    }

    [Property(MaxTest = 300)]
    public Property Deal_AnyDeck_GivesExactlyItsCounts() => Prop.ForAll(Arb.From(Decks()), input =>
    {
        var deck = new Deck<PhysicalAbuseDetail>(input.Counts, input.Missing);
        var dealt = new PhysicalAbuseDetail?[deck.Total];
        new Dealer(new Random64(input.Seed)).Deal(Enumerable.Range(0, deck.Total).ToArray(), deck, dealt);

        return Tally(dealt, out var missing).SequenceEqual(input.Counts) && missing == input.Missing;
    });

    [Property(MaxTest = 300)]
    public Property DealRanked_AnyDeck_GivesExactlyItsCountsAndTheFirstAnswerToTheTopKeys() => Prop.ForAll(Arb.From(Decks()), input =>
    {
        var deck = new Deck<PhysicalAbuseDetail>(input.Counts, input.Missing);
        var dealt = new PhysicalAbuseDetail?[deck.Total];
        new Dealer(new Random64(input.Seed)).DealRanked(Enumerable.Range(0, deck.Total).ToArray(), deck, dealt, c => c, PhysicalAbuseDetail.Burning);
        var answered = Enumerable.Range(0, deck.Total).Where(c => dealt[c] is not null).ToList();
        var top = answered.OrderByDescending(c => c).Take(input.Counts[(int)PhysicalAbuseDetail.Burning]);

        return Tally(dealt, out var missing).SequenceEqual(input.Counts) && missing == input.Missing
            && top.All(c => dealt[c] == PhysicalAbuseDetail.Burning);
    });

    [Property(MaxTest = 300)]
    public Property DealEligible_AnyDeck_GivesAnswersOnlyToEligibleCases() => Prop.ForAll(Arb.From(Decks()), input =>
    {
        // Burning only for even cases: feasible whenever half the cases cover its count.
        var deck = new Deck<PhysicalAbuseDetail>(input.Counts, input.Missing);
        var evens = (deck.Total + 1) / 2;
        if (input.Counts[(int)PhysicalAbuseDetail.Burning] > evens)
        {
            return true;
        }

        var dealt = new PhysicalAbuseDetail?[deck.Total];
        new Dealer(new Random64(input.Seed)).DealEligible(Enumerable.Range(0, deck.Total).ToArray(), deck, dealt,
            (c, v) => v != PhysicalAbuseDetail.Burning || c % 2 == 0);

        return Tally(dealt, out var missing).SequenceEqual(input.Counts) && missing == input.Missing
            && Enumerable.Range(0, deck.Total).All(c => dealt[c] != PhysicalAbuseDetail.Burning || c % 2 == 0);
    });

    [Property(MaxTest = 300)]
    public Property DealMulti_CoverableDeck_GivesExactCountsNonEmptySetsAndLoneExclusives() => Prop.ForAll(Arb.From(
        from deck in Decks()
        from answering in Gen.Choose(1, 60)
        select (deck.Seed, deck.Counts, deck.Missing, Answering: answering)), input =>
    {
        var counts = input.Counts.Select(c => Math.Min(c, input.Answering)).ToArray();
        var exclusive = counts[(int)PhysicalAbuseDetail.DontKnow];
        var others = counts.Where((_, i) => i != (int)PhysicalAbuseDetail.DontKnow).ToArray();
        var open = input.Answering - exclusive;
        if (open < 0 || others.Sum() < open || others.Any(c => c > open))
        {
            return true;
        }

        var deck = new Deck<PhysicalAbuseDetail>(counts, input.Missing);
        var population = Enumerable.Range(0, input.Answering + input.Missing).ToArray();
        var dealt = new EnumSet<PhysicalAbuseDetail>?[population.Length];
        new Dealer(new Random64(input.Seed)).DealMulti(population, deck, dealt, [PhysicalAbuseDetail.DontKnow]);
        var tally = new int[10];
        foreach (var value in dealt.Where(s => s is not null).SelectMany(s => s!.Value))
        {
            tally[(int)value]++;
        }

        return tally.SequenceEqual(counts)
            && dealt.Count(s => s is null) == input.Missing
            && dealt.All(s => s is null || !s.Value.IsEmpty)
            && dealt.All(s => s is null || !s.Value.Contains(PhysicalAbuseDetail.DontKnow) || s.Value.Count == 1);
    });

    [Fact]
    public void DealWeighted_ClientsCountingTwice_AddUpToTheDeck()
    {
        var deck = Deck<YesNoDontKnow>.Of((YesNoDontKnow.Yes, 10), (YesNoDontKnow.No, 20), (YesNoDontKnow.DontKnow, 6)).WithMissing(4);
        var clients = Enumerable.Range(0, 35).ToArray();
        var dealt = new YesNoDontKnow?[35];
        new Dealer(new Random64(3)).DealWeighted(clients, c => c < 5, deck, dealt, v => v != YesNoDontKnow.Yes);
        int Weighted(YesNoDontKnow? v) => clients.Where(c => Nullable.Equals(dealt[c], v)).Sum(c => c < 5 ? 2 : 1);

        Assert.Equal([10, 20, 6, 4], [Weighted(YesNoDontKnow.Yes), Weighted(YesNoDontKnow.No), Weighted(YesNoDontKnow.DontKnow), Weighted(null)]);
        Assert.DoesNotContain(clients.Take(5), c => dealt[c] == YesNoDontKnow.Yes);
    }

    [Fact]
    public void Deal_DeckOfWrongSize_Throws()
    {
        var deck = Deck<YesNoDontKnow>.Of((YesNoDontKnow.Yes, 3));

        Assert.Throws<InvalidOperationException>(() => new Dealer(new Random64(1)).Deal([0, 1], deck, new YesNoDontKnow?[2]));
    }
}
