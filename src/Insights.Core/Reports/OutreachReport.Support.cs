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

    private static bool IsImproved(Impact? impact) => impact is Impact.ImprovedGreatly or Impact.ImprovedSlightly;

    /// <summary>Whether the case had an identified need in the area at intake; everyone is "in need" of safety.</summary>
    private static bool InNeed(ReportCase r, SupportArea area)
        => area.IntakeNeedArea() is not { } need || Needs(r).NeedIn(need) == YesNoDontKnow.Yes;

    private static bool Supported(ReportCase r, SupportArea area) => InNeed(r, area) && Exit(r).Support.SupportedIn(area) == true;

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
            .WithColumn("Clients identified with needs", IsMatched, "Needs")
            .WithColumn("Support provided", IsMatched, "Support")
            .WithColumn("Improved safety", IsMatched, "Impact")
            .WithColumn("Improved wellbeing", IsMatched, "Impact");
        foreach (var area in Labels.All<SupportArea>())
        {
            table = table.WithRow(
                Labels.Of(area),
                area == SupportArea.Safety ? null : Rule(r => InNeed(r, area)),
                Rule(r => Exit(r).Support.SupportedIn(area) == true, r => InNeed(r, area)),
                Rule(r => IsImproved(Exit(r).Support.SafetyImpactIn(area)), r => Supported(r, area)),
                Rule(r => IsImproved(Exit(r).Support.WellbeingImpactIn(area)), r => Supported(r, area)));
        }

        return table.WithNotes("Support provided percentages reflect the percentage of those with an identified need who were supported. Impact percentages relate to those supported and figures are caseworker reported.");
    }

    private static IEnumerable<Tabulator<ReportCase>> Area<TOutcome>(SupportArea area, Func<SupportGiven, AreaSupport<TOutcome>?> select)
        where TOutcome : struct, Enum
    {
        var supportedQuestion = Tabulate.Counts<ReportCase>(Printed.SupportedQuestion(area), r => IsMatched(r) && InNeed(r, area))
            .WithRow(Printed.Yes, r => select(Exit(r).Support)?.Supported == true)
            .WithRow("No", r => select(Exit(r).Support)?.Supported == false);
        yield return area == SupportArea.Safety
            ? supportedQuestion.WithRow("Missing", RowKind.Missing, Rule(r => select(Exit(r).Support)?.Supported is null))
            : supportedQuestion;

        bool IsSupported(ReportCase r) => IsMatched(r) && Supported(r, area);

        if (area == SupportArea.ChildrenAndParenting)
        {
            yield return CypsIntakeVsExit(IsSupported);
        }

        yield return Many(Printed.OutcomesAchieved(area), r => select(Exit(r).Support)?.Outcomes)
            .Where(IsSupported);
        yield return Tabulate.Grid(
                Printed.ImpactOn(area),
                Item("Safety", r => select(Exit(r).Support)?.SafetyImpact),
                Item("Wellbeing", r => select(Exit(r).Support)?.WellbeingImpact))
            .WithLayout(Rows(area == SupportArea.Safety ? SafetyImpactOrder : ImpactOrder).Net(Printed.TotalImproved, Impact.ImprovedGreatly, Impact.ImprovedSlightly))
            .Where(IsSupported);
    }

    private static Tabulator<ReportCase> CypsIntakeVsExit(Func<ReportCase, bool> supportedWithChildren)
    {
        var table = Tabulate.Counts<ReportCase>("Indicate ongoing CYPs involvement with the family")
            .WithColumn("Intake", r => IsMatched(r) && Profile(r).NumberOfChildren >= 1)
            .WithColumn("Exit", supportedWithChildren);
        foreach (var answer in CypsAtExitOrder)
        {
            table = table.WithRow(
                Labels.Of(answer),
                Rule(r => Profile(r).CypsInvolvement?.Contains(answer) == true),
                Rule(r => Exit(r).Support.CypsInvolvementAtExit?.Contains(answer) == true));
        }

        return table;
    }
}
