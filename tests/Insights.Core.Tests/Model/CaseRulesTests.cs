using Insights.Core.Model;
using Insights.Core.Tests.Generators;
using Xunit;

namespace Insights.Core.Tests.Model;

public class CaseRulesTests
{
    private static readonly DateOnly Intake = new(2019, 2, 1);

    private static Case Open() => SampleCases.Minimal(intakeDate: Intake);

    private static Case Closed(DateOnly closure) => Open() with { Exit = SampleCases.MinimalExit(closure) };

    private static RuleViolation Single(Case c) => Assert.Single(CaseRules.Check(c));

    [Fact]
    public void Check_MinimalCase_HasNoViolations()
    {
        Assert.Empty(CaseRules.Check(Open()));
        Assert.Empty(CaseRules.Check(Closed(Intake)));
    }

    [Fact]
    public void Check_ClosureBeforeIntake_IsViolation()
    {
        var violation = Single(Closed(new DateOnly(2019, 1, 3)));

        Assert.Equal(new RuleViolation("exit.closureDate", "closure date 2019-01-03 is before intake date 2019-02-01"), violation);
    }

    [Fact]
    public void Check_ReviewBeforeIntakeOrAfterClosure_NamesTheReview()
    {
        var levels = new AbuseProfile();
        var c = Closed(new DateOnly(2019, 3, 1)) with
        {
            Reviews = [new ReviewForm { Date = Intake, Levels = levels }, new ReviewForm { Date = new DateOnly(2019, 1, 31), Levels = levels }, new ReviewForm { Date = new DateOnly(2019, 3, 2), Levels = levels }],
        };

        Assert.Equal(
            [
                new RuleViolation("reviews[1].date", "review date 2019-01-31 is before intake date 2019-02-01"),
                new RuleViolation("reviews[2].date", "review date 2019-03-02 is after closure date 2019-03-01"),
            ],
            CaseRules.Check(c));
    }

    [Theory]
    [InlineData(AbuseLevel.None)]
    [InlineData(AbuseLevel.DontKnow)]
    [InlineData(null)]
    public void Check_PhysicalDetailsWithoutPhysicalAbuse_IsViolation(AbuseLevel? level)
    {
        var c = Open().WithAbuse(a => a with { Levels = new AbuseProfile { Physical = level }, PhysicalDetails = EnumSet.Of(PhysicalAbuseDetail.Burning) });

        var violation = Single(c);

        Assert.Equal("intake.abuse.physicalDetails", violation.Field);
        Assert.Equal($"intake.abuse.physicalDetails is given but intake.abuse.levels.physical is {level?.ToString() ?? "missing"}; details are recorded only for High, Moderate or Standard", violation.Message);
    }

    [Fact]
    public void Check_DetailsWithExperiencedLevels_AreValid()
    {
        var c = Open().WithAbuse(a => a with
        {
            Levels = new AbuseProfile { Physical = AbuseLevel.High, Sexual = AbuseLevel.Moderate, HarassmentAndStalking = AbuseLevel.Standard, JealousAndControlling = AbuseLevel.High },
            PhysicalDetails = EnumSet.Of(PhysicalAbuseDetail.Other),
            SexualDetails = EnumSet<SexualAbuseDetail>.Empty,
            HarassmentDetails = EnumSet.Of(HarassmentDetail.Stalking),
            ControllingDetails = EnumSet.Of(ControllingBehaviourDetail.PetAbuse),
        });

        Assert.Empty(CaseRules.Check(c));
    }

    [Fact]
    public void Check_OtherDetailSets_NameTheirOwnLevel()
    {
        var c = Open().WithAbuse(a => a with
        {
            SexualDetails = EnumSet.Of(SexualAbuseDetail.Rape),
            HarassmentDetails = EnumSet.Of(HarassmentDetail.Stalking),
            ControllingDetails = EnumSet.Of(ControllingBehaviourDetail.PetAbuse),
        });

        Assert.Equal(["intake.abuse.sexualDetails", "intake.abuse.harassmentDetails", "intake.abuse.controllingDetails"], CaseRules.Check(c).Select(v => v.Field));
    }

    [Fact]
    public void Check_DisabilityTypesWithoutYes_IsViolation()
    {
        var c = Open().WithProfile(p => p with { Disability = YesNoDontKnow.No, DisabilityTypes = EnumSet.Of(DisabilityType.Frailty) });

        Assert.Equal(
            new RuleViolation("intake.profile.disabilityTypes", "intake.profile.disabilityTypes is given but intake.profile.disability is No; it is recorded only when the answer is Yes"),
            Single(c));
        Assert.Empty(CaseRules.Check(c.WithProfile(p => p with { Disability = YesNoDontKnow.Yes })));
    }

    [Fact]
    public void Check_HighRiskBasisWithoutHighRisk_IsViolation()
    {
        var c = Open().WithAbuse(a => a with { HighRiskBasis = HighRiskBasis.Escalation });

        Assert.Equal(
            new RuleViolation("intake.abuse.highRiskBasis", "intake.abuse.highRiskBasis is given but intake.abuse.highRisk is missing; it is recorded only when the answer is Yes"),
            Single(c));
    }

    [Fact]
    public void Check_OtherYesFollowUps_NeedYes()
    {
        var c = Open()
            .WithAbuse(a => a with
            {
                PreviousExposure = YesNoDontKnow.DontKnow,
                PreviousExposureKinds = EnumSet.Of(PreviousExposureKind.Other),
                MultiplePerpetrators = YesNoDontKnow.No,
                AdditionalPerpetrators = EnumSet.Of(Relationship.Mother),
            })
            .WithNeeds(n => n with { DiagnosedConditions = EnumSet.Of(MentalHealthCondition.Ptsd) });

        Assert.Equal(
            ["intake.abuse.previousExposureKinds", "intake.abuse.additionalPerpetrators", "intake.needs.diagnosedConditions"],
            CaseRules.Check(c).Select(v => v.Field));
    }

    [Fact]
    public void Check_ChildrenCountDiffersFromNumberOfChildren_IsViolation()
    {
        var c = Open().WithProfile(p => p with { NumberOfChildren = 3, Children = [new Child(), new Child { Age = ChildAgeBand.Years4To11 }] });

        Assert.Equal(new RuleViolation("intake.profile.children", "2 children are listed but intake.profile.numberOfChildren is 3"), Single(c));
    }

    [Fact]
    public void Check_ChildrenWithoutNumberOrNumberWithoutChildren_IsValid()
    {
        Assert.Empty(CaseRules.Check(Open().WithProfile(p => p with { Children = [new Child()] })));
        Assert.Empty(CaseRules.Check(Open().WithProfile(p => p with { NumberOfChildren = 4 })));
    }

    [Fact]
    public void Check_ReasonNotLivingTogetherWhileLivingTogether_IsViolation()
    {
        var c = Open().WithAbuse(a => a with { LivingWithPerpetrator = LivingArrangement.LivingTogether, ReasonNotLivingTogether = ReasonNotLivingTogether.Other });

        Assert.Equal(
            new RuleViolation("intake.abuse.reasonNotLivingTogether", "intake.abuse.reasonNotLivingTogether is given but intake.abuse.livingWithPerpetrator is LivingTogether; it is recorded only for NotLivingTogether"),
            Single(c));
        Assert.Empty(CaseRules.Check(c.WithAbuse(a => a with { LivingWithPerpetrator = LivingArrangement.NotLivingTogether })));
    }

    [Fact]
    public void Check_AttemptsWithoutAttempt_IsViolation()
    {
        var c = Open().WithAbuse(a => a with { AttemptedToEndRelationship = false, AttemptsToEndRelationship = 2 });

        Assert.Equal(
            new RuleViolation("intake.abuse.attemptsToEndRelationship", "intake.abuse.attemptsToEndRelationship is given but intake.abuse.attemptedToEndRelationship is false; it is recorded only when true"),
            Single(c));
        Assert.Empty(CaseRules.Check(c.WithAbuse(a => a with { AttemptedToEndRelationship = true })));
    }

    [Fact]
    public void Check_UnplannedReasonForPlannedClosure_IsViolation()
    {
        var c = Closed(Intake);
        c = c with { Exit = c.Exit! with { ClosureType = ClosureType.PlannedClosure, UnplannedClosureReason = UnplannedClosureReason.ClientDisengaged } };

        Assert.Equal(
            new RuleViolation("exit.unplannedClosureReason", "exit.unplannedClosureReason is given but exit.closureType is PlannedClosure; it is recorded only for UnplannedClosure"),
            Single(c));
    }

    [Fact]
    public void Check_OngoingContactReasonsWithoutContact_IsViolation()
    {
        var c = Closed(Intake);
        c = c with { Exit = c.Exit! with { OngoingContact = YesNoDontKnow.No, OngoingContactReasons = EnumSet.Of(OngoingContactReason.Children) } };

        Assert.Equal("exit.ongoingContactReasons", Single(c).Field);
    }

    [Fact]
    public void Check_AreaAnswersWithoutSupport_NameEachField()
    {
        var c = Closed(Intake);
        c = c with
        {
            Exit = c.Exit! with
            {
                Support = new SupportGiven
                {
                    Safety = new AreaSupport<SafetyOutcome> { Supported = true, Outcomes = EnumSet.Of(SafetyOutcome.CocoonWatch), SafetyImpact = Impact.NoChange },
                    FinanceBenefitsAndDebt = new AreaSupport<FinanceOutcome> { Supported = false, Outcomes = EnumSet<FinanceOutcome>.Empty, WellbeingImpact = Impact.DontKnow },
                    Immigration = new AreaSupport<ImmigrationOutcome> { SafetyImpact = Impact.ImprovedSlightly },
                },
            },
        };

        Assert.Equal(
            [
                new RuleViolation("exit.support.financeBenefitsAndDebt.outcomes", "exit.support.financeBenefitsAndDebt.outcomes is given but exit.support.financeBenefitsAndDebt.supported is false; it is recorded only when supported"),
                new RuleViolation("exit.support.financeBenefitsAndDebt.wellbeingImpact", "exit.support.financeBenefitsAndDebt.wellbeingImpact is given but exit.support.financeBenefitsAndDebt.supported is false; it is recorded only when supported"),
                new RuleViolation("exit.support.immigration.safetyImpact", "exit.support.immigration.safetyImpact is given but exit.support.immigration.supported is missing; it is recorded only when supported"),
            ],
            CaseRules.Check(c));
    }

    [Fact]
    public void Check_NfaReasonWithoutNoFurtherAction_NamesTheIncident()
    {
        var c = Closed(Intake);
        c = c with
        {
            Exit = c.Exit! with
            {
                CriminalJustice = new CriminalJusticeForm
                {
                    PoliceReports =
                    [
                        new PoliceReport { Incidents = [new Incident { Offence = Offence.Arson, Consequence = IncidentConsequence.PoliceReportNoFurtherAction, NfaReason = NfaReason.VictimWithdrew }] },
                        new PoliceReport { Incidents = [new Incident { Offence = Offence.Fraud }, new Incident { Offence = Offence.Perjury, Consequence = IncidentConsequence.Charged, NfaReason = NfaReason.Other }] },
                    ],
                },
            },
        };

        Assert.Equal(
            new RuleViolation(
                "exit.criminalJustice.policeReports[1].incidents[1].nfaReason",
                "exit.criminalJustice.policeReports[1].incidents[1].nfaReason is given but the incident's consequence is Charged; it is recorded only for PoliceReportNoFurtherAction"),
            Single(c));
    }

    [Fact]
    public void All_EveryRule_HasFieldAndRequirement()
    {
        Assert.All(CaseRules.All, rule =>
        {
            Assert.False(string.IsNullOrWhiteSpace(rule.Field));
            Assert.False(string.IsNullOrWhiteSpace(rule.Requirement));
        });
        Assert.Equal(CaseRules.All.Count, CaseRules.All.Select(r => r.Field).Distinct(StringComparer.Ordinal).Count());
    }
}
