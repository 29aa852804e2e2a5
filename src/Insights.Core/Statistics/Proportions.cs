using System.Globalization;

namespace Insights.Core.Statistics;

/// <summary>
/// Confidence intervals for one proportion and for the difference of two independent proportions, and the
/// chi-square test that two proportions are equal. Plain counts in, values out; every function is pure.
/// </summary>
public static class Proportions
{
    /// <summary>
    /// A confidence interval for the proportion <paramref name="successes"/> / <paramref name="trials"/>.
    /// </summary>
    /// <param name="successes">The number of successes, from 0 to <paramref name="trials"/>.</param>
    /// <param name="trials">The number of trials, 1 or more.</param>
    /// <param name="level">The confidence level, strictly between 0 and 1 (e.g. 0.95).</param>
    /// <param name="method">The interval's method; see <see cref="IntervalMethod"/>.</param>
    /// <returns>
    /// An interval in [0, 1] that contains the estimate x / n. At the edges: with 0 successes the lower limit is
    /// exactly 0, and with every trial a success the upper limit is exactly 1 (all methods). One trial gives
    /// a wide but valid interval (0 of 1 at 95%: Wilson [0, 0.7935], Clopper–Pearson [0, 0.975]). The Wilson
    /// limits are <c>(p + z²/2n ± z √(p(1−p)/n + z²/4n²)) / (1 + z²/n)</c> with z the normal quantile at
    /// (1 + level) / 2; the corrected form replaces p by p ∓ 1/2n in each limit (and gives 0 or 1 when that
    /// passes the edge); Clopper–Pearson's are the beta quantiles B(α/2; x, n−x+1) and B(1−α/2; x+1, n−x).
    /// Large counts (10^6 trials and more) need no special care: the formulas involve no factorials.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="trials"/> is below 1, <paramref name="successes"/> is negative or above <paramref name="trials"/>,
    /// <paramref name="level"/> is not strictly between 0 and 1, or <paramref name="method"/> is not a defined value.
    /// </exception>
    public static ProportionInterval Interval(long successes, long trials, double level, IntervalMethod method)
    {
        CheckProportion(successes, trials, nameof(successes), nameof(trials));
        CheckLevel(level);
        return method switch
        {
            IntervalMethod.Wilson => Wilson(successes, trials, level, 0.0),
            IntervalMethod.WilsonContinuityCorrected => Wilson(successes, trials, level, 0.5),
            IntervalMethod.ClopperPearson => ClopperPearson(successes, trials, level),
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Not a defined interval method."),
        };
    }

    /// <summary>
    /// Newcombe's hybrid score interval (1998, method 10) for the difference p1 − p2 of two independent
    /// proportions, built from the uncorrected Wilson limits (l1, u1) and (l2, u2) of each:
    /// [d − √((p1 − l1)² + (u2 − p2)²), d + √((u1 − p1)² + (p2 − l2)²)] with d = p1 − p2.
    /// </summary>
    /// <param name="successes1">Successes in the first sample, from 0 to <paramref name="trials1"/>.</param>
    /// <param name="trials1">Trials in the first sample, 1 or more.</param>
    /// <param name="successes2">Successes in the second sample, from 0 to <paramref name="trials2"/>.</param>
    /// <param name="trials2">Trials in the second sample, 1 or more.</param>
    /// <param name="level">The confidence level, strictly between 0 and 1.</param>
    /// <returns>
    /// An interval in [−1, 1] that contains d, and never reaches outside [l1 − u2, u1 − l2]. At the edges: a
    /// sample with 0 successes or all successes contributes a zero-length side (its estimate is its Wilson limit),
    /// so 0 of 1 against 1 of 1 gives [−1, 0.1222] at 95%; identical samples give an interval symmetric about 0.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">A count or the level is out of range, as for <see cref="Interval"/>.</exception>
    public static ProportionInterval DifferenceInterval(long successes1, long trials1, long successes2, long trials2, double level)
    {
        CheckProportion(successes1, trials1, nameof(successes1), nameof(trials1));
        CheckProportion(successes2, trials2, nameof(successes2), nameof(trials2));
        CheckLevel(level);
        var p1 = (double)successes1 / trials1;
        var p2 = (double)successes2 / trials2;
        var (l1, u1) = Wilson(successes1, trials1, level, 0.0);
        var (l2, u2) = Wilson(successes2, trials2, level, 0.0);
        var d = p1 - p2;
        var lower = d - Math.Sqrt((p1 - l1) * (p1 - l1) + (u2 - p2) * (u2 - p2));
        var upper = d + Math.Sqrt((u1 - p1) * (u1 - p1) + (p2 - l2) * (p2 - l2));

        // Analytically within [-1, 1]; the clamp only removes a rounding error in the last bit.
        return new ProportionInterval(Math.Max(lower, -1.0), Math.Min(upper, 1.0));
    }

    /// <summary>
    /// The chi-square test that two independent proportions are equal, as R's
    /// <c>prop.test(c(x1, x2), c(n1, n2), correct = …)</c>: the Pearson statistic of the 2 × 2 table of successes
    /// and failures against the pooled proportion, on 1 degree of freedom.
    /// </summary>
    /// <param name="successes1">Successes in the first sample, from 0 to <paramref name="trials1"/>.</param>
    /// <param name="trials1">Trials in the first sample, 1 or more.</param>
    /// <param name="successes2">Successes in the second sample, from 0 to <paramref name="trials2"/>.</param>
    /// <param name="trials2">Trials in the second sample, 1 or more.</param>
    /// <param name="continuityCorrection">
    /// Whether to apply Yates' correction: each |observed − expected| is reduced by 0.5, but, as in R, by no more
    /// than |p1 − p2| / (1/n1 + 1/n2), so equal proportions always give a statistic of 0.
    /// </param>
    /// <returns>
    /// Test <c>Two-proportion</c>, 1 degree of freedom, 2 categories. When the pooled proportion is 0 or 1 (no
    /// success, or no failure, in either sample) the proportions are equal and the statistic is 0/0; R returns NaN
    /// there, this function the statistic 0 and p-value 1, with the Method saying so.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is out of range, as for <see cref="Interval"/>.</exception>
    public static TestResult TwoProportionTest(long successes1, long trials1, long successes2, long trials2, bool continuityCorrection = false)
    {
        CheckProportion(successes1, trials1, nameof(successes1), nameof(trials1));
        CheckProportion(successes2, trials2, nameof(successes2), nameof(trials2));
        const string test = "Two-proportion";
        double n1 = trials1, n2 = trials2;
        var pooled = ((double)successes1 + successes2) / (n1 + n2);
        if (successes1 + successes2 == 0 || successes1 + successes2 == trials1 + trials2)
        {
            return new TestResult(test, "no variation: every trial in both samples has the same outcome, so p = 1", 0.0, 1.0, 1.0, 2);
        }

        var delta = successes1 / n1 - successes2 / n2;
        var yates = continuityCorrection ? Math.Min(0.5, Math.Abs(delta) / (1.0 / n1 + 1.0 / n2)) : 0.0;
        var statistic = 0.0;
        foreach (var (observed, trials) in new[] { ((double)successes1, n1), ((double)successes2, n2) })
        {
            var expectedSuccesses = trials * pooled;
            var expectedFailures = trials * (1.0 - pooled);
            var s = Math.Abs(observed - expectedSuccesses) - yates;
            var f = Math.Abs(trials - observed - expectedFailures) - yates;
            statistic += s * s / expectedSuccesses + f * f / expectedFailures;
        }

        var method = continuityCorrection
            ? "chi-square with Yates' continuity correction on 1 degree of freedom"
            : "chi-square without continuity correction on 1 degree of freedom";
        return new TestResult(test, method, statistic, 1.0, Distributions.ChiSquareUpperTail(statistic, 1.0), 2);
    }

    // Wilson's limits as R's prop.test computes them, with the continuity correction c (0 or 1/2) in the numerator.
    private static ProportionInterval Wilson(long successes, long trials, double level, double correction)
    {
        double n = trials;
        var estimate = successes / n;
        var z = Distributions.NormalQuantile((1.0 + level) / 2.0);
        var z22n = z * z / (2.0 * n);

        // The edge limits are exact: the formula gives them only up to rounding (e.g. 1e-17 instead of 0).
        var upper = 1.0;
        if (successes < trials)
        {
            var pc = estimate + correction / n;
            upper = pc >= 1.0 ? 1.0 : (pc + z22n + z * Math.Sqrt(pc * (1.0 - pc) / n + z22n / (2.0 * n))) / (1.0 + 2.0 * z22n);
        }

        var lower = 0.0;
        if (successes > 0)
        {
            var pc = estimate - correction / n;
            lower = pc <= 0.0 ? 0.0 : (pc + z22n - z * Math.Sqrt(pc * (1.0 - pc) / n + z22n / (2.0 * n))) / (1.0 + 2.0 * z22n);
        }

        return new ProportionInterval(Math.Clamp(lower, 0.0, estimate), Math.Clamp(upper, estimate, 1.0));
    }

    private static ProportionInterval ClopperPearson(long successes, long trials, double level)
    {
        var alpha = 1.0 - level;
        var lower = successes == 0 ? 0.0 : Distributions.BetaQuantile(alpha / 2.0, successes, trials - successes + 1);
        var upper = successes == trials ? 1.0 : Distributions.BetaQuantile(1.0 - alpha / 2.0, successes + 1, trials - successes);
        var estimate = (double)successes / trials;
        return new ProportionInterval(Math.Clamp(lower, 0.0, estimate), Math.Clamp(upper, estimate, 1.0));
    }

    internal static void CheckProportion(long successes, long trials, string successesName, string trialsName)
    {
        if (trials < 1)
        {
            throw new ArgumentOutOfRangeException(trialsName, trials, "The number of trials must be 1 or more.");
        }

        if (successes < 0 || successes > trials)
        {
            throw new ArgumentOutOfRangeException(
                successesName,
                successes,
                string.Create(CultureInfo.InvariantCulture, $"The number of successes must lie between 0 and the number of trials ({trials})."));
        }
    }

    private static void CheckLevel(double level)
    {
        if (!(level > 0.0 && level < 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "The confidence level must lie strictly between 0 and 1 (e.g. 0.95).");
        }
    }
}
