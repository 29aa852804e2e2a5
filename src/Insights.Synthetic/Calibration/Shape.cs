using System.Globalization;

namespace Insights.Synthetic.Calibration;

/// <summary>
/// A distribution of whole numbers made of weighted ranges (a range of one value is a point mass, such as
/// people saying "4 years"). <see cref="Spread"/> takes its quantiles at evenly spaced probabilities, so a
/// band of n cases gets values whose median and mean are fixed by the shape, not by chance.
/// </summary>
internal sealed class Shape
{
    private readonly (int Minimum, int Maximum, double Weight)[] _segments;
    private readonly double _total;

    internal Shape(params (int Minimum, int Maximum, double Weight)[] segments)
    {
        if (segments.Length == 0 || segments.Any(s => s.Maximum < s.Minimum || s.Weight <= 0))
        {
            throw new ArgumentException("A shape needs ranges with minimum <= maximum and a positive weight.", nameof(segments));
        }

        _segments = segments;
        _total = segments.Sum(s => s.Weight);
    }

    /// <summary>Gets the smallest value of the shape.</summary>
    internal int Minimum => _segments.Min(s => s.Minimum);

    /// <summary>Gets the largest value of the shape.</summary>
    internal int Maximum => _segments.Max(s => s.Maximum);

    /// <summary>Returns a shape spread evenly over <paramref name="minimum"/> to <paramref name="maximum"/>.</summary>
    internal static Shape Uniform(int minimum, int maximum) => new((minimum, maximum, 1));

    /// <summary>Returns a shape over <paramref name="minimum"/> to <paramref name="maximum"/> whose weight falls by <paramref name="ratio"/> per step.</summary>
    internal static Shape Geometric(int minimum, int maximum, double ratio)
        => new(Enumerable.Range(minimum, maximum - minimum + 1).Select(v => (v, v, Math.Pow(ratio, v - minimum))).ToArray());

    /// <summary>Returns the value at cumulative probability <paramref name="p"/> (0 &lt;= p &lt; 1).</summary>
    internal int Quantile(double p)
    {
        var target = p * _total;
        var cumulative = 0.0;
        foreach (var (minimum, maximum, weight) in _segments)
        {
            if (target < cumulative + weight)
            {
                var within = (target - cumulative) / weight;
                var width = maximum - minimum + 1;
                return minimum + Math.Min(width - 1, (int)(within * width));
            }

            cumulative += weight;
        }

        return _segments[^1].Maximum;
    }

    /// <summary>Returns <paramref name="count"/> values at the probabilities (k + 0.5) / count, in ascending order.</summary>
    internal int[] Spread(int count)
        => Enumerable.Range(0, count).Select(k => Quantile((k + 0.5) / count)).ToArray();

    /// <summary>Describes the shape, for failure messages.</summary>
    public override string ToString()
        => string.Join(" ", _segments.Select(s => string.Create(CultureInfo.InvariantCulture, $"[{s.Minimum}-{s.Maximum}]x{s.Weight}")));
}
