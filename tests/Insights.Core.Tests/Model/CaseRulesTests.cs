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

    private static CaseRule Rule(string field) => CaseRules.All.Single(r => r.Field == field);

    private static RuleViolation Violation(string field, string rule) => new(field, Rule(rule));

    [Fact]
    public void Check_MinimalCase_HasNoViolations()
    {
        Assert.Empty(CaseRules.Check(Open()));
        Assert.Empty(CaseRules.Check(Closed(Intake)));
    }

    [Fact]
    public void Check_ClosureBeforeIntake_IsAWarning()
    {
        var violation = Single(Closed(new DateOnly(2019, 1, 3)));

        Assert.Equal(Violation("exit.closureDate", "exit.closureDate"), violation);
        Assert.Equal(Severity.Warning, violation.Severity);
        Assert.Equal("the closure date is before the intake date (the report counts such cases as Errors in Case length)", violation.Message);
    }

    [Fact]
    public void Check_ReviewBeforeIntakeOrAfterClosure_NamesTheReview()
    {
        var levels = new AbuseProfile();
        var c = Closed(new DateOnly(2019, 3, 1)) with
        {
            Reviews = [new ReviewForm { Date = Intake, Levels = levels }, new ReviewForm { Date = new DateOnly(2019, 1, 31), Levels = levels }, new ReviewForm { Date = new DateOnly(2019, 3, 2), Levels = levels }],
        };

        var violations = CaseRules.Check(c);

        Assert.Equal([Violation("reviews[1].date", "reviews[].date"), Violation("reviews[2].date", "reviews[].date")], violations);
        Assert.All(violations, v => Assert.Equal(Severity.Warning, v.Severity));
        Assert.All(violations, v => Assert.Equal("the review date is before the intake date or after the closure date", v.Message));
    }

    [Fact]
    public void Check_ReviewAfterIntakeOfAnOpenCase_IsValid()
    {
        var c = Open() with { Reviews = [new ReviewForm { Date = Intake.AddDays(900), Levels = new AbuseProfile() }] };

        Assert.Empty(CaseRules.Check(c));
    }

    [Theory]
    [InlineData("1989-12-31", false)]
    [InlineData("1990-01-01", true)]
    [InlineData("2099-12-31", true)]
    [InlineData("2100-01-01", false)]
    [InlineData("0001-01-01", false)]
    public void Check_IntakeDateOutsideThePlausibleWindow_IsAWarning(string date, bool plausible)
    {
        var intake = DateOnly.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var violations = CaseRules.Check(SampleCases.Minimal(intakeDate: intake));

        const string Window = "intakeDate, reviews[].date, exit.closureDate";
        RuleViolation[] expected = plausible ? [] : [Violation("intakeDate", Window)];
        Assert.Equal(expected, violations);
        Assert.All(violations, v => Assert.Equal("a date is outside the plausible window 1990-01-01 to 2099-12-31", v.Message));
        Assert.Equal(new DateOnly(1990, 1, 1), CaseRules.EarliestPlausibleDate);
        Assert.Equal(new DateOnly(2099, 12, 31), CaseRules.LatestPlausibleDate);
    }

    [Fact]
    public void Check_ReviewAndClosureOutsideTheWindow_NameEachDate()
    {
        var c = Open() with
        {
            Reviews = [new ReviewForm { Date = new DateOnly(2100, 3, 1), Levels = new AbuseProfile() }],
            Exit = SampleCases.MinimalExit(new DateOnly(2100, 6, 1)),
        };

        const string Window = "intakeDate, reviews[].date, exit.closureDate";
        Assert.Equal([Violation("reviews[0].date", Window), Violation("exit.closureDate", Window)], CaseRules.Check(c));
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
        Assert.Equal("intake.abuse.physicalDetails is given but intake.abuse.levels.physical is not High, Moderate or Standard", violation.Message);
        Assert.Equal(Severity.Rejection, violation.Severity);
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
            Violation("intake.profile.disabilityTypes", "intake.profile.disabilityTypes"),
            Single(c));
        Assert.Equal("intake.profile.disabilityTypes is given but intake.profile.disability is not Yes", Single(c).Message);
        Assert.Empty(CaseRules.Check(c.WithProfile(p => p with { Disability = YesNoDontKnow.Yes })));
    }

    [Fact]
    public void Check_HighRiskBasisWithoutHighRisk_IsViolation()
    {
        var c = Open().WithAbuse(a => a with { HighRiskBasis = HighRiskBasis.Escalation });

        Assert.Equal(
            Violation("intake.abuse.highRiskBasis", "intake.abuse.highRiskBasis"),
            Single(c));
        Assert.Equal("intake.abuse.highRiskBasis is given but intake.abuse.highRisk is not Yes", Single(c).Message);
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

        Assert.Equal(Violation("intake.profile.children", "intake.profile.children"), Single(c));
        Assert.Equal("the number of children listed differs from intake.profile.numberOfChildren", Single(c).Message);
        Assert.Equal(Severity.Rejection, Single(c).Severity);
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
            Violation("intake.abuse.reasonNotLivingTogether", "intake.abuse.reasonNotLivingTogether"),
            Single(c));
        Assert.Equal("intake.abuse.reasonNotLivingTogether is given but intake.abuse.livingWithPerpetrator is not NotLivingTogether", Single(c).Message);
        Assert.Empty(CaseRules.Check(c.WithAbuse(a => a with { LivingWithPerpetrator = LivingArrangement.NotLivingTogether })));
    }

    [Fact]
    public void Check_AttemptsWithoutAttempt_IsViolation()
    {
        var c = Open().WithAbuse(a => a with { AttemptedToEndRelationship = false, AttemptsToEndRelationship = 2 });

        Assert.Equal(
            Violation("intake.abuse.attemptsToEndRelationship", "intake.abuse.attemptsToEndRelationship"),
            Single(c));
        Assert.Equal("intake.abuse.attemptsToEndRelationship is given but intake.abuse.attemptedToEndRelationship is not true", Single(c).Message);
        Assert.Empty(CaseRules.Check(c.WithAbuse(a => a with { AttemptedToEndRelationship = true })));
    }

    [Fact]
    public void Check_UnplannedReasonForPlannedClosure_IsViolation()
    {
        var c = Closed(Intake);
        c = c with { Exit = c.Exit! with { ClosureType = ClosureType.PlannedClosure, UnplannedClosureReason = UnplannedClosureReason.ClientDisengaged } };

        Assert.Equal(
            Violation("exit.unplannedClosureReason", "exit.unplannedClosureReason"),
            Single(c));
        Assert.Equal("exit.unplannedClosureReason is given but exit.closureType is not UnplannedClosure", Single(c).Message);
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

        const string Rule = "exit.support.<area>.outcomes, .safetyImpact, .wellbeingImpact";
        var violations = CaseRules.Check(c);
        Assert.Equal(
            [
                Violation("exit.support.financeBenefitsAndDebt.outcomes", Rule),
                Violation("exit.support.financeBenefitsAndDebt.wellbeingImpact", Rule),
                Violation("exit.support.immigration.safetyImpact", Rule),
            ],
            violations);
        Assert.All(violations, v => Assert.Equal("an outcome or impact is given for a support area whose supported is not true", v.Message));
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
            Violation("exit.criminalJustice.policeReports[1].incidents[1].nfaReason", "exit.criminalJustice.policeReports[].incidents[].nfaReason"),
            Single(c));
        Assert.Equal("an NFA reason is given for an incident whose consequence is not PoliceReportNoFurtherAction", Single(c).Message);
    }

    [Fact]
    public void All_EveryRule_HasFieldRequirementAndProblem()
    {
        Assert.All(CaseRules.All, rule =>
        {
            Assert.False(string.IsNullOrWhiteSpace(rule.Field));
            Assert.False(string.IsNullOrWhiteSpace(rule.Requirement));
            Assert.False(string.IsNullOrWhiteSpace(rule.Problem));
            Assert.All(rule.Problem, c => Assert.InRange(c, ' ', '~'));
            Assert.Equal($"{rule.Field}: {rule.Requirement}", rule.ToString());
        });
        Assert.Equal(CaseRules.All.Count, CaseRules.All.Select(r => r.Field).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void All_DateRules_AreWarningsAndStructuralRulesRejections()
    {
        string[] warnings = ["exit.closureDate", "reviews[].date", "intakeDate, reviews[].date, exit.closureDate"];

        Assert.Equal(warnings, CaseRules.All.Where(r => r.Severity == Severity.Warning).Select(r => r.Field));
        Assert.Equal(CaseRules.All.Count - warnings.Length, CaseRules.All.Count(r => r.Severity == Severity.Rejection));
    }

    [Fact]
    public void Check_NullCase_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => CaseRules.Check(null!));
    }

    [Fact]
    public void Check_WarningAndRejectionTogether_ListsBothInRuleOrder()
    {
        var c = Closed(new DateOnly(2019, 1, 3)).WithAbuse(a => a with { HighRiskBasis = HighRiskBasis.Escalation });

        var violations = CaseRules.Check(c);

        Assert.Equal([Violation("exit.closureDate", "exit.closureDate"), Violation("intake.abuse.highRiskBasis", "intake.abuse.highRiskBasis")], violations);
        Assert.Equal([Severity.Warning, Severity.Rejection], violations.Select(v => v.Severity));
    }
}
