namespace Insights.Core.Model;

/// <summary>A yes/no answer that also allows "Don't know" (many intake and exit questions).</summary>
public enum YesNoDontKnow
{
    /// <summary>Yes.</summary>
    [Label("Yes")] Yes,

    /// <summary>No.</summary>
    [Label("No")] No,

    /// <summary>The caseworker does not know.</summary>
    [Label("Don't know")] DontKnow,
}

/// <summary>Sex assigned at birth, of the client ("Sex assigned at birth") and of the primary perpetrator.</summary>
public enum Sex
{
    /// <summary>Female.</summary>
    [Label("Female")] Female,

    /// <summary>Male.</summary>
    [Label("Male")] Male,

    /// <summary>Intersex.</summary>
    [Label("Intersex")] Intersex,

    /// <summary>Not disclosed.</summary>
    [Label("Not disclosed")] NotDisclosed,

    /// <summary>Don't know.</summary>
    [Label("Don't know")] DontKnow,
}

/// <summary>How a person thinks of themselves ("Which of the following describes how the client/perpetrator thinks of themselves?").</summary>
public enum GenderIdentity
{
    /// <summary>Female.</summary>
    [Label("Female")] Female,

    /// <summary>Male.</summary>
    [Label("Male")] Male,

    /// <summary>In another way.</summary>
    [Label("In another way")] InAnotherWay,

    /// <summary>Not disclosed.</summary>
    [Label("Not disclosed")] NotDisclosed,

    /// <summary>Don't know.</summary>
    [Label("Don't know")] DontKnow,
}

/// <summary>Region of England, or Wales, where a service operates ("Location of the services in the dataset").</summary>
public enum Region
{
    /// <summary>North East.</summary>
    [Label("North East")] NorthEast,

    /// <summary>North West.</summary>
    [Label("North West")] NorthWest,

    /// <summary>Yorkshire and the Humber.</summary>
    [Label("Yorkshire and the Humber")] YorkshireAndTheHumber,

    /// <summary>East Midlands.</summary>
    [Label("East Midlands")] EastMidlands,

    /// <summary>West Midlands.</summary>
    [Label("West Midlands")] WestMidlands,

    /// <summary>East of England.</summary>
    [Label("East of England")] EastOfEngland,

    /// <summary>London.</summary>
    [Label("London")] London,

    /// <summary>South East.</summary>
    [Label("South East")] SouthEast,

    /// <summary>South West.</summary>
    [Label("South West")] SouthWest,

    /// <summary>Wales.</summary>
    [Label("Wales")] Wales,
}

/// <summary>
/// Relationship of a perpetrator to the client ("Relationship to primary perpetrator", "Relationship to
/// additional perpetrators", and the relationship at exit used by "Change in relationship").
/// </summary>
public enum Relationship
{
    /// <summary>Current intimate partner.</summary>
    [Label("Current intimate partner")] CurrentIntimatePartner,

    /// <summary>Ex-intimate partner.</summary>
    [Label("Ex-intimate partner")] ExIntimatePartner,

    /// <summary>Mother.</summary>
    [Label("Mother")] Mother,

    /// <summary>Step-mother.</summary>
    [Label("Step-mother")] StepMother,

    /// <summary>Father.</summary>
    [Label("Father")] Father,

    /// <summary>Step-father.</summary>
    [Label("Step-father")] StepFather,

    /// <summary>Grandmother.</summary>
    [Label("Grandmother")] Grandmother,

    /// <summary>Grandfather.</summary>
    [Label("Grandfather")] Grandfather,

    /// <summary>Biological child under 18.</summary>
    [Label("Child (under 18) biological")] ChildUnder18Biological,

    /// <summary>Step-child under 18.</summary>
    [Label("Child (under 18) step-child")] ChildUnder18StepChild,

    /// <summary>Biological child aged 18 or over.</summary>
    [Label("Child (18 or over) biological")] Child18OrOverBiological,

    /// <summary>Step-child aged 18 or over.</summary>
    [Label("Child (18 or over) step-child")] Child18OrOverStepChild,

    /// <summary>Brother.</summary>
    [Label("Brother")] Brother,

    /// <summary>Sister.</summary>
    [Label("Sister")] Sister,

    /// <summary>Step-brother.</summary>
    [Label("Step-brother")] StepBrother,

    /// <summary>Step-sister.</summary>
    [Label("Step-sister")] StepSister,

    /// <summary>Other family member.</summary>
    [Label("Other family member")] OtherFamilyMember,

    /// <summary>Other known person or associate.</summary>
    [Label("Other known person/associate")] OtherKnownPersonOrAssociate,

    /// <summary>Don't know.</summary>
    [Label("Don't know")] DontKnow,
}

/// <summary>Whether the client lives with the perpetrator ("Is the client living with the perpetrator of abuse?", "Living arrangement at exit").</summary>
public enum LivingArrangement
{
    /// <summary>Living together.</summary>
    [Label("Living together")] LivingTogether,

    /// <summary>Living together intermittently.</summary>
    [Label("Living together intermittently")] LivingTogetherIntermittently,

    /// <summary>Not living together.</summary>
    [Label("Not living together")] NotLivingTogether,

    /// <summary>Don't know.</summary>
    [Label("Don't know")] DontKnow,
}

/// <summary>
/// Change in safety or wellbeing after support in an area ("What impact did this have on client safety and
/// wellbeing?"). The Safety table prints "No change" after the two "Decreased" rows; the other ten print it
/// in the order below.
/// </summary>
public enum Impact
{
    /// <summary>Improved greatly.</summary>
    [Label("Improved greatly")] ImprovedGreatly,

    /// <summary>Improved slightly.</summary>
    [Label("Improved slightly")] ImprovedSlightly,

    /// <summary>No change.</summary>
    [Label("No change")] NoChange,

    /// <summary>Decreased slightly.</summary>
    [Label("Decreased slightly")] DecreasedSlightly,

    /// <summary>Decreased greatly.</summary>
    [Label("Decreased greatly")] DecreasedGreatly,

    /// <summary>Don't know.</summary>
    [Label("Don't know")] DontKnow,
}

/// <summary>Agreement scale of the client reported outcomes ("Client reported outcomes").</summary>
public enum Agreement
{
    /// <summary>Strongly agree.</summary>
    [Label("Strongly agree")] StronglyAgree,

    /// <summary>Agree.</summary>
    [Label("Agree")] Agree,

    /// <summary>Not certain.</summary>
    [Label("Not certain")] NotCertain,

    /// <summary>Disagree.</summary>
    [Label("Disagree")] Disagree,

    /// <summary>Disagree strongly.</summary>
    [Label("Disagree strongly")] DisagreeStrongly,
}
