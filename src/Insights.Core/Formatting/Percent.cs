using System.Globalization;

namespace Insights.Core;

/// <summary>
/// The report's percentage rule, computed exactly. The value p = 100 × count / denominator is never held
/// in floating point: 0 decimals when p ≥ 10, 1 decimal when 1 ≤ p &lt; 10, 2 decimals when p &lt; 1
/// (the band is chosen by the unrounded value), halves rounded away from zero, invariant culture.
/// </summary>
public static class Percent
{
    /// <summary>Formats <paramref name="count"/> of <paramref name="denominator"/> as the report prints it.</summary>
    /// <param name="count">The count; 0 or more. It may exceed the denominator (rates per 100).</param>
    /// <param name="denominator">The base; 1 or more.</param>
    /// <returns>Text such as <c>74%</c>, <c>4.0%</c>, <c>0.58%</c>, <c>0%</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative or <paramref name="denominator"/> is 0 or less.</exception>
    /// <example>23 of 4,000 is 0.575%, which prints <c>0.58%</c>; 1 of 8 is 12.5%, which prints <c>13%</c>.</example>
    public static string Format(long count, long denominator)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(denominator);
        return Rounded(count, denominator).ToString(CultureInfo.InvariantCulture) + "%";
    }

    /// <summary>
    /// Returns the percentage <see cref="Format"/> prints, as a number: p = 100 × <paramref name="count"/> /
    /// <paramref name="denominator"/> rounded exactly by the same rule, with the decimals it prints as its
    /// <see cref="decimal.Scale"/> (0, 1 or 2; 0 when the count is 0).
    /// </summary>
    /// <param name="count">The count; 0 or more. It may exceed the denominator (rates per 100).</param>
    /// <param name="denominator">The base; 1 or more.</param>
    /// <returns>
    /// A value whose invariant text followed by <c>%</c> is exactly <see cref="Format"/>'s: 74 of 100 gives
    /// <c>74</c>, 84 of 841 gives <c>10.0</c> (scale 1), 23 of 4,000 gives <c>0.58</c>, 0 of any base gives <c>0</c>.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative or <paramref name="denominator"/> is 0 or less.</exception>
    public static decimal Rounded(long count, long denominator)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(denominator);
        if (count == 0)
        {
            return 0m;
        }

        var decimals = DecimalsFor(count, denominator);
        var scaled = Rounding.DivideHalfAwayFromZero((Int128)count * Pow10(decimals + 2), denominator);

        return Rounding.ToDecimal(scaled, decimals);
    }

    /// <summary>Returns the number of decimals the rule uses for <paramref name="count"/> of <paramref name="denominator"/>: 0, 1 or 2.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative or <paramref name="denominator"/> is 0 or less.</exception>
    public static int DecimalsFor(long count, long denominator)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(denominator);
        var hundredTimesCount = (Int128)count * 100;
        if (hundredTimesCount >= (Int128)denominator * 10)
        {
            return 0;
        }

        return hundredTimesCount >= denominator ? 1 : 2;
    }

    /// <summary>
    /// Rounds the percentages of <paramref name="counts"/> of <paramref name="denominator"/> to whole numbers that
    /// add up to exactly 100 (when the counts add up to the denominator), by the largest-remainder method: each
    /// percentage is first rounded down, then the points still missing go one each to the largest remainders
    /// (ties to the earlier count, so the result is deterministic). Computed exactly, without floating point.
    /// </summary>
    /// <param name="counts">The counts of exclusive categories; each 0 or more.</param>
    /// <param name="denominator">Their base; 1 or more.</param>
    /// <returns>One whole percentage per count, in order; a count of 0 always gets 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or <paramref name="denominator"/> is 0 or less.</exception>
    /// <exception cref="ArgumentException">The counts add up to more than the denominator.</exception>
    public static int[] LargestRemainder(IReadOnlyList<long> counts, long denominator)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(denominator);
        Int128 total = 0;
        foreach (var count in counts)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(count, nameof(counts));
            total += count;
        }

        if (total > denominator)
        {
            throw new ArgumentException("The counts add up to more than their base, so they are not exclusive categories of it.", nameof(counts));
        }

        var floors = new int[counts.Count];
        var remainders = new Int128[counts.Count];
        var assigned = 0;
        for (var i = 0; i < counts.Count; i++)
        {
            var hundredTimes = (Int128)counts[i] * 100;
            floors[i] = (int)(hundredTimes / denominator);
            remainders[i] = hundredTimes % denominator;
            assigned += floors[i];
        }

        // The points left: 100 × total / denominator rounded half away from zero, less those assigned (0 when
        // the counts cover the base only in part and their floors already reach it).
        var target = (int)Rounding.DivideHalfAwayFromZero(total * 100, denominator);
        var order = Enumerable.Range(0, counts.Count).Where(i => remainders[i] > 0).OrderByDescending(i => remainders[i]).ThenBy(i => i).ToArray();
        for (var k = 0; k < target - assigned && k < order.Length; k++)
        {
            floors[order[k]]++;
        }

        return floors;
    }

    private static Int128 Pow10(int exponent) => exponent switch
    {
        2 => 100,
        3 => 1_000,
        4 => 10_000,
        _ => throw new ArgumentOutOfRangeException(nameof(exponent)),
    };
}

/// <summary>Exact decimal rounding shared by percentages and statistics.</summary>
internal static class Rounding
{
    /// <summary>Rounds numerator / denominator (both non-negative, denominator positive) half away from zero.</summary>
    internal static Int128 DivideHalfAwayFromZero(Int128 numerator, Int128 denominator)
    {
        if (numerator < 0)
        {
            return -DivideHalfAwayFromZero(-numerator, denominator);
        }

        var (quotient, remainder) = Int128.DivRem(numerator, denominator);
        return remainder * 2 >= denominator ? quotient + 1 : quotient;
    }

    /// <summary>
    /// Returns <paramref name="scaled"/> / 10^<paramref name="decimals"/> as a decimal of exactly that scale, so its
    /// invariant text is <see cref="FixedPoint"/>'s (trailing zeros kept: 10.0).
    /// </summary>
    /// <exception cref="OverflowException">The magnitude does not fit the decimal's 96 bits.</exception>
    internal static decimal ToDecimal(Int128 scaled, int decimals)
    {
        var negative = scaled < 0;
        var magnitude = (UInt128)(negative ? -scaled : scaled);
        if (magnitude >> 96 != 0)
        {
            throw new OverflowException("The value does not fit a decimal.");
        }

        unchecked
        {
            return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), (int)(uint)(magnitude >> 64), negative, (byte)decimals);
        }
    }

    /// <summary>Writes <paramref name="scaled"/> / 10^<paramref name="decimals"/> with exactly that many decimals.</summary>
    internal static string FixedPoint(Int128 scaled, int decimals)
    {
        var negative = scaled < 0;
        var magnitude = negative ? -scaled : scaled;
        var digits = magnitude.ToString(CultureInfo.InvariantCulture);
        if (decimals > 0)
        {
            digits = digits.PadLeft(decimals + 1, '0');
            digits = string.Concat(digits.AsSpan(0, digits.Length - decimals), ".", digits.AsSpan(digits.Length - decimals));
        }

        return negative ? "-" + digits : digits;
    }
}
