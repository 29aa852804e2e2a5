namespace Insights.Core.Model;

/// <summary>When a report was made to the police relative to engagement with the service ("When was the report made to the police?").</summary>
public enum ReportTiming
{
    /// <summary>Before engagement with service.</summary>
    [Label("Before engagement with service")] BeforeEngagement,

    /// <summary>After engagement with service.</summary>
    [Label("After engagement with service")] AfterEngagement,

    /// <summary>Both before and after engagement with service.</summary>
    [Label("Both before and after engagement with service")] BothBeforeAndAfterEngagement,
}

/// <summary>The offence of an incident reported to the police ("Incidents").</summary>
public enum Offence
{
    /// <summary>Assault - Beating/battery (Section 39).</summary>
    [Label("Assault - Beating/battery (Section 39)")] AssaultBeatingBattery,

    /// <summary>Harassment (Section 2).</summary>
    [Label("Harassment (Section 2)")] HarassmentSection2,

    /// <summary>Coercive Control.</summary>
    [Label("Coercive Control")] CoerciveControl,

    /// <summary>Threats to Kill.</summary>
    [Label("Threats to Kill")] ThreatsToKill,

    /// <summary>Malicious Communication.</summary>
    [Label("Malicious Communication")] MaliciousCommunication,

    /// <summary>Sexual Assault (Section 3).</summary>
    [Label("Sexual Assault (Section 3)")] SexualAssault,

    /// <summary>Assault - Actual Bodily Harm (Section 47).</summary>
    [Label("Assault - Actual Bodily Harm (Section 47)")] AssaultActualBodilyHarm,

    /// <summary>Assault - Grievous Bodily Harm with intent (Section 18).</summary>
    [Label("Assault - Grievous Bodily Harm with intent (Section 18)")] AssaultGrievousBodilyHarmWithIntent,

    /// <summary>Harassment (Section 4).</summary>
    [Label("Harassment (Section 4)")] HarassmentSection4,

    /// <summary>Criminal Damage.</summary>
    [Label("Criminal Damage")] CriminalDamage,

    /// <summary>Breach of Restraining Order.</summary>
    [Label("Breach of Restraining Order")] BreachOfRestrainingOrder,

    /// <summary>Assault – Grievous Bodily Harm - without intent (Section 20).</summary>
    [Label("Assault – Grievous Bodily Harm - without intent (Section 20)")] AssaultGrievousBodilyHarmWithoutIntent,

    /// <summary>Breach of Non-Molestation.</summary>
    [Label("Breach of Non-Molestation")] BreachOfNonMolestation,

    /// <summary>Rape (Section 1).</summary>
    [Label("Rape (Section 1)")] Rape,

    /// <summary>Kidnapping or False Imprisonment.</summary>
    [Label("Kidnapping or False Imprisonment")] KidnappingOrFalseImprisonment,

    /// <summary>Perverting the course of justice (Common Law).</summary>
    [Label("Perverting the course of justice (Common Law)")] PervertingTheCourseOfJustice,

    /// <summary>Witness Intimidation (Section 51).</summary>
    [Label("Witness Intimidation (Section 51)")] WitnessIntimidation,

    /// <summary>Crimes against property.</summary>
    [Label("Crimes against property")] CrimesAgainstProperty,

    /// <summary>Perjury.</summary>
    [Label("Perjury")] Perjury,

    /// <summary>Fraud.</summary>
    [Label("Fraud")] Fraud,

    /// <summary>Breach of bail.</summary>
    [Label("Breach of bail")] BreachOfBail,

    /// <summary>Common assault.</summary>
    [Label("Common assault")] CommonAssault,

    /// <summary>Revenge Porn.</summary>
    [Label("Revenge Porn")] RevengePorn,

    /// <summary>Arson.</summary>
    [Label("Arson")] Arson,

    /// <summary>Stalking.</summary>
    [Label("Stalking")] Stalking,

    /// <summary>Other.</summary>
    [Label("Other")] Other,

    /// <summary>Don't know.</summary>
    [Label("Don't know")] DontKnow,
}

/// <summary>What followed an incident reported to the police ("Consequences").</summary>
public enum IncidentConsequence
{
    /// <summary>Police report - no further action.</summary>
    [Label("Police report - no further action")] PoliceReportNoFurtherAction,

    /// <summary>Arrested - on bail.</summary>
    [Label("Arrested - on bail")] ArrestedOnBail,

    /// <summary>Charged.</summary>
    [Label("Charged")] Charged,

    /// <summary>Charge dropped.</summary>
    [Label("Charge dropped")] ChargeDropped,

    /// <summary>Pled guilty.</summary>
    [Label("Pled guilty")] PledGuilty,

    /// <summary>Pled guilty (lesser charge).</summary>
    [Label("Pled guilty (lesser charge)")] PledGuiltyLesserCharge,

    /// <summary>Pled innocent-found guilty.</summary>
    [Label("Pled innocent-found guilty")] PledInnocentFoundGuilty,

    /// <summary>Arrested - in custody.</summary>
    [Label("Arrested - in custody")] ArrestedInCustody,

    /// <summary>Pled innocent-found guilty (lesser charge).</summary>
    [Label("Pled innocent-found guilty (lesser charge)")] PledInnocentFoundGuiltyLesserCharge,

    /// <summary>Not proven.</summary>
    [Label("Not proven")] NotProven,

    /// <summary>Acquitted.</summary>
    [Label("Acquitted")] Acquitted,
}

/// <summary>Why the police took no further action ("Reason for no further action (NFA)").</summary>
public enum NfaReason
{
    /// <summary>Victim withdrew.</summary>
    [Label("Victim withdrew")] VictimWithdrew,

    /// <summary>Police withdrawal of case.</summary>
    [Label("Police withdrawal of case")] PoliceWithdrawal,

    /// <summary>Crown Prosecution Service withdrawal of case.</summary>
    [Label("CPS withdrawal of case")] CpsWithdrawal,

    /// <summary>Other.</summary>
    [Label("Other")] Other,

    /// <summary>Don't know.</summary>
    [Label("Don't know")] DontKnow,
}

/// <summary>Whether special measures were granted ("Were special measures granted in this case?").</summary>
public enum SpecialMeasures
{
    /// <summary>Granted.</summary>
    [Label("Granted")] Granted,

    /// <summary>Denied.</summary>
    [Label("Denied")] Denied,

    /// <summary>Not yet confirmed.</summary>
    [Label("Not yet confirmed")] NotYetConfirmed,

    /// <summary>Not requested.</summary>
    [Label("Not requested")] NotRequested,

    /// <summary>Don't know.</summary>
    [Label("Don't know")] DontKnow,
}

/// <summary>A penalty given to the perpetrator ("Perpetrator penalties", multi-select per police report).</summary>
public enum PerpetratorPenalty
{
    /// <summary>Community order - other requirements.</summary>
    [Label("Community order - other requirements")] CommunityOrderOtherRequirements,

    /// <summary>Caution.</summary>
    [Label("Caution")] Caution,

    /// <summary>Community order - DV-related specified activity order.</summary>
    [Label("Community order - DV-related specified activity order")] CommunityOrderDvSpecifiedActivity,

    /// <summary>Suspended sentence - with other requirements.</summary>
    [Label("Suspended sentence - with other requirements")] SuspendedSentenceOtherRequirements,

    /// <summary>Custodial sentence - up to 12 months.</summary>
    [Label("Custodial sentence - up to 12 months")] CustodialSentenceUpTo12Months,

    /// <summary>Custodial sentence - 12 months or more.</summary>
    [Label("Custodial sentence - 12 months or more")] CustodialSentence12MonthsOrMore,

    /// <summary>Restraining order - up to 12 months.</summary>
    [Label("Restraining order - up to 12 months")] RestrainingOrderUpTo12Months,

    /// <summary>Fine.</summary>
    [Label("Fine")] Fine,

    /// <summary>Suspended sentence - with DV-related specified order.</summary>
    [Label("Suspended sentence - with DV-related specified order")] SuspendedSentenceDvSpecifiedOrder,

    /// <summary>Restraining order - up to 24 months.</summary>
    [Label("Restraining order - up to 24 months")] RestrainingOrderUpTo24Months,

    /// <summary>Restraining order - 5 years.</summary>
    [Label("Restraining order - 5 years")] RestrainingOrder5Years,

    /// <summary>Restraining order - indefinite.</summary>
    [Label("Restraining order - indefinite")] RestrainingOrderIndefinite,

    /// <summary>Bindover.</summary>
    [Label("Bindover")] Bindover,

    /// <summary>Compensation.</summary>
    [Label("Compensation")] Compensation,

    /// <summary>Conditional discharge.</summary>
    [Label("Conditional discharge")] ConditionalDischarge,

    /// <summary>Other.</summary>
    [Label("Other")] Other,
}

/// <summary>Support the caseworker gave with criminal justice ("What support did you provide the client in this area?" under criminal justice, multi-select per police report).</summary>
public enum CriminalJusticeSupport
{
    /// <summary>Explained criminal justice process.</summary>
    [Label("Explained criminal justice process")] ExplainedCriminalJusticeProcess,

    /// <summary>Helped client report incident to police.</summary>
    [Label("Helped client report incident to police")] HelpedClientReportIncidentToPolice,

    /// <summary>Supported client through criminal justice processes.</summary>
    [Label("Supported client through criminal justice processes")] SupportedClientThroughCriminalJusticeProcesses,

    /// <summary>Supported client to access legal support.</summary>
    [Label("Supported client to access legal support")] SupportedClientToAccessLegalSupport,

    /// <summary>Attended court with client.</summary>
    [Label("Attended court with client")] AttendedCourtWithClient,

    /// <summary>Provided updates about court outcomes.</summary>
    [Label("Provided updates about court outcomes")] ProvidedUpdatesAboutCourtOutcomes,

    /// <summary>Advocated for client during proceedings.</summary>
    [Label("Advocated for client during proceedings")] AdvocatedForClientDuringProceedings,

    /// <summary>Helped client to access compensation.</summary>
    [Label("Helped client to access compensation")] HelpedClientToAccessCompensation,

    /// <summary>Supported client to make an anonymous report.</summary>
    [Label("Supported client to make an anonymous report")] SupportedClientToMakeAnonymousReport,

    /// <summary>Attended court without client.</summary>
    [Label("Attended court without client")] AttendedCourtWithoutClient,

    /// <summary>Supported client with their own charge/conviction.</summary>
    [Label("Supported client with their own charge/conviction")] SupportedClientWithOwnChargeOrConviction,

    /// <summary>Other.</summary>
    [Label("Other")] Other,
}

/// <summary>A type of civil order ("Civil orders applied for" rows).</summary>
public enum CivilOrderType
{
    /// <summary>Non-molestation order.</summary>
    [Label("Non-molestation order")] NonMolestationOrder,

    /// <summary>Occupation order with power of arrest.</summary>
    [Label("Occupation order with power of arrest")] OccupationOrderWithPowerOfArrest,

    /// <summary>Order under Protection from Harassment Act.</summary>
    [Label("Order under Protection from Harassment Act")] ProtectionFromHarassmentActOrder,

    /// <summary>Injunction under Forced Marriage Act with power of arrest.</summary>
    [Label("Injunction under Forced Marriage Act with power of arrest")] ForcedMarriageActInjunction,

    /// <summary>Child arrangements order.</summary>
    [Label("Child arrangements order")] ChildArrangementsOrder,

    /// <summary>Prohibited steps order.</summary>
    [Label("Prohibited steps order")] ProhibitedStepsOrder,

    /// <summary>Specific issue order.</summary>
    [Label("Specific issue order")] SpecificIssueOrder,

    /// <summary>Other orders under the Children's Act.</summary>
    [Label("Other orders under the Children's Act")] OtherChildrensActOrder,
}

/// <summary>Where a civil order stood when the case closed ("Civil orders applied for" columns).</summary>
public enum CivilOrderStatus
{
    /// <summary>Applied for, outcome not known when the case closed.</summary>
    [Label("Applied for")] AppliedFor,

    /// <summary>Granted.</summary>
    [Label("Granted")] Granted,

    /// <summary>Not granted.</summary>
    [Label("Not granted")] NotGranted,

    /// <summary>Granted and then breached.</summary>
    [Label("Breached")] Breached,
}

/// <summary>Support the caseworker gave with civil justice ("What support did you provide the client in this area?" under civil justice, multi-select).</summary>
public enum CivilJusticeSupport
{
    /// <summary>Attended court with client.</summary>
    [Label("Attended court with client")] AttendedCourtWithClient,

    /// <summary>Referred client for legal advice.</summary>
    [Label("Referred client for legal advice")] ReferredClientForLegalAdvice,

    /// <summary>Supported client to apply for legal aid.</summary>
    [Label("Supported client to apply for legal aid")] SupportedClientToApplyForLegalAid,

    /// <summary>Provided updates about civil justice outcomes.</summary>
    [Label("Provided updates about civil justice outcomes")] ProvidedUpdatesAboutCivilJusticeOutcomes,

    /// <summary>Advocated for client during proceedings.</summary>
    [Label("Advocated for client during proceedings")] AdvocatedForClientDuringProceedings,

    /// <summary>Supported client to complete documents.</summary>
    [Label("Supported client to complete documents")] SupportedClientToCompleteDocuments,

    /// <summary>Presented evidence at court.</summary>
    [Label("Presented evidence at court")] PresentedEvidenceAtCourt,

    /// <summary>Arranged a pre-court visit.</summary>
    [Label("Arranged a pre-court visit")] ArrangedPreCourtVisit,

    /// <summary>Helped client report a breach.</summary>
    [Label("Helped client report a breach")] HelpedClientReportBreach,

    /// <summary>Supported client with self application of orders.</summary>
    [Label("Supported client with self application of orders")] SupportedClientWithSelfApplicationOfOrders,

    /// <summary>Provided legal support at court.</summary>
    [Label("Provided legal support at court")] ProvidedLegalSupportAtCourt,

    /// <summary>Support with defence against cross applications.</summary>
    [Label("Support with defence against cross applications")] SupportWithDefenceAgainstCrossApplications,

    /// <summary>Supported client with distribution of orders.</summary>
    [Label("Supported client with distribution of orders")] SupportedClientWithDistributionOfOrders,

    /// <summary>Other.</summary>
    [Label("Other")] Other,
}
