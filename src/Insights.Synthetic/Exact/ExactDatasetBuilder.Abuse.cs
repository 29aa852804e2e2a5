using Insights.Core.Model;
using Insights.Synthetic.Calibration;
using Insights.Synthetic.Published;

namespace Insights.Synthetic.Exact;

// Referral and history of abuse at intake, one answer per case.
internal sealed partial class ExactDatasetBuilder
{
    private static readonly AbuseType[] AbuseTypes = [.. Labels.All<AbuseType>()];

    private ReferralStatus?[] _referralStatus = [];
    private PrimaryReferralRoute?[] _primaryRoute = [];
    private InitialReferralRoute?[] _initialRoute = [];
    private AbuseLevel?[][] _levels = [];
    private EnumSet<PhysicalAbuseDetail>?[] _physicalDetails = [];
    private EnumSet<SexualAbuseDetail>?[] _sexualDetails = [];
    private EnumSet<HarassmentDetail>?[] _harassmentDetails = [];
    private EnumSet<ControllingBehaviourDetail>?[] _controllingDetails = [];
    private int?[] _dashTicks = [];
    private YesNoDontKnow?[] _highRisk = [];
    private HighRiskBasis?[] _highRiskBasis = [];
    private YesNoDontKnow?[] _marac = [];
    private int?[] _abuseLengthMonths = [];
    private int[] _dashExitBase = [];

    private void BuildReferrals()
    {
        (_referralStatus, _primaryRoute, _initialRoute) = (new ReferralStatus?[_caseCount], new PrimaryReferralRoute?[_caseCount], new InitialReferralRoute?[_caseCount]);

        // A client's second case is a return to the service after the first closed.
        _dealer.DealEligible(_all, PublishedServiceInputs.ReferralStatus.Deck<ReferralStatus>(), _referralStatus,
            (c, v) => c < _clientCount || v == ReferralStatus.RepeatToService);
        _dealer.Deal(_all, PublishedServiceInputs.PrimaryReferralRoute.Deck<PrimaryReferralRoute>(), _primaryRoute);
        _dealer.Deal(_all, PublishedServiceInputs.InitialReferralRoute.Deck<InitialReferralRoute>(), _initialRoute);
    }

    private static PublishedTable LevelTable(AbuseType type) => type switch
    {
        AbuseType.Physical => PublishedExit.PhysicalLevel,
        AbuseType.Sexual => PublishedExit.SexualLevel,
        AbuseType.HarassmentAndStalking => PublishedExit.HarassmentLevel,
        AbuseType.JealousAndControlling => PublishedExit.ControllingLevel,
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    private static LevelSearch.Targets MultipleTypes(PublishedTable table, string? column = null) => new(
        table.Count("Clients experiencing multiple types of abuse", column),
        table.Count("Clients experiencing multiple types of high severity abuse", column),
        table.Count("Clients experiencing at least one type of high severity abuse", column));

    private void BuildAbuseLevels()
    {
        _levels = [.. AbuseTypes.Select(_ => new AbuseLevel?[_caseCount])];
        var allTargets = MultipleTypes(PublishedAbuseHistory.MultipleTypes);
        var matchedTargets = MultipleTypes(PublishedExit.MultipleTypes, "Intake");
        var openTargets = new LevelSearch.Targets(allTargets.MultipleTypes - matchedTargets.MultipleTypes,
            allTargets.MultipleHigh - matchedTargets.MultipleHigh, allTargets.AnyHigh - matchedTargets.AnyHigh);
        var allDecks = AbuseTypes.Select(t => PublishedAbuseHistory.LevelOfAbuse.RowDeck<AbuseLevel>(Labels.Of(t), _caseCount)).ToArray();
        var matchedDecks = AbuseTypes.Select(t => LevelTable(t).Deck<AbuseLevel>("Intake")).ToArray();
        SolveLevels(_matched, matchedDecks, matchedTargets, _levels, null);
        SolveLevels(_open, [.. allDecks.Select((d, i) => d.Minus(matchedDecks[i]))], openTargets, _levels, null);

        _physicalDetails = new EnumSet<PhysicalAbuseDetail>?[_caseCount];
        _sexualDetails = new EnumSet<SexualAbuseDetail>?[_caseCount];
        _harassmentDetails = new EnumSet<HarassmentDetail>?[_caseCount];
        _controllingDetails = new EnumSet<ControllingBehaviourDetail>?[_caseCount];
        _dealer.DealMulti(Experiencing(AbuseType.Physical), PublishedAbuseHistory.PhysicalDetails.Deck<PhysicalAbuseDetail>(), _physicalDetails, [PhysicalAbuseDetail.DontKnow]);
        _dealer.DealMulti(Experiencing(AbuseType.Sexual), PublishedAbuseHistory.SexualDetails.Deck<SexualAbuseDetail>(), _sexualDetails, [SexualAbuseDetail.DontKnow]);
        _dealer.DealMulti(Experiencing(AbuseType.HarassmentAndStalking), PublishedAbuseHistory.HarassmentDetails.Deck<HarassmentDetail>(), _harassmentDetails, [HarassmentDetail.DontKnow]);
        _dealer.DealMulti(Experiencing(AbuseType.JealousAndControlling), PublishedAbuseHistory.ControllingDetails.Deck<ControllingBehaviourDetail>(), _controllingDetails, [ControllingBehaviourDetail.DontKnow]);
    }

    private int[] Experiencing(AbuseType type) => _all.Where(c => _levels[(int)type][c].IsExperienced()).ToArray();

    /// <summary>
    /// Deals each type's levels to the population and rearranges them until the three "multiple types"
    /// counts are reached. With <paramref name="rank"/>, each type's levels first go by the rank (higher
    /// levels to higher keys), which the search then perturbs as little as it needs.
    /// </summary>
    private void SolveLevels(int[] population, Deck<AbuseLevel>[] decks, LevelSearch.Targets targets, AbuseLevel?[][] target, Func<int, AbuseType, double>? rank)
    {
        var columns = new AbuseLevel?[AbuseTypes.Length][];
        for (var t = 0; t < AbuseTypes.Length; t++)
        {
            var type = AbuseTypes[t];
            var dealt = new AbuseLevel?[_caseCount];
            if (rank is null)
            {
                _dealer.Deal(population, decks[t], dealt);
            }
            else
            {
                _dealer.DealRanked(population, decks[t], dealt, c => rank(c, type), AbuseLevel.High, AbuseLevel.Moderate, AbuseLevel.Standard);
            }

            columns[t] = [.. population.Select(c => dealt[c])];
        }

        LevelSearch.Solve(columns, targets, _random);
        for (var t = 0; t < AbuseTypes.Length; t++)
        {
            for (var i = 0; i < population.Length; i++)
            {
                target[t][population[i]] = columns[t][i];
            }
        }
    }

    private int ExperiencedCount(AbuseLevel?[][] levels, int c) => AbuseTypes.Count(t => levels[(int)t][c].IsExperienced());

    private int HighCount(AbuseLevel?[][] levels, int c) => AbuseTypes.Count(t => levels[(int)t][c] == AbuseLevel.High);

    private void BuildRiskAndLength()
    {
        BuildDashTicks();
        (_highRisk, _highRiskBasis, _marac) = (new YesNoDontKnow?[_caseCount], new HighRiskBasis?[_caseCount], new YesNoDontKnow?[_caseCount]);

        // Risk follows the Dash: the highest tick counts are the high-risk cases (actuarial ones the highest),
        // and those are the ones discussed at Marac.
        _dealer.DealRanked(_all, PublishedAbuseHistory.HighRisk.Deck<YesNoDontKnow>(), _highRisk, c => (_dashTicks[c] ?? 8) + Noise(2.5), YesNoDontKnow.Yes);
        _dealer.DealRanked(_all.Where(c => _highRisk[c] == YesNoDontKnow.Yes).ToArray(), PublishedAbuseHistory.HighRiskBasis.Deck<HighRiskBasis>(), _highRiskBasis,
            c => (_dashTicks[c] ?? 8) + Noise(2), HighRiskBasis.Actuarial);
        _dealer.DealRanked(_all, PublishedAbuseHistory.DiscussedAtMarac.Deck<YesNoDontKnow>(), _marac,
            c => (_highRisk[c] == YesNoDontKnow.Yes ? 8 : 0) + (_dashTicks[c] ?? 8) + Noise(3), YesNoDontKnow.Yes);
        BuildAbuseLength();
    }

    private static Shape DashShape(DashBand band) => band switch
    {
        DashBand.Standard => new Shape((1, 1, 0.10), (2, 2, 0.15), (3, 3, 0.20), (4, 4, 0.25), (5, 5, 0.30)),
        DashBand.Medium => new Shape((6, 6, 0.30), (7, 7, 0.27), (8, 8, 0.23), (9, 9, 0.20)),
        DashBand.High => Shape.Geometric(10, 24, 0.85),
        _ => throw new ArgumentOutOfRangeException(nameof(band)),
    };

    private void BuildDashTicks()
    {
        // The intake-vs-exit Dash table covers the 784 matched cases with exit ticks; its intake column is
        // part of the intake table over every case. Severe abuse profiles get the higher bands.
        _dashTicks = new int?[_caseCount];
        _dashExitBase = [.. _random.Shuffled(_matched).Take(PublishedExit.DashTicks.N!.Value).Order()];
        var exitBase = _dashExitBase.ToHashSet();
        var bands = new DashBand?[_caseCount];
        var baseDeck = PublishedExit.DashTicks.Deck<DashBand>("Intake", _dashExitBase.Length, "Reduction in number of ticks");
        var allDeck = PublishedAbuseHistory.DashTicks.Deck<DashBand>();
        double Severity(int c) => (3 * HighCount(_levels, c)) + ExperiencedCount(_levels, c) + Noise(2);
        _dealer.DealRanked(_dashExitBase, baseDeck, bands, Severity, DashBand.High, DashBand.Medium);
        _dealer.DealRanked(_all.Where(c => !exitBase.Contains(c)).ToArray(), allDeck.Minus(baseDeck), bands, Severity, DashBand.High, DashBand.Medium);
        foreach (var band in Labels.All<DashBand>())
        {
            var members = _random.Shuffled(_all.Where(c => bands[c] == band));
            var ticks = DashShape(band).Spread(members.Length);
            for (var i = 0; i < members.Length; i++)
            {
                _dashTicks[members[i]] = ticks[i];
            }
        }

        var answered = _all.Where(c => _dashTicks[c] is not null).ToArray();
        var mean = RoundedRatio(answered.Sum(c => _dashTicks[c]!.Value), answered.Length);
        Require(mean == PublishedFigures.MeanDashTicks, $"mean Dash ticks round to {mean}");
    }

    private static Shape AbuseLengthShape(AbuseLengthBand band) => band switch
    {
        // People give round numbers of years; the point masses at whole years put the medians where the report has them.
        AbuseLengthBand.UnderOneYear => Shape.Uniform(1, 11),
        AbuseLengthBand.OneToTwoYears => new Shape((12, 12, 0.35), (13, 23, 0.20), (24, 24, 0.30), (25, 35, 0.15)),
        AbuseLengthBand.ThreeToFiveYears => new Shape((36, 36, 0.35), (37, 47, 0.10), (48, 48, 0.30), (49, 59, 0.05), (60, 60, 0.15), (61, 71, 0.05)),
        AbuseLengthBand.SixToTenYears => new Shape((72, 72, 0.25), (73, 83, 0.05), (84, 84, 0.20), (85, 95, 0.05), (96, 96, 0.15), (97, 107, 0.05), (108, 108, 0.10), (109, 119, 0.05), (120, 120, 0.08), (121, 131, 0.02)),
        AbuseLengthBand.ElevenYearsOrMore => new Shape((132, 132, 0.15), (133, 179, 0.25), (180, 180, 0.15), (181, 239, 0.20), (240, 240, 0.10), (241, 480, 0.15)),
        _ => throw new ArgumentOutOfRangeException(nameof(band)),
    };

    private void BuildAbuseLength()
    {
        // The longest abuse goes to the oldest clients (with noise), so that those aged 61 and over have the
        // 20-year median of the key findings while everyone else keeps the 4-year median.
        _abuseLengthMonths = new int?[_caseCount];
        var bands = new AbuseLengthBand?[_caseCount];
        _dealer.DealRanked(_all, PublishedAbuseHistory.AbuseLength.Deck<AbuseLengthBand>(), bands, c => AgeOf(c) + Noise(5),
            AbuseLengthBand.ElevenYearsOrMore, AbuseLengthBand.SixToTenYears, AbuseLengthBand.ThreeToFiveYears, AbuseLengthBand.OneToTwoYears, AbuseLengthBand.UnderOneYear);
        foreach (var band in Labels.All<AbuseLengthBand>())
        {
            var members = _all.Where(c => bands[c] == band && (band != AbuseLengthBand.ElevenYearsOrMore || AgeOf(c) < 61)).ToArray();
            SpreadOver(members, AbuseLengthShape(band), _abuseLengthMonths);
        }

        // Among the oldest clients, the median falls inside their 11-years-plus answers: pin it at 20 years,
        // with shorter long-abuse answers below it and longer ones above.
        var pinned = PublishedFigures.MedianAbuseLengthYears61AndOver * 12;
        var older = _all.Where(c => AgeOf(c) >= 61 && bands[c] is not null).ToArray();
        var shorter = older.Count(c => bands[c] != AbuseLengthBand.ElevenYearsOrMore);
        var longest = _random.Shuffled(older.Where(c => bands[c] == AbuseLengthBand.ElevenYearsOrMore));
        var (medianLow, medianHigh) = ((older.Length - 1) / 2 - shorter, older.Length / 2 - shorter);
        Require(medianLow >= 0, $"only {longest.Length} of {older.Length} clients aged 61+ have 11 years or more of abuse");
        var below = new Shape((132, pinned - 1, 1)).Spread(medianLow);
        var above = new Shape((pinned + 1, 600, 1)).Spread(longest.Length - medianHigh - 1);
        int[] values = [.. below, .. Enumerable.Repeat(pinned, medianHigh - medianLow + 1), .. above];
        for (var i = 0; i < longest.Length; i++)
        {
            _abuseLengthMonths[longest[i]] = values[i];
        }

        RequireMedianYears(_all, PublishedFigures.MedianAbuseLengthYears, "every case");
        RequireMedianYears(_all.Where(c => AgeOf(c) < 61), PublishedFigures.MedianAbuseLengthYearsUnder61, "clients under 61");
        RequireMedianYears(_all.Where(c => AgeOf(c) >= 61), PublishedFigures.MedianAbuseLengthYears61AndOver, "clients aged 61 and over");
    }

    private void RequireMedianYears(IEnumerable<int> cases, int years, string who)
    {
        // Median months / 12, rounded half away from zero: twice the median over 24.
        var twice = TwiceMedian(cases.Where(c => _abuseLengthMonths[c] is not null).Select(c => _abuseLengthMonths[c]!.Value));
        var rounded = RoundedRatio(twice, 24);
        Require(rounded == years, $"median length of abuse for {who} rounds to {rounded} years, not {years}");
    }

    /// <summary>Gives <paramref name="members"/>, in random order, the evenly spaced quantiles of <paramref name="shape"/>.</summary>
    private void SpreadOver(int[] members, Shape shape, int?[] target)
    {
        var shuffled = _random.Shuffled(members);
        var values = shape.Spread(shuffled.Length);
        for (var i = 0; i < shuffled.Length; i++)
        {
            target[shuffled[i]] = values[i];
        }
    }
}
