using Insights.Core.Model;
using Insights.Synthetic;
using Insights.Synthetic.Exact;
using Xunit;

namespace Insights.Core.Tests.Synthetic;

public class ExactDatasetTests
{
    private static readonly IReadOnlyList<Case> Cases = ExactDataset.Create();
    private static readonly DateOnly PeriodStart = new(2018, 4, 1);
    private static readonly DateOnly PeriodEnd = new(2019, 3, 31);

    [Fact]
    public void Create_CountsCasesClientsAndForms_AsTheReport()
    {
        var dataset = new Dataset(Cases);

        Assert.Equal(1820, Cases.Count);
        Assert.Equal(1794, dataset.ClientCount);
        Assert.Equal(1086, Cases.Count(c => c.Exit is not null));
        Assert.Equal(21, Cases.Sum(c => c.Reviews.Count));
        Assert.Equal(25, Cases.Count(c => c.Exit?.CriminalJustice is not null));
        Assert.Equal(28, Cases.Count(c => c.Exit?.CivilJustice is not null));
        Assert.Equal(28, Cases.Sum(c => c.Exit?.CriminalJustice?.PoliceReports.Count ?? 0));
        Assert.Equal(27, Cases.Sum(c => c.Exit?.CriminalJustice?.PoliceReports.Sum(r => r.Incidents.Count) ?? 0));
        Assert.Equal(22, dataset.Services.Count);
    }

    [Fact]
    public void Create_Identifiers_AreDistinctAndFollowIntakeDates()
    {
        Assert.Equal(Cases.Count, Cases.Select(c => c.Id).Distinct().Count());
        Assert.True(Cases.Zip(Cases.Skip(1)).All(p => p.First.IntakeDate <= p.Second.IntakeDate));
        Assert.True(Cases.Zip(Cases.Skip(1)).All(p => string.CompareOrdinal(p.First.Id.Value, p.Second.Id.Value) < 0));
    }

    [Fact]
    public void Create_TwiceAndBuilder_GiveEqualCases()
    {
        var rebuilt = ExactDatasetBuilder.Build();

        Assert.Same(Cases[0], ExactDataset.Create()[0]);
        Assert.Equal(Cases.Count, rebuilt.Length);
        for (var i = 0; i < rebuilt.Length; i++)
        {
            Assert.Equal(Cases[i], rebuilt[i]);
        }
    }

    [Fact]
    public void Build_OtherSeed_StillReproducesTheCountsButNotTheCases()
    {
        var other = ExactDatasetBuilder.Build(seed: 7);

        Assert.Equal(Cases.Count, other.Length);
        Assert.Equal(Cases.Count(c => c.Intake.Abuse.HighRisk == YesNoDontKnow.Yes), other.Count(c => c.Intake.Abuse.HighRisk == YesNoDontKnow.Yes));
        Assert.NotEqual(Cases.Select(c => c.Intake.Profile.Age), other.Select(c => c.Intake.Profile.Age));
    }

    [Fact]
    public void Create_EveryCase_PassesCaseRules_ExceptTheFiveErrors()
    {
        var violations = Cases.SelectMany(c => CaseRules.Check(c).Select(v => (c.Id, v.Field))).ToList();

        Assert.Equal(5, violations.Count);
        Assert.All(violations, v => Assert.Equal("Case.Exit.ClosureDate", v.Field.ToString()));
        Assert.Equal(5, Cases.Count(c => c.Exit is { } exit && exit.ClosureDate < c.IntakeDate));
    }

    [Fact]
    public void Create_Dates_FollowTheReportingPeriod()
    {
        var open = Cases.Where(c => c.Exit is null).ToList();
        var closed = Cases.Where(c => c.Exit is not null).ToList();

        Assert.All(open, c => Assert.InRange(c.IntakeDate, PeriodStart, PeriodEnd));
        Assert.All(closed, c => Assert.InRange(c.Exit!.ClosureDate, PeriodStart, PeriodEnd));
        Assert.Contains(closed, c => c.IntakeDate < PeriodStart);
        Assert.All(Cases.Where(c => c.Reviews.Count > 0), c => Assert.InRange(c.Reviews[0].Date, c.IntakeDate, c.Exit!.ClosureDate));
    }

    [Fact]
    public void Create_ReturningClients_RepeatTheirProfileAfterTheFirstCaseClosed()
    {
        var returning = Cases.GroupBy(c => c.Client).Where(g => g.Count() > 1).ToList();

        Assert.Equal(26, returning.Count);
        Assert.All(returning, g =>
        {
            var (first, second) = (g.First(), g.Last());
            Assert.Equal(2, g.Count());
            Assert.Equal(first.Intake.Profile, second.Intake.Profile);
            Assert.NotNull(first.Exit);
            Assert.Null(second.Exit);
            Assert.True(second.IntakeDate > first.Exit!.ClosureDate);
            Assert.Equal(first.Service, second.Service);
            Assert.Equal(ReferralStatus.RepeatToService, second.ReferralStatus);
        });
    }

    [Fact]
    public void Create_Answers_RespectTheirQuestionsConditions()
    {
        Assert.All(Cases, c =>
        {
            var profile = c.Intake.Profile;
            Assert.Equal(profile.NumberOfChildren, profile.Children.Count);
            Assert.True(profile.CypsInvolvement is null || profile.NumberOfChildren > 0);
            Assert.True(profile.Pregnant != YesNoDontKnow.Yes || profile.SexAtBirth == Sex.Female);
            Assert.True(c.Intake.Needs.ChildrenAndParenting != YesNoDontKnow.Yes || profile.NumberOfChildren > 0);
            Assert.True(c.Intake.Needs.Immigration != YesNoDontKnow.Yes
                || (c.Intake.Needs.FinanceBenefitsAndDebt == YesNoDontKnow.Yes && c.Intake.Needs.AccessToPublicFunds == YesNoDontKnow.No));
            Assert.True(c.Intake.Abuse.AbuseLengthMonths is null or >= 1);
            Assert.True(c.Intake.Abuse.DashTicks is null or >= 1);
            if (c.Exit is { } exit)
            {
                Assert.True(exit.NoAbuseSinceIntake != true || exit.Levels.ExperiencedCount == 0);
                foreach (var area in Labels.All<SupportArea>().Where(a => a.IntakeNeedArea() is not null))
                {
                    Assert.True(exit.Support.SupportedIn(area) is null || c.Intake.Needs.NeedIn(area.IntakeNeedArea()!.Value) == YesNoDontKnow.Yes);
                }
            }
        });
    }
}
