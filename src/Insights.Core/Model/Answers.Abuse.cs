namespace Insights.Core.Model;

/// <summary>The four types of abuse whose level is recorded ("Abuse experienced in the past 12 months", "Level of abuse").</summary>
public enum AbuseType
{
    /// <summary>Physical abuse.</summary>
    [Label("Physical")] Physical,

    /// <summary>Sexual abuse.</summary>
    [Label("Sexual")] Sexual,

    /// <summary>Harassment and stalking.</summary>
    [Label("Harassment and stalking")] HarassmentAndStalking,

    /// <summary>Jealous and controlling behaviour.</summary>
    [Label("Jealous and controlling")] JealousAndControlling,
}

/// <summary>Level of one type of abuse ("Level of abuse" grids at intake, review and exit); High, Moderate and Standard mean the type was experienced.</summary>
public enum AbuseLevel
{
    /// <summary>High severity.</summary>
    [Label("High")] High,

    /// <summary>Moderate severity.</summary>
    [Label("Moderate")] Moderate,

    /// <summary>Standard severity.</summary>
    [Label("Standard")] Standard,

    /// <summary>Not experienced.</summary>
    [Label("None")] None,

    /// <summary>Don't know.</summary>
    [Label("Don't know")] DontKnow,
}

/// <summary>Why the client is high risk ("On what basis is the client high risk?").</summary>
public enum HighRiskBasis
{
    /// <summary>Actuarial (the Dash score).</summary>
    [Label("Actuarial")] Actuarial,

    /// <summary>Professional judgment.</summary>
    [Label("Professional judgment")] ProfessionalJudgment,

    /// <summary>Escalation.</summary>
    [Label("Escalation")] Escalation,
}

/// <summary>A form of physical abuse ("Details of physical abuse", multi-select).</summary>
public enum PhysicalAbuseDetail
{
    /// <summary>Slapped/pushed/shoved.</summary>
    [Label("Slapped/pushed/shoved")] SlappedPushedShoved,

    /// <summary>Physically threatened.</summary>
    [Label("Physically threatened")] PhysicallyThreatened,

    /// <summary>Kicked/punched.</summary>
    [Label("Kicked/punched")] KickedPunched,

    /// <summary>Restrained/held down.</summary>
    [Label("Restrained/held down")] RestrainedHeldDown,

    /// <summary>Strangulation or attempted strangulation.</summary>
    [Label("Attempted/strangulation")] AttemptedStrangulation,

    /// <summary>Threats/use of weapons.</summary>
    [Label("Threats/use of weapons")] ThreatsOrUseOfWeapons,

    /// <summary>Scratches/shallow cuts.</summary>
    [Label("Scratches/shallow cuts")] ScratchesShallowCuts,

    /// <summary>Burning.</summary>
    [Label("Burning")] Burning,

    /// <summary>Other.</summary>
    [Label("Other")] Other,

    /// <summary>Don't know.</summary>
    [Label("Don't know")] DontKnow,
}

/// <summary>A form of sexual abuse ("Details of sexual abuse", multi-select).</summary>
public enum SexualAbuseDetail
{
    /// <summary>Unwanted touching.</summary>
    [Label("Unwanted touching")] UnwantedTouching,

    /// <summary>Use of threats/force to obtain sex.</summary>
    [Label("Use of threats/force to obtain sex")] UseOfThreatsOrForceToObtainSex,

    /// <summary>Rape.</summary>
    [Label("Rape")] Rape,

    /// <summary>Use of sexual insults.</summary>
    [Label("Use of sexual insults")] UseOfSexualInsults,

    /// <summary>Forced to perform sexual acts.</summary>
    [Label("Forced to perform sexual acts")] ForcedToPerformSexualActs,

    /// <summary>Made to feel uncomfortable about sex/gender identity.</summary>
    [Label("Made to feel uncomfortable about sex/gender identity")] MadeToFeelUncomfortableAboutSexOrGenderIdentity,

    /// <summary>Serious sexual assaults.</summary>
    [Label("Serious sexual assaults")] SeriousSexualAssaults,

    /// <summary>Deliberate infliction of pain during sex.</summary>
    [Label("Deliberate infliction of pain during sex")] DeliberateInflictionOfPainDuringSex,

    /// <summary>Revenge porn.</summary>
    [Label("Revenge porn")] RevengePorn,

    /// <summary>Intentional transmission of STIs.</summary>
    [Label("Intentional transmission of STIs")] IntentionalTransmissionOfStis,

    /// <summary>Sexual abuse of children.</summary>
    [Label("Sexual abuse of children")] SexualAbuseOfChildren,

    /// <summary>Enforced prostitution.</summary>
    [Label("Enforced prostitution")] EnforcedProstitution,

    /// <summary>Use of weapons during sex.</summary>
    [Label("Use of weapons during sex")] UseOfWeaponsDuringSex,

    /// <summary>Other.</summary>
    [Label("Other")] Other,

    /// <summary>Don't know.</summary>
    [Label("Don't know")] DontKnow,
}

/// <summary>A form of harassment or stalking ("Details of harassment and stalking", multi-select).</summary>
public enum HarassmentDetail
{
    /// <summary>Constant calls/texts/emails.</summary>
    [Label("Constant calls/texts/emails")] ConstantCallsTextsEmails,

    /// <summary>Uninvited visits to home/workplace.</summary>
    [Label("Uninvited visits to home/workplace")] UninvitedVisitsToHomeOrWorkplace,

    /// <summary>Stalking.</summary>
    [Label("Stalking")] Stalking,

    /// <summary>Destroyed/vandalised property.</summary>
    [Label("Destroyed/vandalised property")] DestroyedOrVandalisedProperty,

    /// <summary>Stalking involving others.</summary>
    [Label("Stalking involving others")] StalkingInvolvingOthers,

    /// <summary>Homicide/familiacide threats.</summary>
    [Label("Homicide/familiacide threats")] HomicideOrFamiliacideThreats,

    /// <summary>Other.</summary>
    [Label("Other")] Other,

    /// <summary>Don't know.</summary>
    [Label("Don't know")] DontKnow,
}

/// <summary>A form of jealous and controlling behaviour ("Details of jealous and controlling behaviour", multi-select).</summary>
public enum ControllingBehaviourDetail
{
    /// <summary>Extreme jealousy/possessiveness.</summary>
    [Label("Extreme jealousy/possessiveness")] ExtremeJealousyOrPossessiveness,

    /// <summary>Isolation from family/friends.</summary>
    [Label("Isolation from family/friends")] IsolationFromFamilyOrFriends,

    /// <summary>Control of victim/s daily activities.</summary>
    [Label("Control of victim/s daily activities")] ControlOfDailyActivities,

    /// <summary>Threats to harm victim.</summary>
    [Label("Threats to harm victim")] ThreatsToHarmVictim,

    /// <summary>Controls how finances are spent.</summary>
    [Label("Controls how finances are spent")] ControlsHowFinancesAreSpent,

    /// <summary>Humiliated/embarrassed victim in front of others.</summary>
    [Label("Humiliated/embarrassed victim in front of others")] HumiliatedOrEmbarrassedInFrontOfOthers,

    /// <summary>Irrational accusations of infidelity.</summary>
    [Label("Irrational accusations of infidelity")] IrrationalAccusationsOfInfidelity,

    /// <summary>Threats to take children.</summary>
    [Label("Threats to take children")] ThreatsToTakeChildren,

    /// <summary>Controls access to money.</summary>
    [Label("Controls access to money")] ControlsAccessToMoney,

    /// <summary>Intercepting calls/messages/social media.</summary>
    [Label("Intercepting calls/messages/social media")] InterceptingCallsMessagesSocialMedia,

    /// <summary>Suicide/homicide/familiacide threats.</summary>
    [Label("Suicide/homicide/familiacide threats")] SuicideHomicideOrFamiliacideThreats,

    /// <summary>Control of victim/s appearance.</summary>
    [Label("Control of victim/s appearance")] ControlOfAppearance,

    /// <summary>Severely restricts movements.</summary>
    [Label("Severely restricts movements")] SeverelyRestrictsMovements,

    /// <summary>Locks victim up.</summary>
    [Label("Locks victim up")] LocksVictimUp,

    /// <summary>Prevention from accessing care needs/medication.</summary>
    [Label("Prevention from accessing care needs/medication")] PreventionFromAccessingCareNeedsOrMedication,

    /// <summary>Pet abuse.</summary>
    [Label("Pet abuse")] PetAbuse,

    /// <summary>Other.</summary>
    [Label("Other")] Other,

    /// <summary>Don't know.</summary>
    [Label("Don't know")] DontKnow,
}

/// <summary>How the client was exposed to domestic abuse before (the "└ Yes, …" rows of "Has the client been exposed to domestic abuse previously?"; they overlap, so multi-select).</summary>
public enum PreviousExposureKind
{
    /// <summary>Yes, DA by the same partner in an earlier relationship.</summary>
    [Label("Yes, DA by the same partner in an earlier relationship")] SamePartnerInEarlierRelationship,

    /// <summary>Yes, DA by previous intimate partner.</summary>
    [Label("Yes, DA by previous intimate partner")] PreviousIntimatePartner,

    /// <summary>Yes, DA perpetrated by a family member.</summary>
    [Label("Yes, DA perpetrated by a family member")] FamilyMember,

    /// <summary>Direct abuse as a child or young person.</summary>
    [Label("Yes, direct abuse as a CYP")] DirectAbuseAsCyp,

    /// <summary>Exposure to abuse as a child or young person.</summary>
    [Label("Yes, exposure as a CYP")] ExposureAsCyp,

    /// <summary>Another kind of previous exposure.</summary>
    [Label("Yes, other")] Other,
}

/// <summary>Why the client does not live with the perpetrator ("Reason for not living together").</summary>
public enum ReasonNotLivingTogether
{
    /// <summary>Perpetrator deceased.</summary>
    [Label("Perpetrator deceased")] PerpetratorDeceased,

    /// <summary>Perpetrator in jail.</summary>
    [Label("Perpetrator in jail")] PerpetratorInJail,

    /// <summary>Client in refuge.</summary>
    [Label("Client in refuge")] ClientInRefuge,

    /// <summary>Other.</summary>
    [Label("Other")] Other,
}

/// <summary>Typology of the abuse ("Typology of abuse").</summary>
public enum Typology
{
    /// <summary>Intimate terrorism/coercive control.</summary>
    [Label("Intimate terrorism/coercive control")] IntimateTerrorismOrCoerciveControl,

    /// <summary>Situational couple violence.</summary>
    [Label("Situational couple violence")] SituationalCoupleViolence,

    /// <summary>Violent resistance.</summary>
    [Label("Violent resistance")] ViolentResistance,

    /// <summary>Mutual couple violence.</summary>
    [Label("Mutual couple violence")] MutualCoupleViolence,

    /// <summary>Don't know.</summary>
    [Label("Don't know")] DontKnow,
}
