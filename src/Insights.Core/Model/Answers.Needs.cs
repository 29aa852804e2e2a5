namespace Insights.Core.Model;

/// <summary>An area of need assessed at intake, in the order of "Summary of client needs at intake".</summary>
public enum NeedArea
{
    /// <summary>Alcohol misuse.</summary>
    [Label("Alcohol misuse")] AlcoholMisuse,

    /// <summary>Children and parenting.</summary>
    [Label("Children and parenting")] ChildrenAndParenting,

    /// <summary>Drug misuse.</summary>
    [Label("Drug misuse")] DrugMisuse,

    /// <summary>Employment, education and training.</summary>
    [Label("Employment, education and training")] EmploymentEducationAndTraining,

    /// <summary>Finance, benefits and debt.</summary>
    [Label("Finance, benefits and debt")] FinanceBenefitsAndDebt,

    /// <summary>Housing.</summary>
    [Label("Housing")] Housing,

    /// <summary>Immigration.</summary>
    [Label("Immigration")] Immigration,

    /// <summary>Mental health.</summary>
    [Label("Mental health")] MentalHealth,

    /// <summary>Physical health.</summary>
    [Label("Physical health")] PhysicalHealth,

    /// <summary>Social and community support.</summary>
    [Label("Social and community support")] SocialAndCommunitySupport,
}

/// <summary>A mental health symptom the client experiences ("Is the client experiencing any of the following?", multi-select).</summary>
public enum MentalHealthSymptom
{
    /// <summary>Depression.</summary>
    [Label("Depression")] Depression,

    /// <summary>Anxiety.</summary>
    [Label("Anxiety")] Anxiety,

    /// <summary>Trouble sleeping.</summary>
    [Label("Trouble sleeping")] TroubleSleeping,

    /// <summary>Emotional instability.</summary>
    [Label("Emotional instability")] EmotionalInstability,

    /// <summary>Self harm.</summary>
    [Label("Self harm")] SelfHarm,

    /// <summary>Stress.</summary>
    [Label("Stress")] Stress,

    /// <summary>Flashbacks.</summary>
    [Label("Flashbacks")] Flashbacks,

    /// <summary>Problems with eating.</summary>
    [Label("Problems with eating")] ProblemsWithEating,

    /// <summary>Suicidal thoughts/behaviour.</summary>
    [Label("Suicidal thoughts/behaviour")] SuicidalThoughtsOrBehaviour,

    /// <summary>Other.</summary>
    [Label("Other")] Other,

    /// <summary>Don't know.</summary>
    [Label("Don't know")] DontKnow,
}

/// <summary>A diagnosed mental health condition ("Diagnosed mental health conditions", multi-select).</summary>
public enum MentalHealthCondition
{
    /// <summary>Depression.</summary>
    [Label("Depression")] Depression,

    /// <summary>Anxiety disorder.</summary>
    [Label("Anxiety disorder")] AnxietyDisorder,

    /// <summary>Personality disorders.</summary>
    [Label("Personality disorders")] PersonalityDisorders,

    /// <summary>Post-traumatic stress disorder.</summary>
    [Label("PTSD")] Ptsd,

    /// <summary>Bipolar disorder.</summary>
    [Label("Bipolar disorder")] BipolarDisorder,

    /// <summary>Eating disorder.</summary>
    [Label("Eating disorder")] EatingDisorder,

    /// <summary>Autistic spectrum disorder.</summary>
    [Label("Autistic spectrum disorder")] AutisticSpectrumDisorder,

    /// <summary>Obsessive compulsive disorder.</summary>
    [Label("Obsessive compulsive disorder")] ObsessiveCompulsiveDisorder,

    /// <summary>Schizophrenia.</summary>
    [Label("Schizophrenia")] Schizophrenia,

    /// <summary>Complex post-traumatic stress disorder.</summary>
    [Label("Complex PTSD")] ComplexPtsd,

    /// <summary>Psychosis.</summary>
    [Label("Psychosis")] Psychosis,

    /// <summary>Other.</summary>
    [Label("Other")] Other,

    /// <summary>Don't know.</summary>
    [Label("Don't know")] DontKnow,
}
