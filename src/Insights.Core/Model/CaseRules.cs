using System.Globalization;

namespace Insights.Core.Model;

/// <summary>A broken cross-field rule: the JSON path of the offending field and a sentence saying what is wrong.</summary>
internal readonly record struct RuleViolation(string Field, string Message);

/// <summary>A cross-field rule: the field it constrains (a JSON path, with <c>[]</c> for list items) and what it requires.</summary>
internal sealed record CaseRule(string Field, string Requirement, Func<Case, IEnumerable<RuleViolation>> Check);

/// <summary>
/// The cross-field rules a valid case obeys. Records do not enforce them (a record is built one property at a
/// time); the data reader checks them and rejects a case that breaks any.
/// </summary>
internal static class CaseRules
{
    internal static IReadOnlyList<CaseRule> All { get; } =
    [
        new("exit.closureDate", "not before the intake date", ClosureNotBeforeIntake),
        new("reviews[].date", "not before the intake date, and not after the closure date when the case is closed", ReviewDatesWithinCase),
        new("intake.abuse.physicalDetails", "only when intake.abuse.levels.physical is High, Moderate or Standard",
            c => Details(c.Intake.Abuse.PhysicalDetails is not null, c.Intake.Abuse.Levels.Physical, "intake.abuse.physicalDetails", "physical")),
        new("intake.abuse.sexualDetails", "only when intake.abuse.levels.sexual is High, Moderate or Standard",
            c => Details(c.Intake.Abuse.SexualDetails is not null, c.Intake.Abuse.Levels.Sexual, "intake.abuse.sexualDetails", "sexual")),
        new("intake.abuse.harassmentDetails", "only when intake.abuse.levels.harassmentAndStalking is High, Moderate or Standard",
            c => Details(c.Intake.Abuse.HarassmentDetails is not null, c.Intake.Abuse.Levels.HarassmentAndStalking, "intake.abuse.harassmentDetails", "harassmentAndStalking")),
        new("intake.abuse.controllingDetails", "only when intake.abuse.levels.jealousAndControlling is High, Moderate or Standard",
            c => Details(c.Intake.Abuse.ControllingDetails is not null, c.Intake.Abuse.Levels.JealousAndControlling, "intake.abuse.controllingDetails", "jealousAndControlling")),
        new("intake.profile.disabilityTypes", "only when intake.profile.disability is Yes",
            c => OnlyWhenYes(c.Intake.Profile.DisabilityTypes is not null, c.Intake.Profile.Disability, "intake.profile.disabilityTypes", "intake.profile.disability")),
        new("intake.profile.children", "as many children as intake.profile.numberOfChildren when both are given", ChildrenMatchCount),
        new("intake.abuse.highRiskBasis", "only when intake.abuse.highRisk is Yes",
            c => OnlyWhenYes(c.Intake.Abuse.HighRiskBasis is not null, c.Intake.Abuse.HighRisk, "intake.abuse.highRiskBasis", "intake.abuse.highRisk")),
        new("intake.abuse.previousExposureKinds", "only when intake.abuse.previousExposure is Yes",
            c => OnlyWhenYes(c.Intake.Abuse.PreviousExposureKinds is not null, c.Intake.Abuse.PreviousExposure, "intake.abuse.previousExposureKinds", "intake.abuse.previousExposure")),
        new("intake.abuse.reasonNotLivingTogether", "only when intake.abuse.livingWithPerpetrator is NotLivingTogether", ReasonOnlyWhenNotLivingTogether),
        new("intake.abuse.additionalPerpetrators", "only when intake.abuse.multiplePerpetrators is Yes",
            c => OnlyWhenYes(c.Intake.Abuse.AdditionalPerpetrators is not null, c.Intake.Abuse.MultiplePerpetrators, "intake.abuse.additionalPerpetrators", "intake.abuse.multiplePerpetrators")),
        new("intake.abuse.attemptsToEndRelationship", "only when intake.abuse.attemptedToEndRelationship is true", AttemptsOnlyWhenAttempted),
        new("intake.needs.diagnosedConditions", "only when intake.needs.diagnosedMentalHealthCondition is Yes",
            c => OnlyWhenYes(c.Intake.Needs.DiagnosedConditions is not null, c.Intake.Needs.DiagnosedMentalHealthCondition, "intake.needs.diagnosedConditions", "intake.needs.diagnosedMentalHealthCondition")),
        new("exit.unplannedClosureReason", "only when exit.closureType is UnplannedClosure", UnplannedReasonOnlyWhenUnplanned),
        new("exit.ongoingContactReasons", "only when exit.ongoingContact is Yes",
            c => c.Exit is { } exit ? OnlyWhenYes(exit.OngoingContactReasons is not null, exit.OngoingContact, "exit.ongoingContactReasons", "exit.ongoingContact") : []),
        new("exit.support.<area>.outcomes, .safetyImpact, .wellbeingImpact", "only when that area's supported is true", AreaAnswersOnlyWhenSupported),
        new("exit.criminalJustice.policeReports[].incidents[].nfaReason", "only when that incident's consequence is PoliceReportNoFurtherAction", NfaReasonOnlyWhenNoFurtherAction),
    ];

    /// <summary>Returns every rule <paramref name="case"/> breaks; none for a valid case.</summary>
    internal static IEnumerable<RuleViolation> Check(Case @case)
    {
        ArgumentNullException.ThrowIfNull(@case);
        return All.SelectMany(rule => rule.Check(@case));
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static IEnumerable<RuleViolation> ClosureNotBeforeIntake(Case c)
    {
        if (c.Exit is { } exit && exit.ClosureDate < c.IntakeDate)
        {
            yield return new("exit.closureDate", $"closure date {Date(exit.ClosureDate)} is before intake date {Date(c.IntakeDate)}");
        }
    }

    private static IEnumerable<RuleViolation> ReviewDatesWithinCase(Case c)
    {
        for (var i = 0; i < c.Reviews.Count; i++)
        {
            var date = c.Reviews[i].Date;
            var field = $"reviews[{Number(i)}].date";
            if (date < c.IntakeDate)
            {
                yield return new(field, $"review date {Date(date)} is before intake date {Date(c.IntakeDate)}");
            }
            else if (c.Exit is { } exit && date > exit.ClosureDate)
            {
                yield return new(field, $"review date {Date(date)} is after closure date {Date(exit.ClosureDate)}");
            }
        }
    }

    private static IEnumerable<RuleViolation> Details(bool present, AbuseLevel? level, string field, string levelName)
    {
        if (present && !level.IsExperienced())
        {
            var shown = level is { } value ? Labels.CodeOf(value) : "missing";
            yield return new(field, $"{field} is given but intake.abuse.levels.{levelName} is {shown}; details are recorded only for High, Moderate or Standard");
        }
    }

    private static IEnumerable<RuleViolation> OnlyWhenYes(bool present, YesNoDontKnow? parent, string field, string parentField)
    {
        if (present && parent != YesNoDontKnow.Yes)
        {
            var shown = parent is { } value ? Labels.CodeOf(value) : "missing";
            yield return new(field, $"{field} is given but {parentField} is {shown}; it is recorded only when the answer is Yes");
        }
    }

    private static IEnumerable<RuleViolation> ChildrenMatchCount(Case c)
    {
        var profile = c.Intake.Profile;
        if (profile.NumberOfChildren is { } number && profile.Children.Count > 0 && profile.Children.Count != number)
        {
            yield return new("intake.profile.children", $"{Number(profile.Children.Count)} children are listed but intake.profile.numberOfChildren is {Number(number)}");
        }
    }

    private static IEnumerable<RuleViolation> ReasonOnlyWhenNotLivingTogether(Case c)
    {
        var abuse = c.Intake.Abuse;
        if (abuse.ReasonNotLivingTogether is not null && abuse.LivingWithPerpetrator != LivingArrangement.NotLivingTogether)
        {
            var shown = abuse.LivingWithPerpetrator is { } value ? Labels.CodeOf(value) : "missing";
            yield return new("intake.abuse.reasonNotLivingTogether", $"intake.abuse.reasonNotLivingTogether is given but intake.abuse.livingWithPerpetrator is {shown}; it is recorded only for NotLivingTogether");
        }
    }

    private static IEnumerable<RuleViolation> AttemptsOnlyWhenAttempted(Case c)
    {
        var abuse = c.Intake.Abuse;
        if (abuse.AttemptsToEndRelationship is not null && abuse.AttemptedToEndRelationship != true)
        {
            var shown = abuse.AttemptedToEndRelationship is { } value ? (value ? "true" : "false") : "missing";
            yield return new("intake.abuse.attemptsToEndRelationship", $"intake.abuse.attemptsToEndRelationship is given but intake.abuse.attemptedToEndRelationship is {shown}; it is recorded only when true");
        }
    }

    private static IEnumerable<RuleViolation> UnplannedReasonOnlyWhenUnplanned(Case c)
    {
        if (c.Exit is { UnplannedClosureReason: not null } exit && exit.ClosureType != ClosureType.UnplannedClosure)
        {
            var shown = exit.ClosureType is { } value ? Labels.CodeOf(value) : "missing";
            yield return new("exit.unplannedClosureReason", $"exit.unplannedClosureReason is given but exit.closureType is {shown}; it is recorded only for UnplannedClosure");
        }
    }

    private static IEnumerable<RuleViolation> AreaAnswersOnlyWhenSupported(Case c)
    {
        if (c.Exit is not { } exit)
        {
            yield break;
        }

        foreach (var area in Labels.All<SupportArea>())
        {
            var (supported, safetyImpact, wellbeingImpact, outcomes) = exit.Support.In(area);
            if (supported == true)
            {
                continue;
            }

            var path = "exit.support." + JsonName(Labels.CodeOf(area));
            var shown = supported is { } value ? (value ? "true" : "false") : "missing";
            foreach (var (given, name) in new[] { (outcomes is not null, "outcomes"), (safetyImpact is not null, "safetyImpact"), (wellbeingImpact is not null, "wellbeingImpact") })
            {
                if (given)
                {
                    yield return new($"{path}.{name}", $"{path}.{name} is given but {path}.supported is {shown}; it is recorded only when supported");
                }
            }
        }
    }

    private static IEnumerable<RuleViolation> NfaReasonOnlyWhenNoFurtherAction(Case c)
    {
        if (c.Exit?.CriminalJustice is not { } criminalJustice)
        {
            yield break;
        }

        for (var r = 0; r < criminalJustice.PoliceReports.Count; r++)
        {
            var incidents = criminalJustice.PoliceReports[r].Incidents;
            for (var i = 0; i < incidents.Count; i++)
            {
                var incident = incidents[i];
                if (incident.NfaReason is not null && incident.Consequence != IncidentConsequence.PoliceReportNoFurtherAction)
                {
                    var field = $"exit.criminalJustice.policeReports[{Number(r)}].incidents[{Number(i)}].nfaReason";
                    var shown = incident.Consequence is { } value ? Labels.CodeOf(value) : "missing";
                    yield return new(field, $"{field} is given but the incident's consequence is {shown}; it is recorded only for PoliceReportNoFurtherAction");
                }
            }
        }
    }

    private static string JsonName(string code) => string.Concat(char.ToLowerInvariant(code[0]).ToString(), code.AsSpan(1));
}
