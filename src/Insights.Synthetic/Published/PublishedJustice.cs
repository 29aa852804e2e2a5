namespace Insights.Synthetic.Published;

/// <summary>
/// Criminal and civil justice outcomes (pages 28-31). Rows are copied from the report as printed (label, then count and percentage per column);
/// each table keeps the title it has in the test fixture <c>report-percent-cells.csv</c>.
/// </summary>
internal static class PublishedJustice
{
    /// <summary>"Criminal and civil justice outcomes / Clients supported with criminal justice", n=1086: matched cases.</summary>
    internal static readonly PublishedTable CriminalJusticeSupported = new(
        "Criminal and civil justice outcomes / Clients supported with criminal justice",
        1086,
        [],
        """
        Yes	25	2.3%
        No	1061	98%
        """);

    /// <summary>"When was the report made to the police?", n=28: police reports.</summary>
    internal static readonly PublishedTable ReportTiming = new(
        "When was the report made to the police?",
        28,
        [],
        """
        Before engagement with service	10	36%
        After engagement with service	9	32%
        Both before and after engagement with service	2	7.1%
        Missing	7	25%
        """);

    /// <summary>"Incidents", n=28: police reports having an incident of each offence.</summary>
    internal static readonly PublishedTable Incidents = new(
        "Incidents",
        28,
        [],
        """
        Assault - Beating/battery (Section 39)	6	21%
        Harassment (Section 2)	5	18%
        Coercive Control	4	14%
        Threats to Kill	3	11%
        Malicious Communication	2	7.1%
        Sexual Assault (Section 3)	2	7.1%
        Assault - Actual Bodily Harm (Section 47)	1	3.6%
        Assault - Grievous Bodily Harm with intent (Section 18)	1	3.6%
        Harassment (Section 4)	1	3.6%
        Criminal Damage	1	3.6%
        Breach of Restraining Order	1	3.6%
        Assault – Grievous Bodily Harm - without intent (Section 20)	0	0%
        Breach of Non-Molestation	0	0%
        Rape (Section 1)	0	0%
        Kidnapping or False Imprisonment	0	0%
        Perverting the course of justice (Common Law)	0	0%
        Witness Intimidation (Section 51)	0	0%
        Crimes against property	0	0%
        Perjury	0	0%
        Fraud	0	0%
        Breach of bail	0	0%
        Common assault	0	0%
        Revenge Porn	0	0%
        Arson	0	0%
        Stalking	0	0%
        Other	0	0%
        Don't know	0	0%
        """);

    /// <summary>"Consequences", n=27: incidents.</summary>
    internal static readonly PublishedTable Consequences = new(
        "Consequences",
        27,
        [],
        """
        Police report - no further action	17	63%
        Arrested - on bail	2	7.4%
        Charged	2	7.4%
        Charge dropped	2	7.4%
        Pled guilty	2	7.4%
        Pled guilty (lesser charge)	1	3.7%
        Pled innocent-found guilty	1	3.7%
        Arrested - in custody	0	0%
        Pled innocent-found guilty (lesser charge)	0	0%
        Not proven	0	0%
        Acquitted	0	0%
        Missing	0	0%
        """);

    /// <summary>"Reason for no further action (NFA)", n=17: incidents with no further action.</summary>
    internal static readonly PublishedTable NfaReasons = new(
        "Reason for no further action (NFA)",
        17,
        [],
        """
        Victim withdrew	8	47%
        Police withdrawal of case	6	35%
        CPS withdrawal of case	1	5.9%
        Other	2	12%
        Don't know	0	0%
        Missing	0	0%
        """);

    /// <summary>"Were special measures granted in this case?", n=28: police reports.</summary>
    internal static readonly PublishedTable SpecialMeasures = new(
        "Were special measures granted in this case?",
        28,
        [],
        """
        Granted	3	11%
        Denied	0	0%
        Not yet confirmed	0	0%
        Not requested	14	50%
        Don't know	2	7.1%
        Missing	9	32%
        """);

    /// <summary>"Perpetrator penalties", n=28: police reports; multi-select.</summary>
    internal static readonly PublishedTable PerpetratorPenalties = new(
        "Perpetrator penalties",
        28,
        [],
        """
        Community order - other requirements	3	11%
        Caution	3	11%
        Community order - DV-related specified activity order	1	3.6%
        Suspended sentence - with other requirements	1	3.6%
        Custodial sentence - up to 12 months	1	3.6%
        Custodial sentence - 12 months or more	1	3.6%
        Restraining order - up to 12 months	1	3.6%
        Fine	1	3.6%
        Suspended sentence - with DV-related specified order	0	0%
        Restraining order - up to 24 months	0	0%
        Restraining order - 5 years	0	0%
        Restraining order - indefinite	0	0%
        Bindover	0	0%
        Compensation	0	0%
        Conditional discharge	0	0%
        Other	1	3.6%
        """);

    /// <summary>"Criminal justice: What support did you provide the client in this area?", n=28: police reports; multi-select.</summary>
    internal static readonly PublishedTable CriminalJusticeSupport = new(
        "Criminal justice: What support did you provide the client in this area?",
        28,
        [],
        """
        Explained criminal justice process	14	50%
        Helped client report incident to police	11	39%
        Supported client through criminal justice processes	9	32%
        Supported client to access legal support	5	18%
        Attended court with client	4	14%
        Provided updates about court outcomes	3	11%
        Advocated for client during proceedings	2	7.1%
        Helped client to access compensation	1	3.6%
        Supported client to make an anonymous report	1	3.6%
        Attended court without client	0	0%
        Supported client with their own charge/conviction	0	0%
        Other	5	18%
        Missing	8	29%
        """);

    /// <summary>"Clients supported with civil justice", n=1086: matched cases.</summary>
    internal static readonly PublishedTable CivilJusticeSupported = new(
        "Clients supported with civil justice",
        1086,
        [],
        """
        Yes	28	2.6%
        No	1058	97%
        """);

    /// <summary>"Did the client qualify for legal aid?", n=28: cases supported with civil justice.</summary>
    internal static readonly PublishedTable LegalAid = new(
        "Did the client qualify for legal aid?",
        28,
        [],
        """
        Yes	9	32%
        No	9	32%
        Don't know	1	3.6%
        Missing	9	32%
        """);

    /// <summary>"Civil orders applied for", n=28: cases supported with civil justice.</summary>
    internal static readonly PublishedTable CivilOrders = new(
        "Civil orders applied for",
        28,
        ["Applied for", "Granted", "Not granted", "Breached"],
        """
        Non-molestation order	2	7.1%	15	54%	2	7.1%	0	0%
        Occupation order with power of arrest	0	0%	1	3.6%	2	7.1%	0	0%
        Order under Protection from Harassment Act	0	0%	1	3.6%	1	3.6%	0	0%
        Injunction under Forced Marriage Act with power of arrest	1	3.6%	0	0%	2	7.1%	0	0%
        Child arrangements order	2	7.1%	8	29%	1	3.6%	0	0%
        Prohibited steps order	1	3.6%	6	21%	0	0%	0	0%
        Specific issue order	0	0%	1	3.6%	1	3.6%	0	0%
        Other orders under the Children's Act	1	3.6%	2	7.1%	2	7.1%	0	0%
        """);

    /// <summary>"Civil justice: What support did you provide the client in this area?", n=28: cases supported with civil justice; multi-select.</summary>
    internal static readonly PublishedTable CivilJusticeSupport = new(
        "Civil justice: What support did you provide the client in this area?",
        28,
        [],
        """
        Attended court with client	18	64%
        Referred client for legal advice	16	57%
        Supported client to apply for legal aid	12	43%
        Provided updates about civil justice outcomes	10	36%
        Advocated for client during proceedings	8	29%
        Supported client to complete documents	6	21%
        Presented evidence at court	6	21%
        Arranged a pre-court visit	4	14%
        Helped client report a breach	4	14%
        Supported client with self application of orders	2	7.1%
        Provided legal support at court	1	3.6%
        Support with defence against cross applications	1	3.6%
        Supported client with distribution of orders	1	3.6%
        Other	5	18%
        Missing	4	14%
        """);
}
