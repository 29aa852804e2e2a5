namespace Insights.Synthetic.Published;

/// <summary>
/// Service inputs (pages 5-6): referral tables over every intake form. Rows are copied from the report as printed (label, then count and percentage per column);
/// each table keeps the title it has in the test fixture <c>report-percent-cells.csv</c>.
/// </summary>
internal static class PublishedServiceInputs
{
    /// <summary>"Referral status", n=1820: every case.</summary>
    internal static readonly PublishedTable ReferralStatus = new(
        "Referral status",
        1820,
        [],
        """
        New client	1346	74%
        Repeat to service	401	22%
        Continuing case	73	4.0%
        Total	1820
        """);

    /// <summary>"Primary referral route", n=1820: every case.</summary>
    internal static readonly PublishedTable PrimaryReferralRoute = new(
        "Primary referral route",
        1820,
        [],
        """
        Self	729	40%
        Children's social services	223	12%
        Police	210	12%
        Helpline	112	6.2%
        DVA & SV services (internal)	71	3.9%
        DVA & SV services (external)	62	3.4%
        Outreach	47	2.6%
        Marac	39	2.1%
        Health	39	2.1%
        Adult's social services	36	2.0%
        Mental health	33	1.8%
        Specialist services	29	1.6%
        Housing	24	1.3%
        Community health	20	1.1%
        Refuge	18	0.99%
        Education	16	0.88%
        Alcohol services	7	0.38%
        Drug services	6	0.33%
        MASH	6	0.33%
        Hospital - Emergency department	4	0.22%
        Hospital - Maternity	2	0.11%
        Probation	2	0.11%
        CRC	2	0.11%
        Domestic Violence Court	0	0%
        Other	83	4.6%
        """);

    /// <summary>"For referrals received through a single-point of contact / Initial referral route", n=1820: every case.</summary>
    internal static readonly PublishedTable InitialReferralRoute = new(
        "For referrals received through a single-point of contact / Initial referral route",
        1820,
        [],
        """
        Self	280	15%
        Police	132	7.3%
        Adult's social services	76	4.2%
        Specialist services	32	1.8%
        Health	28	1.5%
        MASH	27	1.5%
        Mental health	22	1.2%
        DVA & SV services (external)	21	1.2%
        Drug services	20	1.1%
        Helpline	20	1.1%
        Marac	15	0.82%
        Community health	14	0.77%
        Children's social services	11	0.60%
        Housing	10	0.55%
        Probation	10	0.55%
        Hospital - A&E	7	0.38%
        Alcohol services	6	0.33%
        Hospital - Maternity	3	0.16%
        Outreach	3	0.16%
        CRC	1	0.05%
        Refuge	1	0.05%
        Education	0	0%
        DVA & SV services (internal)	0	0%
        Domestic Violence Court	0	0%
        Other	32	1.8%
        Don't know	10	0.55%
        Missing	1039	57%
        """);
}
