namespace Insights.Core.Model;

/// <summary>The exit form, completed when a case closes ("Client outcomes" and "Service outputs").</summary>
public sealed record ExitForm
{
    /// <summary>Gets the date the case closed. The data reader rejects a closure before the intake date.</summary>
    public required DateOnly ClosureDate { get; init; }

    /// <summary>Gets the answer to "Case status at exit".</summary>
    public ClosureType? ClosureType { get; init; }

    /// <summary>Gets the answer to "Reason for unplanned closures" (only for an unplanned closure).</summary>
    public UnplannedClosureReason? UnplannedClosureReason { get; init; }

    /// <summary>Gets the number of direct contacts the client received (0 or more; "How many contacts did the client receive?").</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int? Contacts { get; init => field = NumberRanges.Contacts.Check(value, typeof(ExitForm), nameof(Contacts)); }

    /// <summary>Gets the number of ticks on the Dash at exit (0 to 24).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 0 to 24.</exception>
    public int? DashTicks { get; init => field = NumberRanges.DashTicks.Check(value, typeof(ExitForm), nameof(DashTicks)); }

    /// <summary>Gets the level of each abuse type at exit.</summary>
    public required AbuseProfile Levels { get => field; init => field = ValueRange.NotNull(value, nameof(Levels)); }

    /// <summary>Gets whether no abuse was experienced since intake ("Abuse reported at exit").</summary>
    public bool? NoAbuseSinceIntake { get; init; }

    /// <summary>Gets whether no abuse was experienced since the last review point ("Abuse reported at exit").</summary>
    public bool? NoAbuseSinceLastReview { get; init; }

    /// <summary>Gets whether any abuse escalated in severity ("Escalation of abuse").</summary>
    public bool? EscalationInSeverity { get; init; }

    /// <summary>Gets whether any abuse escalated in frequency ("Escalation of abuse").</summary>
    public bool? EscalationInFrequency { get; init; }

    /// <summary>Gets the relationship to the primary perpetrator at exit ("Change in relationship between client and perpetrator").</summary>
    public Relationship? PerpetratorRelationship { get; init; }

    /// <summary>Gets the living arrangement at exit ("Living arrangement at exit").</summary>
    public LivingArrangement? LivingWithPerpetrator { get; init; }

    /// <summary>Gets the answer to "Is there any ongoing contact with the perpetrator?".</summary>
    public YesNoDontKnow? OngoingContact { get; init; }

    /// <summary>Gets the answer to "If yes, why is there ongoing contact?" (multi-select; only when <see cref="OngoingContact"/> is Yes).</summary>
    public EnumSet<OngoingContactReason>? OngoingContactReasons { get; init; }

    /// <summary>Gets the answer to "Is there ongoing conflict around child contact arrangements?".</summary>
    public YesNoDontKnow? ChildContactConflict { get; init; }

    /// <summary>Gets the answer to "Does the perpetrator use child contact arrangements to continue abuse?".</summary>
    public YesNoDontKnow? ChildContactUsedToAbuse { get; init; }

    /// <summary>Gets the client's answers to the five outcome statements, or <see langword="null"/> when none was asked.</summary>
    public ClientOutcomes? ClientOutcomes { get; init; }

    /// <summary>Gets the answer to "Which agencies do you feel have made the difference to your safety and wellbeing?".</summary>
    public EnumSet<Agency>? AgenciesMadeDifference { get; init; }

    /// <summary>Gets the answer to "Which agencies have worked well to promote safety and wellbeing on this case?".</summary>
    public EnumSet<Agency>? AgenciesWorkedWell { get; init; }

    /// <summary>Gets the answer to "Which agencies have presented challenges to promoting safety and wellbeing on this case?".</summary>
    public EnumSet<Agency>? AgenciesPresentedChallenges { get; init; }

    /// <summary>Gets the support given in each of the eleven areas ("Support and interventions").</summary>
    public required SupportGiven Support { get => field; init => field = ValueRange.NotNull(value, nameof(Support)); }

    /// <summary>Gets the criminal justice form; present exactly when the client was supported with criminal justice.</summary>
    public CriminalJusticeForm? CriminalJustice { get; init; }

    /// <summary>Gets the civil justice form; present exactly when the client was supported with civil justice.</summary>
    public CivilJusticeForm? CivilJustice { get; init; }
}

/// <summary>The client's answers to the outcome statements at exit ("Client reported outcomes").</summary>
public sealed record ClientOutcomes
{
    /// <summary>Gets the answer to "Feel safer".</summary>
    public Agreement? FeelSafer { get; init; }

    /// <summary>Gets the answer to "Improved wellbeing".</summary>
    public Agreement? ImprovedWellbeing { get; init; }

    /// <summary>Gets the answer to "Quality of life improved".</summary>
    public Agreement? QualityOfLifeImproved { get; init; }

    /// <summary>Gets the answer to "Optimistic about the future".</summary>
    public Agreement? OptimisticAboutFuture { get; init; }

    /// <summary>Gets the answer to "Feel more confident".</summary>
    public Agreement? FeelMoreConfident { get; init; }

    /// <summary>Returns the answer to <paramref name="outcome"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="outcome"/> is not a declared member.</exception>
    public Agreement? Of(ClientOutcome outcome) => outcome switch
    {
        ClientOutcome.FeelSafer => FeelSafer,
        ClientOutcome.ImprovedWellbeing => ImprovedWellbeing,
        ClientOutcome.QualityOfLifeImproved => QualityOfLifeImproved,
        ClientOutcome.OptimisticAboutFuture => OptimisticAboutFuture,
        ClientOutcome.FeelMoreConfident => FeelMoreConfident,
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Not a declared member of ClientOutcome."),
    };
}

/// <summary>
/// Support in one area at exit: whether it was given ("Have you supported the client with …?"), what it
/// achieved ("What outcomes were achieved in this support area?") and its impact ("What impact did this have
/// on client safety and wellbeing?"). Outcomes and impacts are recorded only when <see cref="Supported"/> is true.
/// </summary>
/// <typeparam name="TOutcome">The area's outcome enum.</typeparam>
public sealed record AreaSupport<TOutcome> where TOutcome : struct, Enum
{
    /// <summary>Gets whether the client was supported in the area, or <see langword="null"/> when missing.</summary>
    public bool? Supported { get; init; }

    /// <summary>Gets the outcomes achieved (multi-select).</summary>
    public EnumSet<TOutcome>? Outcomes { get; init; }

    /// <summary>Gets the impact on the client's safety.</summary>
    public Impact? SafetyImpact { get; init; }

    /// <summary>Gets the impact on the client's wellbeing.</summary>
    public Impact? WellbeingImpact { get; init; }
}

/// <summary>The support given at exit in each of the eleven areas of the "Needs &amp; Support matrix".</summary>
public sealed record SupportGiven
{
    /// <summary>Gets the support with safety.</summary>
    public AreaSupport<SafetyOutcome>? Safety { get; init; }

    /// <summary>Gets the support with housing.</summary>
    public AreaSupport<HousingOutcome>? Housing { get; init; }

    /// <summary>Gets the support with physical health.</summary>
    public AreaSupport<PhysicalHealthOutcome>? PhysicalHealth { get; init; }

    /// <summary>Gets the support with mental health.</summary>
    public AreaSupport<MentalHealthOutcome>? MentalHealth { get; init; }

    /// <summary>Gets the support with drug misuse.</summary>
    public AreaSupport<DrugMisuseOutcome>? DrugMisuse { get; init; }

    /// <summary>Gets the support with alcohol misuse.</summary>
    public AreaSupport<AlcoholMisuseOutcome>? AlcoholMisuse { get; init; }

    /// <summary>Gets the support with children and parenting.</summary>
    public AreaSupport<ChildrenAndParentingOutcome>? ChildrenAndParenting { get; init; }

    /// <summary>Gets the support with finance, benefits and debt.</summary>
    public AreaSupport<FinanceOutcome>? FinanceBenefitsAndDebt { get; init; }

    /// <summary>Gets the support with employment, education and training.</summary>
    public AreaSupport<EmploymentOutcome>? EmploymentEducationAndTraining { get; init; }

    /// <summary>Gets the social and community support.</summary>
    public AreaSupport<SocialAndCommunityOutcome>? SocialAndCommunitySupport { get; init; }

    /// <summary>Gets the support with immigration.</summary>
    public AreaSupport<ImmigrationOutcome>? Immigration { get; init; }

    /// <summary>Gets the exit column of "Indicate ongoing CYPs involvement with the family" (multi-select).</summary>
    public EnumSet<CypsInvolvement>? CypsInvolvementAtExit { get; init; }

    /// <summary>Returns whether the client was supported in <paramref name="area"/>, or <see langword="null"/> when missing.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="area"/> is not a declared member.</exception>
    public bool? SupportedIn(SupportArea area) => In(area).Supported;

    /// <summary>Returns the impact on safety of the support in <paramref name="area"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="area"/> is not a declared member.</exception>
    public Impact? SafetyImpactIn(SupportArea area) => In(area).SafetyImpact;

    /// <summary>Returns the impact on wellbeing of the support in <paramref name="area"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="area"/> is not a declared member.</exception>
    public Impact? WellbeingImpactIn(SupportArea area) => In(area).WellbeingImpact;

    /// <summary>Returns the area's answers without its outcome type; every answer is null when the area is missing.</summary>
    internal (bool? Supported, Impact? SafetyImpact, Impact? WellbeingImpact, ulong? OutcomeBits) In(SupportArea area) => area switch
    {
        SupportArea.Safety => View(Safety),
        SupportArea.Housing => View(Housing),
        SupportArea.PhysicalHealth => View(PhysicalHealth),
        SupportArea.MentalHealth => View(MentalHealth),
        SupportArea.DrugMisuse => View(DrugMisuse),
        SupportArea.AlcoholMisuse => View(AlcoholMisuse),
        SupportArea.ChildrenAndParenting => View(ChildrenAndParenting),
        SupportArea.FinanceBenefitsAndDebt => View(FinanceBenefitsAndDebt),
        SupportArea.EmploymentEducationAndTraining => View(EmploymentEducationAndTraining),
        SupportArea.SocialAndCommunitySupport => View(SocialAndCommunitySupport),
        SupportArea.Immigration => View(Immigration),
        _ => throw new ArgumentOutOfRangeException(nameof(area), area, "Not a declared member of SupportArea."),
    };

    private static (bool?, Impact?, Impact?, ulong?) View<TOutcome>(AreaSupport<TOutcome>? support) where TOutcome : struct, Enum
        => support is null ? default : (support.Supported, support.SafetyImpact, support.WellbeingImpact, support.Outcomes?.Bits);
}
