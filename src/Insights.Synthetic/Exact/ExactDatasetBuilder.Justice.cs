using Insights.Core.Model;
using Insights.Synthetic.Calibration;
using Insights.Synthetic.Published;

namespace Insights.Synthetic.Exact;

// Criminal and civil justice forms: 25 and 28 matched cases, 10 of them with both (43 clients in all).
internal sealed partial class ExactDatasetBuilder
{
    private static readonly IncidentConsequence[] Convictions =
    [
        IncidentConsequence.PledGuilty, IncidentConsequence.PledGuiltyLesserCharge,
        IncidentConsequence.PledInnocentFoundGuilty, IncidentConsequence.PledInnocentFoundGuiltyLesserCharge,
    ];

    private CriminalJusticeForm?[] _criminalJustice = [];
    private CivilJusticeForm?[] _civilJustice = [];

    private void BuildJustice()
    {
        _criminalJustice = new CriminalJusticeForm?[_caseCount];
        _civilJustice = new CivilJusticeForm?[_caseCount];
        var criminalCount = PublishedJustice.CriminalJusticeSupported.Count("Yes");
        var civilCount = PublishedJustice.CivilJusticeSupported.Count("Yes");
        var both = criminalCount + civilCount - PublishedFigures.ClientsSupportedWithCriminalOrCivilJustice;

        // High-risk cases and police referrals are the likeliest to go through the courts.
        var justice = _matched.Where(c => !IsError(c))
            .OrderByDescending(c => (_highRisk[c] == YesNoDontKnow.Yes ? 2 : 0) + (_primaryRoute[c] == PrimaryReferralRoute.Police ? 1 : 0) + Noise(1))
            .Take(PublishedFigures.ClientsSupportedWithCriminalOrCivilJustice).ToArray();
        _random.Shuffle(justice.AsSpan());
        var criminal = justice.Take(criminalCount).Order().ToArray();
        var civil = justice.Skip(criminalCount - both).Take(civilCount).Order().ToArray();
        BuildCriminalJustice(criminal);
        BuildCivilJustice(civil);
    }

    private void BuildCriminalJustice(int[] cases)
    {
        var reportCount = PublishedJustice.ReportTiming.N!.Value;
        var reportsPerCase = cases.Select(_ => 1).ToArray();
        foreach (var i in _random.Shuffled(Range(0, cases.Length)).Take(reportCount - cases.Length))
        {
            reportsPerCase[i]++;
        }

        var mean = Math.Round((decimal)reportCount / cases.Length, 1, MidpointRounding.AwayFromZero);
        Require(mean == PublishedFigures.MeanReportsPerCriminalJusticeCase, $"mean police reports per case round to {mean}");
        var reports = Range(0, reportCount);
        var timing = new ReportTiming?[reportCount];
        var measures = new SpecialMeasures?[reportCount];
        var support = new EnumSet<CriminalJusticeSupport>?[reportCount];
        _dealer.Deal(reports, PublishedJustice.ReportTiming.Deck<ReportTiming>(), timing);
        _dealer.Deal(reports, PublishedJustice.SpecialMeasures.Deck<SpecialMeasures>(), measures);
        _dealer.DealMulti(reports, PublishedJustice.CriminalJusticeSupport.Deck<CriminalJusticeSupport>(), support);

        // 27 incidents over 28 reports, at most one per offence in a report. As few reports as the printed
        // "1.1 incidents per report" allows hold them (24: 21 single incidents and 3 pairs), so that the row
        // reads right as a mean over reports with an incident (audit A5); the other reports record none.
        var offences = PublishedJustice.Incidents.Deck<Offence>();
        var incidentCount = PublishedJustice.Consequences.N!.Value;
        var withIncidents = Enumerable.Range(1, reportCount)
            .First(k => Math.Round((decimal)incidentCount / k, 1, MidpointRounding.AwayFromZero) == ReportDeviations.MeanIncidentsPerReport);
        var sizes = Range(0, withIncidents).Select(i => i < incidentCount - withIncidents ? 2 : 1).ToArray();
        var offenceSets = FillSets(sizes, offences);
        var incidentReports = _random.Shuffled(reports).Take(withIncidents).ToArray();
        var incidents = incidentReports.SelectMany((r, i) => offenceSets[i].Select(o => (Report: r, Offence: o))).ToArray();
        var consequences = new IncidentConsequence?[incidents.Length];
        var reasons = new NfaReason?[incidents.Length];
        var incidentIndexes = Range(0, incidents.Length);
        _dealer.Deal(incidentIndexes, PublishedJustice.Consequences.Deck<IncidentConsequence>(), consequences);
        _dealer.Deal(incidentIndexes.Where(i => consequences[i] == IncidentConsequence.PoliceReportNoFurtherAction).ToArray(),
            PublishedJustice.NfaReasons.Deck<NfaReason>(), reasons);

        // Sentences go to the reports with a conviction, cautions to the other reports with an incident.
        var convicted = incidents.Where((x, i) => Convictions.Contains(consequences[i]!.Value)).Select(x => x.Report).ToHashSet();
        var penalties = reports.ToDictionary(r => r, _ => EnumSet<PerpetratorPenalty>.Empty);
        var penaltyDeck = PublishedJustice.PerpetratorPenalties.Deck<PerpetratorPenalty>();
        foreach (var penalty in Labels.All<PerpetratorPenalty>().Where(p => penaltyDeck[p] > 0))
        {
            var caution = penalty == PerpetratorPenalty.Caution;
            var takers = reports.Where(r => !penalties[r].Contains(penalty))
                .OrderByDescending(r => (convicted.Contains(r) != caution ? 2 : 0) + (incidentReports.Contains(r) ? 1 : 0) + _random.NextDouble())
                .Take(penaltyDeck[penalty]);
            foreach (var r in takers)
            {
                penalties[r] = penalties[r].With(penalty);
            }
        }

        var built = reports.Select(r => new PoliceReport
        {
            Timing = timing[r],
            SpecialMeasures = measures[r],
            Support = support[r],
            Penalties = penalties[r],
            Incidents = ValueList.From(incidentIndexes.Where(i => incidents[i].Report == r)
                .Select(i => new Incident { Offence = incidents[i].Offence, Consequence = consequences[i], NfaReason = reasons[i] })),
        }).ToArray();
        var next = 0;
        for (var i = 0; i < cases.Length; i++)
        {
            _criminalJustice[cases[i]] = new CriminalJusticeForm { PoliceReports = ValueList.From(built.Skip(next).Take(reportsPerCase[i])) };
            next += reportsPerCase[i];
        }
    }

    private void BuildCivilJustice(int[] cases)
    {
        var legalAid = new YesNoDontKnow?[_caseCount];
        var support = new EnumSet<CivilJusticeSupport>?[_caseCount];
        _dealer.Deal(cases, PublishedJustice.LegalAid.Deck<YesNoDontKnow>(), legalAid);
        _dealer.DealMulti(cases, PublishedJustice.CivilJusticeSupport.Deck<CivilJusticeSupport>(), support);

        // Each client has at most one order of a type; every client has at least one order. The grid gives
        // each type's orders by status.
        var grid = PublishedJustice.CivilOrders;
        var types = Labels.All<CivilOrderType>();
        var typeDeck = Deck<CivilOrderType>.Of([.. types.Select(t => (t, grid.CountsOf(Labels.Of(t)).Sum()))]);
        var orderTypes = new EnumSet<CivilOrderType>?[_caseCount];
        _dealer.DealMulti(cases, typeDeck, orderTypes);
        var statuses = types.ToDictionary(t => t, _ => new CivilOrderStatus?[_caseCount]);
        foreach (var type in types)
        {
            _dealer.Deal(cases.Where(c => orderTypes[c]!.Value.Contains(type)).ToArray(), grid.RowDeck<CivilOrderStatus>(Labels.Of(type)), statuses[type]);
        }

        foreach (var c in cases)
        {
            _civilJustice[c] = new CivilJusticeForm
            {
                LegalAid = legalAid[c],
                Support = support[c],
                Orders = ValueList.From(orderTypes[c]!.Value.Select(t => new CivilOrder { Type = t, Status = statuses[t][c]!.Value })),
            };
        }
    }
}
