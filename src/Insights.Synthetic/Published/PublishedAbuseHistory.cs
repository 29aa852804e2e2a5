namespace Insights.Synthetic.Published;

/// <summary>
/// History of abuse at intake (pages 9-14). Rows are copied from the report as printed (label, then count and percentage per column);
/// each table keeps the title it has in the test fixture <c>report-percent-cells.csv</c>.
/// </summary>
internal static class PublishedAbuseHistory
{
    /// <summary>"Number of ticks on the Dash (intake)", n=1820: every case.</summary>
    internal static readonly PublishedTable DashTicks = new(
        "Number of ticks on the Dash (intake)",
        1820,
        [],
        """
        Standard Risk (1 - 5)	244	13%
        Medium Risk (6 - 9)	555	30%
        High Risk (10+)	797	44%
        Missing	224	12%
        """);

    /// <summary>"High risk?", n=1820: every case.</summary>
    internal static readonly PublishedTable HighRisk = new(
        "High risk?",
        1820,
        [],
        """
        Yes	296	16%
        No	1349	74%
        Don't know	27	1.5%
        Missing	148	8.1%
        """);

    /// <summary>"On what basis is the client high risk?", n=296: cases at high risk.</summary>
    internal static readonly PublishedTable HighRiskBasis = new(
        "On what basis is the client high risk?",
        296,
        [],
        """
        Actuarial	164	55%
        Professional judgment	98	33%
        Escalation	27	9.1%
        Missing	7	2.4%
        """);

    /// <summary>"Has the case been discussed at Marac?", n=1820: every case.</summary>
    internal static readonly PublishedTable DiscussedAtMarac = new(
        "Has the case been discussed at Marac?",
        1820,
        [],
        """
        Yes	276	15%
        No	1331	73%
        Don't know	70	3.8%
        Missing	143	7.9%
        """);

    /// <summary>"Abuse experienced in the past 12 months / Clients experiencing each abuse type", n=1820: every case.</summary>
    internal static readonly PublishedTable AbuseTypesExperienced = new(
        "Abuse experienced in the past 12 months / Clients experiencing each abuse type",
        1820,
        [],
        """
        Physical	862	47%
        Sexual	314	17%
        Harassment and stalking	928	51%
        Jealous and controlling	1228	67%
        """);

    /// <summary>"Level of abuse (intake)", n=1820: every case; missing answers are not shown.</summary>
    internal static readonly PublishedTable LevelOfAbuse = new(
        "Level of abuse (intake)",
        1820,
        ["High", "Moderate", "Standard", "None", "Don't know"],
        """
        Physical	219	12%	324	18%	319	18%	831	46%	51	2.8%
        Sexual	71	3.9%	111	6.1%	132	7.3%	1317	72%	106	5.8%
        Harassment and stalking	200	11%	345	19%	383	21%	731	40%	70	3.8%
        Jealous and controlling	246	14%	471	26%	511	28%	449	25%	66	3.6%
        """);

    /// <summary>"Multiple types of abuse (intake)", n=1820: every case.</summary>
    internal static readonly PublishedTable MultipleTypes = new(
        "Multiple types of abuse (intake)",
        1820,
        [],
        """
        Clients experiencing multiple types of abuse	1074	59%
        Clients experiencing multiple types of high severity abuse	203	11%
        Clients experiencing at least one type of high severity abuse	466	26%
        """);

    /// <summary>"Physical abuse / Details of physical abuse", n=862: cases experiencing physical abuse; multi-select.</summary>
    internal static readonly PublishedTable PhysicalDetails = new(
        "Physical abuse / Details of physical abuse",
        862,
        [],
        """
        Slapped/pushed/shoved	609	71%
        Physically threatened	339	39%
        Kicked/punched	305	35%
        Restrained/held down	238	28%
        Attempted/strangulation	203	24%
        Threats/use of weapons	185	21%
        Scratches/shallow cuts	80	9.3%
        Burning	9	1.0%
        Other	109	13%
        Don't know	20	2.3%
        Missing	29	3.4%
        """);

    /// <summary>"Sexual abuse / Details of sexual abuse", n=314: cases experiencing sexual abuse; multi-select.</summary>
    internal static readonly PublishedTable SexualDetails = new(
        "Sexual abuse / Details of sexual abuse",
        314,
        [],
        """
        Unwanted touching	102	32%
        Use of threats/force to obtain sex	96	31%
        Rape	89	28%
        Use of sexual insults	88	28%
        Forced to perform sexual acts	48	15%
        Made to feel uncomfortable about sex/gender identity	40	13%
        Serious sexual assaults	26	8.3%
        Deliberate infliction of pain during sex	24	7.6%
        Revenge porn	12	3.8%
        Intentional transmission of STIs	6	1.9%
        Sexual abuse of children	4	1.3%
        Enforced prostitution	4	1.3%
        Use of weapons during sex	3	0.96%
        Other	68	22%
        Don't know	5	1.6%
        Missing	12	3.8%
        """);

    /// <summary>"Harassment and stalking / Details of harassment and stalking", n=928: cases experiencing harassment and stalking; multi-select.</summary>
    internal static readonly PublishedTable HarassmentDetails = new(
        "Harassment and stalking / Details of harassment and stalking",
        928,
        [],
        """
        Constant calls/texts/emails	687	74%
        Uninvited visits to home/workplace	440	47%
        Stalking	227	24%
        Destroyed/vandalised property	159	17%
        Stalking involving others	116	13%
        Homicide/familiacide threats	93	10%
        Other	103	11%
        Don't know	7	0.75%
        Missing	20	2.2%
        """);

    /// <summary>"Jealous and controlling behaviour / Details of jealous and controlling behaviour", n=1228: cases experiencing jealous and controlling behaviour; multi-select.</summary>
    internal static readonly PublishedTable ControllingDetails = new(
        "Jealous and controlling behaviour / Details of jealous and controlling behaviour",
        1228,
        [],
        """
        Extreme jealousy/possessiveness	623	51%
        Isolation from family/friends	601	49%
        Control of victim/s daily activities	513	42%
        Threats to harm victim	419	34%
        Controls how finances are spent	332	27%
        Humiliated/embarrassed victim in front of others	317	26%
        Irrational accusations of infidelity	240	20%
        Threats to take children	233	19%
        Controls access to money	232	19%
        Intercepting calls/messages/social media	205	17%
        Suicide/homicide/familiacide threats	166	14%
        Control of victim/s appearance	162	13%
        Severely restricts movements	110	9.0%
        Locks victim up	54	4.4%
        Prevention from accessing care needs/medication	42	3.4%
        Pet abuse	1	0.08%
        Other	145	12%
        Don't know	13	1.1%
        Missing	36	2.9%
        """);

    /// <summary>"For how long has the abuse been occurring?", n=1820: every case.</summary>
    internal static readonly PublishedTable AbuseLength = new(
        "For how long has the abuse been occurring?",
        1820,
        [],
        """
        1-11 months	113	6.2%
        1-2 years	440	24%
        3-5 years	411	23%
        6-10 years	320	18%
        11 years +	306	17%
        Missing	230	13%
        """);

    /// <summary>"Has the client been exposed to domestic abuse previously?", n=1820: every case; the sub-rows overlap.</summary>
    internal static readonly PublishedTable PreviousExposure = new(
        "Has the client been exposed to domestic abuse previously?",
        1820,
        [],
        """
        Yes	633	35%
        └ Yes, DA by the same partner in an earlier relationship	220	12%
        └ Yes, DA by previous intimate partner	376	21%
        └ Yes, DA perpetrated by a family member	109	6.0%
        └ Yes, direct abuse as a CYP	104	5.7%
        └ Yes, exposure as a CYP	125	6.9%
        └ Yes, other	12	0.66%
        No	641	35%
        Don't know	330	18%
        Missing	216	12%
        """);

    /// <summary>"Relationship to primary perpetrator", n=1820: every case.</summary>
    internal static readonly PublishedTable PrimaryPerpetratorRelationship = new(
        "Relationship to primary perpetrator",
        1820,
        [],
        """
        Current intimate partner	317	17%
        Ex-intimate partner	1292	71%
        Mother	48	2.6%
        Step-mother	0	0%
        Father	14	0.77%
        Step-father	3	0.16%
        Grandmother	1	0.05%
        Grandfather	0	0%
        Child (under 18) biological	6	0.33%
        Child (under 18) step-child	1	0.05%
        Child (18 or over) biological	19	1.0%
        Child (18 or over) step-child	0	0%
        Brother	2	0.11%
        Sister	5	0.27%
        Step-brother	2	0.11%
        Step-sister	0	0%
        Other family member	6	0.33%
        Other known person/associate	9	0.49%
        Don't know	9	0.49%
        Missing	86	4.7%
        """);

    /// <summary>"Is the client living with the perpetrator of abuse?", n=1820: every case.</summary>
    internal static readonly PublishedTable LivingWithPerpetrator = new(
        "Is the client living with the perpetrator of abuse?",
        1820,
        [],
        """
        Living together	265	15%
        Living together intermittently	43	2.4%
        Not living together	1401	77%
        Don't know	21	1.2%
        Missing	90	4.9%
        """);

    /// <summary>"Reason for not living together", n=1401: cases not living together.</summary>
    internal static readonly PublishedTable ReasonNotLivingTogether = new(
        "Reason for not living together",
        1401,
        [],
        """
        Perpetrator deceased	0	0%
        Perpetrator in jail	11	0.79%
        Client in refuge	1	0.07%
        Other	60	4.3%
        Missing	1329	95%
        """);

    /// <summary>"Typology of abuse", n=1820: every case.</summary>
    internal static readonly PublishedTable Typology = new(
        "Typology of abuse",
        1820,
        [],
        """
        Intimate terrorism/coercive control	691	38%
        Situational couple violence	131	7.2%
        Violent resistance	24	1.3%
        Mutual couple violence	22	1.2%
        Don't know	234	13%
        Missing	718	39%
        """);

    /// <summary>"Are there multiple perpetrators?", n=1820: every case.</summary>
    internal static readonly PublishedTable MultiplePerpetrators = new(
        "Are there multiple perpetrators?",
        1820,
        [],
        """
        Yes	193	11%
        No	1347	74%
        Don't know	114	6.3%
        Missing	166	9.1%
        """);

    /// <summary>"Relationship to additional perpetrators", n=193: cases with multiple perpetrators; multi-select.</summary>
    internal static readonly PublishedTable AdditionalPerpetrators = new(
        "Relationship to additional perpetrators",
        193,
        [],
        """
        Current intimate partner	13	6.7%
        Ex-intimate partner	108	56%
        Mother	25	13%
        Step-mother	1	0.52%
        Father	16	8.3%
        Step-father	4	2.1%
        Grandmother	1	0.52%
        Grandfather	2	1.0%
        Child (under 18) biological	6	3.1%
        Child (under 18) step-child	0	0%
        Child (18 or over) biological	12	6.2%
        Child (18 or over) step-child	1	0.52%
        Brother	1	0.52%
        Sister	6	3.1%
        Step-brother	0	0%
        Step-sister	1	0.52%
        Other family member	26	13%
        Other known person/associate	47	24%
        Don't know	3	1.6%
        Missing	0	0%
        """);

    /// <summary>"Within the past 12 months...", n=1820: every case.</summary>
    internal static readonly PublishedTable AttemptedToEndRelationship = new(
        "Within the past 12 months...",
        1820,
        [],
        """
        The client has attempted to end the abusive relationship	995	55%
        """);

    /// <summary>"Other forms of abuse (grid)", n=1820: every case.</summary>
    internal static readonly PublishedTable OtherFormsOfAbuse = new(
        "Other forms of abuse (grid)",
        1820,
        ["Forced marriage", "'Honour'-based violence", "FGM"],
        """
        Yes	11	0.60%	37	2.0%	8	0.44%
        No	1633	90%	1583	87%	1604	88%
        Don't know	11	0.60%	25	1.4%	34	1.9%
        Missing	165	9.1%	175	9.6%	174	9.6%
        """);

    /// <summary>"Primary perpetrator information / Sex assigned at birth", n=1820: every case.</summary>
    internal static readonly PublishedTable PerpetratorSex = new(
        "Primary perpetrator information / Sex assigned at birth",
        1820,
        [],
        """
        Male	1572	86%
        Female	138	7.6%
        Intersex	0	0%
        Don't know	6	0.33%
        Not disclosed	2	0.11%
        Missing	102	5.6%
        """);

    /// <summary>"Which of the following describes how the perpetrator thinks of themselves?", n=1820: every case.</summary>
    internal static readonly PublishedTable PerpetratorGenderIdentity = new(
        "Which of the following describes how the perpetrator thinks of themselves?",
        1820,
        [],
        """
        Male	1461	80%
        Female	117	6.4%
        In another way	3	0.16%
        Not disclosed	96	5.3%
        Not sex assigned at birth	21	1.2%
        Missing	143	7.9%
        """);

    /// <summary>"Does the perpetrator have multiple victims?", n=1820: every case.</summary>
    internal static readonly PublishedTable PerpetratorMultipleVictims = new(
        "Does the perpetrator have multiple victims?",
        1820,
        [],
        """
        Yes	279	15%
        No	640	35%
        Don't know	750	41%
        Missing	151	8.3%
        """);

    /// <summary>"Perpetrator needs", n=1820: every case.</summary>
    internal static readonly PublishedTable PerpetratorNeeds = new(
        "Perpetrator needs",
        1820,
        ["Mental health", "Drugs", "Alcohol"],
        """
        Yes	525	29%	554	30%	566	31%
        No	664	36%	739	41%	715	39%
        Don't know	409	22%	301	17%	311	17%
        Missing	222	12%	226	12%	228	13%
        """);
}
