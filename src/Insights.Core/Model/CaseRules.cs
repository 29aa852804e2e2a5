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
/// A cross-field rule of the model: the field it constrains (a path such as <c>exit.closureDate</c>, with
/// <c>[]</c> for list items), what a valid case obeys, what a finding says when the rule is broken, and whether
/// breaking it rejects the case or only warns. Every text is fixed: none holds a value from a record.
/// </summary>
public sealed class CaseRule
{
    private readonly Action<Case, CaseRule, List<RuleViolation>> _check;

    private CaseRule(string field, string requirement, string problem, Severity severity, Action<Case, CaseRule, List<RuleViolation>> check)
    {
        Field = field;
        Requirement = requirement;
        Problem = problem;
        Severity = severity;
        _check = check;
    }

    /// <summary>Gets the path of the field the rule constrains; list items are written <c>[]</c>.</summary>
    public string Field { get; }

    /// <summary>Gets what a valid case obeys, e.g. "not before the intake date".</summary>
    public string Requirement { get; }

    /// <summary>Gets what a finding says when the rule is broken, e.g. "the closure date is before the intake date".</summary>
    public string Problem { get; }

    /// <summary>Gets whether breaking the rule rejects the case or only warns.</summary>
    public Severity Severity { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Field}: {Requirement}";

    internal static CaseRule Create(string field, string requirement, string problem, Severity severity, Action<Case, CaseRule, List<RuleViolation>> check)
        => new(field, requirement, problem, severity, check);

    internal void CheckInto(Case @case, List<RuleViolation> found) => _check(@case, this, found);
}

/// <summary>A broken cross-field rule: the path of the offending field (list indices filled in) and the rule.</summary>
/// <param name="Field">The path of the offending field, e.g. <c>reviews[1].date</c>.</param>
/// <param name="Rule">The rule that is broken.</param>
public readonly record struct RuleViolation(string Field, CaseRule Rule)
{
    /// <summary>Gets the fixed sentence saying what is wrong (<see cref="CaseRule.Problem"/>); it never holds a value of the record.</summary>
    public string Message => Rule.Problem;

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

    /// <summary>Gets every rule, in the order they are checked.</summary>
    public static IReadOnlyList<CaseRule> All { get; } =
    [
        CaseRule.Create("exit.closureDate", "not before the intake date", "the closure date is before the intake date (the report counts such cases as Errors in Case length)", Severity.Warning, ClosureNotBeforeIntake),
        CaseRule.Create("reviews[].date", "not before the intake date, and not after the closure date when the case is closed", "the review date is before the intake date or after the closure date", Severity.Warning, ReviewDatesWithinCase),
        CaseRule.Create("intakeDate, reviews[].date, exit.closureDate", "within " + PlausibleWindow, "a date is outside " + PlausibleWindow, Severity.Warning, DatesPlausible),
        Details("intake.abuse.physicalDetails", "physical", c => c.Intake.Abuse.PhysicalDetails is not null, c => c.Intake.Abuse.Levels.Physical),
        Details("intake.abuse.sexualDetails", "sexual", c => c.Intake.Abuse.SexualDetails is not null, c => c.Intake.Abuse.Levels.Sexual),
        Details("intake.abuse.harassmentDetails", "harassmentAndStalking", c => c.Intake.Abuse.HarassmentDetails is not null, c => c.Intake.Abuse.Levels.HarassmentAndStalking),
        Details("intake.abuse.controllingDetails", "jealousAndControlling", c => c.Intake.Abuse.ControllingDetails is not null, c => c.Intake.Abuse.Levels.JealousAndControlling),
        OnlyWhenYes("intake.profile.disabilityTypes", "intake.profile.disability", c => c.Intake.Profile.DisabilityTypes is not null, c => c.Intake.Profile.Disability),
        CaseRule.Create("intake.profile.children", "as many children as intake.profile.numberOfChildren when both are given", "the number of children listed differs from intake.profile.numberOfChildren", Severity.Rejection, ChildrenMatchCount),
        OnlyWhenYes("intake.abuse.highRiskBasis", "intake.abuse.highRisk", c => c.Intake.Abuse.HighRiskBasis is not null, c => c.Intake.Abuse.HighRisk),
        OnlyWhenYes("intake.abuse.previousExposureKinds", "intake.abuse.previousExposure", c => c.Intake.Abuse.PreviousExposureKinds is not null, c => c.Intake.Abuse.PreviousExposure),
        Only("intake.abuse.reasonNotLivingTogether", "intake.abuse.livingWithPerpetrator is NotLivingTogether", c => c.Intake.Abuse.ReasonNotLivingTogether is not null && c.Intake.Abuse.LivingWithPerpetrator != LivingArrangement.NotLivingTogether),
        OnlyWhenYes("intake.abuse.additionalPerpetrators", "intake.abuse.multiplePerpetrators", c => c.Intake.Abuse.AdditionalPerpetrators is not null, c => c.Intake.Abuse.MultiplePerpetrators),
        Only("intake.abuse.attemptsToEndRelationship", "intake.abuse.attemptedToEndRelationship is true", c => c.Intake.Abuse.AttemptsToEndRelationship is not null && c.Intake.Abuse.AttemptedToEndRelationship != true),
        OnlyWhenYes("intake.needs.diagnosedConditions", "intake.needs.diagnosedMentalHealthCondition", c => c.Intake.Needs.DiagnosedConditions is not null, c => c.Intake.Needs.DiagnosedMentalHealthCondition),
        Only("exit.unplannedClosureReason", "exit.closureType is UnplannedClosure", c => c.Exit is { UnplannedClosureReason: not null } exit && exit.ClosureType != ClosureType.UnplannedClosure),
        Only("exit.ongoingContactReasons", "exit.ongoingContact is Yes", c => c.Exit is { OngoingContactReasons: not null } exit && exit.OngoingContact != YesNoDontKnow.Yes),
        CaseRule.Create("exit.support.<area>.outcomes, .safetyImpact, .wellbeingImpact", "only when that area's supported is true", "an outcome or impact is given for a support area whose supported is not true", Severity.Rejection, AreaAnswersOnlyWhenSupported),
        CaseRule.Create("exit.criminalJustice.policeReports[].incidents[].nfaReason", "only when that incident's consequence is PoliceReportNoFurtherAction", "an NFA reason is given for an incident whose consequence is not PoliceReportNoFurtherAction", Severity.Rejection, NfaReasonOnlyWhenNoFurtherAction),
    ];

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
        foreach (var rule in All)
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

    private static string Index(int i) => i.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static CaseRule Details(string field, string levelName, Func<Case, bool> present, Func<Case, AbuseLevel?> level)
        => CaseRule.Create(
            field,
            $"only when intake.abuse.levels.{levelName} is High, Moderate or Standard",
            $"{field} is given but intake.abuse.levels.{levelName} is not High, Moderate or Standard",
            Severity.Rejection,
            (c, rule, found) =>
            {
                if (present(c) && !level(c).IsExperienced())
                {
                    found.Add(new(field, rule));
                }
            });

    private static CaseRule OnlyWhenYes(string field, string parentField, Func<Case, bool> present, Func<Case, YesNoDontKnow?> parent)
        => Only(field, parentField + " is Yes", c => present(c) && parent(c) != YesNoDontKnow.Yes);

    private static CaseRule Only(string field, string condition, Func<Case, bool> broken)
        => CaseRule.Create(
            field,
            "only when " + condition,
            $"{field} is given but {condition.Replace(" is ", " is not ", StringComparison.Ordinal)}",
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
            found.Add(new("exit.closureDate", rule));
        }
    }

    private static void ReviewDatesWithinCase(Case c, CaseRule rule, List<RuleViolation> found)
    {
        for (var i = 0; i < c.Reviews.Count; i++)
        {
            var date = c.Reviews[i].Date;
            if (date < c.IntakeDate || (c.Exit is { } exit && date > exit.ClosureDate))
            {
                found.Add(new($"reviews[{Index(i)}].date", rule));
            }
        }
    }

    private static bool IsPlausible(DateOnly date) => date >= EarliestPlausibleDate && date <= LatestPlausibleDate;

    private static void DatesPlausible(Case c, CaseRule rule, List<RuleViolation> found)
    {
        if (!IsPlausible(c.IntakeDate))
        {
            found.Add(new("intakeDate", rule));
        }

        for (var i = 0; i < c.Reviews.Count; i++)
        {
            if (!IsPlausible(c.Reviews[i].Date))
            {
                found.Add(new($"reviews[{Index(i)}].date", rule));
            }
        }

        if (c.Exit is { } exit && !IsPlausible(exit.ClosureDate))
        {
            found.Add(new("exit.closureDate", rule));
        }
    }

    private static void ChildrenMatchCount(Case c, CaseRule rule, List<RuleViolation> found)
    {
        var profile = c.Intake.Profile;
        if (profile.NumberOfChildren is { } number && profile.Children.Count > 0 && profile.Children.Count != number)
        {
            found.Add(new("intake.profile.children", rule));
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

            var path = "exit.support." + JsonName(Labels.CodeOf(area));
            if (outcomes is not null)
            {
                found.Add(new(path + ".outcomes", rule));
            }

            if (safetyImpact is not null)
            {
                found.Add(new(path + ".safetyImpact", rule));
            }

            if (wellbeingImpact is not null)
            {
                found.Add(new(path + ".wellbeingImpact", rule));
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
                    found.Add(new($"exit.criminalJustice.policeReports[{Index(r)}].incidents[{Index(i)}].nfaReason", rule));
                }
            }
        }
    }

    private static string JsonName(string code) => string.Concat(char.ToLowerInvariant(code[0]).ToString(), code.AsSpan(1));
}
