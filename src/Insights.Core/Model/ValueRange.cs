using System.Globalization;

namespace Insights.Core.Model;

/// <summary>
/// Thrown by an <c>init</c> accessor when a value is not valid for its property. It names the property and the
/// type that declares it, so that a reader can report the field without parsing the message, and its message
/// never holds the value itself (values come from case records, which must not reach logs).
/// </summary>
internal interface IInvalidModelValue
{
    /// <summary>Gets the record type that declares the property.</summary>
    Type DeclaringType { get; }

    /// <summary>Gets the C# name of the property.</summary>
    string Property { get; }
}

/// <summary>Thrown by an <c>init</c> accessor when a number is outside its valid range; it carries the bounds.</summary>
internal sealed class ValueOutOfRangeException : ArgumentOutOfRangeException, IInvalidModelValue
{
    internal ValueOutOfRangeException(Type declaringType, string property, int value, int minimum, int? maximum)
        : base(property, Describe(property, minimum, maximum))
    {
        DeclaringType = declaringType;
        Property = property;
        IsBelow = value < minimum;
        Minimum = minimum;
        Maximum = maximum;
    }

    public Type DeclaringType { get; }

    public string Property { get; }

    /// <summary>Gets whether the value was below <see cref="Minimum"/> (otherwise it was above <see cref="Maximum"/>).</summary>
    internal bool IsBelow { get; }

    internal int Minimum { get; }

    /// <summary>Gets the largest allowed value, or <see langword="null"/> when there is no upper bound.</summary>
    internal int? Maximum { get; }

    private static string Describe(string property, int minimum, int? maximum) => maximum is { } max
        ? string.Create(CultureInfo.InvariantCulture, $"{property} must be from {minimum} to {max}.")
        : string.Create(CultureInfo.InvariantCulture, $"{property} must be {minimum} or more.");
}

/// <summary>Thrown by an <c>init</c> accessor when a text is empty or only white space.</summary>
internal sealed class BlankTextException : ArgumentException, IInvalidModelValue
{
    internal BlankTextException(Type declaringType, string property)
        : base($"{property} must not be empty or only white space.", property)
    {
        DeclaringType = declaringType;
        Property = property;
    }

    public Type DeclaringType { get; }

    public string Property { get; }
}

/// <summary>Value checks used by the model's <c>init</c> accessors: the single place each rule is written.</summary>
internal static class ValueRange
{
    internal static int? Check(int? value, int minimum, int maximum, Type declaringType, string property)
        => value is { } v && (v < minimum || v > maximum) ? throw new ValueOutOfRangeException(declaringType, property, v, minimum, maximum) : value;

    internal static int? AtLeast(int? value, int minimum, Type declaringType, string property)
        => value is { } v && v < minimum ? throw new ValueOutOfRangeException(declaringType, property, v, minimum, null) : value;

    internal static string NotBlank(string value, Type declaringType, string property)
    {
        ArgumentNullException.ThrowIfNull(value, property);
        return string.IsNullOrWhiteSpace(value) ? throw new BlankTextException(declaringType, property) : value;
    }

    internal static T NotNull<T>(T value, string property) where T : class
        => value ?? throw new ArgumentNullException(property, $"{property} is required.");
}
