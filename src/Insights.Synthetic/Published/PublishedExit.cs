namespace Insights.Synthetic.Published;

/// <summary>
/// Client outcomes at exit (pages 17-21), over matched cases. Rows are copied from the report as printed (label, then count and percentage per column);
/// each table keeps the title it has in the test fixture <c>report-percent-cells.csv</c>.
/// </summary>
internal static class PublishedExit
{
    /// <summary>"Client outcomes / Case status at exit", n=1086: matched cases.</summary>
    internal static readonly PublishedTable CaseStatus = new(
        "Client outcomes / Case status at exit",
        1086,
        [],
        """
        Planned closure	813	75%
        Unplanned closure	273	25%
        Total	1086
        """);

    /// <summary>"Reason for unplanned closures", n=273: unplanned closures.</summary>
    internal static readonly PublishedTable UnplannedClosureReason = new(
        "Reason for unplanned closures",
        273,
        [],
        """
        Client disengaged	230	84%
        Client moved out of area	17	6.2%
        Client in prison	0	0%
        Client in care of mental health services	1	0.37%
        Client fatality	1	0.37%
        Other	21	7.7%
        Missing	3	1.1%
        """);

    /// <summary>"Case length", n=1086: matched cases.</summary>
    internal static readonly PublishedTable CaseLength = new(
        "Case length",
        1086,
        [],
        """
        0 to 1 month	313	29%
        2 to 3 months	391	36%
        4 to 5 months	201	19%
        6 to 7 months	87	8.0%
        8 months +	89	8.2%
        Errors	5	0.46%
        """);

    /// <summary>"How many contacts did the client receive?", n=1086: matched cases.</summary>
    internal static readonly PublishedTable Contacts = new(
        "How many contacts did the client receive?",
        1086,
        [],
        """
        1 to 5	480	44%
        6 to 10	256	24%
        11 to 20	208	19%
        21 to 34	74	6.8%
        35+	68	6.3%
        """);

    /// <summary>"Number of ticks on the Dash (intake vs exit)", n=784: matched cases with exit ticks.</summary>
    internal static readonly PublishedTable DashTicks = new(
        "Number of ticks on the Dash (intake vs exit)",
        784,
        ["Intake", "Exit"],
        """
        Standard Risk (1 - 5)	124	16%	206	26%
        Medium Risk (6 - 9)	269	34%	272	35%
        High Risk (10+)	390	50%	305	39%
        Reduction in number of ticks	225	26%
        """);

    /// <summary>"Abuse reported at exit", n=923: matched cases answering "no abuse since intake".</summary>
    internal static readonly PublishedTable AbuseReportedAtExit = new(
        "Abuse reported at exit",
        923,
        [],
        """
        No abuse experienced since intake	288	31%
        No abuse experienced since last review point	3	0.33%
        No abuse experienced since intake or last review	291	32%
        """);

    /// <summary>"Multiple types of abuse (intake vs exit)", n=1086: matched cases.</summary>
    internal static readonly PublishedTable MultipleTypes = new(
        "Multiple types of abuse (intake vs exit)",
        1086,
        ["Intake", "Exit"],
        """
        Clients experiencing multiple types of abuse	665	61%	465	43%
        Clients experiencing multiple types of high severity abuse	136	13%	28	2.6%
        Clients experiencing at least one type of high severity abuse	292	27%	65	6.0%
        """);

    /// <summary>"Escalation of abuse", n=1086: matched cases.</summary>
    internal static readonly PublishedTable Escalation = new(
        "Escalation of abuse",
        1086,
        [],
        """
        Any escalation in severity of abuse	23	2.1%
        Any escalation in frequency of abuse	19	1.7%
        Any escalation in severity or frequency of abuse	24	2.2%
        At least one form of high severity abuse which is escalating in frequency or severity	16	1.5%
        """);

    /// <summary>"Physical abuse / Level of abuse", n=1086: matched cases.</summary>
    internal static readonly PublishedTable PhysicalLevel = new(
        "Physical abuse / Level of abuse",
        1086,
        ["Intake", "Exit"],
        """
        High	132	12%	25	2.3%
        Moderate	215	20%	72	6.6%
        Standard	203	19%	99	9.1%
        None	466	43%	731	67%
        Don't know	35	3.2%	120	11%
        Missing	35	3.2%	39	3.6%
        """);

    /// <summary>"Sexual abuse / Level of abuse", n=1086: matched cases.</summary>
    internal static readonly PublishedTable SexualLevel = new(
        "Sexual abuse / Level of abuse",
        1086,
        ["Intake", "Exit"],
        """
        High	41	3.8%	4	0.37%
        Moderate	60	5.5%	15	1.4%
        Standard	73	6.7%	24	2.2%
        None	802	74%	862	79%
        Don't know	76	7.0%	129	12%
        Missing	34	3.1%	52	4.8%
        """);

    /// <summary>"Harassment and stalking / Level of abuse", n=1086: matched cases.</summary>
    internal static readonly PublishedTable HarassmentLevel = new(
        "Harassment and stalking / Level of abuse",
        1086,
        ["Intake", "Exit"],
        """
        High	125	12%	33	3.0%
        Moderate	206	19%	95	8.7%
        Standard	232	21%	208	19%
        None	437	40%	562	52%
        Don't know	48	4.4%	129	12%
        Missing	38	3.5%	59	5.4%
        """);

    /// <summary>"Jealous and controlling behaviours / Level of abuse", n=1086: matched cases.</summary>
    internal static readonly PublishedTable ControllingLevel = new(
        "Jealous and controlling behaviours / Level of abuse",
        1086,
        ["Intake", "Exit"],
        """
        High	172	16%	39	3.6%
        Moderate	289	27%	128	12%
        Standard	302	28%	256	24%
        None	246	23%	485	45%
        Don't know	44	4.1%	130	12%
        Missing	33	3.0%	48	4.4%
        """);

    /// <summary>"Change in relationship between client and perpetrator": matched current and ex-intimate partners at intake.</summary>
    internal static readonly PublishedTable RelationshipChange = new(
        "Change in relationship between client and perpetrator",
        null,
        [],
        """
        Current intimate partner to ex-intimate partner	86	43%
        Ex-intimate partner to current intimate partner	25	3.2%
        """);

    /// <summary>"Living arrangement at exit", n=1086: matched cases.</summary>
    internal static readonly PublishedTable LivingArrangement = new(
        "Living arrangement at exit",
        1086,
        ["Intake", "Exit"],
        """
        Living together	184	17%	109	10%
        Living together intermittently	26	2.4%	22	2.0%
        Not living together	817	75%	845	78%
        Don't know	14	1.3%	71	6.5%
        Missing	45	4.1%	39	3.6%
        """);

    /// <summary>"Is there any ongoing contact with the perpetrator?", n=1086: matched cases.</summary>
    internal static readonly PublishedTable OngoingContact = new(
        "Is there any ongoing contact with the perpetrator?",
        1086,
        [],
        """
        Yes	430	40%
        No	489	45%
        Don't know	123	11%
        Missing	44	4.1%
        """);

    /// <summary>"If yes, why is there ongoing contact?", n=430: matched cases with ongoing contact; multi-select.</summary>
    internal static readonly PublishedTable OngoingContactReasons = new(
        "If yes, why is there ongoing contact?",
        430,
        [],
        """
        Children	277	64%
        Ongoing relationship	117	27%
        Legal proceedings	47	11%
        Family and social network	40	9.3%
        Ongoing abuse	38	8.8%
        Financial arrangements	30	7.0%
        Dependent of perpetrator for visa	4	0.93%
        Other	31	7.2%
        Don't know	2	0.47%
        Missing	5	1.2%
        """);

    /// <summary>"Is there ongoing conflict around child contact arrangements?", n=277: ongoing contact because of children.</summary>
    internal static readonly PublishedTable ChildContactConflict = new(
        "Is there ongoing conflict around child contact arrangements?",
        277,
        [],
        """
        Yes	123	44%
        No	124	45%
        Don't know	24	8.7%
        Missing	7	2.5%
        """);

    /// <summary>"Does the perpetrator use child contact arrangements to continue abuse?", n=277: ongoing contact because of children.</summary>
    internal static readonly PublishedTable ChildContactUsedToAbuse = new(
        "Does the perpetrator use child contact arrangements to continue abuse?",
        277,
        [],
        """
        Yes	122	44%
        No	108	39%
        Don't know	35	13%
        Missing	13	4.7%
        """);

    /// <summary>"Client reported outcomes": matched cases answering each statement.</summary>
    internal static readonly PublishedTable ClientOutcomes = new(
        "Client reported outcomes",
        null,
        ["Feel safer", "Improved wellbeing", "Quality of life improved", "Optimistic about the future", "Feel more confident"],
        """
        Strongly agree	242	34%	219	31%	181	25%	175	24%	151	21%
        Agree	382	53%	378	53%	393	55%	375	52%	387	54%
        Not certain	82	11%	105	15%	122	17%	153	21%	153	22%
        Disagree	10	1.4%	13	1.8%	15	2.1%	10	1.4%	17	2.4%
        Disagree strongly	1	0.14%	1	0.14%	1	0.14%	3	0.42%	3	0.42%
        Total Agree	624	87%	597	83%	574	81%	550	77%	538	76%
        """);

    /// <summary>"Client reported outcomes (Missing)", n=1086: matched cases.</summary>
    internal static readonly PublishedTable ClientOutcomesMissing = new(
        "Client reported outcomes (Missing)",
        1086,
        ["Feel safer", "Improved wellbeing", "Quality of life improved", "Optimistic about the future", "Feel more confident"],
        """
        Missing	369	34%	370	34%	374	34%	370	34%	375	35%
        """);

    /// <summary>"Which agencies do you feel have made the difference to your safety and wellbeing?", n=718: matched cases answering; Missing is over every matched case; multi-select.</summary>
    internal static readonly PublishedTable AgenciesMadeDifference = new(
        "Which agencies do you feel have made the difference to your safety and wellbeing?",
        718,
        [],
        """
        Outreach	563	78%
        Police	282	39%
        Children's social services	145	20%
        Housing	100	14%
        Mental health	97	14%
        Health	90	13%
        Other DVA & BV services	76	11%
        Marac	69	9.6%
        Specialist services	51	7.1%
        Drug services	28	3.9%
        Education	28	3.9%
        Refuge	28	3.9%
        Helpline	27	3.8%
        Community health	25	3.5%
        Alcohol services	19	2.6%
        Adult's social services	19	2.6%
        Hospital - A&E	14	1.9%
        Hospital - Maternity	12	1.7%
        Probation	6	0.84%
        CRC	1	0.14%
        Other	60	8.4%
        Missing	368	34%
        """);

    /// <summary>"Caseworker reported outcomes / Which agencies have worked well to promote safety and wellbeing on this case?", n=1086: matched cases; multi-select.</summary>
    internal static readonly PublishedTable AgenciesWorkedWell = new(
        "Caseworker reported outcomes / Which agencies have worked well to promote safety and wellbeing on this case?",
        1086,
        [],
        """
        Outreach	525	48%
        Police	294	27%
        Children's social services	167	15%
        Housing	109	10%
        Marac	106	9.8%
        Mental health	89	8.2%
        Other DVA & BV services	64	5.9%
        Health	60	5.5%
        Specialist services	40	3.7%
        Drug services	30	2.8%
        Refuge	29	2.7%
        Education	28	2.6%
        Adult's social services	26	2.4%
        Alcohol services	23	2.1%
        Community health	21	1.9%
        Helpline	14	1.3%
        Hospital - A&E	11	1.0%
        Hospital - Maternity	9	0.83%
        Probation	9	0.83%
        CRC	3	0.28%
        Other	73	6.7%
        Missing	313	29%
        """);

    /// <summary>"Which agencies have presented challenges to promoting safety and wellbeing on this case?", n=1086: matched cases; multi-select.</summary>
    internal static readonly PublishedTable AgenciesPresentedChallenges = new(
        "Which agencies have presented challenges to promoting safety and wellbeing on this case?",
        1086,
        [],
        """
        Outreach	125	12%
        Police	82	7.6%
        Children's social services	56	5.2%
        Housing	31	2.9%
        Mental health	23	2.1%
        Marac	16	1.5%
        Health	11	1.0%
        Adult's social services	8	0.74%
        Specialist services	8	0.74%
        Refuge	7	0.64%
        Drug services	6	0.55%
        Education	6	0.55%
        Other DVA & BV services	6	0.55%
        Alcohol services	4	0.37%
        Community health	3	0.28%
        Hospital - A&E	1	0.09%
        Hospital - Maternity	1	0.09%
        Other	34	3.1%
        Missing	781	72%
        """);
}
