namespace Insights.Core.Model;

/// <summary>The client's sexual orientation ("Sexual Orientation"; Bisexual, Gay, Lesbian and Other make the "Total LBG" net).</summary>
public enum SexualOrientation
{
    /// <summary>Heterosexual.</summary>
    [Label("Heterosexual")] Heterosexual,

    /// <summary>Bisexual.</summary>
    [Label("Bisexual")] Bisexual,

    /// <summary>Gay.</summary>
    [Label("Gay")] Gay,

    /// <summary>Lesbian.</summary>
    [Label("Lesbian")] Lesbian,

    /// <summary>Another orientation (part of the "Total LBG" net).</summary>
    [Label("Other")] Other,

    /// <summary>Not disclosed.</summary>
    [Label("Not disclosed")] NotDisclosed,

    /// <summary>Don't know.</summary>
    [Label("Don't know")] DontKnow,
}

/// <summary>The client's ethnic sub-group ("Ethnicity"), in printed order; <see cref="EthnicityExtensions.GroupOf"/> gives its group.</summary>
public enum Ethnicity
{
    /// <summary>White: English, Welsh, Scottish, Northern Irish or British.</summary>
    [Label("English/ Welsh / Scottish / Northern Irish / British")] EnglishWelshScottishNorthernIrishBritish,

    /// <summary>White: Irish.</summary>
    [Label("Irish")] Irish,

    /// <summary>White: Gypsy or Irish Traveller.</summary>
    [Label("Gypsy or Irish Traveller")] GypsyOrIrishTraveller,

    /// <summary>White: any other White background.</summary>
    [Label("Any other White background")] AnyOtherWhiteBackground,

    /// <summary>Mixed: White and Black Caribbean.</summary>
    [Label("White and Black Caribbean")] WhiteAndBlackCaribbean,

    /// <summary>Mixed: White and Black African.</summary>
    [Label("White and Black African")] WhiteAndBlackAfrican,

    /// <summary>Mixed: White and Asian.</summary>
    [Label("White and Asian")] WhiteAndAsian,

    /// <summary>Mixed: any other mixed or multiple ethnic background.</summary>
    [Label("Any other Mixed/ Multiple ethnic background")] AnyOtherMixedBackground,

    /// <summary>Asian: Indian.</summary>
    [Label("Indian")] Indian,

    /// <summary>Asian: Pakistani.</summary>
    [Label("Pakistani")] Pakistani,

    /// <summary>Asian: Bangladeshi.</summary>
    [Label("Bangladeshi")] Bangladeshi,

    /// <summary>Asian: Chinese.</summary>
    [Label("Chinese")] Chinese,

    /// <summary>Asian: any other Asian background.</summary>
    [Label("Any other Asian background")] AnyOtherAsianBackground,

    /// <summary>Black: African.</summary>
    [Label("African")] African,

    /// <summary>Black: Caribbean.</summary>
    [Label("Caribbean")] Caribbean,

    /// <summary>Black: any other Black, African or Caribbean background.</summary>
    [Label("Any other Black / African / Caribbean background")] AnyOtherBlackBackground,

    /// <summary>Other ethnic group: Arab.</summary>
    [Label("Arab")] Arab,

    /// <summary>Other ethnic group: any other.</summary>
    [Label("Any other ethnic group")] AnyOtherEthnicGroup,

    /// <summary>Not disclosed.</summary>
    [Label("Not disclosed")] NotDisclosed,

    /// <summary>Don't know.</summary>
    [Label("Don't know")] DontKnow,
}

/// <summary>The five ethnic groups that head the sub-groups of the "Ethnicity" table.</summary>
public enum EthnicGroup
{
    /// <summary>White.</summary>
    [Label("White")] White,

    /// <summary>Mixed / Multiple ethnic groups.</summary>
    [Label("Mixed / Multiple ethnic groups")] Mixed,

    /// <summary>Asian / Asian British.</summary>
    [Label("Asian / Asian British")] Asian,

    /// <summary>Black / African / Caribbean / Black British.</summary>
    [Label("Black / African / Caribbean / Black British")] Black,

    /// <summary>Other ethnic group.</summary>
    [Label("Other ethnic group")] Other,
}

/// <summary>Age band of a child involved in the case ("Ages of children").</summary>
public enum ChildAgeBand
{
    /// <summary>0-12 months.</summary>
    [Label("0-12 months")] Months0To12,

    /// <summary>1-3 years.</summary>
    [Label("1-3 years")] Years1To3,

    /// <summary>4-11 years.</summary>
    [Label("4-11 years")] Years4To11,

    /// <summary>12-16 years.</summary>
    [Label("12-16 years")] Years12To16,

    /// <summary>17-18 years.</summary>
    [Label("17-18 years")] Years17To18,

    /// <summary>18-24 years.</summary>
    [Label("18-24 years")] Years18To24,

    /// <summary>24+ years.</summary>
    [Label("24+ years")] Years24Plus,

    /// <summary>Don't know.</summary>
    [Label("Don't know")] DontKnow,
}

/// <summary>Involvement of children and young persons services with the family ("CYPS involvement" at intake, "Indicate ongoing CYPs involvement with the family" at intake and exit). The exit table's "(Cat/Taf)" is a misprint of <see cref="CypsInvolvement.CommonAssessmentFramework"/>.</summary>
public enum CypsInvolvement
{
    /// <summary>No involvement.</summary>
    [Label("None")] None,

    /// <summary>Section 47 child protection enquiry.</summary>
    [Label("S47 - Child protection")] S47ChildProtection,

    /// <summary>Early help.</summary>
    [Label("Early help")] EarlyHelp,

    /// <summary>Section 17 child in need.</summary>
    [Label("S17 - Child in need")] S17ChildInNeed,

    /// <summary>Concern raised - contacts/follow up.</summary>
    [Label("Concern raised - contacts/follow up")] ConcernRaisedContactsFollowUp,

    /// <summary>Concern raised - no further action.</summary>
    [Label("Concern raised - no further action")] ConcernRaisedNoFurtherAction,

    /// <summary>Child protection plan.</summary>
    [Label("Child protection plan")] ChildProtectionPlan,

    /// <summary>Section 31 care or supervision order.</summary>
    [Label("S31 - Care or supervision order")] S31CareOrSupervisionOrder,

    /// <summary>Initial assessment.</summary>
    [Label("Initial assessment")] InitialAssessment,

    /// <summary>Common assessment framework (Caf/Taf).</summary>
    [Label("Common assessment framework (Caf/Taf)")] CommonAssessmentFramework,

    /// <summary>Targeted families.</summary>
    [Label("Targeted families")] TargetedFamilies,

    /// <summary>Priority families.</summary>
    [Label("Priority families")] PriorityFamilies,

    /// <summary>Personal advisor.</summary>
    [Label("Personal advisor")] PersonalAdvisor,

    /// <summary>Transitions team.</summary>
    [Label("Transitions team")] TransitionsTeam,

    /// <summary>Other.</summary>
    [Label("Other")] Other,

    /// <summary>Don't know.</summary>
    [Label("Don't know")] DontKnow,
}

/// <summary>Type of the client's disability ("If yes, what type?", multi-select).</summary>
public enum DisabilityType
{
    /// <summary>Physical disability.</summary>
    [Label("Physical")] Physical,

    /// <summary>Mental health impairment.</summary>
    [Label("Mental health impairment")] MentalHealthImpairment,

    /// <summary>Learning disability.</summary>
    [Label("Learning disability")] LearningDisability,

    /// <summary>Learning difficulty.</summary>
    [Label("Learning difficulty")] LearningDifficulty,

    /// <summary>Frailty.</summary>
    [Label("Frailty")] Frailty,

    /// <summary>Neurological condition.</summary>
    [Label("Neurological condition")] NeurologicalCondition,

    /// <summary>Progressive illness.</summary>
    [Label("Progressive illness")] ProgressiveIllness,

    /// <summary>Sensory disability.</summary>
    [Label("Sensory disability")] SensoryDisability,

    /// <summary>Organ specific.</summary>
    [Label("Organ specific")] OrganSpecific,

    /// <summary>Other.</summary>
    [Label("Other")] Other,

    /// <summary>Don't know.</summary>
    [Label("Don't know")] DontKnow,
}

/// <summary>The client's employment situation ("Current employment situation"; multi-select, see audit B2).</summary>
public enum EmploymentStatus
{
    /// <summary>Unemployed.</summary>
    [Label("Unemployed")] Unemployed,

    /// <summary>Full-time employment.</summary>
    [Label("Full-time employment")] FullTimeEmployment,

    /// <summary>Part-time employment.</summary>
    [Label("Part-time employment")] PartTimeEmployment,

    /// <summary>In education or training.</summary>
    [Label("In education or training")] InEducationOrTraining,

    /// <summary>Self-employed.</summary>
    [Label("Self-employed")] SelfEmployed,

    /// <summary>Retired.</summary>
    [Label("Retired")] Retired,

    /// <summary>Other.</summary>
    [Label("Other")] Other,

    /// <summary>Stay at home parent.</summary>
    [Label("Stay at home parent")] StayAtHomeParent,

    /// <summary>Volunteering.</summary>
    [Label("Volunteering")] Volunteering,

    /// <summary>Not disclosed.</summary>
    [Label("Not disclosed")] NotDisclosed,

    /// <summary>Don't know.</summary>
    [Label("Don't know")] DontKnow,
}

/// <summary>The client's financial situation ("Current financial situation").</summary>
public enum FinancialSituation
{
    /// <summary>Managing essentials but nothing left over.</summary>
    [Label("Managing essentials but nothing left over")] ManagingEssentialsButNothingLeftOver,

    /// <summary>Comfortably managing.</summary>
    [Label("Comfortably managing")] ComfortablyManaging,

    /// <summary>No financial concerns.</summary>
    [Label("No financial concerns")] NoFinancialConcerns,

    /// <summary>Significant financial problems.</summary>
    [Label("Significant financial problems")] SignificantFinancialProblems,

    /// <summary>Unable to pay for essentials.</summary>
    [Label("Unable to pay for essentials")] UnableToPayForEssentials,

    /// <summary>Reliant on others.</summary>
    [Label("Reliant on others")] ReliantOnOthers,

    /// <summary>Don't know.</summary>
    [Label("Don't know")] DontKnow,
}

/// <summary>An adverse childhood experience ("Adverse Childhood Experiences (ACEs)", multi-select; "None" is an answer).</summary>
public enum AdverseChildhoodExperienceType
{
    /// <summary>No adverse childhood experience.</summary>
    [Label("None")] None,

    /// <summary>Domestic abuse (exposure).</summary>
    [Label("Domestic abuse (exposure)")] DomesticAbuseExposure,

    /// <summary>Verbal abuse.</summary>
    [Label("Verbal abuse")] VerbalAbuse,

    /// <summary>Parental separation.</summary>
    [Label("Parental separation")] ParentalSeparation,

    /// <summary>Direct physical abuse.</summary>
    [Label("Direct physical abuse")] DirectPhysicalAbuse,

    /// <summary>Sexual abuse.</summary>
    [Label("Sexual abuse")] SexualAbuse,

    /// <summary>Mental illness.</summary>
    [Label("Mental illness")] MentalIllness,

    /// <summary>Alcohol abuse.</summary>
    [Label("Alcohol abuse")] AlcoholAbuse,

    /// <summary>Drug abuse.</summary>
    [Label("Drug abuse")] DrugAbuse,

    /// <summary>Incarceration of adults within household.</summary>
    [Label("Incarceration of adults within household")] IncarcerationOfAdultsWithinHousehold,
}
