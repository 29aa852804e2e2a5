using Insights.Core.Model;
using Insights.Synthetic.Published;

namespace Insights.Core.Tests.Synthetic;

// Intake tables: service inputs, client profile, history of abuse, needs.
public partial class ExactDatasetTablesTests
{
    private static readonly (string, int, int)[] AgeBands =
        [("<18", 0, 17), ("18-20", 18, 20), ("21-30", 21, 30), ("31-40", 31, 40), ("41-50", 41, 50), ("51-60", 51, 60), ("61+", 61, 200)];

    private static readonly (string, int, int)[] ChildrenBands = [("0", 0, 0), ("1", 1, 1), ("2", 2, 2), ("3", 3, 3), ("4", 4, 4), ("5+", 5, 100)];

    private static readonly (string, int, int)[] DashBands = [("Standard Risk (1 - 5)", 1, 5), ("Medium Risk (6 - 9)", 6, 9), ("High Risk (10+)", 10, 24)];

    private static readonly (string, int, int)[] AbuseLengthBands =
        [("1-11 months", 1, 11), ("1-2 years", 12, 35), ("3-5 years", 36, 71), ("6-10 years", 72, 131), ("11 years +", 132, 1200)];

    private static readonly string[] MultipleTypesRows =
    [
        "Clients experiencing multiple types of abuse",
        "Clients experiencing multiple types of high severity abuse",
        "Clients experiencing at least one type of high severity abuse",
    ];

    private static Tally MultipleTypes(Tally tally, IEnumerable<AbuseProfile> profiles, string column = "")
    {
        var list = profiles.ToList();
        return tally.Add(MultipleTypesRows[0], list.Count(p => p.ExperiencedCount >= 2), column)
            .Add(MultipleTypesRows[1], list.Count(p => p.HighCount >= 2), column)
            .Add(MultipleTypesRows[2], list.Count(p => p.HighCount >= 1), column);
    }

    private static void ServiceInputs()
    {
        Check(PublishedServiceInputs.ReferralStatus, () => new Tally().Single(All, c => c.ReferralStatus).Add("Total", All.Count));
        Check(PublishedServiceInputs.PrimaryReferralRoute, () => new Tally().Single(All, c => c.PrimaryReferralRoute));
        Check(PublishedServiceInputs.InitialReferralRoute, () => new Tally().Single(All, c => c.InitialReferralRoute));
    }

    private static void ClientProfile()
    {
        static ClientProfile P(Case c) => c.Intake.Profile;
        Check(PublishedClientProfile.Age, () => new Tally().Bands(Profile.Select(c => P(c).Age), AgeBands));
        Check(PublishedClientProfile.SexAtBirth, () => new Tally().Single(Profile, c => P(c).SexAtBirth));
        Check(PublishedClientProfile.GenderIdentity, () => new Tally().Single(Profile, c => P(c).GenderIdentity)
            .Add("Not sex assigned at birth", Profile.Count(c => P(c).GenderDiffersFromSexAtBirth == true)));
        Check(PublishedClientProfile.SexualOrientation, () => new Tally().Single(Profile, c => P(c).SexualOrientation)
            .Add("Total LBG", Profile.Count(c => P(c).SexualOrientation is SexualOrientation.Bisexual or SexualOrientation.Gay or SexualOrientation.Lesbian or SexualOrientation.Other)));
        Check(PublishedClientProfile.Ethnicity, () =>
        {
            var tally = new Tally().Single(Profile, c => P(c).Ethnicity).Single(Profile.Where(c => P(c).Ethnicity?.GroupOf() is not null), c => P(c).Ethnicity!.Value.GroupOf());
            return tally.Add("Total BME", Profile.Count(c => P(c).Ethnicity is { } e && e.GroupOf() is not null
                && e is not Ethnicity.EnglishWelshScottishNorthernIrishBritish and not Ethnicity.Irish));
        });
        Check(PublishedClientProfile.Pregnant, () => new Tally().Single(Profile, c => P(c).Pregnant));
        Check(PublishedClientProfile.NumberOfChildren, () => new Tally().Bands(Profile.Select(c => P(c).NumberOfChildren), ChildrenBands));
        Check(PublishedClientProfile.ChildAges, () => new Tally().Single(Profile.SelectMany(c => P(c).Children).Where(child => child.Age is not null), child => child.Age));
        Check(PublishedClientProfile.CypsInvolvement, () => new Tally().Multi(Profile.Where(c => P(c).NumberOfChildren >= 1), c => P(c).CypsInvolvement));
        Check(PublishedClientProfile.Disability, () => new Tally().Single(Profile, c => P(c).Disability));
        Check(PublishedClientProfile.DisabilityTypes, () => new Tally().Multi(Profile.Where(c => P(c).Disability == YesNoDontKnow.Yes), c => P(c).DisabilityTypes));
        Check(PublishedClientProfile.Employment, () => new Tally().Multi(Profile, c => P(c).Employment));
        Check(PublishedClientProfile.FinancialSituation, () => new Tally().Single(All, c => P(c).FinancialSituation));
        Check(ReportDeviations.AdverseChildhoodExperience, () => new Tally().Single(All, c => P(c).AdverseChildhoodExperience));
        Check(PublishedClientProfile.AdverseChildhoodExperiences, () =>
        {
            var answered = All.Where(c => P(c).AdverseChildhoodExperience is YesNoDontKnow.Yes or YesNoDontKnow.No).ToList();
            var counts = answered.Select(c => P(c).AdverseChildhoodExperiences!.Value.Without(AdverseChildhoodExperienceType.None).Count).ToList();
            return new Tally().Multi(answered, c => P(c).AdverseChildhoodExperiences).Add("Number experiencing four or more", counts.Count(n => n >= 4));
        });
    }

    private static void AbuseHistory()
    {
        static AbuseHistory A(Case c) => c.Intake.Abuse;
        Check(PublishedAbuseHistory.DashTicks, () => new Tally().Bands(All.Select(c => A(c).DashTicks), DashBands));
        Check(PublishedAbuseHistory.HighRisk, () => new Tally().Single(All, c => A(c).HighRisk));
        Check(PublishedAbuseHistory.HighRiskBasis, () => new Tally().Single(All.Where(c => A(c).HighRisk == YesNoDontKnow.Yes), c => A(c).HighRiskBasis));
        Check(PublishedAbuseHistory.DiscussedAtMarac, () => new Tally().Single(All, c => A(c).DiscussedAtMarac));
        Check(PublishedAbuseHistory.AbuseTypesExperienced, () =>
        {
            var tally = new Tally();
            foreach (var type in Labels.All<AbuseType>())
            {
                tally.Add(Labels.Of(type), All.Count(c => A(c).Levels.LevelOf(type).IsExperienced()));
            }

            return tally;
        });
        Check(PublishedAbuseHistory.LevelOfAbuse, () =>
        {
            var tally = new Tally();
            foreach (var type in Labels.All<AbuseType>())
            {
                foreach (var c in All.Where(c => A(c).Levels.LevelOf(type) is not null))
                {
                    tally.Add(Labels.Of(type), 1, Labels.Of(A(c).Levels.LevelOf(type)!.Value));
                }
            }

            return tally;
        });
        Check(PublishedAbuseHistory.MultipleTypes, () => MultipleTypes(new Tally(), All.Select(c => A(c).Levels)));
        Check(PublishedAbuseHistory.PhysicalDetails, () => new Tally().Multi(All.Where(c => A(c).Levels.Physical.IsExperienced()), c => A(c).PhysicalDetails));
        Check(PublishedAbuseHistory.SexualDetails, () => new Tally().Multi(All.Where(c => A(c).Levels.Sexual.IsExperienced()), c => A(c).SexualDetails));
        Check(PublishedAbuseHistory.HarassmentDetails, () => new Tally().Multi(All.Where(c => A(c).Levels.HarassmentAndStalking.IsExperienced()), c => A(c).HarassmentDetails));
        Check(PublishedAbuseHistory.ControllingDetails, () => new Tally().Multi(All.Where(c => A(c).Levels.JealousAndControlling.IsExperienced()), c => A(c).ControllingDetails));
        Check(PublishedAbuseHistory.AbuseLength, () => new Tally().Bands(All.Select(c => A(c).AbuseLengthMonths), AbuseLengthBands));
        Check(PublishedAbuseHistory.PreviousExposure, () => new Tally().Single(All, c => A(c).PreviousExposure).Multi(All.Where(c => A(c).PreviousExposureKinds is not null), c => A(c).PreviousExposureKinds));
        Check(PublishedAbuseHistory.PrimaryPerpetratorRelationship, () => new Tally().Single(All, c => A(c).PrimaryPerpetratorRelationship));
        Check(PublishedAbuseHistory.LivingWithPerpetrator, () => new Tally().Single(All, c => A(c).LivingWithPerpetrator));
        Check(PublishedAbuseHistory.ReasonNotLivingTogether, () => new Tally().Single(All.Where(c => A(c).LivingWithPerpetrator == LivingArrangement.NotLivingTogether), c => A(c).ReasonNotLivingTogether));
        Check(PublishedAbuseHistory.Typology, () => new Tally().Single(All, c => A(c).Typology));
        Check(PublishedAbuseHistory.MultiplePerpetrators, () => new Tally().Single(All, c => A(c).MultiplePerpetrators));
        Check(PublishedAbuseHistory.AdditionalPerpetrators, () => new Tally().Multi(All.Where(c => A(c).MultiplePerpetrators == YesNoDontKnow.Yes), c => A(c).AdditionalPerpetrators));
        Check(PublishedAbuseHistory.AttemptedToEndRelationship, () => new Tally().Add("The client has attempted to end the abusive relationship", All.Count(c => A(c).AttemptedToEndRelationship == true)));
        Check(PublishedAbuseHistory.OtherFormsOfAbuse, () => new Tally()
            .Single(All, c => A(c).ForcedMarriage, "Forced marriage").Single(All, c => A(c).HonourBasedViolence, "'Honour'-based violence").Single(All, c => A(c).Fgm, "FGM"));
        Check(PublishedAbuseHistory.PerpetratorSex, () => new Tally().Single(All, c => c.Intake.Perpetrator.SexAtBirth));
        Check(PublishedAbuseHistory.PerpetratorGenderIdentity, () => new Tally().Single(All, c => c.Intake.Perpetrator.GenderIdentity)
            .Add("Not sex assigned at birth", All.Count(c => c.Intake.Perpetrator.GenderDiffersFromSexAtBirth == true)));
        Check(PublishedAbuseHistory.PerpetratorMultipleVictims, () => new Tally().Single(All, c => c.Intake.Perpetrator.MultipleVictims));
        Check(PublishedAbuseHistory.PerpetratorNeeds, () => new Tally()
            .Single(All, c => c.Intake.Perpetrator.MentalHealthNeeds, "Mental health").Single(All, c => c.Intake.Perpetrator.DrugNeeds, "Drugs").Single(All, c => c.Intake.Perpetrator.AlcoholNeeds, "Alcohol"));
    }

    private static void Needs()
    {
        static IntakeNeeds N(Case c) => c.Intake.Needs;
        Check(PublishedNeeds.SummaryOfNeeds, () =>
        {
            var tally = new Tally();
            foreach (var area in Labels.All<NeedArea>())
            {
                foreach (var c in All)
                {
                    tally.Add(Labels.Of(area), 1, N(c).NeedIn(area) is { } answer ? Labels.Of(answer) : "Missing");
                }
            }

            return tally;
        });
        var mentalHealth = () => All.Where(c => N(c).MentalHealth == YesNoDontKnow.Yes);
        Check(PublishedNeeds.MentalHealthSymptoms, () => new Tally().Multi(mentalHealth(), c => N(c).MentalHealthSymptoms));
        Check(PublishedNeeds.DiagnosedMentalHealthCondition, () => new Tally().Single(mentalHealth(), c => N(c).DiagnosedMentalHealthCondition));
        Check(PublishedNeeds.DiagnosedConditions, () => new Tally().Multi(mentalHealth().Where(c => N(c).DiagnosedMentalHealthCondition == YesNoDontKnow.Yes), c => N(c).DiagnosedConditions));
        Check(PublishedNeeds.ChildrenAndParentingNeeds, () => new Tally().Single(All, c => N(c).ChildrenAndParenting));
        Check(PublishedNeeds.AccessToPublicFunds, () => new Tally().Single(All.Where(c => N(c).FinanceBenefitsAndDebt == YesNoDontKnow.Yes), c => N(c).AccessToPublicFunds));
        Check(PublishedNeeds.IndefiniteLeaveToRemain, () => new Tally().Single(All.Where(c => N(c).Immigration == YesNoDontKnow.Yes), c => N(c).NeedsIndefiniteLeaveToRemain));
        Check(PublishedNeeds.VisaDependentOnPerpetrator, () => new Tally().Single(All.Where(c => N(c).Immigration == YesNoDontKnow.Yes), c => N(c).VisaDependentOnPerpetrator));
    }
}
