namespace Insights.Core.Statistics;

/// <summary>How <see cref="Proportions.Interval"/> computes a confidence interval for one proportion.</summary>
public enum IntervalMethod
{
    /// <summary>
    /// Wilson's score interval without continuity correction (Newcombe 1998, method 3), as R's
    /// <c>prop.test(x, n, correct = FALSE)$conf.int</c>. Close to nominal coverage on average; the usual choice.
    /// </summary>
    Wilson,

    /// <summary>
    /// Wilson's score interval with continuity correction (Newcombe 1998, method 4): R's
    /// <c>prop.test(x, n, correct = TRUE)$conf.int</c> except where R shrinks the correction towards its null value
    /// p = 0.5 (at x = n/2 R gives the uncorrected interval; this method always applies the full correction).
    /// </summary>
    WilsonContinuityCorrected,

    /// <summary>
    /// The Clopper–Pearson "exact" interval from beta quantiles, as R's <c>binom.test(x, n)$conf.int</c>: coverage
    /// never below the nominal level, so it is wider than Wilson's.
    /// </summary>
    ClopperPearson,
}
