using System.Text.Json.Serialization;

namespace Insights.Core.Model;

/// <summary>The intake form: who the client is, the abuse they experience, the perpetrator, and their needs.</summary>
public sealed record IntakeForm
{
    /// <summary>Gets the socio-demographic profile ("Client profile" tables).</summary>
    public required ClientProfile Profile { get => field; init => field = ValueRange.NotNull(value, nameof(Profile)); }

    /// <summary>Gets the history of abuse ("History of abuse at intake" tables).</summary>
    public required AbuseHistory Abuse { get => field; init => field = ValueRange.NotNull(value, nameof(Abuse)); }

    /// <summary>Gets the primary perpetrator's profile ("Primary perpetrator information" tables).</summary>
    public required PerpetratorProfile Perpetrator { get => field; init => field = ValueRange.NotNull(value, nameof(Perpetrator)); }

    /// <summary>Gets the client's needs ("Client needs at intake" tables).</summary>
    public required IntakeNeeds Needs { get => field; init => field = ValueRange.NotNull(value, nameof(Needs)); }
}

/// <summary>The client's socio-demographic profile at intake (the "Client profile" tables, counted once per client).</summary>
public sealed record ClientProfile
{
    /// <summary>Gets the client's age in years at intake (0 to 120), or <see langword="null"/> when missing ("Age of client").</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 0 to 120.</exception>
    public int? Age { get; init => field = NumberRanges.Age.Check(value, typeof(ClientProfile), nameof(Age)); }

    /// <summary>Gets the answer to "Sex assigned at birth".</summary>
    public Sex? SexAtBirth { get; init; }

    /// <summary>Gets the answer to "Which of the following describes how the client thinks of themselves?".</summary>
    public GenderIdentity? GenderIdentity { get; init; }

    /// <summary>Gets whether the client's gender differs from the sex assigned at birth (the overlapping "Not sex assigned at birth" row, audit B1).</summary>
    public bool? GenderDiffersFromSexAtBirth { get; init; }

    /// <summary>Gets the answer to "Sexual Orientation".</summary>
    public SexualOrientation? SexualOrientation { get; init; }

    /// <summary>Gets the answer to "Ethnicity" (the sub-group).</summary>
    public Ethnicity? Ethnicity { get; init; }

    /// <summary>Gets the answer to "Is the client pregnant?".</summary>
    public YesNoDontKnow? Pregnant { get; init; }

    /// <summary>Gets the answer to "How many children or young people are involved with this case?" (0 to 30).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 0 to 30.</exception>
    public int? NumberOfChildren { get; init => field = NumberRanges.NumberOfChildren.Check(value, typeof(ClientProfile), nameof(NumberOfChildren)); }

    /// <summary>Gets the children involved with the case ("Ages of children"); a child's age may be missing (audit B8).</summary>
    /// <value>The default value is the empty list; setting <see langword="null"/> also gives the empty list.</value>
    public ValueList<Child> Children { get; init => field = value ?? ValueList<Child>.Empty; } = ValueList<Child>.Empty;

    /// <summary>Gets the answer to "CYPS involvement", asked when children are involved (multi-select, audit B3).</summary>
    public EnumSet<CypsInvolvement>? CypsInvolvement { get; init; }

    /// <summary>Gets the answer to "Does the client have a disability?".</summary>
    public YesNoDontKnow? Disability { get; init; }

    /// <summary>Gets the answer to "If yes, what type?" (multi-select; only when <see cref="Disability"/> is Yes).</summary>
    public EnumSet<DisabilityType>? DisabilityTypes { get; init; }

    /// <summary>Gets the answer to "Current employment situation" (multi-select, audit B2).</summary>
    public EnumSet<EmploymentStatus>? Employment { get; init; }

    /// <summary>Gets the answer to "Current financial situation".</summary>
    public FinancialSituation? FinancialSituation { get; init; }

    /// <summary>Gets the answer to "Has the client experienced an Adverse Childhood Experience (ACE)?".</summary>
    public YesNoDontKnow? AdverseChildhoodExperience { get; init; }

    /// <summary>Gets the answer to "Adverse Childhood Experiences (ACEs)" (multi-select; "None" is an answer).</summary>
    public EnumSet<AdverseChildhoodExperienceType>? AdverseChildhoodExperiences { get; init; }
}

/// <summary>A child or young person involved with a case ("Ages of children").</summary>
public sealed record Child
{
    /// <summary>Gets the child's age band, or <see langword="null"/> when not recorded.</summary>
    public ChildAgeBand? Age { get; init; }
}

/// <summary>The level of each of the four abuse types at one point in time (intake, review or exit "Level of abuse" grids).</summary>
public sealed record AbuseProfile
{
    /// <summary>Gets the level of physical abuse, or <see langword="null"/> when missing.</summary>
    public AbuseLevel? Physical { get; init; }

    /// <summary>Gets the level of sexual abuse, or <see langword="null"/> when missing.</summary>
    public AbuseLevel? Sexual { get; init; }

    /// <summary>Gets the level of harassment and stalking, or <see langword="null"/> when missing.</summary>
    public AbuseLevel? HarassmentAndStalking { get; init; }

    /// <summary>Gets the level of jealous and controlling behaviour, or <see langword="null"/> when missing.</summary>
    public AbuseLevel? JealousAndControlling { get; init; }

    /// <summary>Returns the level of <paramref name="type"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not a declared member.</exception>
    public AbuseLevel? LevelOf(AbuseType type) => type switch
    {
        AbuseType.Physical => Physical,
        AbuseType.Sexual => Sexual,
        AbuseType.HarassmentAndStalking => HarassmentAndStalking,
        AbuseType.JealousAndControlling => JealousAndControlling,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not a declared member of AbuseType."),
    };

    /// <summary>Gets how many types were experienced (High, Moderate or Standard); "multiple types of abuse" means two or more.</summary>
    [JsonIgnore]
    public int ExperiencedCount => Count(static level => level.IsExperienced());

    /// <summary>Gets how many types were at High level ("multiple types of high severity abuse" means two or more).</summary>
    [JsonIgnore]
    public int HighCount => Count(static level => level == AbuseLevel.High);

    private int Count(Func<AbuseLevel?, bool> predicate)
        => (predicate(Physical) ? 1 : 0) + (predicate(Sexual) ? 1 : 0)
            + (predicate(HarassmentAndStalking) ? 1 : 0) + (predicate(JealousAndControlling) ? 1 : 0);
}

/// <summary>The history of abuse recorded at intake ("History of abuse at intake").</summary>
public sealed record AbuseHistory
{
    /// <summary>Gets the number of ticks on the Dash risk checklist (0 to 24), or <see langword="null"/> when missing ("Number of ticks on the Dash").</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 0 to 24.</exception>
    public int? DashTicks { get; init => field = NumberRanges.DashTicks.Check(value, typeof(AbuseHistory), nameof(DashTicks)); }

    /// <summary>Gets the answer to "High risk?".</summary>
    public YesNoDontKnow? HighRisk { get; init; }

    /// <summary>Gets the answer to "On what basis is the client high risk?" (only when <see cref="HighRisk"/> is Yes).</summary>
    public HighRiskBasis? HighRiskBasis { get; init; }

    /// <summary>Gets the answer to "Has the case been discussed at Marac?".</summary>
    public YesNoDontKnow? DiscussedAtMarac { get; init; }

    /// <summary>Gets the level of each abuse type in the past 12 months ("Level of abuse").</summary>
    public required AbuseProfile Levels { get => field; init => field = ValueRange.NotNull(value, nameof(Levels)); }

    /// <summary>Gets the answer to "Details of physical abuse" (only when physical abuse was experienced).</summary>
    public EnumSet<PhysicalAbuseDetail>? PhysicalDetails { get; init; }

    /// <summary>Gets the answer to "Details of sexual abuse" (only when sexual abuse was experienced).</summary>
    public EnumSet<SexualAbuseDetail>? SexualDetails { get; init; }

    /// <summary>Gets the answer to "Details of harassment and stalking" (only when it was experienced).</summary>
    public EnumSet<HarassmentDetail>? HarassmentDetails { get; init; }

    /// <summary>Gets the answer to "Details of jealous and controlling behaviour" (only when it was experienced).</summary>
    public EnumSet<ControllingBehaviourDetail>? ControllingDetails { get; init; }

    /// <summary>Gets how long the abuse has been occurring, in months (0 to 1200; "For how long has the abuse been occurring?").</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 0 to 1200.</exception>
    public int? AbuseLengthMonths { get; init => field = NumberRanges.AbuseLengthMonths.Check(value, typeof(AbuseHistory), nameof(AbuseLengthMonths)); }

    /// <summary>Gets the answer to "Has the client been exposed to domestic abuse previously?".</summary>
    public YesNoDontKnow? PreviousExposure { get; init; }

    /// <summary>Gets the "└ Yes, …" kinds of previous exposure (multi-select; only when <see cref="PreviousExposure"/> is Yes).</summary>
    public EnumSet<PreviousExposureKind>? PreviousExposureKinds { get; init; }

    /// <summary>Gets the answer to "Relationship to primary perpetrator".</summary>
    public Relationship? PrimaryPerpetratorRelationship { get; init; }

    /// <summary>Gets the answer to "Is the client living with the perpetrator of abuse?".</summary>
    public LivingArrangement? LivingWithPerpetrator { get; init; }

    /// <summary>Gets the answer to "Reason for not living together" (only when not living together).</summary>
    public ReasonNotLivingTogether? ReasonNotLivingTogether { get; init; }

    /// <summary>Gets the answer to "Typology of abuse".</summary>
    public Typology? Typology { get; init; }

    /// <summary>Gets the answer to "Are there multiple perpetrators?".</summary>
    public YesNoDontKnow? MultiplePerpetrators { get; init; }

    /// <summary>Gets the answer to "Relationship to additional perpetrators" (multi-select; only when <see cref="MultiplePerpetrators"/> is Yes).</summary>
    public EnumSet<Relationship>? AdditionalPerpetrators { get; init; }

    /// <summary>Gets whether, within the past 12 months, the client has attempted to end the abusive relationship.</summary>
    public bool? AttemptedToEndRelationship { get; init; }

    /// <summary>Gets the number of attempts to end the relationship (1 or more; only when attempted; "Average number of attempts").</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int? AttemptsToEndRelationship { get; init => field = NumberRanges.AttemptsToEndRelationship.Check(value, typeof(AbuseHistory), nameof(AttemptsToEndRelationship)); }

    /// <summary>Gets the "Forced marriage" answer of "Other forms of abuse".</summary>
    public YesNoDontKnow? ForcedMarriage { get; init; }

    /// <summary>Gets the "'Honour'-based violence" answer of "Other forms of abuse".</summary>
    public YesNoDontKnow? HonourBasedViolence { get; init; }

    /// <summary>Gets the "FGM" answer of "Other forms of abuse".</summary>
    public YesNoDontKnow? Fgm { get; init; }
}

/// <summary>The primary perpetrator as recorded at intake ("Primary perpetrator information", "Perpetrator needs").</summary>
public sealed record PerpetratorProfile
{
    /// <summary>Gets the perpetrator's sex assigned at birth.</summary>
    public Sex? SexAtBirth { get; init; }

    /// <summary>Gets the answer to "Which of the following describes how the perpetrator thinks of themselves?".</summary>
    public GenderIdentity? GenderIdentity { get; init; }

    /// <summary>Gets whether the perpetrator's gender differs from the sex assigned at birth (the overlapping "Not sex assigned at birth" row, audit B1).</summary>
    public bool? GenderDiffersFromSexAtBirth { get; init; }

    /// <summary>Gets the answer to "Does the perpetrator have multiple victims?".</summary>
    public YesNoDontKnow? MultipleVictims { get; init; }

    /// <summary>Gets the "Mental health" column of "Perpetrator needs".</summary>
    public YesNoDontKnow? MentalHealthNeeds { get; init; }

    /// <summary>Gets the "Drugs" column of "Perpetrator needs".</summary>
    public YesNoDontKnow? DrugNeeds { get; init; }

    /// <summary>Gets the "Alcohol" column of "Perpetrator needs".</summary>
    public YesNoDontKnow? AlcoholNeeds { get; init; }
}

/// <summary>The client's needs at intake ("Summary of client needs at intake" and the need follow-up tables).</summary>
public sealed record IntakeNeeds
{
    /// <summary>Gets the need for support with alcohol misuse.</summary>
    public YesNoDontKnow? AlcoholMisuse { get; init; }

    /// <summary>Gets the need for support with children and parenting ("Children and parenting needs").</summary>
    public YesNoDontKnow? ChildrenAndParenting { get; init; }

    /// <summary>Gets the need for support with drug misuse.</summary>
    public YesNoDontKnow? DrugMisuse { get; init; }

    /// <summary>Gets the need for support with employment, education and training.</summary>
    public YesNoDontKnow? EmploymentEducationAndTraining { get; init; }

    /// <summary>Gets the need for support with finance, benefits and debt.</summary>
    public YesNoDontKnow? FinanceBenefitsAndDebt { get; init; }

    /// <summary>Gets the need for support with housing.</summary>
    public YesNoDontKnow? Housing { get; init; }

    /// <summary>Gets the need for support with immigration.</summary>
    public YesNoDontKnow? Immigration { get; init; }

    /// <summary>Gets the need for support with mental health.</summary>
    public YesNoDontKnow? MentalHealth { get; init; }

    /// <summary>Gets the need for support with physical health.</summary>
    public YesNoDontKnow? PhysicalHealth { get; init; }

    /// <summary>Gets the need for social and community support.</summary>
    public YesNoDontKnow? SocialAndCommunitySupport { get; init; }

    /// <summary>Returns the answer for <paramref name="area"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="area"/> is not a declared member.</exception>
    public YesNoDontKnow? NeedIn(NeedArea area) => area switch
    {
        NeedArea.AlcoholMisuse => AlcoholMisuse,
        NeedArea.ChildrenAndParenting => ChildrenAndParenting,
        NeedArea.DrugMisuse => DrugMisuse,
        NeedArea.EmploymentEducationAndTraining => EmploymentEducationAndTraining,
        NeedArea.FinanceBenefitsAndDebt => FinanceBenefitsAndDebt,
        NeedArea.Housing => Housing,
        NeedArea.Immigration => Immigration,
        NeedArea.MentalHealth => MentalHealth,
        NeedArea.PhysicalHealth => PhysicalHealth,
        NeedArea.SocialAndCommunitySupport => SocialAndCommunitySupport,
        _ => throw new ArgumentOutOfRangeException(nameof(area), area, "Not a declared member of NeedArea."),
    };

    /// <summary>Gets the answer to "Is the client experiencing any of the following?" (mental health symptoms, multi-select).</summary>
    public EnumSet<MentalHealthSymptom>? MentalHealthSymptoms { get; init; }

    /// <summary>Gets the answer to "Does the client have a diagnosed mental health condition?".</summary>
    public YesNoDontKnow? DiagnosedMentalHealthCondition { get; init; }

    /// <summary>Gets the answer to "Diagnosed mental health conditions" (multi-select; only when <see cref="DiagnosedMentalHealthCondition"/> is Yes).</summary>
    public EnumSet<MentalHealthCondition>? DiagnosedConditions { get; init; }

    /// <summary>Gets the answer to "Does the client have access to public funds?".</summary>
    public YesNoDontKnow? AccessToPublicFunds { get; init; }

    /// <summary>Gets the answer to "Does the client need to apply for indefinite leave to remain?".</summary>
    public YesNoDontKnow? NeedsIndefiniteLeaveToRemain { get; init; }

    /// <summary>Gets the answer to "Is the client dependent on the perpetrator for a visa?".</summary>
    public YesNoDontKnow? VisaDependentOnPerpetrator { get; init; }
}
