using System.Globalization;

namespace Insights.Core.Model;

/// <summary>
/// Thrown by an <c>init</c> accessor when a number is outside its valid range. It carries the bounds so
/// that readers can explain the rejection without parsing the message.
/// </summary>
internal sealed class ValueOutOfRangeException : ArgumentOutOfRangeException
{
    internal ValueOutOfRangeException(string property, int value, int minimum, int? maximum)
        : base(property, value, Describe(property, value, minimum, maximum))
    {
        Value = value;
        Minimum = minimum;
        Maximum = maximum;
    }

    internal int Value { get; }

    internal int Minimum { get; }

    /// <summary>Gets the largest allowed value, or <see langword="null"/> when there is no upper bound.</summary>
    internal int? Maximum { get; }

    private static string Describe(string property, int value, int minimum, int? maximum) => maximum is { } max
        ? string.Create(CultureInfo.InvariantCulture, $"{property} is {value}; it must be from {minimum} to {max}.")
        : string.Create(CultureInfo.InvariantCulture, $"{property} is {value}; it must be {minimum} or more.");
}

/// <summary>Range checks used by the model's <c>init</c> accessors.</summary>
internal static class ValueRange
{
    internal static int? Check(int? value, int minimum, int maximum, string property)
        => value is { } v && (v < minimum || v > maximum) ? throw new ValueOutOfRangeException(property, v, minimum, maximum) : value;

    internal static int? AtLeast(int? value, int minimum, string property)
        => value is { } v && v < minimum ? throw new ValueOutOfRangeException(property, v, minimum, null) : value;

    internal static T NotNull<T>(T value, string property) where T : class
        => value ?? throw new ArgumentNullException(property, $"{property} is required.");
}
