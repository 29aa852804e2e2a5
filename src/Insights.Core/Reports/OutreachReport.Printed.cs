using Insights.Core.Model;

namespace Insights.Core.Reports;

public static partial class OutreachReport
{
    /// <summary>
    /// The titles and row labels that both the definition and its links (<see cref="Links"/>) name: written once, so
    /// that a link cannot drift from the table it names.
    /// </summary>
    private static class Printed
    {
        internal const string AtAGlance = "At a glance";
        internal const string ClientsEngaged = "Clients engaged";
        internal const string DiverseGroups = "Proportion of clients from diverse client groups";
        internal const string Disability = "Disability";
        internal const string Lgb = "LGB";
        internal const string Bme = "BME";
        internal const string Male = "Male";
        internal const string ChildrenInHousehold = "Children living in, or regularly visiting the household";
        internal const string NeedOfSocialSupport = "Need of social and community support";
        internal const string WellbeingFollowingSupport = "Improved wellbeing following support";
        internal const string SupportFromWorker = "Support from their Outreach worker";

        internal const string SexAtBirth = "Sex assigned at birth";
        internal const string SexualOrientation = "Sexual Orientation";
        internal const string TotalLgb = "Total LBG";
        internal const string Ethnicity = "Ethnicity";
        internal const string TotalBme = "Total BME";
        internal const string Pregnant = "Is the client pregnant?";
        internal const string CypsInvolvement = "CYPS involvement (of those cases with children or young people involved)";
        internal const string HasDisability = "Does the client have a disability?";
        internal const string DisabilityType = "If yes, what type?";
        internal const string Employment = "Current employment situation";

        internal const string Matrix = "Needs & Support matrix";
        internal const string Yes = "Yes";
        internal const string TotalImproved = "Total Improved";

        internal static string SupportedQuestion(SupportArea area) => $"Have you supported the client with {AreaName(area)}?";

        internal static string OutcomesAchieved(SupportArea area) => $"What outcomes were achieved in this support area? ({Labels.Of(area)})";

        internal static string ImpactOn(SupportArea area) => $"What impact did this have on client safety and wellbeing? ({Labels.Of(area)})";

        /// <summary>The area as the published report words it inside a question ("children and parenting", not "Children/parenting").</summary>
        private static string AreaName(SupportArea area) => area switch
        {
            SupportArea.Safety => "safety",
            SupportArea.Housing => "housing",
            SupportArea.PhysicalHealth => "physical health",
            SupportArea.MentalHealth => "mental health",
            SupportArea.DrugMisuse => "drug misuse",
            SupportArea.AlcoholMisuse => "alcohol misuse",
            SupportArea.ChildrenAndParenting => "children and parenting",
            SupportArea.FinanceBenefitsAndDebt => "finance, benefits and debt",
            SupportArea.EmploymentEducationAndTraining => "employment, education and training",
            SupportArea.SocialAndCommunitySupport => "social and community support",
            SupportArea.Immigration => "immigration",
            _ => throw new ArgumentOutOfRangeException(nameof(area)),
        };
    }
}
