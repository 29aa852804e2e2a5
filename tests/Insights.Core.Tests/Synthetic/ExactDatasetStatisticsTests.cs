using Insights.Core.Model;
using Insights.Synthetic;
using Xunit;

namespace Insights.Core.Tests.Synthetic;

/// <summary>The report's statistics and summary figures, computed from the exact dataset and rounded as printed.</summary>
public class ExactDatasetStatisticsTests
{
    private static readonly IReadOnlyList<Case> All = ExactDataset.Create();
    private static readonly IReadOnlyList<Case> Profile = new Dataset(All).ClientProfileCases;
    private static readonly Case[] Matched = [.. All.Where(c => c.Exit is not null)];

    private static decimal Round(decimal value, int decimals = 0) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    private static decimal Mean(IEnumerable<int> values) => (decimal)values.Sum() / values.Count();

    private static decimal Median(IEnumerable<int> values)
    {
        var sorted = values.Order().ToArray();
        return (sorted[(sorted.Length - 1) / 2] + sorted[sorted.Length / 2]) / 2m;
    }

    private static decimal MedianYears(IEnumerable<Case> cases) =>
        Round(Median(cases.Where(c => c.Intake.Abuse.AbuseLengthMonths is not null).Select(c => c.Intake.Abuse.AbuseLengthMonths!.Value)) / 12);

    [Fact]
    public void Means_RoundToThePrintedFigures()
    {
        // "Average age: 36", "Average number of children 2", "Average number experienced 3" (ACEs),
        // "Average (mean) number of ticks 10", "Average number of attempts 1.9".
        Assert.Equal(36, Round(Mean(Profile.Select(c => c.Intake.Profile.Age!.Value))));
        Assert.Equal(2, Round(Mean(Profile.Select(c => c.Intake.Profile.NumberOfChildren!.Value).Where(n => n >= 1))));
        Assert.Equal(3, Round(Mean(All.Where(c => c.Intake.Profile.AdverseChildhoodExperience == YesNoDontKnow.Yes)
            .Select(c => c.Intake.Profile.AdverseChildhoodExperiences!.Value.Without(AdverseChildhoodExperienceType.None).Count))));
        Assert.Equal(10, Round(Mean(All.Where(c => c.Intake.Abuse.DashTicks is not null).Select(c => c.Intake.Abuse.DashTicks!.Value))));
        Assert.Equal(1.9m, Round(Mean(All.Where(c => c.Intake.Abuse.AttemptedToEndRelationship == true).Select(c => c.Intake.Abuse.AttemptsToEndRelationship!.Value)), 1));
    }

    [Fact]
    public void Medians_RoundToThePrintedFigures()
    {
        // "Average (median) length of abuse 4 years"; key findings: under 61 "4 years", 61 and over "20 years".
        Assert.Equal(4, MedianYears(All));
        Assert.Equal(4, MedianYears(All.Where(c => c.Intake.Profile.Age < 61)));
        Assert.Equal(20, MedianYears(All.Where(c => c.Intake.Profile.Age >= 61)));

        // "17 days" to the last review, "13 weeks" case length (with or without the errors), "6" contacts.
        Assert.Equal(17, Median(Matched.Where(c => c.Reviews.Count > 0).Select(c => c.Reviews[^1].Date.DayNumber - c.IntakeDate.DayNumber)));
        var lengths = Matched.Select(c => c.Exit!.ClosureDate.DayNumber - c.IntakeDate.DayNumber).ToList();
        Assert.Equal(13, Round(Median(lengths) / 7));
        Assert.Equal(13, Round(Median(lengths.Where(d => d >= 0)) / 7));
        Assert.Equal(6, Round(Median(Matched.Select(c => c.Exit!.Contacts!.Value))));
    }

    [Fact]
    public void JusticeFigures_RoundToThePrintedFigures()
    {
        var criminal = Matched.Where(c => c.Exit!.CriminalJustice is not null).Select(c => c.Exit!.CriminalJustice!).ToList();
        var reports = criminal.SelectMany(f => f.PoliceReports).ToList();
        var incidents = reports.SelectMany(r => r.Incidents).ToList();
        IncidentConsequence[] convictions = [IncidentConsequence.PledGuilty, IncidentConsequence.PledGuiltyLesserCharge, IncidentConsequence.PledInnocentFoundGuilty, IncidentConsequence.PledInnocentFoundGuiltyLesserCharge];

        Assert.Equal(1.1m, Round(Mean(criminal.Select(f => f.PoliceReports.Count)), 1));
        Assert.Equal(1.0m, Round(Mean(reports.Select(r => r.Incidents.Count)), 1)); // printed 1.1: audit A5
        Assert.Equal(1.1m, Round(Mean(reports.Where(r => r.Incidents.Count > 0).Select(r => r.Incidents.Count)), 1));
        Assert.Equal("15%", Percent.Format(incidents.Count(i => convictions.Contains(i.Consequence!.Value)), incidents.Count));
    }

    [Fact]
    public void AtAGlance_MatchesTheReportWhereConsistent()
    {
        // "1,081 cases closed" = closed cases less the 5 closing before intake; "43 clients supported with
        // criminal or civil justice". ("21 services" and "1,811 clients engaged" are deviations.)
        Assert.Equal(1081, Matched.Count(c => c.Exit!.ClosureDate >= c.IntakeDate));
        Assert.Equal(43, Matched.Where(c => c.Exit!.CriminalJustice is not null || c.Exit!.CivilJustice is not null).Select(c => c.Client).Distinct().Count());
        Assert.Equal(10, Matched.Count(c => c.Exit!.CriminalJustice is not null && c.Exit!.CivilJustice is not null));
    }

    [Fact]
    public void OutreachServiceOf100_MatchesTheReport()
    {
        static long Per100(int count, int n) => (long)Round(100m * count / n);
        var n = Profile.Count;

        Assert.Equal(94, Per100(Profile.Count(c => c.Intake.Profile.SexAtBirth == Sex.Female), n));
        Assert.Equal(81, Per100(Profile.Count(c => c.Intake.Profile.Ethnicity == Ethnicity.EnglishWelshScottishNorthernIrishBritish), n));
        Assert.Equal(68, Per100(Profile.Count(c => c.Intake.Profile.NumberOfChildren >= 1), n));
        Assert.Equal(127, Per100(Profile.Sum(c => c.Intake.Profile.Children.Count(child => child.Age is not null)), n));
        Assert.Equal(59, Per100(All.Count(c => c.Intake.Abuse.Levels.ExperiencedCount >= 2), All.Count));
        Assert.Equal(86, Per100(All.Count(c => c.Intake.Perpetrator.SexAtBirth == Sex.Male), All.Count));
    }
}
