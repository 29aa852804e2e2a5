namespace Insights.Synthetic.Published;

/// <summary>
/// Rows the report contradicts elsewhere, corrected to one consistent figure. Each is listed with its
/// evidence in docs/report-deviations.md; the calibrated data reproduces the corrected figure.
/// </summary>
internal static class ReportDeviations
{
    /// <summary>
    /// Audit A1: Yes 440 + No 491 + Don't know 622 + Missing 491 = 2,044 forms out of 1,820. The ACE detail
    /// table confirms Yes and No (n = 931 = 440 + 491), so Missing is 1,820 - 1,553 = 267.
    /// </summary>
    internal static readonly PublishedTable AdverseChildhoodExperience =
        PublishedClientProfile.AdverseChildhoodExperience.WithCount("Missing", 267);

    /// <summary>
    /// Audit A4: the rows sum to 278 answers from the 277 cases with children as a reason. Yes 123 becomes 122,
    /// the only change of one that keeps every printed percentage (122 of 277 still prints 44%).
    /// </summary>
    internal static readonly PublishedTable ChildContactConflict =
        PublishedExit.ChildContactConflict.WithCount("Yes", 122);

    /// <summary>
    /// Audit A4: these rows also sum to 278 from 277 cases. Yes 122 becomes 121 (still 44%); only Yes or No can
    /// lose one answer without changing a printed percentage.
    /// </summary>
    internal static readonly PublishedTable ChildContactUsedToAbuse =
        PublishedExit.ChildContactUsedToAbuse.WithCount("Yes", 121);

    /// <summary>
    /// Audit A5: "Average number of incidents per report (mean) 1.1", but 27 incidents over 28 reports is 0.96,
    /// which prints 1.0. The row holds only as a mean over the reports with an incident (24 or 25 of them); the
    /// calibrated data puts the incidents in 24 reports, so both readings are available to the report layer.
    /// </summary>
    internal const decimal MeanIncidentsPerReport = 1.1m;
}
