using Insights.Core.Model;
using Insights.Synthetic.Published;

namespace Insights.Synthetic.Exact;

// The relationship, contact and the client's and caseworker's views at exit.
internal sealed partial class ExactDatasetBuilder
{
    private Relationship?[] _exitRelationship = [];
    private LivingArrangement?[] _exitLiving = [];
    private YesNoDontKnow?[] _ongoingContact = [];
    private EnumSet<OngoingContactReason>?[] _ongoingReasons = [];
    private YesNoDontKnow?[] _childContactConflict = [];
    private YesNoDontKnow?[] _childContactUsedToAbuse = [];
    private Agreement?[][] _clientOutcomes = [];
    private bool[] _gaveFeedback = [];
    private EnumSet<Agency>?[] _agenciesMadeDifference = [];
    private EnumSet<Agency>?[] _agenciesWorkedWell = [];
    private EnumSet<Agency>?[] _agenciesPresentedChallenges = [];

    private void BuildExitCircumstances()
    {
        var n = _caseCount;
        (_exitRelationship, _exitLiving, _ongoingContact, _ongoingReasons, _childContactConflict, _childContactUsedToAbuse) =
            (new Relationship?[n], new LivingArrangement?[n], new YesNoDontKnow?[n], new EnumSet<OngoingContactReason>?[n], new YesNoDontKnow?[n], new YesNoDontKnow?[n]);

        // 86 current partners at intake are ex-partners at exit, 25 ex-partners are current partners again;
        // every other relationship is unchanged.
        var change = PublishedExit.RelationshipChange;
        foreach (var c in _matched)
        {
            _exitRelationship[c] = _relationship[c];
        }

        foreach (var c in _random.Shuffled(_matched.Where(c => _relationship[c] == Relationship.CurrentIntimatePartner)).Take(change.Count("Current intimate partner to ex-intimate partner")))
        {
            _exitRelationship[c] = Relationship.ExIntimatePartner;
        }

        foreach (var c in _random.Shuffled(_matched.Where(c => _relationship[c] == Relationship.ExIntimatePartner)).Take(change.Count("Ex-intimate partner to current intimate partner")))
        {
            _exitRelationship[c] = Relationship.CurrentIntimatePartner;
        }

        _dealer.DealRanked(_matched, PublishedExit.LivingArrangement.Deck<LivingArrangement>("Exit"), _exitLiving,
            c => (_exitRelationship[c] == Relationship.CurrentIntimatePartner ? 3 : 0) + (_living[c] == LivingArrangement.LivingTogether ? 1.5 : 0) + Noise(1),
            LivingArrangement.LivingTogether, LivingArrangement.LivingTogetherIntermittently);

        // Contact continues mostly because of children or an ongoing relationship.
        _dealer.DealRanked(_matched, PublishedExit.OngoingContact.Deck<YesNoDontKnow>(), _ongoingContact,
            c => (_childCount[ClientOf(c)] > 0 ? 2 : 0) + (_exitRelationship[c] == Relationship.CurrentIntimatePartner ? 2 : 0) + Noise(1), YesNoDontKnow.Yes);
        _dealer.DealMulti(_matched.Where(c => _ongoingContact[c] == YesNoDontKnow.Yes).ToArray(), PublishedExit.OngoingContactReasons.Deck<OngoingContactReason>(),
            _ongoingReasons, [OngoingContactReason.DontKnow], (c, reason) => reason switch
            {
                OngoingContactReason.Children => _childCount[ClientOf(c)] > 0,
                OngoingContactReason.OngoingRelationship => IsPartner(_exitRelationship[c]),
                _ => true,
            });
        var children = _matched.Where(c => _ongoingReasons[c] is { } reasons && reasons.Contains(OngoingContactReason.Children)).ToArray();
        _dealer.Deal(children, ReportDeviations.ChildContactConflict.Deck<YesNoDontKnow>(), _childContactConflict);
        _dealer.Deal(children, ReportDeviations.ChildContactUsedToAbuse.Deck<YesNoDontKnow>(), _childContactUsedToAbuse);
        BuildViews();
    }

    private void BuildViews()
    {
        // 368 clients gave no feedback at exit: no outcome statement and no agency answer (the Missing row of
        // "made the difference"). The other 718 answer; a few skip single statements. A satisfied client tends
        // to agree with every statement.
        var outcomes = PublishedExit.ClientOutcomes;
        var outcomesMissing = PublishedExit.ClientOutcomesMissing;
        var difference = PublishedExit.AgenciesMadeDifference;
        var silent = difference.Count("Missing");
        _gaveFeedback = new bool[_caseCount];
        var answering = _random.Shuffled(_matched).Skip(silent).Order().ToArray();
        foreach (var c in answering)
        {
            _gaveFeedback[c] = true;
        }

        var satisfaction = new double[_caseCount];
        foreach (var c in _matched)
        {
            satisfaction[c] = _random.NextGaussian();
        }

        _clientOutcomes = [.. Labels.All<ClientOutcome>().Select(_ => new Agreement?[_caseCount])];
        foreach (var outcome in Labels.All<ClientOutcome>())
        {
            var label = Labels.Of(outcome);
            var deck = outcomes.Deck<Agreement>(label).WithMissing(outcomesMissing.Count("Missing", label) - silent);
            _dealer.DealRanked(answering, deck, _clientOutcomes[(int)outcome], c => satisfaction[c] + Noise(0.6),
                Agreement.StronglyAgree, Agreement.Agree, Agreement.NotCertain, Agreement.Disagree, Agreement.DisagreeStrongly);
        }

        (_agenciesMadeDifference, _agenciesWorkedWell, _agenciesPresentedChallenges) = (new EnumSet<Agency>?[_caseCount], new EnumSet<Agency>?[_caseCount], new EnumSet<Agency>?[_caseCount]);
        _dealer.DealMulti(answering, difference.Deck<Agency>().WithMissing(0), _agenciesMadeDifference);
        _dealer.DealMulti(_matched, PublishedExit.AgenciesWorkedWell.Deck<Agency>(), _agenciesWorkedWell);
        _dealer.DealMulti(_matched, PublishedExit.AgenciesPresentedChallenges.Deck<Agency>(), _agenciesPresentedChallenges);
    }
}
