using System.Collections;
using System.Numerics;

namespace Insights.Core.Model;

/// <summary>
/// An immutable set of answers to a "tick all that apply" question. Inside it is a 64-bit mask, so sets
/// are cheap to copy, compare and count; outside it behaves as a read-only set of enum members.
/// The answer enum may have at most 64 members, numbered from 0.
/// </summary>
/// <typeparam name="TEnum">The answer enum.</typeparam>
/// <remarks>Two sets are equal when they hold the same members. The default value is the empty set.</remarks>
public readonly struct EnumSet<TEnum> : IReadOnlyCollection<TEnum>, IEquatable<EnumSet<TEnum>>
    where TEnum : struct, Enum
{
    private readonly ulong _bits;

    private EnumSet(ulong bits) => _bits = bits;

    /// <summary>Gets the empty set.</summary>
    public static EnumSet<TEnum> Empty => default;

    /// <summary>Builds a set from members; duplicates are ignored.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is not a declared member.</exception>
    public static EnumSet<TEnum> Of(params ReadOnlySpan<TEnum> members)
    {
        ulong bits = 0;
        foreach (var member in members)
        {
            bits |= 1UL << AnswerSet<TEnum>.Index(member);
        }

        return new EnumSet<TEnum>(bits);
    }

    /// <summary>Builds a set from its bit mask (bit i is the member with value i).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A bit is set beyond the enum's last member.</exception>
    internal static EnumSet<TEnum> FromBits(ulong bits)
    {
        var count = AnswerSet<TEnum>.Count;
        if (count < 64 && bits >> count != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(bits), bits, $"{typeof(TEnum).Name} has only {count} members.");
        }

        return new EnumSet<TEnum>(bits);
    }

    /// <summary>Gets the bit mask (bit i is the member with value i): the representation, for Core's columnar code only.</summary>
    internal ulong Bits => _bits;

    /// <summary>Gets the number of members in the set.</summary>
    public int Count => BitOperations.PopCount(_bits);

    /// <summary>Gets whether the set is empty.</summary>
    public bool IsEmpty => _bits == 0;

    /// <summary>Returns whether <paramref name="member"/> is in the set.</summary>
    public bool Contains(TEnum member) => (_bits & (1UL << AnswerSet<TEnum>.Index(member))) != 0;

    /// <summary>Returns whether the set holds any of <paramref name="members"/>.</summary>
    public bool Overlaps(EnumSet<TEnum> members) => (_bits & members._bits) != 0;

    /// <summary>Returns this set with <paramref name="member"/> added.</summary>
    public EnumSet<TEnum> With(TEnum member) => new(_bits | (1UL << AnswerSet<TEnum>.Index(member)));

    /// <summary>Returns this set with <paramref name="member"/> removed.</summary>
    public EnumSet<TEnum> Without(TEnum member) => new(_bits & ~(1UL << AnswerSet<TEnum>.Index(member)));

    /// <summary>Enumerates the members in declaration (report) order.</summary>
    public IEnumerator<TEnum> GetEnumerator()
    {
        var bits = _bits;
        while (bits != 0)
        {
            var index = BitOperations.TrailingZeroCount(bits);
            yield return AnswerSet<TEnum>.Values[index];
            bits &= bits - 1;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    public bool Equals(EnumSet<TEnum> other) => _bits == other._bits;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is EnumSet<TEnum> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _bits.GetHashCode();

    /// <summary>Lists the members' labels, separated by "; ".</summary>
    public override string ToString() => string.Join("; ", this.Select(Labels.Of));

    /// <summary>Compares two sets for equal members.</summary>
    public static bool operator ==(EnumSet<TEnum> left, EnumSet<TEnum> right) => left.Equals(right);

    /// <summary>Compares two sets for different members.</summary>
    public static bool operator !=(EnumSet<TEnum> left, EnumSet<TEnum> right) => !left.Equals(right);
}

/// <summary>Factory helpers for <see cref="EnumSet{TEnum}"/>.</summary>
public static class EnumSet
{
    /// <summary>Builds a set from members; duplicates are ignored.</summary>
    public static EnumSet<TEnum> Of<TEnum>(params ReadOnlySpan<TEnum> members) where TEnum : struct, Enum
        => EnumSet<TEnum>.Of(members);
}
