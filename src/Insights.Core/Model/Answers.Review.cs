namespace Insights.Core.Model;

/// <summary>Whether further abuse occurred since intake ("Since intake, has further abuse occurred?").</summary>
public enum FurtherAbuse
{
    /// <summary>Yes, DA by the same perpetrator.</summary>
    [Label("Yes, DA by the same perpetrator")] SamePerpetrator,

    /// <summary>Yes, DA by a different perpetrator.</summary>
    [Label("Yes, DA by a different perpetrator")] DifferentPerpetrator,

    /// <summary>Yes, DA by multiple perpetrators.</summary>
    [Label("Yes, DA by multiple perpetrators")] MultiplePerpetrators,

    /// <summary>Yes, DA perpetrated by a family member.</summary>
    [Label("Yes, DA perpetrated by a family member")] FamilyMember,

    /// <summary>No.</summary>
    [Label("No")] No,
}

/// <summary>Whether further abuse was disclosed since intake ("Since intake, has further abuse been disclosed?").</summary>
public enum FurtherDisclosure
{
    /// <summary>Yes, DA by the same perpetrator.</summary>
    [Label("Yes, DA by the same perpetrator")] SamePerpetrator,

    /// <summary>Yes, DA by a different perpetrator.</summary>
    [Label("Yes, DA by a different perpetrator")] DifferentPerpetrator,

    /// <summary>Yes, DA by multiple perpetrators.</summary>
    [Label("Yes, DA by multiple perpetrators")] MultiplePerpetrators,

    /// <summary>Yes, DA perpetrated by a family member.</summary>
    [Label("Yes, DA perpetrated by a family member")] FamilyMember,

    /// <summary>Yes, historic abuse.</summary>
    [Label("Yes, historic abuse")] HistoricAbuse,

    /// <summary>No.</summary>
    [Label("No")] No,
}
