using Insights.Core.Model;
using Insights.Core.Tabulation;

namespace Insights.Core.Reports;

public static partial class OutreachReport
{
    private static Tabulator<ReportCase>[] NeedsAtIntake() =>
    [
        Tabulate.Grid("Summary of client needs at intake", [.. Labels.All<NeedArea>().Select(area => Item(Labels.Of(area), r => Needs(r).NeedIn(area)))])
            .WithOrientation(GridOrientation.ItemsAsRows),
        Many("Is the client experiencing any of the following?", r => Needs(r).MentalHealthSymptoms)
            .Where(NeedsIn(NeedArea.MentalHealth)),
        One("Does the client have a diagnosed mental health condition?", r => Needs(r).DiagnosedMentalHealthCondition)
            .Where(NeedsIn(NeedArea.MentalHealth)),
        Many("Diagnosed mental health conditions", r => Needs(r).DiagnosedConditions)
            .Where(NeedsIn(NeedArea.MentalHealth) & DiagnosedCondition.Is(YesNoDontKnow.Yes)),
        One("Children and parenting needs", r => Needs(r).ChildrenAndParenting),
        One("Does the client have access to public funds?", r => Needs(r).AccessToPublicFunds)
            .Where(NeedsIn(NeedArea.FinanceBenefitsAndDebt)),
        One("Does the client need to apply for indefinite leave to remain?", r => Needs(r).NeedsIndefiniteLeaveToRemain)
            .Where(NeedsIn(NeedArea.Immigration)),
        One("Is the client dependent on the perpetrator for a visa?", r => Needs(r).VisaDependentOnPerpetrator)
            .Where(NeedsIn(NeedArea.Immigration)),
    ];
}
