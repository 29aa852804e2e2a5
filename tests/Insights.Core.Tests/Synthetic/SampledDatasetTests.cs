using System.Diagnostics;
using System.Runtime.CompilerServices;
using Insights.Core.Model;
using Insights.Synthetic;
using Insights.Synthetic.Published;
using Insights.Synthetic.Sampled;
using Xunit;

namespace Insights.Core.Tests.Synthetic;

public class SampledDatasetTests
{
    private static readonly DateOnly PeriodStart = new(2018, 4, 1);
    private static readonly DateOnly PeriodEnd = new(2019, 3, 31);
    private static readonly Lazy<Case[]> Large = new(() => [.. SampledDataset.Generate(200_000, seed: 42)]);

    [Fact]
    public void Generate_SameSeed_GivesEqualCases()
    {
        var first = SampledDataset.Generate(2_000, seed: 1).ToList();
        var second = SampledDataset.Generate(2_000, seed: 1).ToList();

        Assert.Equal(first, second);
    }

    [Fact]
    public void Generate_EnumeratedTwice_GivesEqualCases()
    {
        var sequence = SampledDataset.Generate(500, seed: 3);

        Assert.Equal(sequence.ToList(), sequence.ToList());
    }

    [Fact]
    public void Generate_DifferentSeeds_GiveDifferentCases()
    {
        var first = SampledDataset.Generate(200, seed: 1).Select(c => (c.IntakeDate, c.Intake)).ToList();
        var second = SampledDataset.Generate(200, seed: 2).Select(c => (c.IntakeDate, c.Intake)).ToList();

        Assert.NotEqual(first, second);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(1_821)]
    public void Generate_Count_IsHonoured(long count)
    {
        var cases = SampledDataset.Generate(count, seed: 9).ToList();

        Assert.Equal(count, cases.Count);
        Assert.Equal(count, cases.Select(c => c.Id).Distinct().Count());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(SampledDataset.MaxCount + 1)]
    public void Generate_CountOutOfRange_Throws(long count)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SampledDataset.Generate(count, seed: 1));
    }

    [Fact]
    public void Generate_HundredMillion_IsLazy()
    {
        _ = ExactDataset.Create();
        var clock = Stopwatch.StartNew();

        var first = SampledDataset.Generate(SampledDataset.MaxCount, seed: 5).Take(10).ToList();

        Assert.Equal(10, first.Count);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"taking 10 cases took {clock.Elapsed}");
    }

    [Fact]
    public void Generate_Streaming_DoesNotRetainEarlierCases()
    {
        // The enumerator keeps nothing of the cases it has handed out: once the caller lets one go, the
        // garbage collector can reclaim it while the enumeration goes on.
        using var enumerator = SampledDataset.Generate(200_000, seed: 6).GetEnumerator();
        var first = TakeWeakly(enumerator);
        var count = 1;
        while (enumerator.MoveNext())
        {
            count++;
            if (count == 100_000)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                Assert.False(first.TryGetTarget(out _), "the first case is still reachable");
            }
        }

        Assert.Equal(200_000, count);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference<Case> TakeWeakly(IEnumerator<Case> enumerator)
    {
        Assert.True(enumerator.MoveNext());
        return new WeakReference<Case>(enumerator.Current);
    }

    [Fact]
    public void Generate_Cases_PassCaseRules_ExceptCopiesOfTheErrorCases()
    {
        var cases = Large.Value.Take(50_000).ToList();
        var violating = cases.Where(c => CaseRules.Check(c).Any()).ToList();

        Assert.All(violating, c => Assert.Equal(["Case.Exit.ClosureDate"], CaseRules.Check(c).Select(v => v.Field.ToString())));
        Assert.Equal(cases.Count(c => c.Exit is { } exit && exit.ClosureDate < c.IntakeDate), violating.Count);
        Assert.InRange(violating.Count, 1, cases.Count / 100);
    }

    [Fact]
    public void Generate_Dates_StayInThePeriodAndReturningClientsFollowTheirFirstCase()
    {
        var cases = Large.Value.Take(50_000).ToList();

        Assert.All(cases.Where(c => c.Exit is null), c => Assert.InRange(c.IntakeDate, PeriodStart, PeriodEnd));
        Assert.All(cases.Where(c => c.Exit is not null), c => Assert.InRange(c.Exit!.ClosureDate, PeriodStart, PeriodEnd));
        var returning = cases.GroupBy(c => c.Client).Where(g => g.Count() > 1).ToList();
        Assert.All(returning, g =>
        {
            Assert.Equal(2, g.Count());
            Assert.Equal(g.First().Intake.Profile, g.Last().Intake.Profile);
            Assert.True(g.Last().IntakeDate > g.First().Exit!.ClosureDate);
        });
        var share = (double)returning.Count / cases.Select(c => c.Client).Distinct().Count();
        Assert.InRange(share, 0.010, 0.020);
    }

    [Fact]
    public void Generate_200000Cases_FollowThePublishedDistributions()
    {
        var cases = Large.Value;
        var matched = cases.Where(c => c.Exit is not null).ToList();

        AssertShare(cases.Count(c => c.ReferralStatus == ReferralStatus.NewClient), cases.Length, PublishedServiceInputs.ReferralStatus.Count("New client"), 1820);
        AssertShare(cases.Count(c => c.ReferralStatus == ReferralStatus.RepeatToService), cases.Length, PublishedServiceInputs.ReferralStatus.Count("Repeat to service"), 1820);
        AssertShare(matched.Count, cases.Length, 1086, 1820);
        AssertShare(cases.Count(c => c.Intake.Abuse.HighRisk == YesNoDontKnow.Yes), cases.Length, PublishedAbuseHistory.HighRisk.Count("Yes"), 1820);
        AssertShare(cases.Count(c => c.Intake.Abuse.Levels.ExperiencedCount >= 2), cases.Length, 1074, 1820);
        AssertShare(matched.Count(c => c.Exit!.ClosureType == ClosureType.PlannedClosure), matched.Count, PublishedExit.CaseStatus.Count("Planned closure"), 1086);
        AssertShare(matched.Count(c => c.Exit!.Support.SupportedIn(SupportArea.Safety) == true), matched.Count, PublishedSupport.SafetySupported.Count("Yes"), 1086);
        Assert.Equal(22, cases.Select(c => c.Service.Id).Distinct().Count());
    }

    [Fact]
    public void Draws_DescribeTheMaterializedCases()
    {
        var draws = SampledDraws.Draw(1_000, seed: 8).ToList();
        var cases = SampledDataset.Generate(1_000, seed: 8).ToList();

        Assert.Equal(cases, draws.Select(SampledDraws.Materialize));
        Assert.All(draws.Zip(cases), p => Assert.Equal(ExactDataset.Cases[p.First.Source].Intake, p.Second.Intake));
    }

    private static void AssertShare(int count, int total, int publishedCount, int publishedBase)
    {
        var share = (double)count / total;
        var published = (double)publishedCount / publishedBase;

        Assert.True(Math.Abs(share - published) < 0.01, $"share {share:P2} is not within 1 point of the published {published:P2}");
    }
}
