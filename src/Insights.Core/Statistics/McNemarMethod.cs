namespace Insights.Core.Statistics;

/// <summary>Which form of McNemar's test <see cref="PairedTests.McNemar"/> computes.</summary>
public enum McNemarMethod
{
    /// <summary>
    /// <see cref="Exact"/> when there are fewer than 25 discordant pairs, else <see cref="ChiSquare"/>. Below 25
    /// the chi-square approximation to the binomial distribution of b given b + c can be far from its tail; from
    /// 25 on the uncorrected chi-square test holds its size well (Fagerland, Lydersen and Laake 2013), while the
    /// exact test is conservative. The threshold is the usual textbook rule (for example Rosner, Fundamentals of
    /// Biostatistics) and keeps the exact sums short.
    /// </summary>
    Automatic,

    /// <summary>The exact conditional test: twice the binomial(b + c, 1/2) tail at min(b, c), at most 1 (R's <c>binom.test(b, b + c)</c>).</summary>
    Exact,

    /// <summary>The mid-p form of the exact test: P(X &lt; m) + P(X ≤ m) with m = min(b, c), X binomial(b + c, 1/2).</summary>
    MidP,

    /// <summary>(b − c)² / (b + c) on 1 degree of freedom (R's <c>mcnemar.test(x, correct = FALSE)</c>).</summary>
    ChiSquare,

    /// <summary>(|b − c| − 1)² / (b + c) on 1 degree of freedom, uncorrected when b = c (R's <c>mcnemar.test(x, correct = TRUE)</c>).</summary>
    ChiSquareCorrected,
}
