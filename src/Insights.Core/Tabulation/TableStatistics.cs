namespace Insights.Core.Tabulation;

/// <summary>A confidence interval for a cell's proportion (count / base), as proportions in [0, 1].</summary>
public sealed record CellInterval
{
    /// <summary>Creates an interval.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A bound is outside [0, 1], not a number, or the bounds are in the wrong order.</exception>
    public CellInterval(double lower, double upper)
    {
        if (!(lower >= 0 && lower <= upper && upper <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(lower), "An interval's bounds are proportions with 0 ≤ lower ≤ upper ≤ 1.");
        }

        Lower = lower;
        Upper = upper;
    }

    /// <summary>Gets the lower bound, a proportion.</summary>
    public double Lower { get; }

    /// <summary>Gets the upper bound, a proportion.</summary>
    public double Upper { get; }
}

/// <summary>How a table's intervals were computed: the method's name and the confidence level.</summary>
/// <param name="Method">The method's name, e.g. <c>Wilson score</c>.</param>
/// <param name="Level">The confidence level in (0, 1), e.g. 0.95.</param>
public sealed record IntervalSettings(string Method, double Level);

/// <summary>
/// A cell's proportion compared with the same cell of a reference group (a service against all the others): the
/// difference of the proportions, its interval, and the test of equal proportions.
/// </summary>
/// <param name="Difference">This cell's proportion minus the reference's, in [-1, 1].</param>
/// <param name="Lower">The lower bound of the difference's interval.</param>
/// <param name="Upper">The upper bound of the difference's interval.</param>
/// <param name="PValue">The test's p-value, before any adjustment for multiple tests.</param>
public sealed record CellComparison(double Difference, double Lower, double Upper, double PValue)
{
    /// <summary>Gets the p-value adjusted across the report's tests, or <see langword="null"/> when none was adjusted.</summary>
    public double? AdjustedPValue { get; init; }

    /// <summary>Gets whether the difference is significant at the chosen level (after adjustment, when there was one).</summary>
    public bool Significant { get; init; }
}

/// <summary>A statistical test computed from a table's counts, printed under it.</summary>
/// <param name="Subject">What was tested: empty for the whole table, or a row's label.</param>
/// <param name="Test">The test's name, e.g. <c>McNemar</c> or <c>Stuart–Maxwell</c>.</param>
/// <param name="Method">How it was computed, e.g. <c>exact binomial on 7 discordant pairs</c>.</param>
/// <param name="Statistic">The test statistic.</param>
/// <param name="DegreesOfFreedom">The degrees of freedom, or <see langword="null"/> for an exact test.</param>
/// <param name="PValue">The p-value, before any adjustment for multiple tests.</param>
public sealed record TableTest(string Subject, string Test, string Method, double Statistic, double? DegreesOfFreedom, double PValue)
{
    /// <summary>Gets the p-value adjusted across the report's tests, or <see langword="null"/> when none was adjusted.</summary>
    public double? AdjustedPValue { get; init; }

    /// <summary>Gets whether the result is significant at the chosen level (after adjustment, when there was one).</summary>
    public bool Significant { get; init; }

    /// <summary>Gets an effect size printed with the test (Cramér's V), or <see langword="null"/>.</summary>
    public double? EffectSize { get; init; }

    /// <summary>Gets the effect size's name, e.g. <c>Cramér's V</c>, or <see langword="null"/>.</summary>
    public string? EffectSizeName { get; init; }

    /// <summary>Gets the number of records the test was computed from (e.g. the cases answered on both occasions).</summary>
    public long Records { get; init; }

    /// <summary>
    /// Gets the smallest non-zero count of the cross-tabulation the test was computed from (0 when all were 0).
    /// A test's statistic can reveal the cells it is computed from, which are not printed, so disclosure control
    /// withholds a test whose inputs hold a small count.
    /// </summary>
    public long SmallestCount { get; init; }
}
