namespace Insights.Core.Model;

/// <summary>Whether the client is new to the service ("Referral status").</summary>
public enum ReferralStatus
{
    /// <summary>New client.</summary>
    [Label("New client")] NewClient,

    /// <summary>The client returned after an earlier case was closed or made inactive.</summary>
    [Label("Repeat to service")] RepeatToService,

    /// <summary>The case was transferred from the previous version of Insights.</summary>
    [Label("Continuing case")] ContinuingCase,
}

/// <summary>Who referred the client to the service ("Primary referral route").</summary>
public enum PrimaryReferralRoute
{
    /// <summary>Self.</summary>
    [Label("Self")] Self,

    /// <summary>Children's social services.</summary>
    [Label("Children's social services")] ChildrensSocialServices,

    /// <summary>Police.</summary>
    [Label("Police")] Police,

    /// <summary>Helpline.</summary>
    [Label("Helpline")] Helpline,

    /// <summary>DVA and SV services inside the organisation.</summary>
    [Label("DVA & SV services (internal)")] DvaAndSvServicesInternal,

    /// <summary>DVA and SV services outside the organisation.</summary>
    [Label("DVA & SV services (external)")] DvaAndSvServicesExternal,

    /// <summary>Outreach.</summary>
    [Label("Outreach")] Outreach,

    /// <summary>Marac.</summary>
    [Label("Marac")] Marac,

    /// <summary>Health.</summary>
    [Label("Health")] Health,

    /// <summary>Adult's social services.</summary>
    [Label("Adult's social services")] AdultsSocialServices,

    /// <summary>Mental health.</summary>
    [Label("Mental health")] MentalHealth,

    /// <summary>Specialist services.</summary>
    [Label("Specialist services")] SpecialistServices,

    /// <summary>Housing.</summary>
    [Label("Housing")] Housing,

    /// <summary>Community health.</summary>
    [Label("Community health")] CommunityHealth,

    /// <summary>Refuge.</summary>
    [Label("Refuge")] Refuge,

    /// <summary>Education.</summary>
    [Label("Education")] Education,

    /// <summary>Alcohol services.</summary>
    [Label("Alcohol services")] AlcoholServices,

    /// <summary>Drug services.</summary>
    [Label("Drug services")] DrugServices,

    /// <summary>Multi-agency safeguarding hub.</summary>
    [Label("MASH")] Mash,

    /// <summary>Hospital emergency department.</summary>
    [Label("Hospital - Emergency department")] HospitalEmergencyDepartment,

    /// <summary>Hospital maternity.</summary>
    [Label("Hospital - Maternity")] HospitalMaternity,

    /// <summary>Probation.</summary>
    [Label("Probation")] Probation,

    /// <summary>Community rehabilitation company.</summary>
    [Label("CRC")] Crc,

    /// <summary>Domestic Violence Court.</summary>
    [Label("Domestic Violence Court")] DomesticViolenceCourt,

    /// <summary>Other.</summary>
    [Label("Other")] Other,
}

/// <summary>
/// The initial referrer when the referral came through a single point of contact ("Initial referral route").
/// Its labels differ from <see cref="PrimaryReferralRoute"/> ("Hospital - A&amp;E", "Don't know").
/// </summary>
public enum InitialReferralRoute
{
    /// <summary>Self.</summary>
    [Label("Self")] Self,

    /// <summary>Police.</summary>
    [Label("Police")] Police,

    /// <summary>Adult's social services.</summary>
    [Label("Adult's social services")] AdultsSocialServices,

    /// <summary>Specialist services.</summary>
    [Label("Specialist services")] SpecialistServices,

    /// <summary>Health.</summary>
    [Label("Health")] Health,

    /// <summary>Multi-agency safeguarding hub.</summary>
    [Label("MASH")] Mash,

    /// <summary>Mental health.</summary>
    [Label("Mental health")] MentalHealth,

    /// <summary>DVA and SV services outside the organisation.</summary>
    [Label("DVA & SV services (external)")] DvaAndSvServicesExternal,

    /// <summary>Drug services.</summary>
    [Label("Drug services")] DrugServices,

    /// <summary>Helpline.</summary>
    [Label("Helpline")] Helpline,

    /// <summary>Marac.</summary>
    [Label("Marac")] Marac,

    /// <summary>Community health.</summary>
    [Label("Community health")] CommunityHealth,

    /// <summary>Children's social services.</summary>
    [Label("Children's social services")] ChildrensSocialServices,

    /// <summary>Housing.</summary>
    [Label("Housing")] Housing,

    /// <summary>Probation.</summary>
    [Label("Probation")] Probation,

    /// <summary>Hospital accident and emergency.</summary>
    [Label("Hospital - A&E")] HospitalAccidentAndEmergency,

    /// <summary>Alcohol services.</summary>
    [Label("Alcohol services")] AlcoholServices,

    /// <summary>Hospital maternity.</summary>
    [Label("Hospital - Maternity")] HospitalMaternity,

    /// <summary>Outreach.</summary>
    [Label("Outreach")] Outreach,

    /// <summary>Community rehabilitation company.</summary>
    [Label("CRC")] Crc,

    /// <summary>Refuge.</summary>
    [Label("Refuge")] Refuge,

    /// <summary>Education.</summary>
    [Label("Education")] Education,

    /// <summary>DVA and SV services inside the organisation.</summary>
    [Label("DVA & SV services (internal)")] DvaAndSvServicesInternal,

    /// <summary>Domestic Violence Court.</summary>
    [Label("Domestic Violence Court")] DomesticViolenceCourt,

    /// <summary>Other.</summary>
    [Label("Other")] Other,

    /// <summary>Don't know.</summary>
    [Label("Don't know")] DontKnow,
}
