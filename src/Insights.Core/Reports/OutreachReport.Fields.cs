using Insights.Core.Model;
using Insights.Core.Tabulation;

namespace Insights.Core.Reports;

// The answers and rules that several tables of the report read, each defined once: equal rules made from them are
// tested once per case however many tables ask (see RulePlan), where a lambda written in each table would be
// tested by each. Every field reads null for a case without the form it comes from.
public static partial class OutreachReport
{
    private static Rule<ReportCase> Matched => Values.Matched;

    private static Rule<ReportCase> Profiled => Values.Profiled;

    private static Field<ReportCase, int> NumberOfChildren => Values.NumberOfChildren;

    private static Field<ReportCase, EnumSet<CypsInvolvement>> CypsAtIntake => Values.CypsAtIntake;

    private static Field<ReportCase, EnumSet<CypsInvolvement>> CypsAtExit => Values.CypsAtExit;

    private static Field<ReportCase, YesNoDontKnow> DiagnosedCondition => Values.DiagnosedCondition;

    private static Field<ReportCase, ClosureType> ClosureTypeAtExit => Values.ClosureTypeAtExit;

    private static Field<ReportCase, YesNoDontKnow> OngoingContact => Values.OngoingContact;

    private static Field<ReportCase, EnumSet<OngoingContactReason>> OngoingContactReasons => Values.OngoingContactReasons;

    /// <summary>The cases with an identified need in <paramref name="area"/> at intake.</summary>
    private static Rule<ReportCase> NeedsIn(NeedArea area) => Values.NeedFields[AnswerSet<NeedArea>.Index(area)].Is(YesNoDontKnow.Yes);

    private static Rule<ReportCase> InNeed(SupportArea area) => Values.InNeedRules[AnswerSet<SupportArea>.Index(area)];

    private static Rule<ReportCase> Supported(SupportArea area) => Values.SupportedRules[AnswerSet<SupportArea>.Index(area)];

    private static Field<ReportCase, bool> SupportedIn(SupportArea area) => Values.SupportedFields[AnswerSet<SupportArea>.Index(area)];

    private static Rule<ReportCase> SafetyImproved(SupportArea area) => Values.SafetyImpactFields[AnswerSet<SupportArea>.Index(area)].IsAnyOf(Impact.ImprovedGreatly, Impact.ImprovedSlightly);

    private static Rule<ReportCase> WellbeingImproved(SupportArea area) => Values.WellbeingImpactFields[AnswerSet<SupportArea>.Index(area)].IsAnyOf(Impact.ImprovedGreatly, Impact.ImprovedSlightly);

    // The fields and rules themselves, in a class of their own: its values are made when first used, whatever
    // order the report's other static members are initialised in (a field must be one instance, as rules made
    // from it are equal only then).
    private static class Values
    {
        internal static readonly Rule<ReportCase> Everyone = Rule.Of<ReportCase>(static _ => true);

        internal static readonly Rule<ReportCase> Matched = Rule.Of<ReportCase>(IsMatched);

        internal static readonly Rule<ReportCase> Profiled = Rule.Of<ReportCase>(IsProfile);

        internal static readonly Field<ReportCase, YesNoDontKnow>[] NeedFields =
            [.. Labels.All<NeedArea>().Select(area => new Field<ReportCase, YesNoDontKnow>($"intake.needs.{area}", r => r.Case.Intake.Needs.NeedIn(area)))];

        internal static readonly Field<ReportCase, bool>[] SupportedFields =
            [.. Labels.All<SupportArea>().Select(area => new Field<ReportCase, bool>($"exit.support.{area}.supported", r => r.Case.Exit?.Support.SupportedIn(area)))];

        internal static readonly Field<ReportCase, Impact>[] SafetyImpactFields =
            [.. Labels.All<SupportArea>().Select(area => new Field<ReportCase, Impact>($"exit.support.{area}.safetyImpact", r => r.Case.Exit?.Support.SafetyImpactIn(area)))];

        internal static readonly Field<ReportCase, Impact>[] WellbeingImpactFields =
            [.. Labels.All<SupportArea>().Select(area => new Field<ReportCase, Impact>($"exit.support.{area}.wellbeingImpact", r => r.Case.Exit?.Support.WellbeingImpactIn(area)))];

        internal static readonly Rule<ReportCase>[] InNeedRules =
            [.. Labels.All<SupportArea>().Select(area => area.IntakeNeedArea() is { } need ? NeedFields[AnswerSet<NeedArea>.Index(need)].Is(YesNoDontKnow.Yes) : Everyone)];

        internal static readonly Rule<ReportCase>[] SupportedRules =
            [.. Labels.All<SupportArea>().Select(area => InNeedRules[AnswerSet<SupportArea>.Index(area)] & SupportedFields[AnswerSet<SupportArea>.Index(area)].Is(true))];

        internal static readonly Field<ReportCase, int> NumberOfChildren = new("intake.profile.numberOfChildren", r => r.Case.Intake.Profile.NumberOfChildren);

        internal static readonly Field<ReportCase, EnumSet<CypsInvolvement>> CypsAtIntake = new("intake.profile.cypsInvolvement", r => r.Case.Intake.Profile.CypsInvolvement);

        internal static readonly Field<ReportCase, EnumSet<CypsInvolvement>> CypsAtExit = new("exit.support.cypsInvolvementAtExit", r => r.Case.Exit?.Support.CypsInvolvementAtExit);

        internal static readonly Field<ReportCase, YesNoDontKnow> DiagnosedCondition = new("intake.needs.diagnosedMentalHealthCondition", r => r.Case.Intake.Needs.DiagnosedMentalHealthCondition);

        internal static readonly Field<ReportCase, ClosureType> ClosureTypeAtExit = new("exit.closureType", r => r.Case.Exit?.ClosureType);

        internal static readonly Field<ReportCase, YesNoDontKnow> OngoingContact = new("exit.ongoingContact", r => r.Case.Exit?.OngoingContact);

        internal static readonly Field<ReportCase, EnumSet<OngoingContactReason>> OngoingContactReasons = new("exit.ongoingContactReasons", r => r.Case.Exit?.OngoingContactReasons);
    }
}
