namespace Insights.Core.Statistics;

/// <summary>
/// The result of any test of this namespace: which test, which form of it, its statistic, degrees of freedom
/// (for chi-square tests), p-value, the number of categories that entered it, and an effect size where one is
/// defined. Equal when every member is equal (Method text included).
/// </summary>
/// <remarks>The members have no setters, so a <c>with</c> expression cannot build a result the constructor refuses.</remarks>
public sealed record TestResult
{
    /// <summary>Makes a result, checking that its values can be a test's.</summary>
    /// <param name="test">The test's name, e.g. <c>McNemar</c>; not blank.</param>
    /// <param name="method">The form used and what was dropped, e.g. <c>exact binomial on 7 discordant pairs</c>; not blank.</param>
    /// <param name="statistic">The test statistic: not NaN (it is +∞ only for a Bhapkar test whose covariance vanishes).</param>
    /// <param name="degreesOfFreedom">The chi-square degrees of freedom, 0 or more; <see langword="null"/> for an exact test.</param>
    /// <param name="pValue">The p-value, in [0, 1].</param>
    /// <param name="categories">The number of categories that entered the test, 0 or more.</param>
    /// <param name="effectSize">An effect size (Cramér's V for <see cref="Independence.ChiSquare"/>), finite; <see langword="null"/> where the test defines none.</param>
    /// <exception cref="ArgumentException"><paramref name="test"/> or <paramref name="method"/> is null, empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number is outside the range given above.</exception>
    public TestResult(string test, string method, double statistic, double? degreesOfFreedom, double pValue, int categories, double? effectSize = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(test);
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        if (double.IsNaN(statistic))
        {
            throw new ArgumentOutOfRangeException(nameof(statistic), statistic, "A test statistic cannot be NaN.");
        }

        if (degreesOfFreedom is { } df && !(df >= 0.0 && double.IsFinite(df)))
        {
            throw new ArgumentOutOfRangeException(nameof(degreesOfFreedom), df, "Degrees of freedom must be finite and 0 or more.");
        }

        if (!(pValue >= 0.0 && pValue <= 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(pValue), pValue, "A p-value must lie in [0, 1].");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(categories);
        if (effectSize is { } size && !double.IsFinite(size))
        {
            throw new ArgumentOutOfRangeException(nameof(effectSize), size, "An effect size must be finite.");
        }

        Test = test;
        Method = method;
        Statistic = statistic;
        DegreesOfFreedom = degreesOfFreedom;
        PValue = pValue;
        Categories = categories;
        EffectSize = effectSize;
    }

    /// <summary>The test's name: <c>McNemar</c>, <c>Stuart-Maxwell</c>, <c>Bhapkar</c>, <c>Chi-square</c>, <c>Fisher exact</c> or <c>Two-proportion</c>.</summary>
    public string Test { get; }

    /// <summary>The form of the test that was used, and any categories that were dropped, in words.</summary>
    public string Method { get; }

    /// <summary>
    /// The statistic: the chi-square value for chi-square tests; b (the first discordant count) for the exact and
    /// mid-p McNemar tests; the probability of the observed table given its margins for Fisher's test.
    /// </summary>
    public double Statistic { get; }

    /// <summary>The chi-square degrees of freedom; <see langword="null"/> for an exact test.</summary>
    public double? DegreesOfFreedom { get; }

    /// <summary>The p-value, in [0, 1].</summary>
    public double PValue { get; }

    /// <summary>
    /// The number of categories that entered the test after empty ones were dropped: k for a k × k paired table,
    /// 2 for McNemar's test, Fisher's test and the two-proportion test, and the number of rows (answer categories)
    /// for a table tested for independence.
    /// </summary>
    public int Categories { get; }

    /// <summary>The effect size: Cramér's V for <see cref="Independence.ChiSquare"/>; <see langword="null"/> for the other tests.</summary>
    public double? EffectSize { get; }

    /// <summary>Deconstructs the result into its members, in the constructor's order.</summary>
    /// <param name="test">The test's name.</param>
    /// <param name="method">The form used.</param>
    /// <param name="statistic">The statistic.</param>
    /// <param name="degreesOfFreedom">The degrees of freedom, if any.</param>
    /// <param name="pValue">The p-value.</param>
    /// <param name="categories">The number of categories.</param>
    public void Deconstruct(out string test, out string method, out double statistic, out double? degreesOfFreedom, out double pValue, out int categories)
    {
        test = Test;
        method = Method;
        statistic = Statistic;
        degreesOfFreedom = DegreesOfFreedom;
        pValue = PValue;
        categories = Categories;
    }
}
