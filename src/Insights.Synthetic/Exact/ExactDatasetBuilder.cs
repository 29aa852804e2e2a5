using Insights.Core.Model;
using Insights.Synthetic.Calibration;
using Insights.Synthetic.Published;

namespace Insights.Synthetic.Exact;

/// <summary>
/// Builds the calibrated dataset whose tables reproduce the published report row for row. Every question is
/// answered by dealing a deck of the published counts to the cases the question is asked of, in an order
/// that respects the dependencies between questions (details only for those experiencing the abuse type,
/// outcomes only for those supported, and so on). The few counts that tie several questions together (the
/// "multiple types of abuse" rows, Dash reductions, medians) are reached by a small search or by placing
/// values at the right quantiles, and are checked before the dataset is returned.
/// </summary>
/// <remarks>
/// Case indexes: 0 .. matched-1 are the matched (closed) cases, then the open cases of the other clients,
/// then the second cases of the clients with two cases (always open, opened after the client's first case
/// closed). A client index is the index of the client's first case. Everything random comes from one
/// <see cref="Random64"/> with a constant seed, so every run builds the same cases.
/// </remarks>
internal sealed partial class ExactDatasetBuilder
{
    /// <summary>The seed of the published calibration. Any seed reproduces the counts; this one fixes the case details.</summary>
    internal const ulong DefaultSeed = 0x2018_0401_2019_0331;

    private readonly Random64 _random;
    private readonly Dealer _dealer;
    private readonly int _caseCount;
    private readonly int _matchedCount;
    private readonly int _clientCount;
    private readonly int[] _all;
    private readonly int[] _matched;
    private readonly int[] _open;
    private readonly int[] _clients;
    private readonly int[] _openClients;
    private readonly int[] _secondCases;
    private readonly int[] _repeatClientOf;
    private readonly bool[] _hasSecondCase;

    private ExactDatasetBuilder(ulong seed)
    {
        _random = new Random64(seed);
        _dealer = new Dealer(_random);
        _caseCount = PublishedServiceInputs.ReferralStatus.Count("Total");
        _matchedCount = PublishedExit.CaseStatus.Count("Total");
        _clientCount = PublishedClientProfile.Age.N ?? throw new InvalidOperationException("The age table has no base.");
        _all = Range(0, _caseCount);
        _matched = Range(0, _matchedCount);
        _open = Range(_matchedCount, _caseCount);
        _clients = Range(0, _clientCount);
        _openClients = Range(_matchedCount, _clientCount);
        _secondCases = Range(_clientCount, _caseCount);

        // A returning client's first case closed before the second opened, so the first case is a matched one.
        _repeatClientOf = _random.Shuffled(_matched).Take(_secondCases.Length).Order().ToArray();
        _hasSecondCase = new bool[_clientCount];
        foreach (var client in _repeatClientOf)
        {
            _hasSecondCase[client] = true;
        }
    }

    /// <summary>Builds the calibrated cases, ordered by intake date.</summary>
    /// <exception cref="InvalidOperationException">A published figure could not be reproduced (a calibration bug).</exception>
    internal static Case[] Build(ulong seed = DefaultSeed) => new ExactDatasetBuilder(seed).Run();

    private Case[] Run()
    {
        BuildProfiles();
        BuildReferrals();
        BuildAbuseLevels();
        BuildRiskAndLength();
        BuildRelationships();
        BuildPerpetrators();
        BuildNeeds();
        BuildClosures();
        BuildExitAbuse();
        BuildReviews();
        BuildExitCircumstances();
        BuildSupport();
        BuildJustice();
        BuildDates();
        return Assemble();
    }

    private int ClientOf(int caseIndex) => caseIndex < _clientCount ? caseIndex : _repeatClientOf[caseIndex - _clientCount];

    private int AgeOf(int caseIndex) => _age[ClientOf(caseIndex)];

    private double Noise(double scale) => _random.NextGaussian() * scale;

    private static int[] Range(int start, int end) => Enumerable.Range(start, end - start).ToArray();

    private static void Require(bool condition, FormattableString message)
    {
        if (!condition)
        {
            throw new InvalidOperationException("Calibration failed: " + FormattableString.Invariant(message));
        }
    }

    /// <summary>Returns twice the median (the sum of the two middle values), so a median between two values stays exact.</summary>
    private static int TwiceMedian(IEnumerable<int> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[(sorted.Length - 1) / 2] + sorted[sorted.Length / 2];
    }

    /// <summary>Rounds <paramref name="numerator"/> / <paramref name="denominator"/> half away from zero to whole units.</summary>
    private static long RoundedRatio(long numerator, long denominator)
        => (long)Math.Round((decimal)numerator / denominator, MidpointRounding.AwayFromZero);
}
