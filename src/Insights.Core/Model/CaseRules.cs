namespace Insights.Core.Model;

/// <summary>How serious a finding about a record is.</summary>
public enum Severity
{
    /// <summary>The record cannot be used: it is not tabulated.</summary>
    Rejection = 0,

    /// <summary>The record is valid but suspicious: it is kept, tabulated and counted, and the finding is reported.</summary>
    Warning = 1,
}

/// <summary>
/// A cross-field rule of the model: the fields it constrains (model paths such as <c>Case.Exit.ClosureDate</c>, with
/// <c>[]</c> for any list item), what a valid case obeys, what a finding says when the rule is broken, and whether
/// breaking it rejects the case or only warns. Every text is fixed: none holds a value from a record.
/// </summary>
public sealed class CaseRule
{
    private readonly Action<Case, CaseRule, List<RuleViolation>> _check;

    private CaseRule(ModelPath[] fields, RuleText requirement, RuleText problem, Severity severity, Action<Case, CaseRule, List<RuleViolation>> check)
    {
        if (fields.Length == 0 || !Array.TrueForAll(fields, f => f is { IsComplete: true } && f.Root == typeof(Case)))
        {
            throw new ArgumentException("A rule constrains at least one field, each a complete path from Case.", nameof(fields));
        }

        Fields = fields;
        Requirement = requirement;
        Problem = problem;
        Severity = severity;
        _check = check;
    }

    /// <summary>Gets the paths of the fields the rule constrains, from <see cref="Case"/>; list items are written <c>[]</c>.</summary>
    public IReadOnlyList<ModelPath> Fields { get; }

    /// <summary>Gets what a valid case obeys, e.g. "not before the intake date".</summary>
    public RuleText Requirement { get; }

    /// <summary>Gets what a finding says when the rule is broken, e.g. "the closure date is before the intake date".</summary>
    public RuleText Problem { get; }

    /// <summary>Gets whether breaking the rule rejects the case or only warns.</summary>
    public Severity Severity { get; }

    /// <summary>Returns the fields and the requirement in model terms, e.g. "Case.Exit.ClosureDate: not before the intake date".</summary>
    public override string ToString() => ModelPath.Join(Fields.Select(f => f.ToString())) + ": " + Requirement;

    internal static CaseRule Create(ModelPath field, RuleText requirement, RuleText problem, Severity severity, Action<Case, CaseRule, List<RuleViolation>> check)
        => new([field], requirement, problem, severity, check);

    internal static CaseRule Create(ModelPath[] fields, RuleText requirement, RuleText problem, Severity severity, Action<Case, CaseRule, List<RuleViolation>> check)
        => new(fields, requirement, problem, severity, check);

    internal void CheckInto(Case @case, List<RuleViolation> found) => _check(@case, this, found);
}

/// <summary>A broken cross-field rule: the path of the offending field (list indexes filled in) and the rule.</summary>
/// <param name="Field">The model path of the offending field, e.g. <c>Case.Reviews[1].Date</c>.</param>
/// <param name="Rule">The rule that is broken.</param>
public readonly record struct RuleViolation(ModelPath Field, CaseRule Rule)
{
    /// <summary>Gets the fixed sentence saying what is wrong (<see cref="CaseRule.Problem"/>); it never holds a value of the record.</summary>
    public RuleText Message => Rule.Problem;

    /// <summary>Gets whether the violation rejects the case or only warns.</summary>
    public Severity Severity => Rule.Severity;
}

/// <summary>
/// The cross-field rules a case obeys. Records do not enforce them (a record is built one property at a time);
/// the data reader checks them, rejecting a case that breaks a rule of severity <see cref="Severity.Rejection"/>
/// and keeping, with a warning, one that breaks only rules of severity <see cref="Severity.Warning"/>.
/// Call <see cref="Check"/> for cases built in code (the serialization namespace's <c>CaseValidator</c> adds the
/// checks across records: duplicate ids, services).
/// </summary>
public static class CaseRules
{
    /// <summary>The earliest date taken as plausible in a case record; earlier dates are kept with a warning.</summary>
    public static readonly DateOnly EarliestPlausibleDate = new(1990, 1, 1);

    /// <summary>The latest date taken as plausible in a case record; later dates are kept with a warning.</summary>
    public static readonly DateOnly LatestPlausibleDate = new(2099, 12, 31);

    private static readonly string PlausibleWindow = string.Create(
        System.Globalization.CultureInfo.InvariantCulture, $"the plausible window {EarliestPlausibleDate:yyyy-MM-dd} to {LatestPlausibleDate:yyyy-MM-dd}");

    // Every path the rules name, made here from nameof of real properties (a test walks each one by reflection;
    // Core itself never reflects over the model).
    private static readonly ModelPath Intake = ModelPath.From<Case>().Member<IntakeForm>(nameof(Case.Intake));
    private static readonly ModelPath Abuse = Intake.Member<AbuseHistory>(nameof(IntakeForm.Abuse));
    private static readonly ModelPath AbuseLevels = Abuse.Member<AbuseProfile>(nameof(AbuseHistory.Levels));
    private static readonly ModelPath Profile = Intake.Member<ClientProfile>(nameof(IntakeForm.Profile));
    private static readonly ModelPath Needs = Intake.Member<IntakeNeeds>(nameof(IntakeForm.Needs));
    private static readonly ModelPath Exit = ModelPath.From<Case>().Member<ExitForm>(nameof(Case.Exit));
    private static readonly ModelPath Support = Exit.Member<SupportGiven>(nameof(ExitForm.Support));
    private static readonly ModelPath IntakeDate = ModelPath.From<Case>().Member(nameof(Case.IntakeDate));
    private static readonly ModelPath ReviewDate = ModelPath.From<Case>().Item<ReviewForm>(nameof(Case.Reviews)).Member(nameof(ReviewForm.Date));
    private static readonly ModelPath ClosureDate = Exit.Member(nameof(ExitForm.ClosureDate));
    private static readonly ModelPath NfaReason = Exit.Member<CriminalJusticeForm>(nameof(ExitForm.CriminalJustice))
        .Item<PoliceReport>(nameof(CriminalJusticeForm.PoliceReports)).Item<Incident>(nameof(PoliceReport.Incidents)).Member(nameof(Incident.NfaReason));

    private static readonly ModelPath AnyArea = Support.Each("area", typeof(AreaSupport<>));
    private static readonly ModelPath[] AnyAreaAnswers =
    [
        AnyArea.Member(nameof(AreaSupport<>.Outcomes)), AnyArea.Member(nameof(AreaSupport<>.SafetyImpact)), AnyArea.Member(nameof(AreaSupport<>.WellbeingImpact)),
    ];

    // The outcomes, safety impact and wellbeing impact of each support area, indexed by the area.
    private static readonly (ModelPath Outcomes, ModelPath SafetyImpact, ModelPath WellbeingImpact)[] AreaAnswers =
    [
        Area<SafetyOutcome>(nameof(SupportGiven.Safety)),
        Area<HousingOutcome>(nameof(SupportGiven.Housing)),
        Area<PhysicalHealthOutcome>(nameof(SupportGiven.PhysicalHealth)),
        Area<MentalHealthOutcome>(nameof(SupportGiven.MentalHealth)),
        Area<DrugMisuseOutcome>(nameof(SupportGiven.DrugMisuse)),
        Area<AlcoholMisuseOutcome>(nameof(SupportGiven.AlcoholMisuse)),
        Area<ChildrenAndParentingOutcome>(nameof(SupportGiven.ChildrenAndParenting)),
        Area<FinanceOutcome>(nameof(SupportGiven.FinanceBenefitsAndDebt)),
        Area<EmploymentOutcome>(nameof(SupportGiven.EmploymentEducationAndTraining)),
        Area<SocialAndCommunityOutcome>(nameof(SupportGiven.SocialAndCommunitySupport)),
        Area<ImmigrationOutcome>(nameof(SupportGiven.Immigration)),
    ];

    private static readonly ModelPath AreaSupported = ModelPath.From(typeof(AreaSupport<>)).Member(nameof(AreaSupport<>.Supported));
    private static readonly ModelPath Consequence = ModelPath.From<Incident>().Member(nameof(Incident.Consequence));

    /// <summary>Gets every rule, in the order they are checked.</summary>
    public static IReadOnlyList<CaseRule> All => ReadOnlyRules;

    // An array, so that checking a case (once a record) enumerates the rules without allocating an enumerator.
    private static readonly CaseRule[] Rules =
    [
        CaseRule.Create(ClosureDate, Text("not before the intake date"), Text("the closure date is before the intake date (the report counts such cases as Errors in Case length)"), Severity.Warning, ClosureNotBeforeIntake),
        CaseRule.Create(ReviewDate, Text("not before the intake date, and not after the closure date when the case is closed"), Text("the review date is before the intake date or after the closure date"), Severity.Warning, ReviewDatesWithinCase),
        CaseRule.Create([IntakeDate, ReviewDate, ClosureDate], Text("within " + PlausibleWindow), Text("a date is outside " + PlausibleWindow), Severity.Warning, DatesPlausible),
        Details(Abuse.Member(nameof(AbuseHistory.PhysicalDetails)), AbuseLevels.Member(nameof(AbuseProfile.Physical)), c => c.Intake.Abuse.PhysicalDetails is not null, c => c.Intake.Abuse.Levels.Physical),
        Details(Abuse.Member(nameof(AbuseHistory.SexualDetails)), AbuseLevels.Member(nameof(AbuseProfile.Sexual)), c => c.Intake.Abuse.SexualDetails is not null, c => c.Intake.Abuse.Levels.Sexual),
        Details(Abuse.Member(nameof(AbuseHistory.HarassmentDetails)), AbuseLevels.Member(nameof(AbuseProfile.HarassmentAndStalking)), c => c.Intake.Abuse.HarassmentDetails is not null, c => c.Intake.Abuse.Levels.HarassmentAndStalking),
        Details(Abuse.Member(nameof(AbuseHistory.ControllingDetails)), AbuseLevels.Member(nameof(AbuseProfile.JealousAndControlling)), c => c.Intake.Abuse.ControllingDetails is not null, c => c.Intake.Abuse.Levels.JealousAndControlling),
        OnlyWhenYes(Profile.Member(nameof(ClientProfile.DisabilityTypes)), Profile.Member(nameof(ClientProfile.Disability)), c => c.Intake.Profile.DisabilityTypes is not null, c => c.Intake.Profile.Disability),
        CaseRule.Create(
            Profile.Member(nameof(ClientProfile.Children)),
            Text("as many children as {0} when both are given", Profile.Member(nameof(ClientProfile.NumberOfChildren))),
            Text("the number of children listed differs from {0}", Profile.Member(nameof(ClientProfile.NumberOfChildren))),
            Severity.Rejection,
            ChildrenMatchCount),
        OnlyWhenYes(Abuse.Member(nameof(AbuseHistory.HighRiskBasis)), Abuse.Member(nameof(AbuseHistory.HighRisk)), c => c.Intake.Abuse.HighRiskBasis is not null, c => c.Intake.Abuse.HighRisk),
        OnlyWhenYes(Abuse.Member(nameof(AbuseHistory.PreviousExposureKinds)), Abuse.Member(nameof(AbuseHistory.PreviousExposure)), c => c.Intake.Abuse.PreviousExposureKinds is not null, c => c.Intake.Abuse.PreviousExposure),
        Only(
            Abuse.Member(nameof(AbuseHistory.ReasonNotLivingTogether)),
            Abuse.Member(nameof(AbuseHistory.LivingWithPerpetrator)),
            nameof(LivingArrangement.NotLivingTogether),
            c => c.Intake.Abuse.ReasonNotLivingTogether is not null && c.Intake.Abuse.LivingWithPerpetrator != LivingArrangement.NotLivingTogether),
        OnlyWhenYes(Abuse.Member(nameof(AbuseHistory.AdditionalPerpetrators)), Abuse.Member(nameof(AbuseHistory.MultiplePerpetrators)), c => c.Intake.Abuse.AdditionalPerpetrators is not null, c => c.Intake.Abuse.MultiplePerpetrators),
        Only(
            Abuse.Member(nameof(AbuseHistory.AttemptsToEndRelationship)),
            Abuse.Member(nameof(AbuseHistory.AttemptedToEndRelationship)),
            "true",
            c => c.Intake.Abuse.AttemptsToEndRelationship is not null && c.Intake.Abuse.AttemptedToEndRelationship != true),
        OnlyWhenYes(Needs.Member(nameof(IntakeNeeds.DiagnosedConditions)), Needs.Member(nameof(IntakeNeeds.DiagnosedMentalHealthCondition)), c => c.Intake.Needs.DiagnosedConditions is not null, c => c.Intake.Needs.DiagnosedMentalHealthCondition),
        Only(
            Exit.Member(nameof(ExitForm.UnplannedClosureReason)),
            Exit.Member(nameof(ExitForm.ClosureType)),
            nameof(ClosureType.UnplannedClosure),
            c => c.Exit is { UnplannedClosureReason: not null } exit && exit.ClosureType != ClosureType.UnplannedClosure),
        Only(
            Exit.Member(nameof(ExitForm.OngoingContactReasons)),
            Exit.Member(nameof(ExitForm.OngoingContact)),
            nameof(YesNoDontKnow.Yes),
            c => c.Exit is { OngoingContactReasons: not null } exit && exit.OngoingContact != YesNoDontKnow.Yes),
        CaseRule.Create(
            AnyAreaAnswers,
            Text("only when that area's {0} is true", AreaSupported),
            Text("an outcome or impact is given for a support area whose {0} is not true", AreaSupported),
            Severity.Rejection,
            AreaAnswersOnlyWhenSupported),
        CaseRule.Create(
            NfaReason,
            Text("only when that incident's {0} is " + nameof(IncidentConsequence.PoliceReportNoFurtherAction), Consequence),
            Text("an NFA reason is given for an incident whose {0} is not " + nameof(IncidentConsequence.PoliceReportNoFurtherAction), Consequence),
            Severity.Rejection,
            NfaReasonOnlyWhenNoFurtherAction),
    ];

    private static readonly System.Collections.ObjectModel.ReadOnlyCollection<CaseRule> ReadOnlyRules = Array.AsReadOnly(Rules);

    /// <summary>Returns every rule <paramref name="case"/> breaks, in the order of <see cref="All"/>; none for a valid case.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="case"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<RuleViolation> Check(Case @case)
    {
        ArgumentNullException.ThrowIfNull(@case);
        List<RuleViolation>? found = null;
        CheckInto(@case, ref found);
        return found ?? (IReadOnlyList<RuleViolation>)[];
    }

    /// <summary>Adds the rules <paramref name="case"/> breaks to <paramref name="found"/>, creating the list only when one is broken.</summary>
    internal static void CheckInto(Case @case, ref List<RuleViolation>? found)
    {
        // The common case breaks no rule: each check is tried on a shared empty scratch list and only a case that
        // breaks something pays for a list of its own.
        var scratch = found ?? Scratch.Value!;
        var before = scratch.Count;
        foreach (var rule in Rules)
        {
            rule.CheckInto(@case, scratch);
        }

        if (found is null && scratch.Count > before)
        {
            found = [.. scratch];
            scratch.Clear();
        }
    }

    private static readonly ThreadLocal<List<RuleViolation>> Scratch = new(() => []);

    private static RuleText Text(string format, params ModelPath[] paths) => RuleText.Of(format, paths);

    private static (ModelPath, ModelPath, ModelPath) Area<TOutcome>(string property)
        where TOutcome : struct, Enum
    {
        var area = Support.Member<AreaSupport<TOutcome>>(property);
        return (area.Member(nameof(AreaSupport<>.Outcomes)), area.Member(nameof(AreaSupport<>.SafetyImpact)), area.Member(nameof(AreaSupport<>.WellbeingImpact)));
    }

    private static CaseRule Details(ModelPath field, ModelPath level, Func<Case, bool> present, Func<Case, AbuseLevel?> levelOf)
        => CaseRule.Create(
            field,
            Text("only when {0} is High, Moderate or Standard", level),
            Text("{0} is given but {1} is not High, Moderate or Standard", field, level),
            Severity.Rejection,
            (c, rule, found) =>
            {
                if (present(c) && !levelOf(c).IsExperienced())
                {
                    found.Add(new(field, rule));
                }
            });

    private static CaseRule OnlyWhenYes(ModelPath field, ModelPath parent, Func<Case, bool> present, Func<Case, YesNoDontKnow?> parentOf)
        => Only(field, parent, nameof(YesNoDontKnow.Yes), c => present(c) && parentOf(c) != YesNoDontKnow.Yes);

    private static CaseRule Only(ModelPath field, ModelPath parent, string value, Func<Case, bool> broken)
        => CaseRule.Create(
            field,
            Text("only when {0} is " + value, parent),
            Text("{0} is given but {1} is not " + value, field, parent),
            Severity.Rejection,
            (c, rule, found) =>
            {
                if (broken(c))
                {
                    found.Add(new(field, rule));
                }
            });

    private static void ClosureNotBeforeIntake(Case c, CaseRule rule, List<RuleViolation> found)
    {
        if (c.Exit is { } exit && exit.ClosureDate < c.IntakeDate)
        {
            found.Add(new(ClosureDate, rule));
        }
    }

    private static void ReviewDatesWithinCase(Case c, CaseRule rule, List<RuleViolation> found)
    {
        for (var i = 0; i < c.Reviews.Count; i++)
        {
            var date = c.Reviews[i].Date;
            if (date < c.IntakeDate || (c.Exit is { } exit && date > exit.ClosureDate))
            {
                found.Add(new(ReviewDate.At(i), rule));
            }
        }
    }

    private static bool IsPlausible(DateOnly date) => date >= EarliestPlausibleDate && date <= LatestPlausibleDate;

    private static void DatesPlausible(Case c, CaseRule rule, List<RuleViolation> found)
    {
        if (!IsPlausible(c.IntakeDate))
        {
            found.Add(new(IntakeDate, rule));
        }

        for (var i = 0; i < c.Reviews.Count; i++)
        {
            if (!IsPlausible(c.Reviews[i].Date))
            {
                found.Add(new(ReviewDate.At(i), rule));
            }
        }

        if (c.Exit is { } exit && !IsPlausible(exit.ClosureDate))
        {
            found.Add(new(ClosureDate, rule));
        }
    }

    private static void ChildrenMatchCount(Case c, CaseRule rule, List<RuleViolation> found)
    {
        var profile = c.Intake.Profile;
        if (profile.NumberOfChildren is { } number && profile.Children.Count > 0 && profile.Children.Count != number)
        {
            found.Add(new(rule.Fields[0], rule));
        }
    }

    private static void AreaAnswersOnlyWhenSupported(Case c, CaseRule rule, List<RuleViolation> found)
    {
        if (c.Exit is not { } exit)
        {
            return;
        }

        foreach (var area in Labels.All<SupportArea>())
        {
            var (supported, safetyImpact, wellbeingImpact, outcomes) = exit.Support.In(area);
            if (supported == true || (outcomes is null && safetyImpact is null && wellbeingImpact is null))
            {
                continue;
            }

            var paths = AreaAnswers[(int)area];
            if (outcomes is not null)
            {
                found.Add(new(paths.Outcomes, rule));
            }

            if (safetyImpact is not null)
            {
                found.Add(new(paths.SafetyImpact, rule));
            }

            if (wellbeingImpact is not null)
            {
                found.Add(new(paths.WellbeingImpact, rule));
            }
        }
    }

    private static void NfaReasonOnlyWhenNoFurtherAction(Case c, CaseRule rule, List<RuleViolation> found)
    {
        if (c.Exit?.CriminalJustice is not { } criminalJustice)
        {
            return;
        }

        for (var r = 0; r < criminalJustice.PoliceReports.Count; r++)
        {
            var incidents = criminalJustice.PoliceReports[r].Incidents;
            for (var i = 0; i < incidents.Count; i++)
            {
                var incident = incidents[i];
                if (incident.NfaReason is not null && incident.Consequence != IncidentConsequence.PoliceReportNoFurtherAction)
                {
                    found.Add(new(NfaReason.At(r, i), rule));
                }
            }
        }
    }
}
