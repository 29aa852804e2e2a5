namespace Insights.Synthetic.Published;

/// <summary>
/// Case review data (page 16). Rows are copied from the report as printed (label, then count and percentage per column);
/// each table keeps the title it has in the test fixture <c>report-percent-cells.csv</c>.
/// </summary>
internal static class PublishedCaseReview
{
    /// <summary>"Case review data / Review point", n=1086: matched cases.</summary>
    internal static readonly PublishedTable ReviewPoint = new(
        "Case review data / Review point",
        1086,
        [],
        """
        Yes	21	1.9%
        No	1065	98%
        """);

    /// <summary>"Since intake, has further abuse occurred?", n=21: cases with a review.</summary>
    internal static readonly PublishedTable FurtherAbuse = new(
        "Since intake, has further abuse occurred?",
        21,
        [],
        """
        Yes, DA by the same perpetrator	8	38%
        Yes, DA by a different perpetrator	0	0%
        Yes, DA by multiple perpetrators	0	0%
        Yes, DA perpetrated by a family member	0	0%
        No	5	24%
        Missing	8	38%
        """);

    /// <summary>"Multiple types of abuse (review)", n=8: reviews recording further abuse.</summary>
    internal static readonly PublishedTable MultipleTypes = new(
        "Multiple types of abuse (review)",
        8,
        [],
        """
        Clients experiencing multiple types of abuse	6	75%
        Clients experiencing multiple types of high severity abuse	1	13%
        Clients experiencing at least one type of high severity abuse	3	38%
        """);

    /// <summary>"Since intake, has further abuse been disclosed?", n=21: cases with a review; 9 missing answers are not shown.</summary>
    internal static readonly PublishedTable FurtherDisclosure = new(
        "Since intake, has further abuse been disclosed?",
        21,
        [],
        """
        Yes, DA by the same perpetrator	7	33%
        Yes, DA by a different perpetrator	0	0%
        Yes, DA by multiple perpetrators	0	0%
        Yes, DA perpetrated by a family member	0	0%
        Yes, historic abuse	1	4.8%
        No	4	19%
        """);
}
