using Insights.Core.Model;
using Insights.Core.Tabulation;

namespace Insights.Core.Reports;

public static partial class OutreachReport
{
    private const string PoliceReports = "Number of police reports";

    // Accessors read lists by index and build sets member by member, so counting a case allocates nothing.
    private static ValueList<PoliceReport> ReportsOf(ReportCase r) => r.Case.Exit?.CriminalJustice?.PoliceReports ?? ValueList<PoliceReport>.Empty;

    private static Func<ReportCase, IEnumerable<PoliceReport>> Reports => ReportsOf;

    private static bool IsConviction(IncidentConsequence? consequence) => consequence is IncidentConsequence.PledGuilty or IncidentConsequence.PledGuiltyLesserCharge
        or IncidentConsequence.PledInnocentFoundGuilty or IncidentConsequence.PledInnocentFoundGuiltyLesserCharge;

    private static EnumSet<Offence>? OffencesOf(PoliceReport report)
    {
        var offences = EnumSet<Offence>.Empty;
        var incidents = report.Incidents;
        for (var i = 0; i < incidents.Count; i++)
        {
            offences = offences.With(incidents[i].Offence);
        }

        return offences;
    }

    private static bool HasOrder(ReportCase r, CivilOrderType type, CivilOrderStatus status)
    {
        var orders = r.Case.Exit!.CivilJustice!.Orders;
        for (var i = 0; i < orders.Count; i++)
        {
            if (orders[i].Type == type && orders[i].Status == status)
            {
                return true;
            }
        }

        return false;
    }

    private static bool SupportedWithCriminalJustice(ReportCase r) => r.Case.Exit?.CriminalJustice is not null;

    private static bool SupportedWithCivilJustice(ReportCase r) => r.Case.Exit?.CivilJustice is not null;

    private static Tabulator<ReportCase>[] CriminalJustice() =>
    [
        Tabulate.Counts<ReportCase>("Clients supported with criminal justice", IsMatched)
            .WithRow("Yes", SupportedWithCriminalJustice)
            .WithRow("No", r => !SupportedWithCriminalJustice(r)),
        Tabulate.SingleChoiceOfEach("When was the report made to the police?", Reports, report => report.Timing)
            .WithBaseLabel(PoliceReports),
        Tabulate.Stack(
            "Police reports and incidents",
            Tabulate.Numeric<ReportCase>("Reports per case", r => SupportedWithCriminalJustice(r) ? ReportsOf(r).Count : null, 10_000)
                .WithStatistic(new NumericStatistic("Average number of reports made to police per case (mean)", Average.Mean, decimals: 1))
                .WithMissing(MissingAnswers.Excluded),
            IncidentsPerReport()),
        Tabulate.MultiSelectOfEach("Incidents", Reports, OffencesOf)
            .WithMissing(MissingAnswers.Hidden)
            .WithBaseLabel(PoliceReports),
        Tabulate.OfEach(Reports, Tabulate.SingleChoiceOfEach("Consequences", (PoliceReport report) => report.Incidents, i => i.Consequence)
            .WithBaseLabel("Number of incidents")),
        Tabulate.OfEach(Reports, Tabulate.OfEach(
            (PoliceReport report) => report.Incidents,
            Tabulate.SingleChoice("Reason for no further action (NFA)", (Incident i) => i.NfaReason)
                .WithBaseLabel("Number of NFA")
                .Where(i => i.Consequence == IncidentConsequence.PoliceReportNoFurtherAction))),
        Tabulate.SingleChoiceOfEach("Were special measures granted in this case?", Reports, report => report.SpecialMeasures)
            .WithBaseLabel(PoliceReports),
        Tabulate.MultiSelectOfEach("Perpetrator penalties", Reports, report => (EnumSet<PerpetratorPenalty>?)(report.Penalties ?? EnumSet<PerpetratorPenalty>.Empty))
            .WithMissing(MissingAnswers.Hidden)
            .WithBaseLabel(PoliceReports)
            .WithNotes("Percentages above are calculated from total number of reports and include incidents where the perpetrator wasn't penalised"),
        Tabulate.MultiSelectOfEach("What support did you provide the client in this area? (criminal justice)", Reports, report => report.Support)
            .WithBaseLabel(PoliceReports),
    ];

    /// <summary>Mean incidents per police report, and the share of incidents ending in a conviction.</summary>
    private static Tabulator<ReportCase> IncidentsPerReport() =>
        Tabulate.Stack(
            "Incidents per report",
            Tabulate.NumericOfEach("Incidents per report", Reports, report => (long?)report.Incidents.Count, 100_000)
                .WithStatistic(new NumericStatistic("Average number of incidents per report (mean)", Average.Mean, decimals: 1))
                .WithMissing(MissingAnswers.Excluded),
            Tabulate.OfEach(Reports, Tabulate.SingleChoiceOfEach(
                    "Convictions",
                    (PoliceReport report) => report.Incidents,
                    i => (ConvictionOutcome?)(IsConviction(i.Consequence) ? ConvictionOutcome.Convicted : ConvictionOutcome.NotConvicted))
                .WithLayout(Rows(ConvictionOutcome.Convicted))
                .WithMissing(MissingAnswers.Hidden)));

    private static Tabulator<ReportCase>[] CivilJustice() =>
    [
        Tabulate.Counts<ReportCase>("Clients supported with civil justice", IsMatched)
            .WithRow("Yes", SupportedWithCivilJustice)
            .WithRow("No", r => !SupportedWithCivilJustice(r)),
        One("Did the client qualify for legal aid?", r => r.Case.Exit?.CivilJustice?.LegalAid).Where(SupportedWithCivilJustice),
        CivilOrders(),
        Many("What support did you provide the client in this area? (civil justice)", r => r.Case.Exit?.CivilJustice?.Support)
            .Where(SupportedWithCivilJustice),
    ];

    private static Tabulator<ReportCase> CivilOrders()
    {
        var statuses = Labels.All<CivilOrderStatus>();
        var table = Tabulate.Counts<ReportCase>("Civil orders applied for");
        foreach (var status in statuses)
        {
            table = table.WithColumn(Labels.Of(status), SupportedWithCivilJustice);
        }

        foreach (var type in Labels.All<CivilOrderType>())
        {
            table = table.WithRow(Labels.Of(type), [.. statuses.Select(status => Cell(r => HasOrder(r, type, status)))]);
        }

        return table.WithNotes("'Applied for' indicates that the outcome was not known by the time the case was closed. 'Breached' indicates orders that were granted and then subsequently breached.");
    }
}

/// <summary>Whether a police incident ended in a conviction (either found or pled guilty).</summary>
internal enum ConvictionOutcome
{
    /// <summary>Pled guilty or found guilty, of the charge or a lesser one.</summary>
    [Label("Proportion of incidents resulting in conviction (either found/pled)")]
    Convicted,

    /// <summary>Any other or no consequence.</summary>
    [Label("Not convicted")]
    NotConvicted,
}
