using Insights.Core.Model;
using Insights.Core.Tabulation;

namespace Insights.Core.Reports;

public static partial class OutreachReport
{
    private static readonly Impact[] SafetyImpactOrder =
        [Impact.ImprovedGreatly, Impact.ImprovedSlightly, Impact.DecreasedSlightly, Impact.DecreasedGreatly, Impact.NoChange, Impact.DontKnow];

    private static readonly Impact[] ImpactOrder =
        [Impact.ImprovedGreatly, Impact.ImprovedSlightly, Impact.NoChange, Impact.DecreasedSlightly, Impact.DecreasedGreatly, Impact.DontKnow];

    private static readonly CypsInvolvement[] CypsAtExitOrder =
    [
        CypsInvolvement.None, CypsInvolvement.EarlyHelp, CypsInvolvement.S17ChildInNeed, CypsInvolvement.S47ChildProtection, CypsInvolvement.S31CareOrSupervisionOrder,
        CypsInvolvement.ConcernRaisedNoFurtherAction, CypsInvolvement.ConcernRaisedContactsFollowUp, CypsInvolvement.InitialAssessment, CypsInvolvement.ChildProtectionPlan,
        CypsInvolvement.CommonAssessmentFramework, CypsInvolvement.PriorityFamilies, CypsInvolvement.TargetedFamilies, CypsInvolvement.Other, CypsInvolvement.DontKnow,
    ];

    private static Tabulator<ReportCase>[] SupportAndInterventions()
    {
        return
        [
            NeedsAndSupportMatrix(),
            .. Area(SupportArea.Safety, g => g.Safety),
            .. Area(SupportArea.Housing, g => g.Housing),
            .. Area(SupportArea.PhysicalHealth, g => g.PhysicalHealth),
            .. Area(SupportArea.MentalHealth, g => g.MentalHealth),
            .. Area(SupportArea.DrugMisuse, g => g.DrugMisuse),
            .. Area(SupportArea.AlcoholMisuse, g => g.AlcoholMisuse),
            .. Area(SupportArea.ChildrenAndParenting, g => g.ChildrenAndParenting),
            .. Area(SupportArea.FinanceBenefitsAndDebt, g => g.FinanceBenefitsAndDebt),
            .. Area(SupportArea.EmploymentEducationAndTraining, g => g.EmploymentEducationAndTraining),
            .. Area(SupportArea.SocialAndCommunitySupport, g => g.SocialAndCommunitySupport),
            .. Area(SupportArea.Immigration, g => g.Immigration),
        ];
    }

    private static Tabulator<ReportCase> NeedsAndSupportMatrix()
    {
        var table = Tabulate.CountsWithoutBases<ReportCase>(Printed.Matrix)
            .WithColumn("Clients identified with needs", Matched, "Needs")
            .WithColumn("Support provided", Matched, "Support")
            .WithColumn("Improved safety", Matched, "Impact")
            .WithColumn("Improved wellbeing", Matched, "Impact");
        foreach (var area in Labels.All<SupportArea>())
        {
            table = table.WithRow(
                Labels.Of(area),
                area == SupportArea.Safety ? null : Cell(InNeed(area)),
                Cell(SupportedIn(area).Is(true), InNeed(area)),
                Cell(SafetyImproved(area), Supported(area)),
                Cell(WellbeingImproved(area), Supported(area)));
        }

        return table.WithNotes("Support provided percentages reflect the percentage of those with an identified need who were supported. Impact percentages relate to those supported and figures are caseworker reported.");
    }

    private static IEnumerable<Tabulator<ReportCase>> Area<TOutcome>(SupportArea area, Func<SupportGiven, AreaSupport<TOutcome>?> select)
        where TOutcome : struct, Enum
    {
        var supportedQuestion = Tabulate.Counts(Printed.SupportedQuestion(area), Matched & InNeed(area))
            .WithRow(Printed.Yes, SupportedIn(area).Is(true))
            .WithRow("No", SupportedIn(area).Is(false));
        yield return area == SupportArea.Safety
            ? supportedQuestion.WithRow("Missing", RowKind.Missing, Cell(SupportedIn(area).IsMissing()))
            : supportedQuestion;

        var isSupported = Matched & Supported(area);

        if (area == SupportArea.ChildrenAndParenting)
        {
            yield return CypsIntakeVsExit(isSupported);
        }

        yield return Many(Printed.OutcomesAchieved(area), r => select(Exit(r).Support)?.Outcomes)
            .Where(isSupported);
        yield return Tabulate.Grid(
                Printed.ImpactOn(area),
                Item("Safety", r => select(Exit(r).Support)?.SafetyImpact),
                Item("Wellbeing", r => select(Exit(r).Support)?.WellbeingImpact))
            .WithLayout(Rows(area == SupportArea.Safety ? SafetyImpactOrder : ImpactOrder).Net(Printed.TotalImproved, Impact.ImprovedGreatly, Impact.ImprovedSlightly))
            .Where(isSupported);
    }

    private static Tabulator<ReportCase> CypsIntakeVsExit(Rule<ReportCase> supportedWithChildren)
    {
        var table = Tabulate.Counts<ReportCase>("Indicate ongoing CYPs involvement with the family")
            .WithColumn("Intake", Matched & NumberOfChildren.AtLeast(1))
            .WithColumn("Exit", supportedWithChildren);
        foreach (var answer in CypsAtExitOrder)
        {
            table = table.WithRow(
                Labels.Of(answer),
                Cell(CypsAtIntake.Contains(answer)),
                Cell(CypsAtExit.Contains(answer)));
        }

        return table;
    }
}
