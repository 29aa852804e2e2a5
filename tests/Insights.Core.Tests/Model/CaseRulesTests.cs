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

    /// <summary>The rule whose fields, in model terms, are <paramref name="fields"/>.</summary>
    private static CaseRule Rule(string fields) => CaseRules.All.Single(r => Fields(r) == fields);

    private static string Fields(CaseRule rule) => rule.ToString()[..rule.ToString().IndexOf(": ", StringComparison.Ordinal)];

    private static (string Field, CaseRule Rule) Violation(string field, string rule) => (field, Rule(rule));

    private static (string Field, CaseRule Rule) Named(RuleViolation violation) => (violation.Field.ToString(), violation.Rule);

    private static IEnumerable<(string Field, CaseRule Rule)> Named(IEnumerable<RuleViolation> violations) => violations.Select(Named);

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

        Assert.Equal(Violation("Case.Exit.ClosureDate", "Case.Exit.ClosureDate"), Named(violation));
        Assert.Equal(Severity.Warning, violation.Severity);
        Assert.Equal("the closure date is before the intake date (the report counts such cases as Errors in Case length)", violation.Message.ToString());
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

        Assert.Equal([Violation("Case.Reviews[1].Date", "Case.Reviews[].Date"), Violation("Case.Reviews[2].Date", "Case.Reviews[].Date")], Named(violations));
        Assert.All(violations, v => Assert.Equal(Severity.Warning, v.Severity));
        Assert.All(violations, v => Assert.Equal("the review date is before the intake date or after the closure date", v.Message.ToString()));
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

        const string Window = "Case.IntakeDate, Case.Reviews[].Date, Case.Exit.ClosureDate";
        (string, CaseRule)[] expected = plausible ? [] : [Violation("Case.IntakeDate", Window)];
        Assert.Equal(expected, Named(violations));
        Assert.All(violations, v => Assert.Equal("a date is outside the plausible window 1990-01-01 to 2099-12-31", v.Message.ToString()));
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

        const string Window = "Case.IntakeDate, Case.Reviews[].Date, Case.Exit.ClosureDate";
        Assert.Equal([Violation("Case.Reviews[0].Date", Window), Violation("Case.Exit.ClosureDate", Window)], Named(CaseRules.Check(c)));
    }

    [Theory]
    [InlineData(AbuseLevel.None)]
    [InlineData(AbuseLevel.DontKnow)]
    [InlineData(null)]
    public void Check_PhysicalDetailsWithoutPhysicalAbuse_IsViolation(AbuseLevel? level)
    {
        var c = Open().WithAbuse(a => a with { Levels = new AbuseProfile { Physical = level }, PhysicalDetails = EnumSet.Of(PhysicalAbuseDetail.Burning) });

        var violation = Single(c);

        Assert.Equal("Case.Intake.Abuse.PhysicalDetails", violation.Field.ToString());
        Assert.Equal("Case.Intake.Abuse.PhysicalDetails is given but Case.Intake.Abuse.Levels.Physical is not High, Moderate or Standard", violation.Message.ToString());
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

        Assert.Equal(["Case.Intake.Abuse.SexualDetails", "Case.Intake.Abuse.HarassmentDetails", "Case.Intake.Abuse.ControllingDetails"], CaseRules.Check(c).Select(v => v.Field.ToString()));
    }

    [Fact]
    public void Check_DisabilityTypesWithoutYes_IsViolation()
    {
        var c = Open().WithProfile(p => p with { Disability = YesNoDontKnow.No, DisabilityTypes = EnumSet.Of(DisabilityType.Frailty) });

        Assert.Equal(
            Violation("Case.Intake.Profile.DisabilityTypes", "Case.Intake.Profile.DisabilityTypes"),
            Named(Single(c)));
        Assert.Equal("Case.Intake.Profile.DisabilityTypes is given but Case.Intake.Profile.Disability is not Yes", Single(c).Message.ToString());
        Assert.Empty(CaseRules.Check(c.WithProfile(p => p with { Disability = YesNoDontKnow.Yes })));
    }

    [Fact]
    public void Check_HighRiskBasisWithoutHighRisk_IsViolation()
    {
        var c = Open().WithAbuse(a => a with { HighRiskBasis = HighRiskBasis.Escalation });

        Assert.Equal(
            Violation("Case.Intake.Abuse.HighRiskBasis", "Case.Intake.Abuse.HighRiskBasis"),
            Named(Single(c)));
        Assert.Equal("Case.Intake.Abuse.HighRiskBasis is given but Case.Intake.Abuse.HighRisk is not Yes", Single(c).Message.ToString());
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
            ["Case.Intake.Abuse.PreviousExposureKinds", "Case.Intake.Abuse.AdditionalPerpetrators", "Case.Intake.Needs.DiagnosedConditions"],
            CaseRules.Check(c).Select(v => v.Field.ToString()));
    }

    [Fact]
    public void Check_ChildrenCountDiffersFromNumberOfChildren_IsViolation()
    {
        var c = Open().WithProfile(p => p with { NumberOfChildren = 3, Children = [new Child(), new Child { Age = ChildAgeBand.Years4To11 }] });

        Assert.Equal(Violation("Case.Intake.Profile.Children", "Case.Intake.Profile.Children"), Named(Single(c)));
        Assert.Equal("the number of children listed differs from Case.Intake.Profile.NumberOfChildren", Single(c).Message.ToString());
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
            Violation("Case.Intake.Abuse.ReasonNotLivingTogether", "Case.Intake.Abuse.ReasonNotLivingTogether"),
            Named(Single(c)));
        Assert.Equal("Case.Intake.Abuse.ReasonNotLivingTogether is given but Case.Intake.Abuse.LivingWithPerpetrator is not NotLivingTogether", Single(c).Message.ToString());
        Assert.Empty(CaseRules.Check(c.WithAbuse(a => a with { LivingWithPerpetrator = LivingArrangement.NotLivingTogether })));
    }

    [Fact]
    public void Check_AttemptsWithoutAttempt_IsViolation()
    {
        var c = Open().WithAbuse(a => a with { AttemptedToEndRelationship = false, AttemptsToEndRelationship = 2 });

        Assert.Equal(
            Violation("Case.Intake.Abuse.AttemptsToEndRelationship", "Case.Intake.Abuse.AttemptsToEndRelationship"),
            Named(Single(c)));
        Assert.Equal("Case.Intake.Abuse.AttemptsToEndRelationship is given but Case.Intake.Abuse.AttemptedToEndRelationship is not true", Single(c).Message.ToString());
        Assert.Empty(CaseRules.Check(c.WithAbuse(a => a with { AttemptedToEndRelationship = true })));
    }

    [Fact]
    public void Check_UnplannedReasonForPlannedClosure_IsViolation()
    {
        var c = Closed(Intake);
        c = c with { Exit = c.Exit! with { ClosureType = ClosureType.PlannedClosure, UnplannedClosureReason = UnplannedClosureReason.ClientDisengaged } };

        Assert.Equal(
            Violation("Case.Exit.UnplannedClosureReason", "Case.Exit.UnplannedClosureReason"),
            Named(Single(c)));
        Assert.Equal("Case.Exit.UnplannedClosureReason is given but Case.Exit.ClosureType is not UnplannedClosure", Single(c).Message.ToString());
    }

    [Fact]
    public void Check_OngoingContactReasonsWithoutContact_IsViolation()
    {
        var c = Closed(Intake);
        c = c with { Exit = c.Exit! with { OngoingContact = YesNoDontKnow.No, OngoingContactReasons = EnumSet.Of(OngoingContactReason.Children) } };

        Assert.Equal("Case.Exit.OngoingContactReasons", Single(c).Field.ToString());
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

        const string Rule = "Case.Exit.Support.<area>.Outcomes, .SafetyImpact, .WellbeingImpact";
        var violations = CaseRules.Check(c);
        Assert.Equal(
            [
                Violation("Case.Exit.Support.FinanceBenefitsAndDebt.Outcomes", Rule),
                Violation("Case.Exit.Support.FinanceBenefitsAndDebt.WellbeingImpact", Rule),
                Violation("Case.Exit.Support.Immigration.SafetyImpact", Rule),
            ],
            Named(violations));
        Assert.All(violations, v => Assert.Equal("an outcome or impact is given for a support area whose AreaSupport.Supported is not true", v.Message.ToString()));
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
            Violation("Case.Exit.CriminalJustice.PoliceReports[1].Incidents[1].NfaReason", "Case.Exit.CriminalJustice.PoliceReports[].Incidents[].NfaReason"),
            Named(Single(c)));
        Assert.Equal("an NFA reason is given for an incident whose Incident.Consequence is not PoliceReportNoFurtherAction", Single(c).Message.ToString());
    }

    [Fact]
    public void All_EveryRule_HasFieldRequirementAndProblem()
    {
        Assert.All(CaseRules.All, rule =>
        {
            Assert.NotEmpty(rule.Fields);
            Assert.All(rule.Fields, f => Assert.Equal(typeof(Case), f.Root));
            Assert.False(string.IsNullOrWhiteSpace(rule.Requirement.ToString()));
            Assert.False(string.IsNullOrWhiteSpace(rule.Problem.ToString()));
            Assert.All(rule.Problem.ToString(), c => Assert.InRange(c, ' ', '~'));
            Assert.Equal($"{Fields(rule)}: {rule.Requirement}", rule.ToString());
        });
        Assert.Equal(CaseRules.All.Count, CaseRules.All.Select(Fields).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void All_DateRules_AreWarningsAndStructuralRulesRejections()
    {
        string[] warnings = ["Case.Exit.ClosureDate", "Case.Reviews[].Date", "Case.IntakeDate, Case.Reviews[].Date, Case.Exit.ClosureDate"];

        Assert.Equal(warnings, CaseRules.All.Where(r => r.Severity == Severity.Warning).Select(Fields));
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

        Assert.Equal([Violation("Case.Exit.ClosureDate", "Case.Exit.ClosureDate"), Violation("Case.Intake.Abuse.HighRiskBasis", "Case.Intake.Abuse.HighRiskBasis")], Named(violations));
        Assert.Equal([Severity.Warning, Severity.Rejection], violations.Select(v => v.Severity));
    }
}
