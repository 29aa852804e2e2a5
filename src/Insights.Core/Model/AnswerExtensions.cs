namespace Insights.Core.Model;

/// <summary>Helpers for <see cref="AbuseLevel"/>.</summary>
public static class AbuseLevelExtensions
{
    /// <summary>
    /// Returns whether the level means the abuse type was experienced (High, Moderate or Standard), which is how
    /// "Clients experiencing each abuse type" and the details tables' bases count.
    /// </summary>
    public static bool IsExperienced(this AbuseLevel level) => level is AbuseLevel.High or AbuseLevel.Moderate or AbuseLevel.Standard;

    /// <summary>Returns whether a possibly missing level means the abuse type was experienced; a missing level is not.</summary>
    public static bool IsExperienced(this AbuseLevel? level) => level is { } value && value.IsExperienced();
}

/// <summary>Helpers for <see cref="Ethnicity"/>.</summary>
public static class EthnicityExtensions
{
    /// <summary>
    /// Returns the ethnic group a sub-group belongs to (the group rows of the "Ethnicity" table), or
    /// <see langword="null"/> for "Not disclosed" and "Don't know".
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ethnicity"/> is not a declared member.</exception>
    public static EthnicGroup? GroupOf(this Ethnicity ethnicity) => ethnicity switch
    {
        Ethnicity.EnglishWelshScottishNorthernIrishBritish or Ethnicity.Irish or Ethnicity.GypsyOrIrishTraveller
            or Ethnicity.AnyOtherWhiteBackground => EthnicGroup.White,
        Ethnicity.WhiteAndBlackCaribbean or Ethnicity.WhiteAndBlackAfrican or Ethnicity.WhiteAndAsian
            or Ethnicity.AnyOtherMixedBackground => EthnicGroup.Mixed,
        Ethnicity.Indian or Ethnicity.Pakistani or Ethnicity.Bangladeshi or Ethnicity.Chinese
            or Ethnicity.AnyOtherAsianBackground => EthnicGroup.Asian,
        Ethnicity.African or Ethnicity.Caribbean or Ethnicity.AnyOtherBlackBackground => EthnicGroup.Black,
        Ethnicity.Arab or Ethnicity.AnyOtherEthnicGroup => EthnicGroup.Other,
        Ethnicity.NotDisclosed or Ethnicity.DontKnow => null,
        _ => throw new ArgumentOutOfRangeException(nameof(ethnicity), ethnicity, "Not a declared member of Ethnicity."),
    };
}

/// <summary>Helpers for <see cref="SupportArea"/>.</summary>
public static class SupportAreaExtensions
{
    /// <summary>
    /// Returns the intake need area that matches a support area (the "Needs" column of the "Needs &amp; Support
    /// matrix"), or <see langword="null"/> for Safety, which has no intake need question.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="area"/> is not a declared member.</exception>
    public static NeedArea? IntakeNeedArea(this SupportArea area) => area switch
    {
        SupportArea.Safety => null,
        SupportArea.Housing => NeedArea.Housing,
        SupportArea.PhysicalHealth => NeedArea.PhysicalHealth,
        SupportArea.MentalHealth => NeedArea.MentalHealth,
        SupportArea.DrugMisuse => NeedArea.DrugMisuse,
        SupportArea.AlcoholMisuse => NeedArea.AlcoholMisuse,
        SupportArea.ChildrenAndParenting => NeedArea.ChildrenAndParenting,
        SupportArea.FinanceBenefitsAndDebt => NeedArea.FinanceBenefitsAndDebt,
        SupportArea.EmploymentEducationAndTraining => NeedArea.EmploymentEducationAndTraining,
        SupportArea.SocialAndCommunitySupport => NeedArea.SocialAndCommunitySupport,
        SupportArea.Immigration => NeedArea.Immigration,
        _ => throw new ArgumentOutOfRangeException(nameof(area), area, "Not a declared member of SupportArea."),
    };
}
