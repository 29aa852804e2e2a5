namespace Insights.Synthetic.Published;

/// <summary>
/// Client needs at intake (pages 14-16). Rows are copied from the report as printed (label, then count and percentage per column);
/// each table keeps the title it has in the test fixture <c>report-percent-cells.csv</c>.
/// </summary>
internal static class PublishedNeeds
{
    /// <summary>"Client needs at intake / Summary of client needs at intake", n=1820: every case.</summary>
    internal static readonly PublishedTable SummaryOfNeeds = new(
        "Client needs at intake / Summary of client needs at intake",
        1820,
        ["Yes", "No", "Don't know", "Missing"],
        """
        Alcohol misuse	145	8.0%	1457	80%	37	2.0%	181	9.9%
        Children and parenting	548	30%	1066	59%	31	1.7%	175	9.6%
        Drug misuse	124	6.8%	1485	82%	35	1.9%	176	9.7%
        Employment, education and training	258	14%	1342	74%	34	1.9%	186	10%
        Finance, benefits and debt	532	29%	1064	58%	43	2.4%	181	9.9%
        Housing	632	35%	989	54%	25	1.4%	174	9.6%
        Immigration	52	2.9%	1569	86%	22	1.2%	177	9.7%
        Mental health	831	46%	792	44%	36	2.0%	161	8.8%
        Physical health	282	15%	1317	72%	30	1.6%	191	10%
        Social and community support	639	35%	971	53%	33	1.8%	177	9.7%
        """);

    /// <summary>"Mental health needs / Is the client experiencing any of the following?", n=831: cases with a mental health need; multi-select.</summary>
    internal static readonly PublishedTable MentalHealthSymptoms = new(
        "Mental health needs / Is the client experiencing any of the following?",
        831,
        [],
        """
        Depression	677	81%
        Anxiety	562	68%
        Trouble sleeping	182	22%
        Emotional instability	168	20%
        Self harm	162	19%
        Stress	111	13%
        Flashbacks	89	11%
        Problems with eating	62	7.5%
        Suicidal thoughts/behaviour	60	7.2%
        Other	58	7.0%
        Don't know	6	0.72%
        Missing	16	1.9%
        """);

    /// <summary>"Does the client have a diagnosed mental health condition?", n=831: cases with a mental health need.</summary>
    internal static readonly PublishedTable DiagnosedMentalHealthCondition = new(
        "Does the client have a diagnosed mental health condition?",
        831,
        [],
        """
        Yes	482	58%
        No	182	22%
        Don't know	63	7.6%
        Missing	104	13%
        """);

    /// <summary>"Diagnosed mental health conditions", n=482: cases with a diagnosed condition; multi-select.</summary>
    internal static readonly PublishedTable DiagnosedConditions = new(
        "Diagnosed mental health conditions",
        482,
        [],
        """
        Depression	347	72%
        Anxiety disorder	218	45%
        Personality disorders	76	16%
        PTSD	46	9.5%
        Bipolar disorder	26	5.4%
        Eating disorder	14	2.9%
        Autistic spectrum disorder	6	1.2%
        Obsessive compulsive disorder	5	1.0%
        Schizophrenia	5	1.0%
        Complex PTSD	2	0.41%
        Psychosis	0	0%
        Other	22	4.6%
        Don't know	3	0.62%
        Missing	5	1.0%
        """);

    /// <summary>"Children and parenting needs", n=1820: every case.</summary>
    internal static readonly PublishedTable ChildrenAndParentingNeeds = new(
        "Children and parenting needs",
        1820,
        [],
        """
        Yes	548	30%
        No	1066	59%
        Don't know	31	1.7%
        Missing	175	9.6%
        """);

    /// <summary>"Does the client have access to public funds?", n=532: cases with a finance, benefits and debt need.</summary>
    internal static readonly PublishedTable AccessToPublicFunds = new(
        "Does the client have access to public funds?",
        532,
        [],
        """
        Yes	450	85%
        No	52	9.8%
        Don't know	27	5.1%
        Missing	3	0.56%
        """);

    /// <summary>"Does the client need to apply for indefinite leave to remain?", n=52: cases with an immigration need.</summary>
    internal static readonly PublishedTable IndefiniteLeaveToRemain = new(
        "Does the client need to apply for indefinite leave to remain?",
        52,
        [],
        """
        Yes	40	77%
        No	7	13%
        Don't know	2	3.8%
        Missing	3	5.8%
        """);

    /// <summary>"Is the client dependent on the perpetrator for a visa?", n=52: cases with an immigration need.</summary>
    internal static readonly PublishedTable VisaDependentOnPerpetrator = new(
        "Is the client dependent on the perpetrator for a visa?",
        52,
        [],
        """
        Yes	25	48%
        No	22	42%
        Don't know	3	5.8%
        Missing	2	3.8%
        """);
}
