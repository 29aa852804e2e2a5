namespace Insights.Synthetic.Published;

/// <summary>
/// The report's figures that are not table rows: the reporting period, the number of services, and the
/// printed statistics (means and medians) the calibrated data must reproduce after rounding.
/// </summary>
internal static class PublishedFigures
{
    /// <summary>"drawn from 22 Outreach services across England and Wales" (About this dataset; At a glance prints 21).</summary>
    internal const int Services = 22;

    /// <summary>First day of "April 2018 to March 2019".</summary>
    internal static readonly DateOnly PeriodStart = new(2018, 4, 1);

    /// <summary>Last day of "April 2018 to March 2019".</summary>
    internal static readonly DateOnly PeriodEnd = new(2019, 3, 31);

    /// <summary>Outreach service of 100, "Average age: 36" (mean age of the 1,794 clients, 0 decimals).</summary>
    internal const int MeanAge = 36;

    /// <summary>"Average number of children 2" (mean over clients with at least one child).</summary>
    internal const int MeanChildren = 2;

    /// <summary>"Average number experienced 3" (ACEs; mean over clients with at least one ACE).</summary>
    internal const int MeanAceTypes = 3;

    /// <summary>"Average (mean) number of ticks 10" (Dash at intake).</summary>
    internal const int MeanDashTicks = 10;

    /// <summary>"Average (median) length of abuse 4 years".</summary>
    internal const int MedianAbuseLengthYears = 4;

    /// <summary>Key findings: "The average length of abuse for those aged under 61 was 4 years".</summary>
    internal const int MedianAbuseLengthYearsUnder61 = 4;

    /// <summary>Key findings: "The average for those 61 and over was 20 years".</summary>
    internal const int MedianAbuseLengthYears61AndOver = 20;

    /// <summary>"↳ Average number of attempts 1.9" (to end the relationship, among those who attempted).</summary>
    internal const decimal MeanAttempts = 1.9m;

    /// <summary>"Average length of time from case opened to last review point (median) 17 days".</summary>
    internal const int MedianDaysToLastReview = 17;

    /// <summary>"Average case length (median) 13 weeks".</summary>
    internal const int MedianCaseLengthWeeks = 13;

    /// <summary>"Average number of contacts (median) 6".</summary>
    internal const int MedianContacts = 6;

    /// <summary>"Average number of reports made to police per case (mean) 1.1".</summary>
    internal const decimal MeanReportsPerCriminalJusticeCase = 1.1m;

    /// <summary>At a glance, "43 clients supported with criminal or civil justice" = 25 + 28 - 10 both (audit B15).</summary>
    internal const int ClientsSupportedWithCriminalOrCivilJustice = 43;

    /// <summary>
    /// Not printed: the base of "Current intimate partner to ex-intimate partner 86 / 43%", the matched cases
    /// whose primary perpetrator was a current partner at intake. Bases from 198 to 202 print 43% (audit B14).
    /// </summary>
    internal const int MatchedCurrentPartnersAtIntake = 200;

    /// <summary>
    /// Not printed: the base of "Ex-intimate partner to current intimate partner 25 / 3.2%", the matched cases
    /// whose primary perpetrator was an ex-partner at intake. Bases from 770 to 793 print 3.2% (audit B14).
    /// </summary>
    internal const int MatchedExPartnersAtIntake = 781;
}
