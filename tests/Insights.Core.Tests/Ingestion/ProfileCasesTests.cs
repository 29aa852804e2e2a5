using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Insights.Core.Ingestion;
using Insights.Core.Model;
using Xunit;

namespace Insights.Core.Tests.Ingestion;

public sealed class ProfileCasesTests
{
    // Few clients, few days and short ids of the identifier alphabet, so that ties of date and ids that are prefixes of
    // each other ("C-1", "C-10") are common.
    private static readonly Gen<(int Client, int Day, string Id)[]> Offers =
        from count in Gen.Choose(0, 60)
        from offers in Gen.ArrayOf(
            from client in Gen.Choose(0, 5)
            from day in Gen.Choose(0, 3)
            from length in Gen.Choose(1, 5)
            from id in Gen.ArrayOf(Gen.Elements("C-1.0_aZ9".ToCharArray()), length).Select(c => new string(c))
            select (client, day, id),
            count)
        select offers;

    [Property(MaxTest = 300)]
    public Property Offer_AnySequence_AgreesWithProfileCaseOrderOverTheCasesSoFar()
        => Prop.ForAll(Arb.From(Offers), offers =>
        {
            var profiles = new ProfileCases();
            var expected = new Dictionary<int, (DateOnly Date, CaseId Id, long Offset)>();
            for (var k = 0; k < offers.Length; k++)
            {
                var (client, day, text) = offers[k];
                var date = new DateOnly(2019, 1, 1).AddDays(day);
                var id = new CaseId(text);
                var first = !expected.TryGetValue(client, out var current)
                    || ProfileCaseOrder.Compare(date, id, current.Date, current.Id) < 0;

                var offered = profiles.Offer(new ClientId("P-" + client), date, id, offset: k * 10L, length: k, out var replaced);

                Assert.Equal(first, offered);
                if (first)
                {
                    Assert.Equal(expected.ContainsKey(client) ? (current.Offset, (int)(current.Offset / 10)) : null, replaced);
                    expected[client] = (date, id, k * 10L);
                }
                else
                {
                    Assert.Null(replaced);
                }
            }

            Assert.Equal(expected.Count, profiles.Count);
        });

    [Fact]
    public void Offer_MoreIdsThanOneChunkHolds_StillComparesEveryKeptId()
    {
        // 64-character ids, 40,000 clients, each offered twice on the same day: the kept ids fill about 2.5 chunks, and
        // the second offer wins only when its id sorts first.
        var profiles = new ProfileCases();
        var date = new DateOnly(2019, 4, 1);
        var pad = new string('x', 56);
        for (var c = 0; c < 40_000; c++)
        {
            Assert.True(profiles.Offer(new ClientId("P-" + c), date, new CaseId($"B{c:D7}" + pad), c, 1, out _));
        }

        for (var c = 0; c < 40_000; c++)
        {
            var id = new CaseId((c % 2 == 0 ? "A" : "C") + $"{c:D7}" + pad);
            var offered = profiles.Offer(new ClientId("P-" + c), date, id, c, 1, out var replaced);
            Assert.Equal(c % 2 == 0, offered);
            Assert.Equal(c % 2 == 0 ? (c, 1) : null, replaced);
        }

        Assert.Equal(40_000, profiles.Count);
    }
}
