using Insights.Core.Model;
using Insights.Core.Tabulation;

namespace Insights.Core.Reports;

// The answers and rules that several tables of the report read, each defined once: equal rules made from them are
// tested once per case however many tables ask (see RulePlan), where a lambda written in each table would be
// tested by each. Every field reads null for a case without the form it comes from.
public static partial class OutreachReport
{
    private static readonly Rule<ReportCase> Everyone = Rule.Of<ReportCase>(static _ => true);

    private static readonly Rule<ReportCase> Matched = Rule.Of<ReportCase>(IsMatched);

    private static readonly Rule<ReportCase> Profiled = Rule.Of<ReportCase>(IsProfile);

    private static readonly Field<ReportCase, YesNoDontKnow>[] NeedFields =
        [.. Labels.All<NeedArea>().Select(area => new Field<ReportCase, YesNoDontKnow>($"intake.needs.{area}", r => r.Case.Intake.Needs.NeedIn(area)))];

    private static readonly Field<ReportCase, bool>[] SupportedFields =
        [.. Labels.All<SupportArea>().Select(area => new Field<ReportCase, bool>($"exit.support.{area}.supported", r => r.Case.Exit?.Support.SupportedIn(area)))];

    private static readonly Field<ReportCase, Impact>[] SafetyImpactFields =
        [.. Labels.All<SupportArea>().Select(area => new Field<ReportCase, Impact>($"exit.support.{area}.safetyImpact", r => r.Case.Exit?.Support.SafetyImpactIn(area)))];

    private static readonly Field<ReportCase, Impact>[] WellbeingImpactFields =
        [.. Labels.All<SupportArea>().Select(area => new Field<ReportCase, Impact>($"exit.support.{area}.wellbeingImpact", r => r.Case.Exit?.Support.WellbeingImpactIn(area)))];

    private static readonly Rule<ReportCase>[] InNeedRules =
        [.. Labels.All<SupportArea>().Select(area => area.IntakeNeedArea() is { } need ? NeedFields[AnswerSet<NeedArea>.Index(need)].Is(YesNoDontKnow.Yes) : Everyone)];

    private static readonly Rule<ReportCase>[] SupportedRules =
        [.. Labels.All<SupportArea>().Select(area => InNeedRules[AnswerSet<SupportArea>.Index(area)] & SupportedFields[AnswerSet<SupportArea>.Index(area)].Is(true))];

    private static readonly Field<ReportCase, int> NumberOfChildren = new("intake.profile.numberOfChildren", r => r.Case.Intake.Profile.NumberOfChildren);

    private static readonly Field<ReportCase, EnumSet<CypsInvolvement>> CypsAtIntake = new("intake.profile.cypsInvolvement", r => r.Case.Intake.Profile.CypsInvolvement);

    private static readonly Field<ReportCase, EnumSet<CypsInvolvement>> CypsAtExit = new("exit.support.cypsInvolvementAtExit", r => r.Case.Exit?.Support.CypsInvolvementAtExit);

    private static Rule<ReportCase> InNeed(SupportArea area) => InNeedRules[AnswerSet<SupportArea>.Index(area)];

    private static Rule<ReportCase> Supported(SupportArea area) => SupportedRules[AnswerSet<SupportArea>.Index(area)];

    private static Field<ReportCase, bool> SupportedIn(SupportArea area) => SupportedFields[AnswerSet<SupportArea>.Index(area)];

    private static Rule<ReportCase> SafetyImproved(SupportArea area) => SafetyImpactFields[AnswerSet<SupportArea>.Index(area)].IsAnyOf(Impact.ImprovedGreatly, Impact.ImprovedSlightly);

    private static Rule<ReportCase> WellbeingImproved(SupportArea area) => WellbeingImpactFields[AnswerSet<SupportArea>.Index(area)].IsAnyOf(Impact.ImprovedGreatly, Impact.ImprovedSlightly);
}
