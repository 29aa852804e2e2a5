using Insights.Core.Model;
using Insights.Core.Tabulation;

namespace Insights.Core.Reports;

public static partial class OutreachReport
{
    private static readonly (string Label, AbuseType Type)[] AbuseTypeRows =
    [
        ("Physical", AbuseType.Physical),
        ("Sexual", AbuseType.Sexual),
        ("Harassment and stalking", AbuseType.HarassmentAndStalking),
        ("Jealous and controlling", AbuseType.JealousAndControlling),
    ];

    private static NumericTabulator<ReportCase> DashBands(string title, Func<ReportCase, long?> ticks) =>
        Tabulate.Numeric(title, ticks, 24)
            .WithBand("Standard Risk (1 - 5)", 1, 5)
            .WithBand("Medium Risk (6 - 9)", 6, 9)
            .WithBand("High Risk (10+)", 10);

    internal static NumericTabulator<ReportCase> LengthOfAbuse(string title) =>
        Tabulate.Numeric<ReportCase>(title, r => Abuse(r).AbuseLengthMonths, 1200)
            .WithBand("1-11 months", 1, 11).WithBand("1-2 years", 12, 35).WithBand("3-5 years", 36, 71)
            .WithBand("6-10 years", 72, 131).WithBand("11 years +", 132)
            .WithStatistic(new NumericStatistic("Average (median) length of abuse", Average.Median, unit: "years", divisor: 12));

    private static Tabulator<ReportCase>[] HistoryOfAbuse() =>
    [
        DashBands("Number of ticks on the Dash", r => Abuse(r).DashTicks)
            .WithStatistic(new NumericStatistic("Average (mean) number of ticks", Average.Mean)),
        One("High risk?", r => Abuse(r).HighRisk),
        One("On what basis is the client high risk?", r => Abuse(r).HighRiskBasis).Where(r => Abuse(r).HighRisk == YesNoDontKnow.Yes),
        One("Has the case been discussed at Marac?", r => Abuse(r).DiscussedAtMarac),
        AbuseTypeCounts("Clients experiencing each abuse type"),
        Tabulate.Grid("Level of abuse", [.. AbuseTypeRows.Select(t => Item(t.Label, r => Abuse(r).Levels.LevelOf(t.Type)))])
            .WithOrientation(GridOrientation.ItemsAsRows)
            .WithMissing(MissingAnswers.Hidden),
        MultipleTypes("Multiple types of abuse", _ => true, r => Abuse(r).Levels),
        Many("Details of physical abuse", r => Abuse(r).PhysicalDetails).Where(r => Abuse(r).Levels.Physical.IsExperienced()),
        Many("Details of sexual abuse", r => Abuse(r).SexualDetails).Where(r => Abuse(r).Levels.Sexual.IsExperienced()),
        Many("Details of harassment and stalking", r => Abuse(r).HarassmentDetails).Where(r => Abuse(r).Levels.HarassmentAndStalking.IsExperienced()),
        Many("Details of jealous and controlling behaviour", r => Abuse(r).ControllingDetails).Where(r => Abuse(r).Levels.JealousAndControlling.IsExperienced()),
        LengthOfAbuse("For how long has the abuse been occurring?"),
        PreviousExposure(),
        One("Relationship to primary perpetrator", r => Abuse(r).PrimaryPerpetratorRelationship),
        One("Is the client living with the perpetrator of abuse?", r => Abuse(r).LivingWithPerpetrator),
        One("Reason for not living together", r => Abuse(r).ReasonNotLivingTogether)
            .Where(r => Abuse(r).LivingWithPerpetrator == LivingArrangement.NotLivingTogether),
        One("Typology of abuse", r => Abuse(r).Typology),
        One("Are there multiple perpetrators?", r => Abuse(r).MultiplePerpetrators),
        Many("Relationship to additional perpetrators", r => Abuse(r).AdditionalPerpetrators)
            .Where(r => Abuse(r).MultiplePerpetrators == YesNoDontKnow.Yes),
        Tabulate.Stack(
            "Within the past 12 months...",
            Tabulate.Counts<ReportCase>("Within the past 12 months...", _ => true)
                .WithRow("The client has attempted to end the abusive relationship", r => Abuse(r).AttemptedToEndRelationship == true),
            Tabulate.Numeric<ReportCase>("Attempts", r => Abuse(r).AttemptsToEndRelationship, 1000)
                .WithStatistic(new NumericStatistic("↳ Average number of attempts", Average.Mean, decimals: 1))
                .WithMissing(MissingAnswers.Excluded)),
        Tabulate.Counts<ReportCase>("Other forms of abuse", _ => true)
            .WithRow("Forced marriage", r => Abuse(r).ForcedMarriage == YesNoDontKnow.Yes)
            .WithRow("Honour-based violence", r => Abuse(r).HonourBasedViolence == YesNoDontKnow.Yes)
            .WithRow("FGM", r => Abuse(r).Fgm == YesNoDontKnow.Yes),
        Tabulate.Grid(
                "Other forms of abuse",
                Item("Forced marriage", r => Abuse(r).ForcedMarriage),
                Item("'Honour'-based violence", r => Abuse(r).HonourBasedViolence),
                Item("FGM", r => Abuse(r).Fgm)),
        One("Sex assigned at birth", r => r.Case.Intake.Perpetrator.SexAtBirth)
            .WithLayout(Rows(Sex.Male, Sex.Female, Sex.Intersex, Sex.DontKnow, Sex.NotDisclosed))
            .Titled("Primary perpetrator information: Sex assigned at birth"),
        Tabulate.Stack(
            "Which of the following describes how the perpetrator thinks of themselves?",
            One("Perpetrator gender identity", r => r.Case.Intake.Perpetrator.GenderIdentity)
                .WithLayout(Rows(GenderIdentity.Male, GenderIdentity.Female, GenderIdentity.InAnotherWay, GenderIdentity.NotDisclosed, GenderIdentity.DontKnow))
                .WithMissing(MissingAnswers.Hidden),
            Tabulate.Counts<ReportCase>("Not sex assigned at birth", _ => true)
                .WithRow("Not sex assigned at birth", r => r.Case.Intake.Perpetrator.GenderDiffersFromSexAtBirth == true)
                .WithRow("Missing", RowKind.Missing, Cell(r => r.Case.Intake.Perpetrator.GenderIdentity is null))),
        One("Does the perpetrator have multiple victims?", r => r.Case.Intake.Perpetrator.MultipleVictims),
        Tabulate.Grid(
            "Perpetrator needs",
            Item("Mental health", r => r.Case.Intake.Perpetrator.MentalHealthNeeds),
            Item("Drugs", r => r.Case.Intake.Perpetrator.DrugNeeds),
            Item("Alcohol", r => r.Case.Intake.Perpetrator.AlcoholNeeds)),
    ];

    private static CountsTabulator<ReportCase> AbuseTypeCounts(string title)
    {
        var table = Tabulate.Counts<ReportCase>(title, _ => true);
        foreach (var (label, type) in AbuseTypeRows)
        {
            table = table.WithRow(label, r => Abuse(r).Levels.LevelOf(type).IsExperienced());
        }

        return table;
    }

    private static Tabulator<ReportCase> PreviousExposure()
    {
        var table = Tabulate.Counts<ReportCase>("Has the client been exposed to domestic abuse previously?", _ => true)
            .WithRow("Yes", r => Abuse(r).PreviousExposure == YesNoDontKnow.Yes);
        foreach (var kind in Labels.All<PreviousExposureKind>())
        {
            table = table.WithRow(Labels.Of(kind), RowKind.SubCategory, Cell(r => Abuse(r).PreviousExposureKinds?.Contains(kind) == true));
        }

        return table
            .WithRow("No", r => Abuse(r).PreviousExposure == YesNoDontKnow.No)
            .WithRow("Don't know", r => Abuse(r).PreviousExposure == YesNoDontKnow.DontKnow)
            .WithRow("Missing", RowKind.Missing, Cell(r => Abuse(r).PreviousExposure is null));
    }
}
