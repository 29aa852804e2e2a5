namespace Insights.Core.Model;

/// <summary>How the case closed ("Case status at exit").</summary>
public enum ClosureType
{
    /// <summary>Planned closure.</summary>
    [Label("Planned closure")] PlannedClosure,

    /// <summary>Unplanned closure.</summary>
    [Label("Unplanned closure")] UnplannedClosure,
}

/// <summary>Why a case closed unplanned ("Reason for unplanned closures").</summary>
public enum UnplannedClosureReason
{
    /// <summary>Client disengaged.</summary>
    [Label("Client disengaged")] ClientDisengaged,

    /// <summary>Client moved out of area.</summary>
    [Label("Client moved out of area")] ClientMovedOutOfArea,

    /// <summary>Client in prison.</summary>
    [Label("Client in prison")] ClientInPrison,

    /// <summary>Client in care of mental health services.</summary>
    [Label("Client in care of mental health services")] ClientInCareOfMentalHealthServices,

    /// <summary>Client fatality.</summary>
    [Label("Client fatality")] ClientFatality,

    /// <summary>Other.</summary>
    [Label("Other")] Other,
}

/// <summary>Why there is ongoing contact with the perpetrator ("If yes, why is there ongoing contact?", multi-select).</summary>
public enum OngoingContactReason
{
    /// <summary>Children.</summary>
    [Label("Children")] Children,

    /// <summary>Ongoing relationship.</summary>
    [Label("Ongoing relationship")] OngoingRelationship,

    /// <summary>Legal proceedings.</summary>
    [Label("Legal proceedings")] LegalProceedings,

    /// <summary>Family and social network.</summary>
    [Label("Family and social network")] FamilyAndSocialNetwork,

    /// <summary>Ongoing abuse.</summary>
    [Label("Ongoing abuse")] OngoingAbuse,

    /// <summary>Financial arrangements.</summary>
    [Label("Financial arrangements")] FinancialArrangements,

    /// <summary>Dependent of perpetrator for visa.</summary>
    [Label("Dependent of perpetrator for visa")] DependentOfPerpetratorForVisa,

    /// <summary>Other.</summary>
    [Label("Other")] Other,

    /// <summary>Don't know.</summary>
    [Label("Don't know")] DontKnow,
}

/// <summary>An agency named at exit: the union of the rows of "Which agencies do you feel have made the difference…", "…have worked well…" and "…have presented challenges…".</summary>
public enum Agency
{
    /// <summary>Outreach.</summary>
    [Label("Outreach")] Outreach,

    /// <summary>Police.</summary>
    [Label("Police")] Police,

    /// <summary>Children's social services.</summary>
    [Label("Children's social services")] ChildrensSocialServices,

    /// <summary>Housing.</summary>
    [Label("Housing")] Housing,

    /// <summary>Mental health.</summary>
    [Label("Mental health")] MentalHealth,

    /// <summary>Health.</summary>
    [Label("Health")] Health,

    /// <summary>Other DVA &amp; BV services.</summary>
    [Label("Other DVA & BV services")] OtherDvaAndBvServices,

    /// <summary>Marac.</summary>
    [Label("Marac")] Marac,

    /// <summary>Specialist services.</summary>
    [Label("Specialist services")] SpecialistServices,

    /// <summary>Drug services.</summary>
    [Label("Drug services")] DrugServices,

    /// <summary>Education.</summary>
    [Label("Education")] Education,

    /// <summary>Refuge.</summary>
    [Label("Refuge")] Refuge,

    /// <summary>Helpline.</summary>
    [Label("Helpline")] Helpline,

    /// <summary>Community health.</summary>
    [Label("Community health")] CommunityHealth,

    /// <summary>Alcohol services.</summary>
    [Label("Alcohol services")] AlcoholServices,

    /// <summary>Adult's social services.</summary>
    [Label("Adult's social services")] AdultsSocialServices,

    /// <summary>Hospital - A&amp;E.</summary>
    [Label("Hospital - A&E")] HospitalAccidentAndEmergency,

    /// <summary>Hospital - Maternity.</summary>
    [Label("Hospital - Maternity")] HospitalMaternity,

    /// <summary>Probation.</summary>
    [Label("Probation")] Probation,

    /// <summary>Community rehabilitation company.</summary>
    [Label("CRC")] Crc,

    /// <summary>Other.</summary>
    [Label("Other")] Other,
}

/// <summary>One of the five client reported outcome statements ("Client reported outcomes" columns).</summary>
public enum ClientOutcome
{
    /// <summary>Feel safer.</summary>
    [Label("Feel safer")] FeelSafer,

    /// <summary>Improved wellbeing.</summary>
    [Label("Improved wellbeing")] ImprovedWellbeing,

    /// <summary>Quality of life improved.</summary>
    [Label("Quality of life improved")] QualityOfLifeImproved,

    /// <summary>Optimistic about the future.</summary>
    [Label("Optimistic about the future")] OptimisticAboutFuture,

    /// <summary>Feel more confident.</summary>
    [Label("Feel more confident")] FeelMoreConfident,
}
