using Insights.Core.Model;
using Insights.Core.Tabulation;

namespace Insights.Core.Reports;

public static partial class OutreachReport
{
    private const string PoliceReports = "Number of police reports";

    private static readonly IncidentConsequence[] Convictions =
        [IncidentConsequence.PledGuilty, IncidentConsequence.PledGuiltyLesserCharge, IncidentConsequence.PledInnocentFoundGuilty, IncidentConsequence.PledInnocentFoundGuiltyLesserCharge];

    private static IEnumerable<PoliceReport> ReportsOf(ReportCase r) => r.Case.Exit?.CriminalJustice?.PoliceReports ?? (IEnumerable<PoliceReport>)[];

    private static IEnumerable<Incident> IncidentsOf(ReportCase r) => ReportsOf(r).SelectMany(report => report.Incidents);

    private static bool SupportedWithCriminalJustice(ReportCase r) => r.Case.Exit?.CriminalJustice is not null;

    private static bool SupportedWithCivilJustice(ReportCase r) => r.Case.Exit?.CivilJustice is not null;

    private static Tabulator<ReportCase>[] CriminalJustice() =>
    [
        Tabulate.Counts<ReportCase>("Clients supported with criminal justice", IsMatched)
            .WithRow("Yes", SupportedWithCriminalJustice)
            .WithRow("No", r => !SupportedWithCriminalJustice(r)),
        Tabulate.SingleChoiceOfEach<ReportCase, ReportTiming>("When was the report made to the police?", r => ReportsOf(r).Select(report => report.Timing))
            .WithBaseLabel(PoliceReports),
        Tabulate.Stack(
            "Police reports and incidents",
            Tabulate.Numeric<ReportCase>("Reports per case", r => SupportedWithCriminalJustice(r) ? ReportsOf(r).Count() : null, 10_000)
                .WithStatistic(new NumericStatistic("Average number of reports made to police per case (mean)", Average.Mean, decimals: 1))
                .WithMissing(MissingAnswers.Excluded),
            IncidentsPerReport()),
        Tabulate.MultiSelectOfEach<ReportCase, Offence>("Incidents", r => ReportsOf(r).Select(report => (EnumSet<Offence>?)EnumSet.Of([.. report.Incidents.Select(i => i.Offence)])))
            .WithMissing(MissingAnswers.Hidden)
            .WithBaseLabel(PoliceReports),
        Tabulate.SingleChoiceOfEach<ReportCase, IncidentConsequence>("Consequences", r => IncidentsOf(r).Select(i => i.Consequence))
            .WithBaseLabel("Number of incidents"),
        Tabulate.SingleChoiceOfEach<ReportCase, NfaReason>("Reason for no further action (NFA)", r => IncidentsOf(r).Where(i => i.Consequence == IncidentConsequence.PoliceReportNoFurtherAction).Select(i => i.NfaReason))
            .WithBaseLabel("Number of NFA"),
        Tabulate.SingleChoiceOfEach<ReportCase, SpecialMeasures>("Were special measures granted in this case?", r => ReportsOf(r).Select(report => report.SpecialMeasures))
            .WithBaseLabel(PoliceReports),
        Tabulate.MultiSelectOfEach<ReportCase, PerpetratorPenalty>("Perpetrator penalties", r => ReportsOf(r).Select(report => (EnumSet<PerpetratorPenalty>?)(report.Penalties ?? EnumSet<PerpetratorPenalty>.Empty)))
            .WithMissing(MissingAnswers.Hidden)
            .WithBaseLabel(PoliceReports)
            .WithNotes("Percentages above are calculated from total number of reports and include incidents where the perpetrator wasn't penalised"),
        Tabulate.MultiSelectOfEach<ReportCase, CriminalJusticeSupport>("What support did you provide the client in this area? (criminal justice)", r => ReportsOf(r).Select(report => report.Support))
            .WithBaseLabel(PoliceReports),
    ];

    /// <summary>Mean incidents per police report, and the share of incidents ending in a conviction.</summary>
    private static Tabulator<ReportCase> IncidentsPerReport() =>
        Tabulate.Stack(
            "Incidents per report",
            Tabulate.NumericOfEach<ReportCase>("Incidents per report", r => ReportsOf(r).Select(report => (long?)report.Incidents.Count), 100_000)
                .WithStatistic(new NumericStatistic("Average number of incidents per report (mean)", Average.Mean, decimals: 1))
                .WithMissing(MissingAnswers.Excluded),
            Tabulate.SingleChoiceOfEach<ReportCase, ConvictionOutcome>(
                    "Convictions",
                    r => IncidentsOf(r).Select(i => (ConvictionOutcome?)(i.Consequence is { } c && Convictions.Contains(c) ? ConvictionOutcome.Convicted : ConvictionOutcome.NotConvicted)))
                .WithLayout(Rows(ConvictionOutcome.Convicted))
                .WithMissing(MissingAnswers.Hidden));

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
            table = table.WithRow(Labels.Of(type), [.. statuses.Select(status => Rule(r => r.Case.Exit!.CivilJustice!.Orders.Any(o => o.Type == type && o.Status == status)))]);
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
