using Insights.Core.Model;
using Insights.Core.Tabulation;

namespace Insights.Core.Reports;

public static partial class OutreachReport
{
    private static readonly (string Label, long Minimum, long Maximum)[] DashBandRanges =
    [
        ("Standard Risk (1 - 5)", 1, 5),
        ("Medium Risk (6 - 9)", 6, 9),
        ("High Risk (10+)", 10, 24),
    ];

    private static readonly (string Title, AbuseType Type)[] LevelAtExitTables =
    [
        ("Physical abuse", AbuseType.Physical),
        ("Sexual abuse", AbuseType.Sexual),
        ("Harassment and stalking", AbuseType.HarassmentAndStalking),
        ("Jealous and controlling behaviours", AbuseType.JealousAndControlling),
    ];

    /// <summary>Case length in days, closure date minus intake date; negative when the intake date is after closure (an error in the data).</summary>
    internal static long? CaseLengthDays(ReportCase r) => r.Case.Exit is { } exit ? exit.ClosureDate.DayNumber - r.Case.IntakeDate.DayNumber : null;

    private static Tabulator<ReportCase>[] ClientOutcomesAndAbuseAtExit() =>
    [
        One("Case status at exit", r => Exit(r).ClosureType)
            .WithLayout(AllRows<ClosureType>().Total())
            .WithMissing(MissingAnswers.Hidden)
            .Where(IsMatched),
        One("Reason for unplanned closures", r => Exit(r).UnplannedClosureReason)
            .Where(Matched & ClosureTypeAtExit.Is(ClosureType.UnplannedClosure)),
        Tabulate.Numeric<ReportCase>("Case length", CaseLengthDays, 36_600)
            .WithBand("0 to 1 month", 0, 60).WithBand("2 to 3 months", 61, 121).WithBand("4 to 5 months", 122, 182)
            .WithBand("6 to 7 months", 183, 243).WithBand("8 months +", 244)
            .WithStatistic(new NumericStatistic("Average case length (median)", Average.Median, unit: "weeks", divisor: 7))
            .WithMissing(MissingAnswers.Hidden)
            .WithErrors()
            .WithNotes("Average case length is displayed in weeks as it is a more representative average than months. 'Errors' indicate cases where the Intake date was recorded as being after the case closed date")
            .Where(IsMatched),
        Tabulate.Numeric<ReportCase>("How many contacts did the client receive?", r => Exit(r).Contacts, 100_000)
            .WithBand("1 to 5", 1, 5).WithBand("6 to 10", 6, 10).WithBand("11 to 20", 11, 20).WithBand("21 to 34", 21, 34).WithBand("35+", 35)
            .WithStatistic(new NumericStatistic("Average number of contacts (median)", Average.Median))
            .WithMissing(MissingAnswers.Hidden)
            .Where(IsMatched),
        DashIntakeVsExit(),
        Tabulate.Counts<ReportCase>("Abuse reported at exit", r => IsMatched(r) && Exit(r).NoAbuseSinceIntake is not null)
            .WithRow("No abuse experienced since intake", r => Exit(r).NoAbuseSinceIntake == true)
            .WithRow("No abuse experienced since last review point", r => Exit(r).NoAbuseSinceLastReview == true)
            .WithRow("No abuse experienced since intake or last review", r => Exit(r).NoAbuseSinceIntake == true || Exit(r).NoAbuseSinceLastReview == true),
        MultipleTypesIntakeVsExit(),
        Tabulate.Counts<ReportCase>("Escalation of abuse", IsMatched)
            .WithRow("Any escalation in severity of abuse", r => Exit(r).EscalationInSeverity == true)
            .WithRow("Any escalation in frequency of abuse", r => Exit(r).EscalationInFrequency == true)
            .WithRow("Any escalation in severity or frequency of abuse", Escalating)
            .WithRow("At least one form of high severity abuse which is escalating in frequency or severity", r => Escalating(r) && Exit(r).Levels.HighCount >= 1),
        .. LevelAtExitTables.Select(t => Tabulate.IntakeVsExit<ReportCase, AbuseLevel>(t.Title, r => Abuse(r).Levels.LevelOf(t.Type), r => Exit(r).Levels.LevelOf(t.Type)).Where(IsMatched)),
        Tabulate.CountsWithoutBases<ReportCase>("Change in relationship between client and perpetrator")
            .WithColumn(string.Empty, IsMatched)
            .WithRow("Current intimate partner to ex-intimate partner", Cell(r => Exit(r).PerpetratorRelationship == Relationship.ExIntimatePartner, r => Abuse(r).PrimaryPerpetratorRelationship == Relationship.CurrentIntimatePartner))
            .WithRow("Ex-intimate partner to current intimate partner", Cell(r => Exit(r).PerpetratorRelationship == Relationship.CurrentIntimatePartner, r => Abuse(r).PrimaryPerpetratorRelationship == Relationship.ExIntimatePartner))
            .WithNotes("Percentage is calculated based on number who were reported as either current or ex-intimate partner at Intake respectively"),
        Tabulate.IntakeVsExit<ReportCase, LivingArrangement>("Living arrangement at exit", r => Abuse(r).LivingWithPerpetrator, r => Exit(r).LivingWithPerpetrator).Where(IsMatched),
        One("Is there any ongoing contact with the perpetrator?", r => Exit(r).OngoingContact).Where(IsMatched),
        Many("If yes, why is there ongoing contact?", r => Exit(r).OngoingContactReasons)
            .Where(Matched & OngoingContact.Is(YesNoDontKnow.Yes)),
        One("Is there ongoing conflict around child contact arrangements?", r => Exit(r).ChildContactConflict).Where(ContactBecauseOfChildren),
        One("Does the perpetrator use child contact arrangements to continue abuse?", r => Exit(r).ChildContactUsedToAbuse).Where(ContactBecauseOfChildren),
    ];

    private static bool Escalating(ReportCase r) => Exit(r).EscalationInSeverity == true || Exit(r).EscalationInFrequency == true;

    private static Rule<ReportCase> ContactBecauseOfChildren =>
        Matched & OngoingContact.Is(YesNoDontKnow.Yes) & OngoingContactReasons.Contains(OngoingContactReason.Children);

    private static Tabulator<ReportCase> DashIntakeVsExit()
    {
        static bool InBase(ReportCase r) => r.Case.Exit?.DashTicks is not null;
        var table = Tabulate.Counts<ReportCase>("Number of ticks on the Dash (intake and exit)")
            .WithColumn("Intake", InBase)
            .WithColumn("Exit", InBase);
        foreach (var (label, minimum, maximum) in DashBandRanges)
        {
            table = table.WithRow(label, Cell(r => Abuse(r).DashTicks >= minimum && Abuse(r).DashTicks <= maximum), Cell(r => Exit(r).DashTicks >= minimum && Exit(r).DashTicks <= maximum));
        }

        return table
            .WithRow("Reduction in number of ticks", RowKind.Derived, Cell(r => Abuse(r).DashTicks > Exit(r).DashTicks), null)
            .WithPairs(PairedRows.Categories)
            .Titled("Number of ticks on the Dash")
            .WithNotes("Domestic abuse context at exit: cases with a Dash score at exit.");
    }

    private static Tabulator<ReportCase> MultipleTypesIntakeVsExit()
    {
        var table = Tabulate.Counts<ReportCase>("Multiple types of abuse")
            .WithColumn("Intake", IsMatched)
            .WithColumn("Exit", IsMatched);
        foreach (var (label, counted) in MultipleTypesRows)
        {
            table = table.WithRow(label, Cell(r => counted(Abuse(r).Levels)), Cell(r => counted(Exit(r).Levels)));
        }

        return table.WithPairs(PairedRows.EachRow);
    }

    private static Tabulator<ReportCase>[] ReportedOutcomes() =>
    [
        Tabulate.Grid("Client reported outcomes", [.. Labels.All<ClientOutcome>().Select(o => Item(Labels.Of(o), r => Exit(r).ClientOutcomes?.Of(o)))])
            .WithLayout(AllRows<Agreement>().Net("Total Agree", Agreement.StronglyAgree, Agreement.Agree))
            .WithMissing(MissingAnswers.ShownSeparately)
            .WithNotes("Percentages above are calculated based on those service users answering the 'client reported outcome' questions. Missing data is excluded and presented separately below.")
            .Where(IsMatched),
        Many("Which agencies do you feel have made the difference to your safety and wellbeing?", r => Exit(r).AgenciesMadeDifference)
            .WithLayout(Rows(
                Agency.Outreach, Agency.Police, Agency.ChildrensSocialServices, Agency.Housing, Agency.MentalHealth, Agency.Health, Agency.OtherDvaAndBvServices,
                Agency.Marac, Agency.SpecialistServices, Agency.DrugServices, Agency.Education, Agency.Refuge, Agency.Helpline, Agency.CommunityHealth,
                Agency.AlcoholServices, Agency.AdultsSocialServices, Agency.HospitalAccidentAndEmergency, Agency.HospitalMaternity, Agency.Probation, Agency.Crc, Agency.Other))
            .WithMissing(MissingAnswers.ShownSeparately)
            .Where(IsMatched),
        Many("Which agencies have worked well to promote safety and wellbeing on this case?", r => Exit(r).AgenciesWorkedWell)
            .WithLayout(Rows(
                Agency.Outreach, Agency.Police, Agency.ChildrensSocialServices, Agency.Housing, Agency.Marac, Agency.MentalHealth, Agency.OtherDvaAndBvServices,
                Agency.Health, Agency.SpecialistServices, Agency.DrugServices, Agency.Refuge, Agency.Education, Agency.AdultsSocialServices, Agency.AlcoholServices,
                Agency.CommunityHealth, Agency.Helpline, Agency.HospitalAccidentAndEmergency, Agency.HospitalMaternity, Agency.Probation, Agency.Crc, Agency.Other))
            .Where(IsMatched),
        Many("Which agencies have presented challenges to promoting safety and wellbeing on this case?", r => Exit(r).AgenciesPresentedChallenges)
            .WithLayout(Rows(
                Agency.Outreach, Agency.Police, Agency.ChildrensSocialServices, Agency.Housing, Agency.MentalHealth, Agency.Marac, Agency.Health,
                Agency.AdultsSocialServices, Agency.SpecialistServices, Agency.Refuge, Agency.DrugServices, Agency.Education, Agency.OtherDvaAndBvServices,
                Agency.AlcoholServices, Agency.CommunityHealth, Agency.HospitalAccidentAndEmergency, Agency.HospitalMaternity, Agency.Other))
            .Where(IsMatched),
    ];
}
