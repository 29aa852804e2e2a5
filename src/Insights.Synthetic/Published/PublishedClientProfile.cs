namespace Insights.Synthetic.Published;

/// <summary>
/// Client profile (pages 6-9). Rows are copied from the report as printed (label, then count and percentage per column);
/// each table keeps the title it has in the test fixture <c>report-percent-cells.csv</c>.
/// </summary>
internal static class PublishedClientProfile
{
    /// <summary>"Socio-demographic description of client accessing Outreach services / Age of client", n=1794: one case per client.</summary>
    internal static readonly PublishedTable Age = new(
        "Socio-demographic description of client accessing Outreach services / Age of client",
        1794,
        [],
        """
        <18	43	2.4%
        18-20	106	5.9%
        21-30	530	30%
        31-40	589	33%
        41-50	316	18%
        51-60	144	8.0%
        61+	66	3.7%
        """);

    /// <summary>"Sex assigned at birth", n=1794: one case per client.</summary>
    internal static readonly PublishedTable SexAtBirth = new(
        "Sex assigned at birth",
        1794,
        [],
        """
        Female	1694	94%
        Male	94	5.2%
        Intersex	1	0.06%
        Not disclosed	2	0.11%
        Don't know	3	0.17%
        """);

    /// <summary>"Which of the following describes how the client thinks of themselves?", n=1794: one case per client.</summary>
    internal static readonly PublishedTable GenderIdentity = new(
        "Which of the following describes how the client thinks of themselves?",
        1794,
        [],
        """
        Female	1622	90%
        Male	81	4.5%
        In another way	1	0.06%
        Not disclosed	3	0.17%
        Don't know	2	0.11%
        Not sex assigned at birth	10	0.56%
        Missing	85	4.7%
        """);

    /// <summary>"Sexual Orientation", n=1794: one case per client.</summary>
    internal static readonly PublishedTable SexualOrientation = new(
        "Sexual Orientation",
        1794,
        [],
        """
        Heterosexual	1609	90%
        Total LBG	40	2.2%
        └ Bisexual	26	1.4%
        └ Gay	4	0.22%
        └ Lesbian	10	0.56%
        └ Other	0	0%
        Not disclosed	32	1.8%
        Don't know	29	1.6%
        Missing	84	4.7%
        """);

    /// <summary>"Ethnicity", n=1794: one case per client.</summary>
    internal static readonly PublishedTable Ethnicity = new(
        "Ethnicity",
        1794,
        [],
        """
        White	1497	83%
        └ English/ Welsh / Scottish / Northern Irish / British	1445	81%
        └ Irish	2	0.11%
        └ Gypsy or Irish Traveller	3	0.17%
        └ Any other White background	47	2.6%
        Mixed / Multiple ethnic groups	35	2.0%
        └ White and Black Caribbean	17	0.95%
        └ White and Black African	4	0.22%
        └ White and Asian	4	0.22%
        └ Any other Mixed/ Multiple ethnic background	10	0.56%
        Asian / Asian British	102	5.7%
        └ Indian	52	2.9%
        └ Pakistani	28	1.6%
        └ Bangladeshi	3	0.17%
        └ Chinese	4	0.22%
        └ Any other Asian background	15	0.84%
        Black / African / Caribbean / Black British	39	2.2%
        └ African	27	1.5%
        └ Caribbean	4	0.22%
        └ Any other Black / African / Caribbean background	8	0.45%
        Other ethnic group	13	0.72%
        └ Arab	2	0.11%
        └ Any other ethnic group	11	0.61%
        Total BME	239	13%
        Not disclosed	5	0.28%
        Don't know	19	1.1%
        Missing	84	4.7%
        """);

    /// <summary>"Is the client pregnant?", n=1794: one case per client.</summary>
    internal static readonly PublishedTable Pregnant = new(
        "Is the client pregnant?",
        1794,
        [],
        """
        Yes	101	5.6%
        No	1500	84%
        Don't know	23	1.3%
        Missing	170	9.5%
        """);

    /// <summary>"How many children or young people are involved with this case?", n=1794: one case per client.</summary>
    internal static readonly PublishedTable NumberOfChildren = new(
        "How many children or young people are involved with this case?",
        1794,
        [],
        """
        0	579	32%
        1	452	25%
        2	453	25%
        3	197	11%
        4	83	4.6%
        5+	30	1.7%
        """);

    /// <summary>"Ages of children", n=2284: children of the profile cases that have an age.</summary>
    internal static readonly PublishedTable ChildAges = new(
        "Ages of children",
        2284,
        [],
        """
        0-12 months	173	7.6%
        1-3 years	417	18%
        4-11 years	1126	49%
        12-16 years	398	17%
        17-18 years	69	3.0%
        18-24 years	67	2.9%
        24+ years	19	0.83%
        Don't know	15	0.66%
        """);

    /// <summary>"CYPS involvement (of those cases with children or young people involved)", n=1215: profile cases with children; multi-select.</summary>
    internal static readonly PublishedTable CypsInvolvement = new(
        "CYPS involvement (of those cases with children or young people involved)",
        1215,
        [],
        """
        None	518	43%
        S47 - Child protection	131	11%
        Early help	117	9.6%
        S17 - Child in need	105	8.6%
        Concern raised - contacts/follow up	85	7.0%
        Concern raised - no further action	83	6.8%
        Child protection plan	49	4.0%
        S31 - Care or supervision order	38	3.1%
        Initial assessment	31	2.6%
        Common assessment framework (Caf/Taf)	8	0.66%
        Targeted families	5	0.41%
        Priority families	1	0.08%
        Personal advisor	1	0.08%
        Transitions team	1	0.08%
        Other	37	3.0%
        Don't know	28	2.3%
        Missing	33	2.7%
        """);

    /// <summary>"Does the client have a disability?", n=1794: one case per client.</summary>
    internal static readonly PublishedTable Disability = new(
        "Does the client have a disability?",
        1794,
        [],
        """
        Yes	258	14%
        No	1389	77%
        Don't know	54	3.0%
        Missing	93	5.2%
        """);

    /// <summary>"If yes, what type?", n=258: profile cases with a disability; multi-select.</summary>
    internal static readonly PublishedTable DisabilityTypes = new(
        "If yes, what type?",
        258,
        [],
        """
        Physical	114	44%
        Mental health impairment	106	41%
        Learning disability	35	14%
        Learning difficulty	29	11%
        Frailty	27	10%
        Neurological condition	17	6.6%
        Progressive illness	16	6.2%
        Sensory disability	14	5.4%
        Organ specific	5	1.9%
        Other	0	0%
        Don't know	1	0.39%
        Missing	2	0.78%
        """);

    /// <summary>"Current employment situation", n=1794: one case per client; multi-select.</summary>
    internal static readonly PublishedTable Employment = new(
        "Current employment situation",
        1794,
        [],
        """
        Unemployed	852	47%
        Full-time employment	289	16%
        Part-time employment	277	15%
        In education or training	73	4.1%
        Self-employed	55	3.1%
        Retired	52	2.9%
        Other	44	2.5%
        Stay at home parent	29	1.6%
        Volunteering	13	0.72%
        Not disclosed	11	0.61%
        Don't know	51	2.8%
        Missing	76	4.2%
        """);

    /// <summary>"Current financial situation", n=1820: every case.</summary>
    internal static readonly PublishedTable FinancialSituation = new(
        "Current financial situation",
        1820,
        [],
        """
        Managing essentials but nothing left over	705	39%
        Comfortably managing	348	19%
        No financial concerns	263	14%
        Significant financial problems	103	5.7%
        Unable to pay for essentials	98	5.4%
        Reliant on others	4	0.22%
        Don't know	121	6.6%
        Missing	178	9.8%
        """);

    /// <summary>"Has the client experienced an Adverse Childhood Experience (ACE)?", n=1820: every case.</summary>
    internal static readonly PublishedTable AdverseChildhoodExperience = new(
        "Has the client experienced an Adverse Childhood Experience (ACE)?",
        1820,
        [],
        """
        Yes	440	24%
        No	491	27%
        Don't know	622	34%
        Missing	491	27%
        """);

    /// <summary>"Adverse Childhood Experiences (ACEs)", n=931: cases answering Yes or No to the ACE question; multi-select.</summary>
    internal static readonly PublishedTable AdverseChildhoodExperiences = new(
        "Adverse Childhood Experiences (ACEs)",
        931,
        [],
        """
        None	491	53%
        Domestic abuse (exposure)	220	24%
        Verbal abuse	211	23%
        Parental separation	192	21%
        Direct physical abuse	154	17%
        Sexual abuse	131	14%
        Mental illness	104	11%
        Alcohol abuse	96	10%
        Drug abuse	48	5.2%
        Incarceration of adults within household	9	0.97%
        Number experiencing four or more	117	13%
        """);
}
