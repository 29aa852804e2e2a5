using Insights.Core.Model;
using Insights.Synthetic.Published;

namespace Insights.Synthetic.Exact;

// Needs at intake. The matched cases' "Yes" counts are the needs column of the support matrix (each area's
// "Have you supported the client with …?" base); their other answers are drawn from what the intake table leaves.
internal sealed partial class ExactDatasetBuilder
{
    private static readonly NeedArea[] NeedAreas = [.. Labels.All<NeedArea>()];

    private YesNoDontKnow?[][] _needs = [];
    private EnumSet<MentalHealthSymptom>?[] _symptoms = [];
    private YesNoDontKnow?[] _diagnosed = [];
    private EnumSet<MentalHealthCondition>?[] _conditions = [];
    private YesNoDontKnow?[] _publicFunds = [];
    private YesNoDontKnow?[] _indefiniteLeave = [];
    private YesNoDontKnow?[] _visaDependent = [];

    private static PublishedTable SupportedTable(SupportArea area) => area switch
    {
        SupportArea.Safety => PublishedSupport.SafetySupported,
        SupportArea.Housing => PublishedSupport.HousingSupported,
        SupportArea.PhysicalHealth => PublishedSupport.PhysicalHealthSupported,
        SupportArea.MentalHealth => PublishedSupport.MentalHealthSupported,
        SupportArea.DrugMisuse => PublishedSupport.DrugMisuseSupported,
        SupportArea.AlcoholMisuse => PublishedSupport.AlcoholMisuseSupported,
        SupportArea.ChildrenAndParenting => PublishedSupport.ChildrenAndParentingSupported,
        SupportArea.FinanceBenefitsAndDebt => PublishedSupport.FinanceSupported,
        SupportArea.EmploymentEducationAndTraining => PublishedSupport.EmploymentSupported,
        SupportArea.SocialAndCommunitySupport => PublishedSupport.SocialSupported,
        SupportArea.Immigration => PublishedSupport.ImmigrationSupported,
        _ => throw new ArgumentOutOfRangeException(nameof(area)),
    };

    private static SupportArea SupportAreaOf(NeedArea need) => Labels.All<SupportArea>().Single(a => a.IntakeNeedArea() == need);

    private void BuildNeeds()
    {
        _needs = [.. NeedAreas.Select(_ => new YesNoDontKnow?[_caseCount])];
        (_symptoms, _diagnosed, _conditions) = (new EnumSet<MentalHealthSymptom>?[_caseCount], new YesNoDontKnow?[_caseCount], new EnumSet<MentalHealthCondition>?[_caseCount]);
        (_publicFunds, _indefiniteLeave, _visaDependent) = (new YesNoDontKnow?[_caseCount], new YesNoDontKnow?[_caseCount], new YesNoDontKnow?[_caseCount]);
        foreach (var area in NeedAreas.Where(a => a != NeedArea.Immigration))
        {
            var all = PublishedNeeds.SummaryOfNeeds.RowDeck<YesNoDontKnow>(Labels.Of(area));
            var matched = all.Subset(_matchedCount, _random, (YesNoDontKnow.Yes, SupportedTable(SupportAreaOf(area)).N!.Value));
            var target = _needs[(int)area];
            if (area == NeedArea.ChildrenAndParenting)
            {
                // A children-and-parenting need goes with having children involved.
                _dealer.DealEligible(_matched, matched, target, (c, v) => v != YesNoDontKnow.Yes || _childCount[ClientOf(c)] > 0);
                _dealer.DealEligible(_open, all.Minus(matched), target, (c, v) => v != YesNoDontKnow.Yes || _childCount[ClientOf(c)] > 0);
            }
            else
            {
                _dealer.Deal(_matched, matched, target);
                _dealer.Deal(_open, all.Minus(matched), target);
            }
        }

        BuildImmigration();
        var mentalHealth = _all.Where(c => _needs[(int)NeedArea.MentalHealth][c] == YesNoDontKnow.Yes).ToArray();
        _dealer.DealMulti(mentalHealth, PublishedNeeds.MentalHealthSymptoms.Deck<MentalHealthSymptom>(), _symptoms, [MentalHealthSymptom.DontKnow]);
        _dealer.Deal(mentalHealth, PublishedNeeds.DiagnosedMentalHealthCondition.Deck<YesNoDontKnow>(), _diagnosed);
        _dealer.DealMulti(mentalHealth.Where(c => _diagnosed[c] == YesNoDontKnow.Yes).ToArray(),
            PublishedNeeds.DiagnosedConditions.Deck<MentalHealthCondition>(), _conditions, [MentalHealthCondition.DontKnow]);
    }

    /// <summary>
    /// Public funds are asked of the 532 with a finance need; the 52 without access are exactly the 52 with an
    /// immigration need, who are then asked about leave to remain and visas (audit B11). Clients outside the
    /// White British group are more likely to be among them.
    /// </summary>
    private void BuildImmigration()
    {
        var finance = _needs[(int)NeedArea.FinanceBenefitsAndDebt];
        var immigration = _needs[(int)NeedArea.Immigration];
        var funds = PublishedNeeds.AccessToPublicFunds.Deck<YesNoDontKnow>();
        var matchedImmigration = PublishedSupport.ImmigrationSupported.N!.Value;
        var matchedFinance = _matched.Where(c => finance[c] == YesNoDontKnow.Yes).ToArray();
        var openFinance = _open.Where(c => finance[c] == YesNoDontKnow.Yes).ToArray();
        var matchedFunds = funds.Subset(matchedFinance.Length, _random, (YesNoDontKnow.No, matchedImmigration));
        double Migrant(int c) => (_ethnicity[ClientOf(c)] is { } e && e != Ethnicity.EnglishWelshScottishNorthernIrishBritish ? 2 : 0) + Noise(1);
        _dealer.DealRanked(matchedFinance, matchedFunds, _publicFunds, Migrant, YesNoDontKnow.No);
        _dealer.DealRanked(openFinance, funds.Minus(matchedFunds), _publicFunds, Migrant, YesNoDontKnow.No);

        var needing = _all.Where(c => _publicFunds[c] == YesNoDontKnow.No).ToArray();
        var immigrationDeck = PublishedNeeds.SummaryOfNeeds.RowDeck<YesNoDontKnow>(Labels.Of(NeedArea.Immigration));
        Require(needing.Length == immigrationDeck[YesNoDontKnow.Yes], $"{needing.Length} clients without public funds, not the {immigrationDeck[YesNoDontKnow.Yes]} with an immigration need");
        foreach (var c in needing)
        {
            immigration[c] = YesNoDontKnow.Yes;
        }

        _dealer.Deal(_all.Where(c => _publicFunds[c] != YesNoDontKnow.No).ToArray(), immigrationDeck.With(YesNoDontKnow.Yes, 0), immigration);
        _dealer.Deal(needing, PublishedNeeds.IndefiniteLeaveToRemain.Deck<YesNoDontKnow>(), _indefiniteLeave);
        _dealer.Deal(needing, PublishedNeeds.VisaDependentOnPerpetrator.Deck<YesNoDontKnow>(), _visaDependent);
    }
}
