using Insights.Core.Model;
using Insights.Synthetic.Calibration;
using Insights.Synthetic.Published;

namespace Insights.Synthetic.Exact;

// Exit forms of the matched cases: closure, case length and contacts, the abuse profile at exit, reviews.
internal sealed partial class ExactDatasetBuilder
{
    private ClosureType?[] _closureType = [];
    private UnplannedClosureReason?[] _unplannedReason = [];
    private int[] _caseLengthDays = [];
    private int?[] _contacts = [];
    private int?[] _exitDashTicks = [];
    private AbuseLevel?[][] _exitLevels = [];
    private bool?[] _noAbuseSinceIntake = [];
    private bool?[] _noAbuseSinceLastReview = [];
    private bool?[] _escalationSeverity = [];
    private bool?[] _escalationFrequency = [];
    private int[] _reviewOffsetDays = [];
    private FurtherAbuse?[] _furtherAbuse = [];
    private FurtherDisclosure?[] _furtherDisclosure = [];
    private AbuseProfile?[] _reviewLevels = [];

    private bool IsError(int c) => c < _matchedCount && _caseLengthDays[c] < 0;

    private static Shape CaseLengthShape(CaseLengthBand band) => band switch
    {
        CaseLengthBand.UpToOneMonth => Shape.Uniform(0, 60),
        // Many cases close at the 13-week (91-day) review, which is where the median falls.
        CaseLengthBand.TwoToThreeMonths => new Shape((61, 90, 0.55), (91, 91, 0.05), (92, 121, 0.40)),
        CaseLengthBand.FourToFiveMonths => Shape.Uniform(122, 182),
        CaseLengthBand.SixToSevenMonths => Shape.Uniform(183, 243),
        CaseLengthBand.EightMonthsOrMore => new Shape((244, 365, 0.7), (366, 730, 0.3)),
        CaseLengthBand.Error => Shape.Uniform(-30, -1),
        _ => throw new ArgumentOutOfRangeException(nameof(band)),
    };

    private static Shape ContactsShape(ContactsBand band) => band switch
    {
        ContactsBand.OneToFive => new Shape((1, 1, 0.15), (2, 2, 0.20), (3, 3, 0.20), (4, 4, 0.20), (5, 5, 0.25)),
        ContactsBand.SixToTen => new Shape((6, 6, 0.30), (7, 7, 0.25), (8, 8, 0.20), (9, 9, 0.15), (10, 10, 0.10)),
        ContactsBand.ElevenToTwenty => Shape.Uniform(11, 20),
        ContactsBand.TwentyOneToThirtyFour => Shape.Uniform(21, 34),
        ContactsBand.ThirtyFiveOrMore => new Shape((35, 60, 0.8), (61, 120, 0.2)),
        _ => throw new ArgumentOutOfRangeException(nameof(band)),
    };

    private void BuildClosures()
    {
        (_closureType, _unplannedReason, _caseLengthDays, _contacts) = (new ClosureType?[_caseCount], new UnplannedClosureReason?[_caseCount], new int[_caseCount], new int?[_caseCount]);
        _dealer.Deal(_matched, PublishedExit.CaseStatus.Deck<ClosureType>(), _closureType);
        _dealer.Deal(_matched.Where(c => _closureType[c] == ClosureType.UnplannedClosure).ToArray(),
            PublishedExit.UnplannedClosureReason.Deck<UnplannedClosureReason>(), _unplannedReason);

        // The 5 "Errors" close before their intake date (a data-entry error the report counts); a returning
        // client's first case is never one, since the second case opens after it closed.
        var lengthBands = new CaseLengthBand?[_caseCount];
        _dealer.DealEligible(_matched, PublishedExit.CaseLength.Deck<CaseLengthBand>(), lengthBands,
            (c, band) => band != CaseLengthBand.Error || !_hasSecondCase[c]);
        var lengths = new int?[_caseCount];
        foreach (var band in Labels.All<CaseLengthBand>())
        {
            SpreadOver(_matched.Where(c => lengthBands[c] == band).ToArray(), CaseLengthShape(band), lengths);
        }

        foreach (var c in _matched)
        {
            _caseLengthDays[c] = lengths[c]!.Value;
        }

        // Median days / 7 with and without the errors: both print "13 weeks".
        foreach (var cases in new[] { _matched, _matched.Where(c => !IsError(c)).ToArray() })
        {
            var weeks = RoundedRatio(TwiceMedian(cases.Select(c => _caseLengthDays[c])), 14);
            Require(weeks == PublishedFigures.MedianCaseLengthWeeks, $"median case length rounds to {weeks} weeks");
        }

        // Longer cases have more contacts.
        var contactBands = new ContactsBand?[_caseCount];
        _dealer.DealRanked(_matched, PublishedExit.Contacts.Deck<ContactsBand>(), contactBands, c => _caseLengthDays[c] + Noise(45),
            ContactsBand.ThirtyFiveOrMore, ContactsBand.TwentyOneToThirtyFour, ContactsBand.ElevenToTwenty, ContactsBand.SixToTen);
        foreach (var band in Labels.All<ContactsBand>())
        {
            SpreadOver(_matched.Where(c => contactBands[c] == band).ToArray(), ContactsShape(band), _contacts);
        }

        var contacts = RoundedRatio(TwiceMedian(_matched.Select(c => _contacts[c]!.Value)), 2);
        Require(contacts == PublishedFigures.MedianContacts, $"median contacts round to {contacts}");
    }

    private void BuildExitAbuse()
    {
        BuildExitDashTicks();

        // Exit levels start from each case's intake level (abuse mostly stops or lessens), then the search
        // reaches the exit "multiple types" counts.
        _exitLevels = [.. AbuseTypes.Select(_ => new AbuseLevel?[_caseCount])];
        var decks = AbuseTypes.Select(t => LevelTable(t).Deck<AbuseLevel>("Exit")).ToArray();
        static double Severity(AbuseLevel? level) => level switch
        {
            AbuseLevel.High => 3,
            AbuseLevel.Moderate => 2,
            AbuseLevel.Standard => 1,
            _ => 0,
        };
        SolveLevels(_matched, decks, MultipleTypes(PublishedExit.MultipleTypes, "Exit"), _exitLevels, (c, t) => Severity(_levels[(int)t][c]) + Noise(0.7));
    }

    private void BuildExitDashTicks()
    {
        // The published exit column bands 783 of the 784 cases; the other one scored 0 ticks at exit.
        _exitDashTicks = new int?[_caseCount];
        var rows = _dashExitBase;
        var deck = PublishedExit.DashTicks.Deck<DashBand>("Exit", rows.Length, "Reduction in number of ticks");
        var values = Labels.All<DashBand>().SelectMany(b => DashShape(b).Spread(deck[b])).Concat(Enumerable.Repeat(0, deck.Missing)).Order().ToArray();

        // Start with exit ticks in the same order as intake ticks, then swap pairs until exactly the published
        // number of cases have fewer ticks at exit than at intake.
        var byIntake = rows.OrderBy(c => _dashTicks[c] ?? -1).ThenBy(_ => _random.NextDouble()).ToArray();
        var exit = new int[byIntake.Length];
        Array.Copy(values, exit, values.Length);
        var target = PublishedExit.DashTicks.Count("Reduction in number of ticks");
        bool Reduced(int i) => _dashTicks[byIntake[i]] is { } intake && intake > exit[i];
        var reductions = Range(0, exit.Length).Count(Reduced);
        for (var step = 0; reductions != target && step < 10_000_000; step++)
        {
            var (i, j) = (_random.NextInt(exit.Length), _random.NextInt(exit.Length));
            var before = (Reduced(i) ? 1 : 0) + (Reduced(j) ? 1 : 0);
            (exit[i], exit[j]) = (exit[j], exit[i]);
            var after = reductions - before + (Reduced(i) ? 1 : 0) + (Reduced(j) ? 1 : 0);
            if (Math.Abs(after - target) <= Math.Abs(reductions - target))
            {
                reductions = after;
            }
            else
            {
                (exit[i], exit[j]) = (exit[j], exit[i]);
            }
        }

        Require(reductions == target, $"{reductions} Dash reductions, not {target}");
        for (var i = 0; i < byIntake.Length; i++)
        {
            _exitDashTicks[byIntake[i]] = exit[i];
        }
    }

    private void BuildReviews()
    {
        _reviewOffsetDays = Enumerable.Repeat(-1, _caseCount).ToArray();
        (_furtherAbuse, _furtherDisclosure, _reviewLevels) = (new FurtherAbuse?[_caseCount], new FurtherDisclosure?[_caseCount], new AbuseProfile?[_caseCount]);
        var count = PublishedCaseReview.ReviewPoint.Count("Yes");
        var offsets = new Shape((1, 16, 0.45), (17, 17, 0.10), (18, 90, 0.45)).Spread(count);
        Require(RoundedRatio(TwiceMedian(offsets), 2) == PublishedFigures.MedianDaysToLastReview, $"median days to review is not {PublishedFigures.MedianDaysToLastReview}");

        // Three reviewed cases report no abuse since the review though some occurred before it: they need an
        // exit profile without abuse. The others are any matched cases long enough to hold their review.
        var quietSinceReview = PublishedExit.AbuseReportedAtExit.Count("No abuse experienced since last review point");
        var reviewed = new List<int>();
        foreach (var offset in offsets.OrderDescending())
        {
            var quiet = reviewed.Count < quietSinceReview;
            var candidates = _matched.Where(c => !reviewed.Contains(c) && !IsError(c) && _caseLengthDays[c] >= offset
                && (!quiet || ExperiencedCount(_exitLevels, c) == 0)).ToArray();
            var chosen = candidates[_random.NextInt(candidates.Length)];
            reviewed.Add(chosen);
            _reviewOffsetDays[chosen] = offset;
        }

        var reviewCases = reviewed.ToArray();
        _dealer.Deal(reviewCases, PublishedCaseReview.FurtherAbuse.Deck<FurtherAbuse>(), _furtherAbuse);
        _dealer.Deal(reviewCases, PublishedCaseReview.FurtherDisclosure.Deck<FurtherDisclosure>(hiddenMissingBase: count), _furtherDisclosure);
        BuildReviewLevels(reviewCases);
        BuildAbuseSinceIntake(reviewed.Take(quietSinceReview).ToArray(), reviewCases);
    }

    private void BuildReviewLevels(int[] reviewCases)
    {
        // Reviews recording further abuse get abuse profiles with the published "multiple types" counts; a
        // review recording none has every type at None; an unanswered review has no levels.
        var withAbuse = reviewCases.Where(c => _furtherAbuse[c] is { } answer && answer != FurtherAbuse.No).ToArray();
        var targets = MultipleTypes(PublishedCaseReview.MultipleTypes);
        for (var i = 0; i < withAbuse.Length; i++)
        {
            var high = i < targets.MultipleHigh ? 2 : i < targets.AnyHigh ? 1 : 0;
            var experienced = Math.Max(high, i < targets.MultipleTypes ? 2 : 1);
            _reviewLevels[withAbuse[i]] = RandomProfile(experienced, high);
        }

        foreach (var c in reviewCases.Where(c => !withAbuse.Contains(c)))
        {
            _reviewLevels[c] = _furtherAbuse[c] == FurtherAbuse.No
                ? new AbuseProfile { Physical = AbuseLevel.None, Sexual = AbuseLevel.None, HarassmentAndStalking = AbuseLevel.None, JealousAndControlling = AbuseLevel.None }
                : new AbuseProfile();
        }

        var profiles = withAbuse.Select(c => _reviewLevels[c]!).ToArray();
        Require(profiles.Count(p => p.ExperiencedCount >= 2) == targets.MultipleTypes
            && profiles.Count(p => p.HighCount >= 2) == targets.MultipleHigh
            && profiles.Count(p => p.HighCount >= 1) == targets.AnyHigh, $"review abuse profiles miss the published multiple-types counts");
    }

    private AbuseProfile RandomProfile(int experienced, int high)
    {
        var types = _random.Shuffled(AbuseTypes);
        var levels = new AbuseLevel?[AbuseTypes.Length];
        for (var i = 0; i < types.Length; i++)
        {
            levels[(int)types[i]] = i < high ? AbuseLevel.High
                : i < experienced ? (_random.NextInt(2) == 0 ? AbuseLevel.Moderate : AbuseLevel.Standard)
                : AbuseLevel.None;
        }

        return new AbuseProfile { Physical = levels[0], Sexual = levels[1], HarassmentAndStalking = levels[2], JealousAndControlling = levels[3] };
    }

    private void BuildAbuseSinceIntake(int[] quietSinceReview, int[] reviewCases)
    {
        (_noAbuseSinceIntake, _noAbuseSinceLastReview) = (new bool?[_caseCount], new bool?[_caseCount]);
        (_escalationSeverity, _escalationFrequency) = (new bool?[_caseCount], new bool?[_caseCount]);
        var reported = PublishedExit.AbuseReportedAtExit;
        var answered = reported.N!.Value;
        var none = reported.Count("No abuse experienced since intake");
        Require(none + quietSinceReview.Length == reported.Count("No abuse experienced since intake or last review"), $"abuse reported at exit does not add up");

        // "No abuse since intake" only where the exit profile records none; the quiet-since-review cases had
        // abuse before their review.
        foreach (var c in reviewCases)
        {
            _noAbuseSinceLastReview[c] = quietSinceReview.Contains(c);
        }

        var answers = Deck<YesNoDontKnow>.Of((YesNoDontKnow.Yes, none), (YesNoDontKnow.No, answered - none - quietSinceReview.Length)).WithMissing(_matchedCount - answered);
        var dealt = new YesNoDontKnow?[_caseCount];
        _dealer.DealEligible(_matched.Where(c => !quietSinceReview.Contains(c)).ToArray(), answers, dealt,
            (c, v) => v != YesNoDontKnow.Yes || ExperiencedCount(_exitLevels, c) == 0);
        foreach (var c in _matched)
        {
            _noAbuseSinceIntake[c] = quietSinceReview.Contains(c) ? false : dealt[c] is { } v ? v == YesNoDontKnow.Yes : null;
        }

        // Escalation: among cases still experiencing abuse at exit, 16 with high-severity abuse.
        var escalation = PublishedExit.Escalation;
        var severity = escalation.Count("Any escalation in severity of abuse");
        var frequency = escalation.Count("Any escalation in frequency of abuse");
        var either = escalation.Count("Any escalation in severity or frequency of abuse");
        var withHigh = escalation.Count("At least one form of high severity abuse which is escalating in frequency or severity");
        var escalating = _random.Shuffled(_matched.Where(c => HighCount(_exitLevels, c) > 0)).Take(withHigh)
            .Concat(_random.Shuffled(_matched.Where(c => ExperiencedCount(_exitLevels, c) > 0 && HighCount(_exitLevels, c) == 0)).Take(either - withHigh))
            .ToArray();
        _random.Shuffle(escalating.AsSpan());
        var both = severity + frequency - either;
        foreach (var c in _matched)
        {
            (_escalationSeverity[c], _escalationFrequency[c]) = (false, false);
        }

        for (var i = 0; i < escalating.Length; i++)
        {
            _escalationSeverity[escalating[i]] = i < severity;
            _escalationFrequency[escalating[i]] = i >= severity - both;
        }
    }
}
