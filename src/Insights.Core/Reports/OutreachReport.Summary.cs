using Insights.Core.Model;
using Insights.Core.Tabulation;

namespace Insights.Core.Reports;

/// <summary>The age groups the key findings compare.</summary>
internal enum AgeGroup
{
    /// <summary>Aged 60 or under at intake.</summary>
    [Label("Under 61")]
    Under61,

    /// <summary>Aged 61 or over at intake.</summary>
    [Label("61 and over")]
    SixtyOneAndOver,
}

public static partial class OutreachReport
{
    private static AgeGroup? AgeGroupOf(ReportCase r) => Profile(r).Age switch
    {
        null => null,
        < 61 => AgeGroup.Under61,
        _ => AgeGroup.SixtyOneAndOver,
    };

    private static bool AnsweredOutcome(ReportCase r, ClientOutcome outcome) => Exit(r).ClientOutcomes?.Of(outcome) is not null;

    private static bool AgreesWith(ReportCase r, ClientOutcome outcome) => Exit(r).ClientOutcomes?.Of(outcome) is Agreement.StronglyAgree or Agreement.Agree;

    private static Tabulator<ReportCase>[] AtAGlance() =>
    [
        Tabulate.CountsWithoutBases<ReportCase>(Printed.AtAGlance)
            .WithColumn(string.Empty, _ => true)
            .WithDisplay(CountDisplay.CountOnly)
            .WithRow(Printed.ClientsEngaged, IsProfile)
            .WithRow("Cases closed", r => CaseLengthDays(r) >= 0)
            .WithRow("Clients supported with criminal or civil justice", r => SupportedWithCriminalJustice(r) || SupportedWithCivilJustice(r)),
        Tabulate.Counts<ReportCase>(Printed.DiverseGroups, IsProfile)
            .WithRow(Printed.Disability, r => Profile(r).Disability == YesNoDontKnow.Yes)
            .WithRow(Printed.Lgb, r => Profile(r).SexualOrientation is SexualOrientation.Bisexual or SexualOrientation.Gay or SexualOrientation.Lesbian or SexualOrientation.Other)
            .WithRow(Printed.Bme, r => Profile(r).Ethnicity is { } e && BmeEthnicities.Contains(e))
            .WithRow(Printed.Male, r => Profile(r).SexAtBirth == Sex.Male),
    ];

    private static Tabulator<ReportCase>[] OutreachServiceOf100() =>
    [
        Tabulate.CountsWithoutBases<ReportCase>("Who are they?")
            .WithColumn(string.Empty, _ => true)
            .WithDisplay(CountDisplay.PerHundred)
            .WithRow("will be female", Cell(r => Profile(r).SexAtBirth == Sex.Female, IsProfile))
            .WithRow("will identify as LGB", Cell(r => Profile(r).SexualOrientation is SexualOrientation.Bisexual or SexualOrientation.Gay or SexualOrientation.Lesbian or SexualOrientation.Other, IsProfile))
            .WithRow("will be White British", Cell(r => Profile(r).Ethnicity == Ethnicity.EnglishWelshScottishNorthernIrishBritish, IsProfile))
            .WithRow("will be new to the service", Cell(r => r.Case.ReferralStatus == ReferralStatus.NewClient))
            .WithRow("self referrals", Cell(r => r.Case.PrimaryReferralRoute == PrimaryReferralRoute.Self))
            .WithRow("will be unemployed", Cell(r => Profile(r).Employment?.Contains(EmploymentStatus.Unemployed) == true, IsProfile))
            .WithRow("will have a disability", Cell(r => Profile(r).Disability == YesNoDontKnow.Yes, IsProfile))
            .WithRow("referred by the Police", Cell(r => r.Case.PrimaryReferralRoute == PrimaryReferralRoute.Police)),
        Tabulate.Numeric<ReportCase>("Average age", r => Profile(r).Age, 120)
            .WithStatistic(new NumericStatistic("Average age", Average.Mean))
            .WithMissing(MissingAnswers.Excluded)
            .Where(IsProfile),
        Tabulate.CountsWithoutBases<ReportCase>("Who else is involved?")
            .WithColumn(string.Empty, _ => true)
            .WithDisplay(CountDisplay.PerHundred)
            .WithRow("have a male perpetrator", Cell(r => r.Case.Intake.Perpetrator.SexAtBirth == Sex.Male))
            .WithRow("the perpetrator will be an ex-intimate partner", Cell(r => Abuse(r).PrimaryPerpetratorRelationship == Relationship.ExIntimatePartner))
            .WithRow("will be pregnant", Cell(r => Profile(r).Pregnant == YesNoDontKnow.Yes, IsProfile))
            .WithRow("have children", Cell(NumberOfChildren.AtLeast(1), Profiled))
            .WithRow("have been exposed to domestic abuse in the past", Cell(r => Abuse(r).PreviousExposure == YesNoDontKnow.Yes))
            .WithRow("have multiple perpetrators", Cell(r => Abuse(r).MultiplePerpetrators == YesNoDontKnow.Yes))
            .WithRow("will have had involvement with Children and Young Persons Services", Cell(r => Profile(r).CypsInvolvement is { } s && s.Overlaps(AnyCypsInvolvement), IsProfile)),
        Tabulate.Numeric<ReportCase>("Children involved", r => ChildrenWithAge(r), 30)
            .WithStatistic(new NumericStatistic("children will be involved", Average.Mean, multiplier: 100))
            .WithMissing(MissingAnswers.Excluded)
            .Where(IsProfile),
        Tabulate.CountsWithoutBases<ReportCase>("What have they experienced?")
            .WithColumn(string.Empty, _ => true)
            .WithDisplay(CountDisplay.PerHundred)
            .WithRow("will be at high risk of serious injury or death", Cell(r => Abuse(r).HighRisk == YesNoDontKnow.Yes))
            .WithRow("will be experiencing multiple types of abuse", Cell(r => Abuse(r).Levels.ExperiencedCount >= 2))
            .WithRow("have experienced physical abuse", Cell(r => Abuse(r).Levels.Physical.IsExperienced()))
            .WithRow("have experienced sexual abuse", Cell(r => Abuse(r).Levels.Sexual.IsExperienced()))
            .WithRow("have experienced harassment and / or stalking", Cell(r => Abuse(r).Levels.HarassmentAndStalking.IsExperienced()))
            .WithRow("have experienced jealous and controlling behaviours", Cell(r => Abuse(r).Levels.JealousAndControlling.IsExperienced())),
        LengthOfAbuse("Average length of abuse").WithMissing(MissingAnswers.Excluded),
        Tabulate.Stack(
            "What support did they receive?",
            Tabulate.Numeric<ReportCase>("Contacts", r => Exit(r).Contacts, 100_000)
                .WithStatistic(new NumericStatistic("direct contacts (median)", Average.Median))
                .WithMissing(MissingAnswers.Excluded),
            Tabulate.Numeric<ReportCase>("Weeks", CaseLengthDays, 36_600)
                .WithStatistic(new NumericStatistic("week period (median)", Average.Median, divisor: 7))
                .WithMissing(MissingAnswers.Excluded))
            .Where(IsMatched),
        Tabulate.CountsWithoutBases<ReportCase>("What support did they receive? (per 100 closed cases)")
            .WithColumn(string.Empty, IsMatched)
            .WithDisplay(CountDisplay.PerHundred)
            .WithRow("will be supported with criminal justice", SupportedWithCriminalJustice)
            .WithRow("will be supported with civil justice", SupportedWithCivilJustice)
            .WithRow("will be supported with safety", Supported(SupportArea.Safety))
            .WithRow("will be supported with alcohol misuse", Supported(SupportArea.AlcoholMisuse))
            .WithRow("will be supported with drug misuse", Supported(SupportArea.DrugMisuse))
            .WithRow("will be supported with children and parenting", Supported(SupportArea.ChildrenAndParenting))
            .WithRow("will be supported with housing", Supported(SupportArea.Housing))
            .WithRow("will be supported with their mental health", Supported(SupportArea.MentalHealth))
            .WithRow("will access children's support services", r => Exit(r).Support.ChildrenAndParenting?.Outcomes?.Contains(ChildrenAndParentingOutcome.AccessingChildrensSupportServices) == true)
            .WithRow("will access the freedom programme", r => Exit(r).Support.ChildrenAndParenting?.Outcomes?.Contains(ChildrenAndParentingOutcome.AccessedFreedomProgramme) == true),
        ClientSaid(),
    ];

    private static Tabulator<ReportCase> ClientSaid()
    {
        var table = Tabulate.CountsWithoutBases<ReportCase>("What did they say as they left the service?")
            .WithColumn(string.Empty, IsMatched)
            .WithDisplay(CountDisplay.PerHundred);
        foreach (var (label, outcome) in new[]
        {
            ("have an improved quality of life", ClientOutcome.QualityOfLifeImproved),
            ("will feel optimistic about the future", ClientOutcome.OptimisticAboutFuture),
            ("feel safer", ClientOutcome.FeelSafer),
            ("have an improved sense of wellbeing", ClientOutcome.ImprovedWellbeing),
            ("feel more confident", ClientOutcome.FeelMoreConfident),
        })
        {
            table = table.WithRow(label, Cell(r => AgreesWith(r, outcome), r => AnsweredOutcome(r, outcome)));
        }

        return table;
    }

    private static readonly EnumSet<CypsInvolvement> AnyCypsInvolvement =
        EnumSet.Of([.. Labels.All<CypsInvolvement>().Where(x => x is not CypsInvolvement.None and not CypsInvolvement.DontKnow)]);

    private static long? ChildrenWithAge(ReportCase r)
    {
        var children = Profile(r).Children;
        long count = 0;
        for (var i = 0; i < children.Count; i++)
        {
            if (children[i].Age is not null)
            {
                count++;
            }
        }

        return count;
    }

    private static Tabulator<ReportCase>[] KeyFindings() =>
    [
        Tabulate.Counts(Printed.ChildrenInHousehold, Profiled)
            .WithRow("Clients with children involved", NumberOfChildren.AtLeast(1)),
        Tabulate.SingleChoiceOfEach("Children of primary school age", (ReportCase r) => Profile(r).Children, child => child.Age)
            .WithLayout(Rows(ChildAgeBand.Years4To11))
            .WithMissing(MissingAnswers.Excluded)
            .Where(IsProfile),
        LengthOfAbuse("Average length of abuse by age group").WithMissing(MissingAnswers.Excluded).GroupBy(AgeGroupOf),
        One("Living with the perpetrator by age group", r => Abuse(r).LivingWithPerpetrator).GroupBy(AgeGroupOf),
        Tabulate.Counts<ReportCase>("Attempted to end the relationship in the last year by age group", _ => true)
            .WithRow("The client has attempted to end the abusive relationship", r => Abuse(r).AttemptedToEndRelationship == true)
            .GroupBy(AgeGroupOf),
        .. SocialAndCommunitySupportFindings(),
    ];

    /// <summary>
    /// The key-findings panel on social and community support, in the printed order. Its figures are the
    /// "Social and community support" row of the Needs &amp; Support matrix (375 35%, 205 55%, 134 65%) and the
    /// outcomes of that support (26%, 25%, 21% of the 205), so every base is a closed case: need among the
    /// 1,086 exits, support among those in need, caseworker-reported wellbeing and forms of support among
    /// those supported.
    /// </summary>
    private static Tabulator<ReportCase>[] SocialAndCommunitySupportFindings()
    {
        const SupportArea area = SupportArea.SocialAndCommunitySupport;
        var inNeedAtExit = Matched & InNeed(area);
        var supportedAtExit = Matched & Supported(area);
        return
        [
            Tabulate.Counts(Printed.NeedOfSocialSupport, Matched)
                .WithRow("Clients identified as having need of social and community support", InNeed(area)),

            // "Following support": the caseworker's view of wellbeing after this support, as the matrix reports
            // it, not the client-reported wellbeing outcome (asked of every client at exit, 83% agree).
            Tabulate.Counts(Printed.WellbeingFollowingSupport, supportedAtExit)
                .WithRow("Clients supported with social and community support whose wellbeing improved (caseworker reported)", WellbeingImproved(area)),
            Tabulate.Counts(Printed.SupportFromWorker, inNeedAtExit)
                .WithRow("Clients with a need who received support from their Outreach worker", SupportedIn(area).Is(true)),

            // The three forms the panel names, as fixed rows: a definition's rows cannot depend on the data.
            Many("Most common forms of support", r => Exit(r).Support.SocialAndCommunitySupport?.Outcomes)
                .WithLayout(Rows(SocialAndCommunityOutcome.EngagedWithLocalCommunityGroup, SocialAndCommunityOutcome.EngagedWithPeerSupportGroup, SocialAndCommunityOutcome.EngagedWithDropInSessions))
                .WithMissing(MissingAnswers.Hidden)
                .Where(supportedAtExit),
        ];
    }
}
