namespace Insights.Core.Model;

/// <summary>An area of support recorded at exit, in the order of the "Needs &amp; Support matrix".</summary>
public enum SupportArea
{
    /// <summary>Safety.</summary>
    [Label("Safety")] Safety,

    /// <summary>Housing.</summary>
    [Label("Housing")] Housing,

    /// <summary>Physical health.</summary>
    [Label("Physical health")] PhysicalHealth,

    /// <summary>Mental health.</summary>
    [Label("Mental health")] MentalHealth,

    /// <summary>Drug misuse.</summary>
    [Label("Drug misuse")] DrugMisuse,

    /// <summary>Alcohol misuse.</summary>
    [Label("Alcohol misuse")] AlcoholMisuse,

    /// <summary>Children and parenting.</summary>
    [Label("Children/parenting")] ChildrenAndParenting,

    /// <summary>Finance, benefits and debt.</summary>
    [Label("Finance, benefits and debt")] FinanceBenefitsAndDebt,

    /// <summary>Employment, education and training.</summary>
    [Label("Employment, education and training")] EmploymentEducationAndTraining,

    /// <summary>Social and community support.</summary>
    [Label("Social and community support")] SocialAndCommunitySupport,

    /// <summary>Immigration.</summary>
    [Label("Immigration")] Immigration,
}

/// <summary>An outcome of safety support ("What outcomes were achieved in this support area?" under Safety).</summary>
public enum SafetyOutcome
{
    /// <summary>Established personal safety plan.</summary>
    [Label("Established personal safety plan")] EstablishedPersonalSafetyPlan,

    /// <summary>Relocated to safety.</summary>
    [Label("Relocated to safety")] RelocatedToSafety,

    /// <summary>Referred to Outreach.</summary>
    [Label("Referred to Outreach")] ReferredToOutreach,

    /// <summary>Target hardening.</summary>
    [Label("Target hardening")] TargetHardening,

    /// <summary>Established digital/tech safety plan.</summary>
    [Label("Established digital/tech safety plan")] EstablishedDigitalTechSafetyPlan,

    /// <summary>Referral to Marac.</summary>
    [Label("Referral to Marac")] ReferralToMarac,

    /// <summary>Non-molestation order.</summary>
    [Label("Non-molestation order")] NonMolestationOrder,

    /// <summary>Has personal alarm (e.g. grenade alarm).</summary>
    [Label("Has personal alarm (e.g. grenade alarm)")] HasPersonalAlarm,

    /// <summary>Pattern changing course.</summary>
    [Label("Pattern changing course")] PatternChangingCourse,

    /// <summary>Referred DV &amp; SV service (internal).</summary>
    [Label("Referred DV & SV service (internal)")] ReferredDvAndSvServiceInternal,

    /// <summary>Restraining order.</summary>
    [Label("Restraining order")] RestrainingOrder,

    /// <summary>Referred DV &amp; SV service (external).</summary>
    [Label("Referred DV & SV service (external)")] ReferredDvAndSvServiceExternal,

    /// <summary>Contact order.</summary>
    [Label("Contact order")] ContactOrder,

    /// <summary>Cocoon watch.</summary>
    [Label("Cocoon watch")] CocoonWatch,

    /// <summary>Perpetrator accessing group programme.</summary>
    [Label("Perpetrator accessing group programme")] PerpetratorAccessingGroupProgramme,

    /// <summary>Gazetteer warning in place.</summary>
    [Label("Gazetteer warning in place")] GazetteerWarningInPlace,

    /// <summary>Perpetrator accessing direct 1-1 intervention.</summary>
    [Label("Perpetrator accessing direct 1-1 intervention")] PerpetratorAccessingDirectIntervention,

    /// <summary>Domestic violence protection notice (DVPO) issued.</summary>
    [Label("Domestic violence protection notice (DVPO) issued")] DomesticViolenceProtectionNoticeIssued,

    /// <summary>Occupation order.</summary>
    [Label("Occupation order")] OccupationOrder,

    /// <summary>FGM protection order.</summary>
    [Label("FGM protection order")] FgmProtectionOrder,

    /// <summary>Anti-social behaviour order issued.</summary>
    [Label("Anti-social behaviour order issued")] AntiSocialBehaviourOrderIssued,

    /// <summary>Domestic violence prevention order (DVPO) issued.</summary>
    [Label("Domestic violence prevention order (DVPO) issued")] DomesticViolencePreventionOrderIssued,

    /// <summary>Increased LPT visits.</summary>
    [Label("Increased LPT visits")] IncreasedLptVisits,

    /// <summary>Domestic violence disclosure scheme (DVDS) accessed.</summary>
    [Label("Domestic violence disclosure scheme (DVDS) accessed")] DomesticViolenceDisclosureSchemeAccessed,

    /// <summary>Forced Marriage protection order.</summary>
    [Label("Forced Marriage protection order")] ForcedMarriageProtectionOrder,

    /// <summary>Other.</summary>
    [Label("Other")] Other,
}

/// <summary>An outcome of housing support ("What outcomes were achieved in this support area?" under Housing).</summary>
public enum HousingOutcome
{
    /// <summary>Accepted to housing support service.</summary>
    [Label("Accepted to housing support service")] AcceptedToHousingSupportService,

    /// <summary>Registered on housing waiting list / exchange.</summary>
    [Label("Registered on housing waiting list / exchange")] RegisteredOnHousingWaitingList,

    /// <summary>Relocated out of area.</summary>
    [Label("Relocated out of area")] RelocatedOutOfArea,

    /// <summary>Accessed settled housing.</summary>
    [Label("Accessed settled housing")] AccessedSettledHousing,

    /// <summary>Accessed Refuge.</summary>
    [Label("Accessed Refuge")] AccessedRefuge,

    /// <summary>Sustained existing accommodation.</summary>
    [Label("Sustained existing accommodation")] SustainedExistingAccommodation,

    /// <summary>Accessed statutory housing (LA or HA tenancy).</summary>
    [Label("Accessed statutory housing (LA or HA tenancy)")] AccessedStatutoryHousing,

    /// <summary>Tenancy support provided (reporting repairs, budgeting).</summary>
    [Label("Tenancy support provided (reporting repairs, budgeting)")] TenancySupportProvided,

    /// <summary>Accessed sanctuary scheme.</summary>
    [Label("Accessed sanctuary scheme")] AccessedSanctuaryScheme,

    /// <summary>Accessed housing funds.</summary>
    [Label("Accessed housing funds")] AccessedHousingFunds,

    /// <summary>Accessed temporary housing.</summary>
    [Label("Accessed temporary housing")] AccessedTemporaryHousing,

    /// <summary>Not housed.</summary>
    [Label("Not housed")] NotHoused,

    /// <summary>Accessed online support services.</summary>
    [Label("Accessed online support services")] AccessedOnlineSupportServices,

    /// <summary>Other.</summary>
    [Label("Other")] Other,
}

/// <summary>An outcome of physical health support ("What outcomes were achieved in this support area?" under Physical health).</summary>
public enum PhysicalHealthOutcome
{
    /// <summary>Accessed GP services.</summary>
    [Label("Accessed GP services")] AccessedGpServices,

    /// <summary>Accessing self help.</summary>
    [Label("Accessing self help")] AccessingSelfHelp,

    /// <summary>Increased exercise.</summary>
    [Label("Increased exercise")] IncreasedExercise,

    /// <summary>Accessed medication for physical health.</summary>
    [Label("Accessed medication for physical health")] AccessedMedicationForPhysicalHealth,

    /// <summary>Physical condition identified and receiving treatment.</summary>
    [Label("Physical condition identified and receiving treatment")] PhysicalConditionIdentifiedAndReceivingTreatment,

    /// <summary>Accessed counselling for physical health.</summary>
    [Label("Accessed counselling for physical health")] AccessedCounsellingForPhysicalHealth,

    /// <summary>Accessed physical support services.</summary>
    [Label("Accessed physical support services")] AccessedPhysicalSupportServices,

    /// <summary>Referral other health services.</summary>
    [Label("Referral other health services")] ReferralOtherHealthServices,

    /// <summary>Referral adult social services.</summary>
    [Label("Referral adult social services")] ReferralAdultSocialServices,

    /// <summary>Physical condition rehabilitated.</summary>
    [Label("Physical condition rehabilitated")] PhysicalConditionRehabilitated,

    /// <summary>Accessed disability services.</summary>
    [Label("Accessed disability services")] AccessedDisabilityServices,

    /// <summary>Referral rehabilitative facility.</summary>
    [Label("Referral rehabilitative facility")] ReferralRehabilitativeFacility,

    /// <summary>Admitted into rehabilitative facilities.</summary>
    [Label("Admitted into rehabilitative facilities")] AdmittedIntoRehabilitativeFacilities,

    /// <summary>Discharged from physical health services.</summary>
    [Label("Discharged from physical health services")] DischargedFromPhysicalHealthServices,

    /// <summary>Other.</summary>
    [Label("Other")] Other,
}

/// <summary>An outcome of mental health support ("What outcomes were achieved in this support area?" under Mental health).</summary>
public enum MentalHealthOutcome
{
    /// <summary>Accessing self help.</summary>
    [Label("Accessing self help")] AccessingSelfHelp,

    /// <summary>Accessing mental health services.</summary>
    [Label("Accessing mental health services")] AccessingMentalHealthServices,

    /// <summary>Accessing counselling.</summary>
    [Label("Accessing counselling")] AccessingCounselling,

    /// <summary>Referral counselling services.</summary>
    [Label("Referral counselling services")] ReferralCounsellingServices,

    /// <summary>Accessing medication for mental health condition.</summary>
    [Label("Accessing medication for mental health condition")] AccessingMedicationForMentalHealthCondition,

    /// <summary>Accessed online support services.</summary>
    [Label("Accessed online support services")] AccessedOnlineSupportServices,

    /// <summary>Referral mental health.</summary>
    [Label("Referral mental health")] ReferralMentalHealth,

    /// <summary>In care of mental health services.</summary>
    [Label("In care of mental health services")] InCareOfMentalHealthServices,

    /// <summary>Referral other specialist health provider.</summary>
    [Label("Referral other specialist health provider")] ReferralOtherSpecialistHealthProvider,

    /// <summary>Disengaged from mental health services.</summary>
    [Label("Disengaged from mental health services")] DisengagedFromMentalHealthServices,

    /// <summary>Discharged from mental health services.</summary>
    [Label("Discharged from mental health services")] DischargedFromMentalHealthServices,

    /// <summary>Other.</summary>
    [Label("Other")] Other,
}

/// <summary>An outcome of drug misuse support ("What outcomes were achieved in this support area?" under Drug misuse).</summary>
public enum DrugMisuseOutcome
{
    /// <summary>Accessing drug support services.</summary>
    [Label("Accessing drug support services")] AccessingDrugSupportServices,

    /// <summary>Accessing medication for drug reduction.</summary>
    [Label("Accessing medication for drug reduction")] AccessingMedicationForDrugReduction,

    /// <summary>Accessing drug misuse support group.</summary>
    [Label("Accessing drug misuse support group")] AccessingDrugMisuseSupportGroup,

    /// <summary>Reduced frequency drugs.</summary>
    [Label("Reduced frequency drugs")] ReducedFrequencyDrugs,

    /// <summary>Accessing peer support group.</summary>
    [Label("Accessing peer support group")] AccessingPeerSupportGroup,

    /// <summary>Recovery programme in place.</summary>
    [Label("Recovery programme in place")] RecoveryProgrammeInPlace,

    /// <summary>Disengaged from drug misuse services.</summary>
    [Label("Disengaged from drug misuse services")] DisengagedFromDrugMisuseServices,

    /// <summary>Proven abstinence drugs.</summary>
    [Label("Proven abstinence drugs")] ProvenAbstinenceDrugs,

    /// <summary>Referral to drug services.</summary>
    [Label("Referral to drug services")] ReferralToDrugServices,

    /// <summary>Accessing counselling.</summary>
    [Label("Accessing counselling")] AccessingCounselling,

    /// <summary>No change in drug misuse issue.</summary>
    [Label("No change in drug misuse issue")] NoChangeInDrugMisuseIssue,

    /// <summary>Accessing self help.</summary>
    [Label("Accessing self help")] AccessingSelfHelp,

    /// <summary>Accessed online support services.</summary>
    [Label("Accessed online support services")] AccessedOnlineSupportServices,

    /// <summary>Admitted to rehabilitative facility.</summary>
    [Label("Admitted to rehabilitative facility")] AdmittedToRehabilitativeFacility,

    /// <summary>Other.</summary>
    [Label("Other")] Other,
}

/// <summary>An outcome of alcohol misuse support ("What outcomes were achieved in this support area?" under Alcohol misuse).</summary>
public enum AlcoholMisuseOutcome
{
    /// <summary>Accessing alcohol support services.</summary>
    [Label("Accessing alcohol support services")] AccessingAlcoholSupportServices,

    /// <summary>Reduced frequency alcohol.</summary>
    [Label("Reduced frequency alcohol")] ReducedFrequencyAlcohol,

    /// <summary>Accessing alcohol misuse support group.</summary>
    [Label("Accessing alcohol misuse support group")] AccessingAlcoholMisuseSupportGroup,

    /// <summary>Accessing counselling.</summary>
    [Label("Accessing counselling")] AccessingCounselling,

    /// <summary>No change to alcohol misuse issue.</summary>
    [Label("No change to alcohol misuse issue")] NoChangeToAlcoholMisuseIssue,

    /// <summary>Disengaged from alcohol misuse services.</summary>
    [Label("Disengaged from alcohol misuse services")] DisengagedFromAlcoholMisuseServices,

    /// <summary>Proven abstinence alcohol.</summary>
    [Label("Proven abstinence alcohol")] ProvenAbstinenceAlcohol,

    /// <summary>Accessing medication for alcohol reduction.</summary>
    [Label("Accessing medication for alcohol reduction")] AccessingMedicationForAlcoholReduction,

    /// <summary>Admitted to rehabilitative facility.</summary>
    [Label("Admitted to rehabilitative facility")] AdmittedToRehabilitativeFacility,

    /// <summary>Accessed online support services.</summary>
    [Label("Accessed online support services")] AccessedOnlineSupportServices,

    /// <summary>Other.</summary>
    [Label("Other")] Other,
}

/// <summary>An outcome of children and parenting support ("What outcomes were achieved in this support area?" under Children and parenting).</summary>
public enum ChildrenAndParentingOutcome
{
    /// <summary>Accessing children's support services.</summary>
    [Label("Accessing children's support services")] AccessingChildrensSupportServices,

    /// <summary>Improved parenting skills.</summary>
    [Label("Improved parenting skills")] ImprovedParentingSkills,

    /// <summary>Child(ren) accessing support services.</summary>
    [Label("Child(ren) accessing support services")] ChildrenAccessingSupportServices,

    /// <summary>Statutory CYPS involvement.</summary>
    [Label("Statutory CYPS involvement")] StatutoryCypsInvolvement,

    /// <summary>Accessed Freedom programme.</summary>
    [Label("Accessed Freedom programme")] AccessedFreedomProgramme,

    /// <summary>Accessed parenting course.</summary>
    [Label("Accessed parenting course")] AccessedParentingCourse,

    /// <summary>Referral to child social services.</summary>
    [Label("Referral to child social services")] ReferralToChildSocialServices,

    /// <summary>Accessed legal support for CYP arrangements.</summary>
    [Label("Accessed legal support for CYP arrangements")] AccessedLegalSupportForCypArrangements,

    /// <summary>Accessing voluntary parenting support.</summary>
    [Label("Accessing voluntary parenting support")] AccessingVoluntaryParentingSupport,

    /// <summary>Improved family mediation skills.</summary>
    [Label("Improved family mediation skills")] ImprovedFamilyMediationSkills,

    /// <summary>Secured child contact arrangements.</summary>
    [Label("Secured child contact arrangements")] SecuredChildContactArrangements,

    /// <summary>Accessing peer support group.</summary>
    [Label("Accessing peer support group")] AccessingPeerSupportGroup,

    /// <summary>Improved access to childcare.</summary>
    [Label("Improved access to childcare")] ImprovedAccessToChildcare,

    /// <summary>Child(ren) removed from client's care.</summary>
    [Label("Child(ren) removed from client's care")] ChildrenRemovedFromClientsCare,

    /// <summary>Child(ren) living with perpetrator.</summary>
    [Label("Child(ren) living with perpetrator")] ChildrenLivingWithPerpetrator,

    /// <summary>Child(ren) living with other family member.</summary>
    [Label("Child(ren) living with other family member")] ChildrenLivingWithOtherFamilyMember,

    /// <summary>Disengaged from support in this area.</summary>
    [Label("Disengaged from support in this area")] DisengagedFromSupportInThisArea,

    /// <summary>Accessed online support services.</summary>
    [Label("Accessed online support services")] AccessedOnlineSupportServices,

    /// <summary>Referral to adult social services.</summary>
    [Label("Referral to adult social services")] ReferralToAdultSocialServices,

    /// <summary>Other.</summary>
    [Label("Other")] Other,
}

/// <summary>An outcome of finance, benefits and debt support ("What outcomes were achieved in this support area?" under Finance, benefits and debt).</summary>
public enum FinanceOutcome
{
    /// <summary>Accessing full benefit entitlement.</summary>
    [Label("Accessing full benefit entitlement")] AccessingFullBenefitEntitlement,

    /// <summary>Referral financial support services.</summary>
    [Label("Referral financial support services")] ReferralFinancialSupportServices,

    /// <summary>Accessing financial support services.</summary>
    [Label("Accessing financial support services")] AccessingFinancialSupportServices,

    /// <summary>Financial stability obtained and maintained.</summary>
    [Label("Financial stability obtained and maintained")] FinancialStabilityObtainedAndMaintained,

    /// <summary>Accessed legal aid.</summary>
    [Label("Accessed legal aid")] AccessedLegalAid,

    /// <summary>Established financial independence from perpetrator.</summary>
    [Label("Established financial independence from perpetrator")] EstablishedFinancialIndependenceFromPerpetrator,

    /// <summary>Accessed online support services.</summary>
    [Label("Accessed online support services")] AccessedOnlineSupportServices,

    /// <summary>Continued financial abuse.</summary>
    [Label("Continued financial abuse")] ContinuedFinancialAbuse,

    /// <summary>Accessing partial benefit entitlement.</summary>
    [Label("Accessing partial benefit entitlement")] AccessingPartialBenefitEntitlement,

    /// <summary>Disengaged from support in this area.</summary>
    [Label("Disengaged from support in this area")] DisengagedFromSupportInThisArea,

    /// <summary>Other.</summary>
    [Label("Other")] Other,
}

/// <summary>An outcome of employment, education and training support ("What outcomes were achieved in this support area?" under Employment, education and training).</summary>
public enum EmploymentOutcome
{
    /// <summary>Accessing education.</summary>
    [Label("Accessing education")] AccessingEducation,

    /// <summary>Accessing training.</summary>
    [Label("Accessing training")] AccessingTraining,

    /// <summary>Found full-time employment.</summary>
    [Label("Found full-time employment")] FoundFullTimeEmployment,

    /// <summary>Attended workshops.</summary>
    [Label("Attended workshops")] AttendedWorkshops,

    /// <summary>Engaged in volunteering.</summary>
    [Label("Engaged in volunteering")] EngagedInVolunteering,

    /// <summary>Disengaged from support in this area.</summary>
    [Label("Disengaged from support in this area")] DisengagedFromSupportInThisArea,

    /// <summary>Found part-time employment.</summary>
    [Label("Found part-time employment")] FoundPartTimeEmployment,

    /// <summary>Accessing online support services.</summary>
    [Label("Accessing online support services")] AccessingOnlineSupportServices,

    /// <summary>Found flexible employment.</summary>
    [Label("Found flexible employment")] FoundFlexibleEmployment,

    /// <summary>Other.</summary>
    [Label("Other")] Other,
}

/// <summary>An outcome of social and community support ("What outcomes were achieved in this support area?" under Social and community support).</summary>
public enum SocialAndCommunityOutcome
{
    /// <summary>Engaged with local community group.</summary>
    [Label("Engaged with local community group")] EngagedWithLocalCommunityGroup,

    /// <summary>Engaged with peer support group.</summary>
    [Label("Engaged with peer support group")] EngagedWithPeerSupportGroup,

    /// <summary>Engaged with drop-in sessions.</summary>
    [Label("Engaged with drop-in sessions")] EngagedWithDropInSessions,

    /// <summary>Engaged with cultural/leisure activities.</summary>
    [Label("Engaged with cultural/leisure activities")] EngagedWithCulturalOrLeisureActivities,

    /// <summary>Disengaged from support in this area.</summary>
    [Label("Disengaged from support in this area")] DisengagedFromSupportInThisArea,

    /// <summary>Engaged with self help media.</summary>
    [Label("Engaged with self help media")] EngagedWithSelfHelpMedia,

    /// <summary>Engaged with faith group.</summary>
    [Label("Engaged with faith group")] EngagedWithFaithGroup,

    /// <summary>Engaged with digital communities.</summary>
    [Label("Engaged with digital communities")] EngagedWithDigitalCommunities,

    /// <summary>Client referral to CYPS.</summary>
    [Label("Client referral to CYPS")] ClientReferralToCyps,

    /// <summary>Other.</summary>
    [Label("Other")] Other,
}

/// <summary>An outcome of immigration support ("What outcomes were achieved in this support area?" under Immigration).</summary>
public enum ImmigrationOutcome
{
    /// <summary>Awaiting ILR application.</summary>
    [Label("Awaiting ILR application")] AwaitingIlrApplication,

    /// <summary>Accessing public funds.</summary>
    [Label("Accessing public funds")] AccessingPublicFunds,

    /// <summary>Access to ID documents.</summary>
    [Label("Access to ID documents")] AccessToIdDocuments,

    /// <summary>Referral to specialist service.</summary>
    [Label("Referral to specialist service")] ReferralToSpecialistService,

    /// <summary>Engaged with specialist services.</summary>
    [Label("Engaged with specialist services")] EngagedWithSpecialistServices,

    /// <summary>Granted ILR.</summary>
    [Label("Granted ILR")] GrantedIlr,

    /// <summary>Disengaged from support in this area.</summary>
    [Label("Disengaged from support in this area")] DisengagedFromSupportInThisArea,

    /// <summary>Accessed online support services.</summary>
    [Label("Accessed online support services")] AccessedOnlineSupportServices,

    /// <summary>Applied to Destitute Domestic Violence Concession.</summary>
    [Label("Applied to Destitute Domestic Violence Concession")] AppliedToDestituteDomesticViolenceConcession,

    /// <summary>Other.</summary>
    [Label("Other")] Other,
}
