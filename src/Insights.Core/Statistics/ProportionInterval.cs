namespace Insights.Core.Statistics;

/// <summary>
/// A confidence interval: for one proportion its limits lie in [0, 1]; for a difference of two proportions
/// (<see cref="Proportions.DifferenceInterval"/>) in [−1, 1]. Equal when both limits are equal.
/// </summary>
/// <remarks>The limits have no setters, so a <c>with</c> expression cannot build an interval the constructor refuses.</remarks>
public readonly record struct ProportionInterval
{
    /// <summary>Makes an interval from its limits.</summary>
    /// <param name="lower">The lower limit, in [−1, 1].</param>
    /// <param name="upper">The upper limit, in [<paramref name="lower"/>, 1].</param>
    /// <exception cref="ArgumentOutOfRangeException">A limit is NaN or outside [−1, 1], or <paramref name="upper"/> is below <paramref name="lower"/>.</exception>
    public ProportionInterval(double lower, double upper)
    {
        if (!(lower >= -1.0 && lower <= 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(lower), lower, "The lower limit must be a number in [-1, 1].");
        }

        if (!(upper >= lower && upper <= 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(upper), upper, "The upper limit must be a number in [lower, 1].");
        }

        Lower = lower;
        Upper = upper;
    }

    /// <summary>The lower limit.</summary>
    public double Lower { get; }

    /// <summary>The upper limit, never below <see cref="Lower"/>.</summary>
    public double Upper { get; }

    /// <summary>The width <see cref="Upper"/> − <see cref="Lower"/>, 0 or more.</summary>
    public double Width => Upper - Lower;

    /// <summary>Whether <paramref name="value"/> lies in the closed interval.</summary>
    /// <param name="value">The value to test; NaN is never contained.</param>
    /// <returns><see langword="true"/> when <see cref="Lower"/> ≤ <paramref name="value"/> ≤ <see cref="Upper"/>.</returns>
    public bool Contains(double value) => value >= Lower && value <= Upper;

    /// <summary>Deconstructs the interval into its limits.</summary>
    /// <param name="lower">The lower limit.</param>
    /// <param name="upper">The upper limit.</param>
    public void Deconstruct(out double lower, out double upper)
    {
        lower = Lower;
        upper = Upper;
    }
}
