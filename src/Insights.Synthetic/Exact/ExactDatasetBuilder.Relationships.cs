using Insights.Core.Model;
using Insights.Synthetic.Published;

namespace Insights.Synthetic.Exact;

// The relationship to the perpetrator and the rest of the history of abuse, then the perpetrator's profile.
internal sealed partial class ExactDatasetBuilder
{
    private YesNoDontKnow?[] _previousExposure = [];
    private EnumSet<PreviousExposureKind>?[] _previousExposureKinds = [];
    private Relationship?[] _relationship = [];
    private LivingArrangement?[] _living = [];
    private ReasonNotLivingTogether?[] _reasonNotLiving = [];
    private Typology?[] _typology = [];
    private YesNoDontKnow?[] _multiplePerpetrators = [];
    private EnumSet<Relationship>?[] _additionalPerpetrators = [];
    private bool?[] _attempted = [];
    private int?[] _attempts = [];
    private YesNoDontKnow?[] _forcedMarriage = [];
    private YesNoDontKnow?[] _honourBasedViolence = [];
    private YesNoDontKnow?[] _fgm = [];
    private Sex?[] _perpetratorSex = [];
    private GenderIdentity?[] _perpetratorGender = [];
    private bool?[] _perpetratorGenderDiffers = [];
    private YesNoDontKnow?[] _multipleVictims = [];
    private YesNoDontKnow?[] _perpetratorMentalHealth = [];
    private YesNoDontKnow?[] _perpetratorDrugs = [];
    private YesNoDontKnow?[] _perpetratorAlcohol = [];

    private static bool IsPartner(Relationship? relationship) => relationship is Relationship.CurrentIntimatePartner or Relationship.ExIntimatePartner;

    private static bool IsFemaleRelative(Relationship? relationship) => relationship is Relationship.Mother or Relationship.StepMother
        or Relationship.Grandmother or Relationship.Sister or Relationship.StepSister;

    private void BuildRelationships()
    {
        var n = _caseCount;
        (_previousExposure, _previousExposureKinds, _relationship, _living, _reasonNotLiving, _typology) =
            (new YesNoDontKnow?[n], new EnumSet<PreviousExposureKind>?[n], new Relationship?[n], new LivingArrangement?[n], new ReasonNotLivingTogether?[n], new Typology?[n]);
        (_multiplePerpetrators, _additionalPerpetrators, _attempted, _attempts) = (new YesNoDontKnow?[n], new EnumSet<Relationship>?[n], new bool?[n], new int?[n]);
        (_forcedMarriage, _honourBasedViolence, _fgm) = (new YesNoDontKnow?[n], new YesNoDontKnow?[n], new YesNoDontKnow?[n]);

        var exposure = PublishedAbuseHistory.PreviousExposure;
        string[] kinds = [.. Labels.All<PreviousExposureKind>().Select(Labels.Of)];
        _dealer.Deal(_all, exposure.Deck<YesNoDontKnow>(ignoredRows: kinds), _previousExposure);
        _dealer.DealMulti(_all.Where(c => _previousExposure[c] == YesNoDontKnow.Yes).ToArray(),
            exposure.Deck<PreviousExposureKind>(ignoredRows: ["Yes", "No", "Don't know", "Missing"]), _previousExposureKinds);

        // Matched cases: 200 current and 781 ex-partners at intake (the bases of the "change in relationship"
        // percentages, audit B14); their other relationships are drawn from what the intake table leaves.
        var relationships = PublishedAbuseHistory.PrimaryPerpetratorRelationship.Deck<Relationship>();
        var matchedRelationships = relationships.Subset(_matchedCount, _random,
            (Relationship.CurrentIntimatePartner, PublishedFigures.MatchedCurrentPartnersAtIntake), (Relationship.ExIntimatePartner, PublishedFigures.MatchedExPartnersAtIntake));
        bool Plausible(int c, Relationship r) => r switch
        {
            Relationship.ChildUnder18Biological or Relationship.ChildUnder18StepChild => AgeOf(c) >= 28,
            Relationship.Child18OrOverBiological or Relationship.Child18OrOverStepChild => AgeOf(c) >= 40,
            _ => true,
        };
        _dealer.DealEligible(_matched, matchedRelationships, _relationship, Plausible);
        _dealer.DealEligible(_open, relationships.Minus(matchedRelationships), _relationship, Plausible);

        // Clients living with the perpetrator are mostly current partners, and more often older clients.
        var living = PublishedExit.LivingArrangement.Deck<LivingArrangement>("Intake");
        double LivingKey(int c) => (_relationship[c] == Relationship.CurrentIntimatePartner ? 3 : 0) + (AgeOf(c) >= 61 ? 1.5 : 0) + Noise(1);
        _dealer.DealRanked(_matched, living, _living, LivingKey, LivingArrangement.LivingTogether, LivingArrangement.LivingTogetherIntermittently);
        _dealer.DealRanked(_open, PublishedAbuseHistory.LivingWithPerpetrator.Deck<LivingArrangement>().Minus(living), _living, LivingKey,
            LivingArrangement.LivingTogether, LivingArrangement.LivingTogetherIntermittently);
        _dealer.Deal(_all.Where(c => _living[c] == LivingArrangement.NotLivingTogether).ToArray(),
            PublishedAbuseHistory.ReasonNotLivingTogether.Deck<ReasonNotLivingTogether>(), _reasonNotLiving);

        _dealer.Deal(_all, PublishedAbuseHistory.Typology.Deck<Typology>(), _typology);
        _dealer.Deal(_all, PublishedAbuseHistory.MultiplePerpetrators.Deck<YesNoDontKnow>(), _multiplePerpetrators);
        _dealer.DealMulti(_all.Where(c => _multiplePerpetrators[c] == YesNoDontKnow.Yes).ToArray(),
            PublishedAbuseHistory.AdditionalPerpetrators.Deck<Relationship>(), _additionalPerpetrators, [Relationship.DontKnow]);
        BuildAttempts();

        var otherForms = PublishedAbuseHistory.OtherFormsOfAbuse;
        _dealer.Deal(_all, otherForms.Deck<YesNoDontKnow>("Forced marriage"), _forcedMarriage);
        _dealer.Deal(_all, otherForms.Deck<YesNoDontKnow>("'Honour'-based violence"), _honourBasedViolence);
        _dealer.Deal(_all, otherForms.Deck<YesNoDontKnow>("FGM"), _fgm);
    }

    private void BuildAttempts()
    {
        // Only those who attempted are counted; everyone else is recorded as not having attempted. Younger
        // clients and those no longer living with the perpetrator attempted more often (key findings).
        var attempted = PublishedAbuseHistory.AttemptedToEndRelationship.Count("The client has attempted to end the abusive relationship");
        var ranked = _all.OrderByDescending(c => -AgeOf(c) + (_living[c] == LivingArrangement.NotLivingTogether ? 8 : 0) + Noise(10)).ToArray();
        foreach (var c in _all)
        {
            _attempted[c] = false;
        }

        var takers = ranked.Take(attempted).ToArray();
        var total = (int)Math.Round(PublishedFigures.MeanAttempts * takers.Length, MidpointRounding.AwayFromZero);
        var counts = Enumerable.Repeat(1, takers.Length).ToArray();
        for (var extra = total - takers.Length; extra > 0;)
        {
            var i = _random.NextInt(counts.Length);
            if (counts[i] < 8)
            {
                counts[i]++;
                extra--;
            }
        }

        for (var i = 0; i < takers.Length; i++)
        {
            _attempted[takers[i]] = true;
            _attempts[takers[i]] = counts[i];
        }

        var mean = Math.Round((decimal)counts.Sum() / counts.Length, 1, MidpointRounding.AwayFromZero);
        Require(mean == PublishedFigures.MeanAttempts, $"mean attempts round to {mean}");
    }

    private void BuildPerpetrators()
    {
        var n = _caseCount;
        (_perpetratorSex, _perpetratorGender, _perpetratorGenderDiffers, _multipleVictims) = (new Sex?[n], new GenderIdentity?[n], new bool?[n], new YesNoDontKnow?[n]);
        (_perpetratorMentalHealth, _perpetratorDrugs, _perpetratorAlcohol) = (new YesNoDontKnow?[n], new YesNoDontKnow?[n], new YesNoDontKnow?[n]);

        // Female perpetrators are first the female relatives, then the partners of male clients.
        _dealer.DealRanked(_all, PublishedAbuseHistory.PerpetratorSex.Deck<Sex>(), _perpetratorSex,
            c => (IsFemaleRelative(_relationship[c]) ? 3 : 0) + (_sex[ClientOf(c)] == Sex.Male && IsPartner(_relationship[c]) ? 2 : 0) + Noise(0.5), Sex.Female);
        var gender = PublishedAbuseHistory.PerpetratorGenderIdentity;
        AssignGender(_all, _perpetratorSex, gender.Deck<GenderIdentity>(ignoredRows: "Not sex assigned at birth"),
            gender.Count("Not sex assigned at birth"), _perpetratorGender, _perpetratorGenderDiffers);
        _dealer.Deal(_all, PublishedAbuseHistory.PerpetratorMultipleVictims.Deck<YesNoDontKnow>(), _multipleVictims);
        var needs = PublishedAbuseHistory.PerpetratorNeeds;
        _dealer.Deal(_all, needs.Deck<YesNoDontKnow>("Mental health"), _perpetratorMentalHealth);
        _dealer.Deal(_all, needs.Deck<YesNoDontKnow>("Drugs"), _perpetratorDrugs);
        _dealer.Deal(_all, needs.Deck<YesNoDontKnow>("Alcohol"), _perpetratorAlcohol);
    }
}
