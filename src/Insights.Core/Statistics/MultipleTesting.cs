using System.Globalization;

namespace Insights.Core.Statistics;

/// <summary>Adjusts a family of p-values for multiple testing, exactly as R's <c>p.adjust</c>.</summary>
public static class MultipleTesting
{
    /// <summary>
    /// The adjusted p-values, in the order given. With m the number of p-values that are not NaN and p₍ᵢ₎ the i-th
    /// smallest: Holm's are the running maximum of (m − i + 1) p₍ᵢ₎ from the smallest up, and Benjamini–Hochberg's
    /// the running minimum of (m / i) p₍ᵢ₎ from the largest down; both capped at 1.
    /// </summary>
    /// <param name="pValues">The raw p-values, each in [0, 1] or NaN (a test that could not be made).</param>
    /// <param name="method">The adjustment; <see cref="PValueAdjustment.None"/> returns a copy.</param>
    /// <returns>
    /// A new array as long as <paramref name="pValues"/>. NaN entries stay NaN in their place and do not count in
    /// m (R's treatment of NA). An empty list gives an empty array; a single p-value is returned unchanged. Tied
    /// p-values get equal adjusted values. Holm's values are never below the raw ones, and Benjamini–Hochberg's
    /// never above Holm's.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="pValues"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A p-value is outside [0, 1], or <paramref name="method"/> is not a defined value.</exception>
    public static double[] Adjust(IReadOnlyList<double> pValues, PValueAdjustment method)
    {
        ArgumentNullException.ThrowIfNull(pValues);
        for (var i = 0; i < pValues.Count; i++)
        {
            var p = pValues[i];
            if (!double.IsNaN(p) && !(p >= 0.0 && p <= 1.0))
            {
                throw new ArgumentOutOfRangeException(
                    nameof(pValues),
                    p,
                    string.Create(CultureInfo.InvariantCulture, $"A p-value must lie in [0, 1] or be NaN; the one at index {i} does not."));
            }
        }

        var result = pValues.ToArray();
        var present = Enumerable.Range(0, result.Length).Where(i => !double.IsNaN(result[i])).ToArray();
        var m = present.Length;
        switch (method)
        {
            case PValueAdjustment.None:
                return result;

            case PValueAdjustment.Holm:
            {
                var ascending = present.OrderBy(i => pValues[i]).ToArray();
                var running = 0.0;
                for (var rank = 1; rank <= m; rank++)
                {
                    var index = ascending[rank - 1];
                    running = Math.Max(running, (m - rank + 1) * pValues[index]);
                    result[index] = Math.Min(1.0, running);
                }

                return result;
            }

            case PValueAdjustment.BenjaminiHochberg:
            {
                var descending = present.OrderByDescending(i => pValues[i]).ToArray();
                var running = double.PositiveInfinity;
                for (var position = 0; position < m; position++)
                {
                    var rank = m - position;
                    var index = descending[position];

                    // (m / i) p, in R's order of operations, so the values agree to the last bit.
                    running = Math.Min(running, (double)m / rank * pValues[index]);
                    result[index] = Math.Min(1.0, running);
                }

                return result;
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(method), method, "Not a defined p-value adjustment.");
        }
    }
}
