namespace Insights.Synthetic.Published;

/// <summary>
/// Support and interventions (pages 21-28), over matched cases. Rows are copied from the report as printed (label, then count and percentage per column);
/// each table keeps the title it has in the test fixture <c>report-percent-cells.csv</c>.
/// </summary>
internal static class PublishedSupport
{
    /// <summary>"Safety / Have you supported the client with safety?", n=1086: matched cases.</summary>
    internal static readonly PublishedTable SafetySupported = new(
        "Safety / Have you supported the client with safety?",
        1086,
        [],
        """
        Yes	841	77%
        No	121	11%
        Missing	124	11%
        """);

    /// <summary>"Safety: What outcomes were achieved in this support area?", n=841: cases supported with safety; multi-select.</summary>
    internal static readonly PublishedTable SafetyOutcomes = new(
        "Safety: What outcomes were achieved in this support area?",
        841,
        [],
        """
        Established personal safety plan	764	91%
        Relocated to safety	107	13%
        Referred to Outreach	105	12%
        Target hardening	90	11%
        Established digital/tech safety plan	84	10.0%
        Referral to Marac	83	9.9%
        Non-molestation order	75	8.9%
        Has personal alarm (e.g. grenade alarm)	64	7.6%
        Pattern changing course	57	6.8%
        Referred DV & SV service (internal)	49	5.8%
        Restraining order	34	4.0%
        Referred DV & SV service (external)	17	2.0%
        Contact order	14	1.7%
        Cocoon watch	9	1.1%
        Perpetrator accessing group programme	8	0.95%
        Gazetteer warning in place	5	0.59%
        Perpetrator accessing direct 1-1 intervention	4	0.48%
        Domestic violence protection notice (DVPO) issued	3	0.36%
        Occupation order	3	0.36%
        FGM protection order	2	0.24%
        Anti-social behaviour order issued	1	0.12%
        Domestic violence prevention order (DVPO) issued	1	0.12%
        Increased LPT visits	1	0.12%
        Domestic violence disclosure scheme (DVDS) accessed	0	0%
        Forced Marriage protection order	0	0%
        Other	92	11%
        Missing	19	2.3%
        """);

    /// <summary>"Safety: What impact did this have on client safety and wellbeing?", n=841: cases supported with safety.</summary>
    internal static readonly PublishedTable SafetyImpact = new(
        "Safety: What impact did this have on client safety and wellbeing?",
        841,
        ["Safety", "Wellbeing"],
        """
        Improved greatly	356	42%	326	39%
        Improved slightly	300	36%	318	38%
        Decreased slightly	0	0%	0	0%
        Decreased greatly	0	0%	0	0%
        No change	29	3.4%	30	3.6%
        Don't know	41	4.9%	49	5.8%
        Total Improved	656	78%	644	77%
        Missing	115	14%	118	14%
        """);

    /// <summary>"Housing / Have you supported the client with housing?", n=390: matched cases with a housing need.</summary>
    internal static readonly PublishedTable HousingSupported = new(
        "Housing / Have you supported the client with housing?",
        390,
        [],
        """
        Yes	298	76%
        No	92	24%
        """);

    /// <summary>"Housing: What outcomes were achieved in this support area?", n=298: cases supported; multi-select.</summary>
    internal static readonly PublishedTable HousingOutcomes = new(
        "Housing: What outcomes were achieved in this support area?",
        298,
        [],
        """
        Accepted to housing support service	91	31%
        Registered on housing waiting list / exchange	49	16%
        Relocated out of area	39	13%
        Accessed settled housing	35	12%
        Accessed Refuge	32	11%
        Sustained existing accommodation	27	9.1%
        Accessed statutory housing (LA or HA tenancy)	26	8.7%
        Tenancy support provided (reporting repairs, budgeting)	22	7.4%
        Accessed sanctuary scheme	20	6.7%
        Accessed housing funds	19	6.4%
        Accessed temporary housing	16	5.4%
        Not housed	8	2.7%
        Accessed online support services	6	2.0%
        Other	61	20%
        Missing	16	5.4%
        """);

    /// <summary>"Housing: What impact did this have on client safety and wellbeing?", n=298: cases supported.</summary>
    internal static readonly PublishedTable HousingImpact = new(
        "Housing: What impact did this have on client safety and wellbeing?",
        298,
        ["Safety", "Wellbeing"],
        """
        Improved greatly	145	49%	138	46%
        Improved slightly	67	22%	83	28%
        No change	44	15%	29	9.7%
        Decreased slightly	0	0%	2	0.67%
        Decreased greatly	0	0%	1	0.34%
        Don't know	4	1.3%	6	2.0%
        Total Improved	212	71%	221	74%
        Missing	38	13%	39	13%
        """);

    /// <summary>"Physical health / Have you supported the client with physical health?", n=172: matched cases with the need.</summary>
    internal static readonly PublishedTable PhysicalHealthSupported = new(
        "Physical health / Have you supported the client with physical health?",
        172,
        [],
        """
        Yes	72	42%
        No	100	58%
        """);

    /// <summary>"Physical health: What outcomes were achieved in this support area?", n=72: cases supported; multi-select.</summary>
    internal static readonly PublishedTable PhysicalHealthOutcomes = new(
        "Physical health: What outcomes were achieved in this support area?",
        72,
        [],
        """
        Accessed GP services	34	47%
        Accessing self help	10	14%
        Increased exercise	10	14%
        Accessed medication for physical health	9	13%
        Physical condition identified and receiving treatment	8	11%
        Accessed counselling for physical health	7	9.7%
        Accessed physical support services	7	9.7%
        Referral other health services	6	8.3%
        Referral adult social services	5	6.9%
        Physical condition rehabilitated	4	5.6%
        Accessed disability services	2	2.8%
        Referral rehabilitative facility	2	2.8%
        Admitted into rehabilitative facilities	1	1.4%
        Discharged from physical health services	1	1.4%
        Other	0	0%
        Missing	18	25%
        """);

    /// <summary>"Physical health: What impact did this have on client safety and wellbeing?", n=72: cases supported.</summary>
    internal static readonly PublishedTable PhysicalHealthImpact = new(
        "Physical health: What impact did this have on client safety and wellbeing?",
        72,
        ["Safety", "Wellbeing"],
        """
        Improved greatly	13	18%	19	26%
        Improved slightly	20	28%	24	33%
        No change	13	18%	1	1.4%
        Decreased slightly	0	0%	1	1.4%
        Decreased greatly	0	0%	0	0%
        Don't know	1	1.4%	1	1.4%
        Total Improved	33	46%	43	60%
        Missing	25	35%	26	36%
        """);

    /// <summary>"Mental health / Have you supported the client with mental health?", n=492: matched cases with the need.</summary>
    internal static readonly PublishedTable MentalHealthSupported = new(
        "Mental health / Have you supported the client with mental health?",
        492,
        [],
        """
        Yes	329	67%
        No	163	33%
        """);

    /// <summary>"Mental health: What outcomes were achieved in this support area?", n=329: cases supported; multi-select.</summary>
    internal static readonly PublishedTable MentalHealthOutcomes = new(
        "Mental health: What outcomes were achieved in this support area?",
        329,
        [],
        """
        Accessing self help	97	29%
        Accessing mental health services	95	29%
        Accessing counselling	77	23%
        Referral counselling services	76	23%
        Accessing medication for mental health condition	62	19%
        Accessed online support services	26	7.9%
        Referral mental health	23	7.0%
        In care of mental health services	20	6.1%
        Referral other specialist health provider	6	1.8%
        Disengaged from mental health services	2	0.61%
        Discharged from mental health services	2	0.61%
        Other	65	20%
        Missing	19	5.8%
        """);

    /// <summary>"Mental health: What impact did this have on client safety and wellbeing?", n=329: cases supported.</summary>
    internal static readonly PublishedTable MentalHealthImpact = new(
        "Mental health: What impact did this have on client safety and wellbeing?",
        329,
        ["Safety", "Wellbeing"],
        """
        Improved greatly	86	26%	116	35%
        Improved slightly	133	40%	130	40%
        No change	51	16%	25	7.6%
        Decreased slightly	0	0%	1	0.30%
        Decreased greatly	0	0%	0	0%
        Don't know	20	6.1%	16	4.9%
        Total Improved	219	67%	246	75%
        Missing	39	12%	41	12%
        """);

    /// <summary>"Drug misuse / Have you supported the client with drug misuse?", n=81: matched cases with the need.</summary>
    internal static readonly PublishedTable DrugMisuseSupported = new(
        "Drug misuse / Have you supported the client with drug misuse?",
        81,
        [],
        """
        Yes	46	57%
        No	35	43%
        """);

    /// <summary>"Drug misuse: What outcomes were achieved in this support area?", n=46: cases supported; multi-select.</summary>
    internal static readonly PublishedTable DrugMisuseOutcomes = new(
        "Drug misuse: What outcomes were achieved in this support area?",
        46,
        [],
        """
        Accessing drug support services	24	52%
        Accessing medication for drug reduction	7	15%
        Accessing drug misuse support group	6	13%
        Reduced frequency drugs	6	13%
        Accessing peer support group	4	8.7%
        Recovery programme in place	4	8.7%
        Disengaged from drug misuse services	2	4.3%
        Proven abstinence drugs	2	4.3%
        Referral to drug services	2	4.3%
        Accessing counselling	1	2.2%
        No change in drug misuse issue	1	2.2%
        Accessing self help	0	0%
        Accessed online support services	0	0%
        Admitted to rehabilitative facility	0	0%
        Other	2	4.3%
        Missing	15	33%
        """);

    /// <summary>"Drug misuse: What impact did this have on client safety and wellbeing?", n=46: cases supported.</summary>
    internal static readonly PublishedTable DrugMisuseImpact = new(
        "Drug misuse: What impact did this have on client safety and wellbeing?",
        46,
        ["Safety", "Wellbeing"],
        """
        Improved greatly	12	26%	10	22%
        Improved slightly	10	22%	11	24%
        No change	4	8.7%	3	6.5%
        Decreased slightly	0	0%	1	2.2%
        Decreased greatly	0	0%	0	0%
        Don't know	0	0%	1	2.2%
        Total Improved	22	48%	21	46%
        Missing	20	43%	20	43%
        """);

    /// <summary>"Alcohol misuse / Have you supported the client with alcohol misuse?", n=103: matched cases with the need.</summary>
    internal static readonly PublishedTable AlcoholMisuseSupported = new(
        "Alcohol misuse / Have you supported the client with alcohol misuse?",
        103,
        [],
        """
        Yes	53	51%
        No	50	49%
        """);

    /// <summary>"Alcohol misuse: What outcomes were achieved in this support area?", n=53: cases supported; multi-select.</summary>
    internal static readonly PublishedTable AlcoholMisuseOutcomes = new(
        "Alcohol misuse: What outcomes were achieved in this support area?",
        53,
        [],
        """
        Accessing alcohol support services	24	45%
        Reduced frequency alcohol	15	28%
        Accessing alcohol misuse support group	6	11%
        Accessing counselling	5	9.4%
        No change to alcohol misuse issue	4	7.5%
        Disengaged from alcohol misuse services	2	3.8%
        Proven abstinence alcohol	2	3.8%
        Accessing medication for alcohol reduction	0	0%
        Admitted to rehabilitative facility	0	0%
        Accessed online support services	0	0%
        Other	8	15%
        Missing	15	28%
        """);

    /// <summary>"Alcohol misuse: What impact did this have on client safety and wellbeing?", n=53: cases supported.</summary>
    internal static readonly PublishedTable AlcoholMisuseImpact = new(
        "Alcohol misuse: What impact did this have on client safety and wellbeing?",
        53,
        ["Safety", "Wellbeing"],
        """
        Improved greatly	11	21%	15	28%
        Improved slightly	9	17%	7	13%
        No change	11	21%	8	15%
        Decreased slightly	0	0%	1	1.9%
        Decreased greatly	0	0%	0	0%
        Don't know	2	3.8%	2	3.8%
        Total Improved	20	38%	22	42%
        Missing	20	38%	20	38%
        """);

    /// <summary>"Children and parenting / Have you supported the client with children and parenting?", n=310: matched cases with the need.</summary>
    internal static readonly PublishedTable ChildrenAndParentingSupported = new(
        "Children and parenting / Have you supported the client with children and parenting?",
        310,
        [],
        """
        Yes	204	66%
        No	106	34%
        """);

    /// <summary>"Indicate ongoing CYPs involvement with the family", n=736: intake: matched cases with children; exit: cases supported with children and parenting; missing answers are not shown.</summary>
    internal static readonly PublishedTable CypsInvolvement = new(
        "Indicate ongoing CYPs involvement with the family",
        736,
        ["Intake", "Exit"],
        """
        None	319	43%	70	34%
        Early help	58	7.9%	20	9.8%
        S17 - Child in need	60	8.2%	18	8.8%
        S47 - Child protection	75	10%	18	8.8%
        S31 - Care or supervision order	28	3.8%	9	4.4%
        Concern raised - no further action	43	5.8%	8	3.9%
        Concern raised - contacts/follow up	45	6.1%	7	3.4%
        Initial assessment	20	2.7%	5	2.5%
        Child protection plan	27	3.7%	3	1.5%
        Common assessment framework (Cat/Taf)	5	0.68%	3	1.5%
        Priority families	0	0%	0	0%
        Targeted families	3	0.41%	0	0%
        Other	24	3.3%	11	5.4%
        Don't know	20	2.7%	2	0.98%
        """);

    /// <summary>"Children and parenting: What outcomes were achieved in this support area?", n=204: cases supported; multi-select.</summary>
    internal static readonly PublishedTable ChildrenAndParentingOutcomes = new(
        "Children and parenting: What outcomes were achieved in this support area?",
        204,
        [],
        """
        Accessing children's support services	88	43%
        Improved parenting skills	37	18%
        Child(ren) accessing support services	33	16%
        Statutory CYPS involvement	28	14%
        Accessed Freedom programme	27	13%
        Accessed parenting course	26	13%
        Referral to child social services	22	11%
        Accessed legal support for CYP arrangements	17	8.3%
        Accessing voluntary parenting support	14	6.9%
        Improved family mediation skills	14	6.9%
        Secured child contact arrangements	13	6.4%
        Accessing peer support group	10	4.9%
        Improved access to childcare	9	4.4%
        Child(ren) removed from client's care	5	2.5%
        Child(ren) living with perpetrator	3	1.5%
        Child(ren) living with other family member	2	0.98%
        Disengaged from support in this area	2	0.98%
        Accessed online support services	2	0.98%
        Referral to adult social services	1	0.49%
        Other	24	12%
        Missing	23	11%
        """);

    /// <summary>"Children and parenting: What impact did this have on client safety and wellbeing?", n=204: cases supported.</summary>
    internal static readonly PublishedTable ChildrenAndParentingImpact = new(
        "Children and parenting: What impact did this have on client safety and wellbeing?",
        204,
        ["Safety", "Wellbeing"],
        """
        Improved greatly	48	24%	64	31%
        Improved slightly	67	33%	68	33%
        No change	38	19%	17	8.3%
        Decreased slightly	0	0%	1	0.49%
        Decreased greatly	0	0%	1	0.49%
        Don't know	6	2.9%	7	3.4%
        Total Improved	115	56%	132	65%
        Missing	45	22%	46	23%
        """);

    /// <summary>"Finance, benefits and debt / Have you supported the client with finance, benefits and debt?", n=335: matched cases with the need.</summary>
    internal static readonly PublishedTable FinanceSupported = new(
        "Finance, benefits and debt / Have you supported the client with finance, benefits and debt?",
        335,
        [],
        """
        Yes	246	73%
        No	89	27%
        """);

    /// <summary>"Finance, benefits and debt: What outcomes were achieved in this support area?", n=246: cases supported; multi-select.</summary>
    internal static readonly PublishedTable FinanceOutcomes = new(
        "Finance, benefits and debt: What outcomes were achieved in this support area?",
        246,
        [],
        """
        Accessing full benefit entitlement	111	45%
        Referral financial support services	51	21%
        Accessing financial support services	47	19%
        Financial stability obtained and maintained	32	13%
        Accessed legal aid	27	11%
        Established financial independence from perpetrator	24	9.8%
        Accessed online support services	13	5.3%
        Continued financial abuse	7	2.8%
        Accessing partial benefit entitlement	5	2.0%
        Disengaged from support in this area	3	1.2%
        Other	44	18%
        Missing	20	8.1%
        """);

    /// <summary>"Finance, benefits and debt: What impact did this have on client safety and wellbeing?", n=246: cases supported.</summary>
    internal static readonly PublishedTable FinanceImpact = new(
        "Finance, benefits and debt: What impact did this have on client safety and wellbeing?",
        246,
        ["Safety", "Wellbeing"],
        """
        Improved greatly	64	26%	88	36%
        Improved slightly	76	31%	82	33%
        No change	48	20%	20	8.1%
        Decreased slightly	0	0%	0	0%
        Decreased greatly	0	0%	0	0%
        Don't know	13	5.3%	8	3.3%
        Total Improved	140	57%	170	69%
        Missing	45	18%	48	20%
        """);

    /// <summary>"Employment, education and training / Have you supported the client with employment, education and training?", n=165: matched cases with the need.</summary>
    internal static readonly PublishedTable EmploymentSupported = new(
        "Employment, education and training / Have you supported the client with employment, education and training?",
        165,
        [],
        """
        Yes	86	52%
        No	79	48%
        """);

    /// <summary>"Employment, education and training: What outcomes were achieved in this support area?", n=86: cases supported; multi-select.</summary>
    internal static readonly PublishedTable EmploymentOutcomes = new(
        "Employment, education and training: What outcomes were achieved in this support area?",
        86,
        [],
        """
        Accessing education	19	22%
        Accessing training	16	19%
        Found full-time employment	11	13%
        Attended workshops	9	10%
        Engaged in volunteering	8	9.3%
        Disengaged from support in this area	7	8.1%
        Found part-time employment	6	7.0%
        Accessing online support services	5	5.8%
        Found flexible employment	4	4.7%
        Other	22	26%
        Missing	16	19%
        """);

    /// <summary>"Employment, education and training: What impact did this have on client safety and wellbeing?", n=86: cases supported.</summary>
    internal static readonly PublishedTable EmploymentImpact = new(
        "Employment, education and training: What impact did this have on client safety and wellbeing?",
        86,
        ["Safety", "Wellbeing"],
        """
        Improved greatly	22	26%	31	36%
        Improved slightly	18	21%	16	19%
        No change	20	23%	13	15%
        Decreased slightly	0	0%	0	0%
        Decreased greatly	0	0%	0	0%
        Don't know	1	1.2%	1	1.2%
        Total Improved	40	47%	47	55%
        Missing	25	29%	25	29%
        """);

    /// <summary>"Social and community support / Have you supported the client with social and community support?", n=375: matched cases with the need.</summary>
    internal static readonly PublishedTable SocialSupported = new(
        "Social and community support / Have you supported the client with social and community support?",
        375,
        [],
        """
        Yes	205	55%
        No	170	45%
        """);

    /// <summary>"Social and community support: What outcomes were achieved in this support area?", n=205: cases supported; multi-select.</summary>
    internal static readonly PublishedTable SocialOutcomes = new(
        "Social and community support: What outcomes were achieved in this support area?",
        205,
        [],
        """
        Engaged with local community group	54	26%
        Engaged with peer support group	52	25%
        Engaged with drop-in sessions	44	21%
        Engaged with cultural/leisure activities	34	17%
        Disengaged from support in this area	17	8.3%
        Engaged with self help media	15	7.3%
        Engaged with faith group	5	2.4%
        Engaged with digital communities	5	2.4%
        Client referral to CYPS	0	0%
        Other	50	24%
        Missing	20	9.8%
        """);

    /// <summary>"Social and community support: What impact did this have on client safety and wellbeing?", n=205: cases supported.</summary>
    internal static readonly PublishedTable SocialImpact = new(
        "Social and community support: What impact did this have on client safety and wellbeing?",
        205,
        ["Safety", "Wellbeing"],
        """
        Improved greatly	51	25%	62	30%
        Improved slightly	63	31%	72	35%
        No change	39	19%	21	10%
        Decreased slightly	0	0%	1	0.49%
        Decreased greatly	1	0.49%	1	0.49%
        Don't know	9	4.4%	9	4.4%
        Total Improved	114	56%	134	65%
        Missing	42	20%	39	19%
        """);

    /// <summary>"Immigration / Have you supported the client with immigration?", n=33: matched cases with the need.</summary>
    internal static readonly PublishedTable ImmigrationSupported = new(
        "Immigration / Have you supported the client with immigration?",
        33,
        [],
        """
        Yes	29	88%
        No	4	12%
        """);

    /// <summary>"Immigration: What outcomes were achieved in this support area?", n=29: cases supported; multi-select.</summary>
    internal static readonly PublishedTable ImmigrationOutcomes = new(
        "Immigration: What outcomes were achieved in this support area?",
        29,
        [],
        """
        Awaiting ILR application	10	34%
        Accessing public funds	7	24%
        Access to ID documents	4	14%
        Referral to specialist service	4	14%
        Engaged with specialist services	3	10%
        Granted ILR	2	6.9%
        Disengaged from support in this area	1	3.4%
        Accessed online support services	1	3.4%
        Applied to Destitute Domestic Violence Concession	0	0%
        Other	6	21%
        Missing	12	41%
        """);

    /// <summary>"Immigration: What impact did this have on client safety and wellbeing?", n=29: cases supported.</summary>
    internal static readonly PublishedTable ImmigrationImpact = new(
        "Immigration: What impact did this have on client safety and wellbeing?",
        29,
        ["Safety", "Wellbeing"],
        """
        Improved greatly	8	28%	8	28%
        Improved slightly	8	28%	8	28%
        No change	1	3.4%	1	3.4%
        Decreased slightly	0	0%	0	0%
        Decreased greatly	0	0%	0	0%
        Don't know	0	0%	0	0%
        Total Improved	16	55%	16	55%
        Missing	12	41%	12	41%
        """);
}
