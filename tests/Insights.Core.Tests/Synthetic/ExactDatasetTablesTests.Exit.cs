using Insights.Core.Model;
using Insights.Synthetic.Published;

namespace Insights.Core.Tests.Synthetic;

// Case review, exit, support and justice tables: all over the matched cases.
public partial class ExactDatasetTablesTests
{
    private static readonly (string, int, int)[] CaseLengthBands =
        [("0 to 1 month", 0, 60), ("2 to 3 months", 61, 121), ("4 to 5 months", 122, 182), ("6 to 7 months", 183, 243), ("8 months +", 244, 100_000), ("Errors", -100_000, -1)];

    private static readonly (string, int, int)[] ContactBands = [("1 to 5", 1, 5), ("6 to 10", 6, 10), ("11 to 20", 11, 20), ("21 to 34", 21, 34), ("35+", 35, 100_000)];

    private static void CaseReview()
    {
        var reviewed = () => Matched.Where(c => c.Reviews.Count > 0).ToList();
        Check(PublishedCaseReview.ReviewPoint, () => new Tally().Add("Yes", reviewed().Count).Add("No", Matched.Length - reviewed().Count));
        Check(PublishedCaseReview.FurtherAbuse, () => new Tally().Single(reviewed(), c => c.Reviews[^1].FurtherAbuse));
        Check(PublishedCaseReview.MultipleTypes, () => MultipleTypes(new Tally(), reviewed().Where(c => c.Reviews[^1].FurtherAbuse is { } a && a != FurtherAbuse.No).Select(c => c.Reviews[^1].Levels)));
        Check(PublishedCaseReview.FurtherDisclosure, () => new Tally().Single(reviewed(), c => c.Reviews[^1].FurtherDisclosure));
    }

    private static void ExitTables()
    {
        Check(PublishedExit.CaseStatus, () => new Tally().Single(Matched, c => Exit(c).ClosureType).Add("Total", Matched.Length));
        Check(PublishedExit.UnplannedClosureReason, () => new Tally().Single(Matched.Where(c => Exit(c).ClosureType == ClosureType.UnplannedClosure), c => Exit(c).UnplannedClosureReason));
        Check(PublishedExit.CaseLength, () => new Tally().Bands(Matched.Select(c => (int?)(Exit(c).ClosureDate.DayNumber - c.IntakeDate.DayNumber)), CaseLengthBands));
        Check(PublishedExit.Contacts, () => new Tally().Bands(Matched.Select(c => Exit(c).Contacts), ContactBands));
        Check(PublishedExit.DashTicks, () =>
        {
            var dash = Matched.Where(c => Exit(c).DashTicks is not null).ToList();
            return new Tally().Bands(dash.Select(c => c.Intake.Abuse.DashTicks), DashBands, "Intake").Bands(dash.Select(c => Exit(c).DashTicks), DashBands, "Exit")
                .Add("Reduction in number of ticks", dash.Count(c => c.Intake.Abuse.DashTicks > Exit(c).DashTicks), "Intake");
        });
        Check(PublishedExit.AbuseReportedAtExit, () =>
        {
            var answered = Matched.Where(c => Exit(c).NoAbuseSinceIntake is not null).ToList();
            return new Tally().Add("No abuse experienced since intake", answered.Count(c => Exit(c).NoAbuseSinceIntake == true))
                .Add("No abuse experienced since last review point", answered.Count(c => Exit(c).NoAbuseSinceLastReview == true))
                .Add("No abuse experienced since intake or last review", answered.Count(c => Exit(c).NoAbuseSinceIntake == true || Exit(c).NoAbuseSinceLastReview == true));
        });
        Check(PublishedExit.MultipleTypes, () => MultipleTypes(MultipleTypes(new Tally(), Matched.Select(c => c.Intake.Abuse.Levels), "Intake"), Matched.Select(c => Exit(c).Levels), "Exit"));
        Check(PublishedExit.Escalation, () =>
        {
            bool Either(Case c) => Exit(c).EscalationInSeverity == true || Exit(c).EscalationInFrequency == true;
            return new Tally().Add("Any escalation in severity of abuse", Matched.Count(c => Exit(c).EscalationInSeverity == true))
                .Add("Any escalation in frequency of abuse", Matched.Count(c => Exit(c).EscalationInFrequency == true))
                .Add("Any escalation in severity or frequency of abuse", Matched.Count(Either))
                .Add("At least one form of high severity abuse which is escalating in frequency or severity", Matched.Count(c => Either(c) && Exit(c).Levels.HighCount >= 1));
        });
        foreach (var (table, type) in new[] { (PublishedExit.PhysicalLevel, AbuseType.Physical), (PublishedExit.SexualLevel, AbuseType.Sexual), (PublishedExit.HarassmentLevel, AbuseType.HarassmentAndStalking), (PublishedExit.ControllingLevel, AbuseType.JealousAndControlling) })
        {
            Check(table, () => new Tally().Single(Matched, c => c.Intake.Abuse.Levels.LevelOf(type), "Intake").Single(Matched, c => Exit(c).Levels.LevelOf(type), "Exit"));
        }

        Check(PublishedExit.RelationshipChange, () => new Tally()
            .Add("Current intimate partner to ex-intimate partner", Matched.Count(c => c.Intake.Abuse.PrimaryPerpetratorRelationship == Relationship.CurrentIntimatePartner && Exit(c).PerpetratorRelationship == Relationship.ExIntimatePartner))
            .Add("Ex-intimate partner to current intimate partner", Matched.Count(c => c.Intake.Abuse.PrimaryPerpetratorRelationship == Relationship.ExIntimatePartner && Exit(c).PerpetratorRelationship == Relationship.CurrentIntimatePartner)));
        Check(PublishedExit.LivingArrangement, () => new Tally().Single(Matched, c => c.Intake.Abuse.LivingWithPerpetrator, "Intake").Single(Matched, c => Exit(c).LivingWithPerpetrator, "Exit"));
        Check(PublishedExit.OngoingContact, () => new Tally().Single(Matched, c => Exit(c).OngoingContact));
        Check(PublishedExit.OngoingContactReasons, () => new Tally().Multi(Matched.Where(c => Exit(c).OngoingContact == YesNoDontKnow.Yes), c => Exit(c).OngoingContactReasons));
        var children = () => Matched.Where(c => Exit(c).OngoingContactReasons is { } r && r.Contains(OngoingContactReason.Children));
        Check(ReportDeviations.ChildContactConflict, () => new Tally().Single(children(), c => Exit(c).ChildContactConflict));
        Check(ReportDeviations.ChildContactUsedToAbuse, () => new Tally().Single(children(), c => Exit(c).ChildContactUsedToAbuse));
        Check(PublishedExit.ClientOutcomes, () =>
        {
            var tally = new Tally();
            foreach (var outcome in Labels.All<ClientOutcome>())
            {
                var answers = Matched.Select(c => Exit(c).ClientOutcomes?.Of(outcome)).Where(a => a is not null).ToList();
                tally.Single(answers, a => a, Labels.Of(outcome)).Add("Total Agree", answers.Count(a => a is Agreement.StronglyAgree or Agreement.Agree), Labels.Of(outcome));
            }

            return tally;
        });
        Check(PublishedExit.ClientOutcomesMissing, () =>
        {
            var tally = new Tally();
            foreach (var outcome in Labels.All<ClientOutcome>())
            {
                tally.Add("Missing", Matched.Count(c => Exit(c).ClientOutcomes?.Of(outcome) is null), Labels.Of(outcome));
            }

            return tally;
        });
        Check(PublishedExit.AgenciesMadeDifference, () => new Tally().Multi(Matched, c => Exit(c).AgenciesMadeDifference));
        Check(PublishedExit.AgenciesWorkedWell, () => new Tally().Multi(Matched, c => Exit(c).AgenciesWorkedWell));
        Check(PublishedExit.AgenciesPresentedChallenges, () => new Tally().Multi(Matched, c => Exit(c).AgenciesPresentedChallenges));
    }

    private static void SupportTables()
    {
        Area(SupportArea.Safety, PublishedSupport.SafetySupported, PublishedSupport.SafetyOutcomes, PublishedSupport.SafetyImpact, s => s.Safety?.Outcomes);
        Area(SupportArea.Housing, PublishedSupport.HousingSupported, PublishedSupport.HousingOutcomes, PublishedSupport.HousingImpact, s => s.Housing?.Outcomes);
        Area(SupportArea.PhysicalHealth, PublishedSupport.PhysicalHealthSupported, PublishedSupport.PhysicalHealthOutcomes, PublishedSupport.PhysicalHealthImpact, s => s.PhysicalHealth?.Outcomes);
        Area(SupportArea.MentalHealth, PublishedSupport.MentalHealthSupported, PublishedSupport.MentalHealthOutcomes, PublishedSupport.MentalHealthImpact, s => s.MentalHealth?.Outcomes);
        Area(SupportArea.DrugMisuse, PublishedSupport.DrugMisuseSupported, PublishedSupport.DrugMisuseOutcomes, PublishedSupport.DrugMisuseImpact, s => s.DrugMisuse?.Outcomes);
        Area(SupportArea.AlcoholMisuse, PublishedSupport.AlcoholMisuseSupported, PublishedSupport.AlcoholMisuseOutcomes, PublishedSupport.AlcoholMisuseImpact, s => s.AlcoholMisuse?.Outcomes);
        Area(SupportArea.ChildrenAndParenting, PublishedSupport.ChildrenAndParentingSupported, PublishedSupport.ChildrenAndParentingOutcomes, PublishedSupport.ChildrenAndParentingImpact, s => s.ChildrenAndParenting?.Outcomes);
        Area(SupportArea.FinanceBenefitsAndDebt, PublishedSupport.FinanceSupported, PublishedSupport.FinanceOutcomes, PublishedSupport.FinanceImpact, s => s.FinanceBenefitsAndDebt?.Outcomes);
        Area(SupportArea.EmploymentEducationAndTraining, PublishedSupport.EmploymentSupported, PublishedSupport.EmploymentOutcomes, PublishedSupport.EmploymentImpact, s => s.EmploymentEducationAndTraining?.Outcomes);
        Area(SupportArea.SocialAndCommunitySupport, PublishedSupport.SocialSupported, PublishedSupport.SocialOutcomes, PublishedSupport.SocialImpact, s => s.SocialAndCommunitySupport?.Outcomes);
        Area(SupportArea.Immigration, PublishedSupport.ImmigrationSupported, PublishedSupport.ImmigrationOutcomes, PublishedSupport.ImmigrationImpact, s => s.Immigration?.Outcomes);
        Check(PublishedSupport.CypsInvolvement, () =>
        {
            var tally = new Tally()
                .Multi(Matched.Where(c => c.Intake.Profile.NumberOfChildren >= 1 && c.Intake.Profile.CypsInvolvement is not null), c => c.Intake.Profile.CypsInvolvement, "Intake")
                .Multi(Matched.Where(c => Exit(c).Support.SupportedIn(SupportArea.ChildrenAndParenting) == true && Exit(c).Support.CypsInvolvementAtExit is not null), c => Exit(c).Support.CypsInvolvementAtExit, "Exit");

            // This table prints the answer's label with a typo.
            const string Answer = "Common assessment framework (Caf/Taf)";
            const string Printed = "Common assessment framework (Cat/Taf)";
            return tally.Add(Printed, tally[Answer, "Intake"], "Intake").Add(Printed, tally[Answer, "Exit"], "Exit");
        });
    }

    private static void Area<TOutcome>(SupportArea area, PublishedTable supportedTable, PublishedTable outcomesTable, PublishedTable impactTable, Func<SupportGiven, EnumSet<TOutcome>?> outcomes)
        where TOutcome : struct, Enum
    {
        Case[] Asked() => area.IntakeNeedArea() is { } need ? [.. Matched.Where(c => c.Intake.Needs.NeedIn(need) == YesNoDontKnow.Yes)] : Matched;
        Case[] Supported() => [.. Matched.Where(c => Exit(c).Support.SupportedIn(area) == true)];
        Check(supportedTable, () => new Tally().Single(Asked(), c => Exit(c).Support.SupportedIn(area) is { } s ? (s ? YesNoDontKnow.Yes : YesNoDontKnow.No) : (YesNoDontKnow?)null));
        Check(outcomesTable, () => new Tally().Multi(Supported(), c => outcomes(Exit(c).Support)));
        Check(impactTable, () =>
        {
            var tally = new Tally().Single(Supported(), c => Exit(c).Support.SafetyImpactIn(area), "Safety").Single(Supported(), c => Exit(c).Support.WellbeingImpactIn(area), "Wellbeing");
            return tally.Add("Total Improved", Supported().Count(c => Exit(c).Support.SafetyImpactIn(area) is Impact.ImprovedGreatly or Impact.ImprovedSlightly), "Safety")
                .Add("Total Improved", Supported().Count(c => Exit(c).Support.WellbeingImpactIn(area) is Impact.ImprovedGreatly or Impact.ImprovedSlightly), "Wellbeing");
        });
    }

    private static void Justice()
    {
        var reports = () => Matched.Where(c => Exit(c).CriminalJustice is not null).SelectMany(c => Exit(c).CriminalJustice!.PoliceReports).ToList();
        var incidents = () => reports().SelectMany(r => r.Incidents).ToList();
        var civil = () => Matched.Where(c => Exit(c).CivilJustice is not null).Select(c => Exit(c).CivilJustice!).ToList();
        Check(PublishedJustice.CriminalJusticeSupported, () => new Tally().Add("Yes", Matched.Count(c => Exit(c).CriminalJustice is not null)).Add("No", Matched.Count(c => Exit(c).CriminalJustice is null)));
        Check(PublishedJustice.ReportTiming, () => new Tally().Single(reports(), r => r.Timing));
        Check(PublishedJustice.Incidents, () => new Tally().Multi(reports(), r => (EnumSet<Offence>?)EnumSet.Of([.. r.Incidents.Select(i => i.Offence)])));
        Check(PublishedJustice.Consequences, () => new Tally().Single(incidents(), i => i.Consequence));
        Check(PublishedJustice.NfaReasons, () => new Tally().Single(incidents().Where(i => i.Consequence == IncidentConsequence.PoliceReportNoFurtherAction), i => i.NfaReason));
        Check(PublishedJustice.SpecialMeasures, () => new Tally().Single(reports(), r => r.SpecialMeasures));
        Check(PublishedJustice.PerpetratorPenalties, () => new Tally().Multi(reports(), r => r.Penalties));
        Check(PublishedJustice.CriminalJusticeSupport, () => new Tally().Multi(reports(), r => r.Support));
        Check(PublishedJustice.CivilJusticeSupported, () => new Tally().Add("Yes", civil().Count).Add("No", Matched.Length - civil().Count));
        Check(PublishedJustice.LegalAid, () => new Tally().Single(civil(), f => f.LegalAid));
        Check(PublishedJustice.CivilOrders, () =>
        {
            var tally = new Tally();
            foreach (var order in civil().SelectMany(f => f.Orders))
            {
                tally.Add(Labels.Of(order.Type), 1, Labels.Of(order.Status));
            }

            return tally;
        });
        Check(PublishedJustice.CivilJusticeSupport, () => new Tally().Multi(civil(), f => f.Support));
    }
}
