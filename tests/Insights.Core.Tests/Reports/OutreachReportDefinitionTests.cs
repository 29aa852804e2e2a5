using Insights.Core.Model;
using Insights.Core.Reports;
using Insights.Core.Tabulation;
using Insights.Core.Tests.Generators;
using Xunit;

namespace Insights.Core.Tests.Reports;

/// <summary>
/// Definitions of the Outreach report pinned on hand-built cases where the plausible readings of a table give
/// different numbers (the exact dataset cannot tell them apart: each of its reviewed cases has one review and
/// none of its police reports lists an offence twice).
/// </summary>
public sealed class OutreachReportDefinitionTests
{
    private static readonly DateOnly Intake = new(2018, 5, 1);

    [Fact]
    public void ReviewForms_CountsEveryForm_ReviewPointCountsCases()
    {
        var twice = Closed("C-1", "P-1") with { Reviews = [Review(10), Review(40)] };
        var once = Closed("C-2", "P-2") with { Reviews = [Review(20)] };
        var never = Closed("C-3", "P-3");

        var result = Evaluate(twice, once, never);

        Assert.Equal(3, Cell(result, "Cases used in the analysis", "Review forms").Count);
        Assert.Equal(3, Cell(result, "Cases used in the analysis", "Intake forms").Count);
        Assert.Equal((2L, 3L), CountAndBase(Cell(result, "Review point", "Yes")));
    }

    [Fact]
    public void KeyFindings_SocialAndCommunity_CaseworkerReportedWellbeingAmongThoseSupported()
    {
        // The client agrees their wellbeing improved, the caseworker records no change: not counted.
        var clientOnly = Social("C-1", "P-1", supported: true, Impact.NoChange, Agreement.Agree);

        // The caseworker records an improvement, the client did not answer: counted.
        var caseworkerOnly = Social("C-2", "P-2", supported: true, Impact.ImprovedGreatly, clientWellbeing: null);

        // In need and not supported: in the support base only. The client's answer is irrelevant.
        var notSupported = Social("C-3", "P-3", supported: false, wellbeing: null, Agreement.StronglyAgree);

        // No need: in the need base only; an open case is in none of the panel's bases.
        var noNeed = Closed("C-4", "P-4");
        var open = SampleCases.Minimal("C-5", "P-5").WithNeeds(n => n with { SocialAndCommunitySupport = YesNoDontKnow.Yes });

        var result = Evaluate(clientOnly, caseworkerOnly, notSupported, noNeed, open);

        Assert.Equal((3L, 4L), CountAndBase(Cell(result, "Need of social and community support", "Clients identified as having need of social and community support")));
        Assert.Equal((2L, 3L), CountAndBase(Cell(result, "Support from their Outreach worker", "Clients with a need who received support from their Outreach worker")));
        Assert.Equal((1L, 2L), CountAndBase(Cell(result, "Improved wellbeing following support", "Clients supported with social and community support whose wellbeing improved (caseworker reported)")));
        Assert.Equal((1L, 2L), CountAndBase(Cell(result, "Most common forms of support", "Engaged with local community group")));
    }

    [Fact]
    public void Incidents_CountsPoliceReportsListingTheOffence_ConsequencesCountIncidents()
    {
        var criminalJustice = new CriminalJusticeForm
        {
            PoliceReports =
            [
                new PoliceReport { Incidents = [Incident(Offence.Stalking), Incident(Offence.Stalking)] },
                new PoliceReport { Incidents = [Incident(Offence.Arson)] },
                new PoliceReport(),
            ],
        };
        var c = Closed("C-1", "P-1");
        c = c with { Exit = c.Exit! with { CriminalJustice = criminalJustice } };

        var result = Evaluate(c);

        // Each cell is a share of the police reports: a report listing stalking twice is one report with stalking.
        Assert.Equal((1L, 3L), CountAndBase(Cell(result, "Incidents", "Stalking")));
        Assert.Equal((1L, 3L), CountAndBase(Cell(result, "Incidents", "Arson")));
        Assert.Equal(3L, Cell(result, "Consequences", "Missing").Base);
    }

    private static ReportResult Evaluate(params Case[] cases) => OutreachReport.Evaluate(new Dataset(cases));

    private static CountCell Cell(ReportResult result, string table, string row)
        => result.Tables.Single(t => t.Title == table).Row(row)?.CountAt(0) ?? throw new InvalidOperationException($"'{table}' has no count in row '{row}'");

    private static (long Count, long Base) CountAndBase(CountCell cell) => (cell.Count, cell.Base);

    private static Case Closed(string id, string client) => SampleCases.Minimal(id, client, Intake) with { Exit = SampleCases.MinimalExit(Intake.AddDays(90)) };

    private static ReviewForm Review(int day) => new() { Date = Intake.AddDays(day), Levels = new AbuseProfile() };

    private static Incident Incident(Offence offence) => new() { Offence = offence, Consequence = IncidentConsequence.PoliceReportNoFurtherAction };

    private static Case Social(string id, string client, bool supported, Impact? wellbeing, Agreement? clientWellbeing)
    {
        var c = Closed(id, client).WithNeeds(n => n with { SocialAndCommunitySupport = YesNoDontKnow.Yes });
        var support = new AreaSupport<SocialAndCommunityOutcome>
        {
            Supported = supported,
            WellbeingImpact = wellbeing,
            Outcomes = supported && wellbeing == Impact.ImprovedGreatly ? EnumSet.Of(SocialAndCommunityOutcome.EngagedWithLocalCommunityGroup) : null,
        };
        return c with
        {
            Exit = c.Exit! with
            {
                Support = new SupportGiven { SocialAndCommunitySupport = support },
                ClientOutcomes = new ClientOutcomes { ImprovedWellbeing = clientWellbeing },
            },
        };
    }
}
