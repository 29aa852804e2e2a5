using System.Collections.Frozen;

namespace Insights.Core.Model;

/// <summary>The valid range of a whole-number answer: from <paramref name="Minimum"/> to <paramref name="Maximum"/> inclusive (no upper bound when null).</summary>
internal readonly record struct NumberRange(int Minimum, int? Maximum)
{
    /// <summary>Returns <paramref name="value"/> when it is in range.</summary>
    /// <exception cref="ValueOutOfRangeException">It is not.</exception>
    internal int? Check(int? value, Type declaringType, string property)
        => Maximum is { } max ? ValueRange.Check(value, Minimum, max, declaringType, property) : ValueRange.AtLeast(value, Minimum, declaringType, property);
}

/// <summary>
/// The ranges of the model's whole-number answers, in one place: the init accessors check against them and the
/// flat layout (its codebook) lists them, so the two cannot disagree.
/// </summary>
internal static class NumberRanges
{
    internal static readonly NumberRange Age = new(0, 120);
    internal static readonly NumberRange NumberOfChildren = new(0, 30);
    internal static readonly NumberRange DashTicks = new(0, 24);
    internal static readonly NumberRange AbuseLengthMonths = new(0, 1200);
    internal static readonly NumberRange AttemptsToEndRelationship = new(1, null);
    internal static readonly NumberRange Contacts = new(0, null);

    /// <summary>Gets the range of each whole-number property, by declaring type and C# property name.</summary>
    internal static FrozenDictionary<(Type DeclaringType, string Property), NumberRange> ByProperty { get; } = new Dictionary<(Type, string), NumberRange>
    {
        [(typeof(ClientProfile), nameof(ClientProfile.Age))] = Age,
        [(typeof(ClientProfile), nameof(ClientProfile.NumberOfChildren))] = NumberOfChildren,
        [(typeof(AbuseHistory), nameof(AbuseHistory.DashTicks))] = DashTicks,
        [(typeof(AbuseHistory), nameof(AbuseHistory.AbuseLengthMonths))] = AbuseLengthMonths,
        [(typeof(AbuseHistory), nameof(AbuseHistory.AttemptsToEndRelationship))] = AttemptsToEndRelationship,
        [(typeof(ExitForm), nameof(ExitForm.Contacts))] = Contacts,
        [(typeof(ExitForm), nameof(ExitForm.DashTicks))] = DashTicks,
    }.ToFrozenDictionary();
}
