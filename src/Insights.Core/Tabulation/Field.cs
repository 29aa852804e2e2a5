using Insights.Core.Model;

namespace Insights.Core.Tabulation;

/// <summary>
/// One answer of a record, named and read one way: the value that rules compare and that every table using it
/// shares. Rules made from the same field instance over the same values are equal, so the engines test them once
/// per record for every table that asks.
/// </summary>
/// <typeparam name="T">The record type read.</typeparam>
/// <typeparam name="TValue">The answer's type: an enum, <see cref="bool"/>, a number, an <see cref="EnumSet{TEnum}"/>, …; null when unanswered.</typeparam>
/// <remarks>Define each field once (a catalogue of static fields) and build rules from it; two fields with the same name
/// but different instances are different fields.</remarks>
public sealed class Field<T, TValue>
    where TValue : struct
{
    /// <summary>Creates a field.</summary>
    /// <param name="name">The answer's name, for people (for example its path in the data format, <c>exit.closureType</c>).</param>
    /// <param name="read">Reads the answer of a record; null when the record has none. It must be a pure function of the record.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Field(string name, Func<T, TValue?> read)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        Read = read ?? throw new ArgumentNullException(nameof(read));
    }

    /// <summary>Gets the answer's name.</summary>
    public string Name { get; }

    /// <summary>Gets how a record's answer is read.</summary>
    public Func<T, TValue?> Read { get; }

    /// <summary>The records whose answer is <paramref name="value"/> (not those without an answer).</summary>
    public Rule<T> Is(TValue value) => new ValueRule<T, TValue>(this, [value]);

    /// <summary>The records whose answer is one of <paramref name="values"/> (not those without an answer).</summary>
    /// <exception cref="ArgumentException">No value is given.</exception>
    public Rule<T> IsAnyOf(params IEnumerable<TValue> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        TValue[] all = [.. values.Distinct()];
        return all.Length > 0 ? new ValueRule<T, TValue>(this, all) : throw new ArgumentException("Give at least one value.", nameof(values));
    }

    /// <summary>The records with no answer.</summary>
    public Rule<T> IsMissing() => new MissingRule<T, TValue>(this);

    /// <summary>The records with an answer, whatever it is.</summary>
    public Rule<T> IsAnswered() => Rule.Not(IsMissing());

    /// <inheritdoc/>
    public override string ToString() => Name;
}

/// <summary>Rules over fields whose answers are ordered or are sets.</summary>
public static class FieldRules
{
    /// <summary>The records whose answer is at least <paramref name="minimum"/>.</summary>
    public static Rule<T> AtLeast<T, TValue>(this Field<T, TValue> field, TValue minimum) where TValue : struct, IComparable<TValue>
        => new RangeRule<T, TValue>(field ?? throw new ArgumentNullException(nameof(field)), minimum, null);

    /// <summary>The records whose answer is at most <paramref name="maximum"/>.</summary>
    public static Rule<T> AtMost<T, TValue>(this Field<T, TValue> field, TValue maximum) where TValue : struct, IComparable<TValue>
        => new RangeRule<T, TValue>(field ?? throw new ArgumentNullException(nameof(field)), null, maximum);

    /// <summary>The records whose answer is from <paramref name="minimum"/> to <paramref name="maximum"/>, both included.</summary>
    /// <exception cref="ArgumentException"><paramref name="maximum"/> is below <paramref name="minimum"/>.</exception>
    public static Rule<T> Between<T, TValue>(this Field<T, TValue> field, TValue minimum, TValue maximum) where TValue : struct, IComparable<TValue>
    {
        ArgumentNullException.ThrowIfNull(field);
        return maximum.CompareTo(minimum) >= 0
            ? new RangeRule<T, TValue>(field, minimum, maximum)
            : throw new ArgumentException($"The range of '{field.Name}' ends before it starts.", nameof(maximum));
    }

    /// <summary>The records that ticked <paramref name="member"/>.</summary>
    public static Rule<T> Contains<T, TAnswer>(this Field<T, EnumSet<TAnswer>> field, TAnswer member) where TAnswer : struct, Enum
        => ContainsAny(field, member);

    /// <summary>The records that ticked any of <paramref name="members"/>.</summary>
    /// <exception cref="ArgumentException">No member is given.</exception>
    public static Rule<T> ContainsAny<T, TAnswer>(this Field<T, EnumSet<TAnswer>> field, params IEnumerable<TAnswer> members) where TAnswer : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(field);
        var any = EnumSet.Of<TAnswer>([.. members ?? throw new ArgumentNullException(nameof(members))]);
        return any.IsEmpty ? throw new ArgumentException("Give at least one member.", nameof(members)) : new SetRule<T, TAnswer>(field, any.Bits);
    }
}

/// <summary>A source's answer is one of some values.</summary>
internal sealed class ValueRule<T, TValue>(Field<T, TValue> source, TValue[] values) : LeafRule<T>
    where TValue : struct
{
    public override bool Test(T item)
    {
        if (source.Read(item) is not { } value)
        {
            return false;
        }

        foreach (var candidate in values)
        {
            if (EqualityComparer<TValue>.Default.Equals(value, candidate))
            {
                return true;
            }
        }

        return false;
    }

    public override bool Equals(Rule<T>? other)
        => other is ValueRule<T, TValue> rule && ReferenceEquals(rule.Source, source) && rule.Values.Length == values.Length && rule.Values.All(values.Contains);

    public override int GetHashCode()
    {
        // Order-free, as equality is.
        var hash = 0;
        foreach (var value in values)
        {
            hash ^= EqualityComparer<TValue>.Default.GetHashCode(value);
        }

        return HashCode.Combine(source, hash, values.Length);
    }

    private Field<T, TValue> Source => source;

    private TValue[] Values => values;
}

/// <summary>A source has no answer.</summary>
internal sealed class MissingRule<T, TValue>(Field<T, TValue> source) : LeafRule<T>
    where TValue : struct
{
    public override bool Test(T item) => source.Read(item) is null;

    public override bool Equals(Rule<T>? other) => other is MissingRule<T, TValue> rule && ReferenceEquals(rule.Source, source);

    public override int GetHashCode() => HashCode.Combine(4, source);

    private Field<T, TValue> Source => source;
}

/// <summary>A source's answer is in a range (either end may be open).</summary>
internal sealed class RangeRule<T, TValue>(Field<T, TValue> source, TValue? minimum, TValue? maximum) : LeafRule<T>
    where TValue : struct, IComparable<TValue>
{
    public override bool Test(T item)
        => source.Read(item) is { } value && (minimum is not { } low || value.CompareTo(low) >= 0) && (maximum is not { } high || value.CompareTo(high) <= 0);

    public override bool Equals(Rule<T>? other)
        => other is RangeRule<T, TValue> rule && ReferenceEquals(rule.Source, source) && Nullable.Equals(rule.Minimum, minimum) && Nullable.Equals(rule.Maximum, maximum);

    public override int GetHashCode() => HashCode.Combine(source, minimum, maximum);

    private Field<T, TValue> Source => source;

    private TValue? Minimum => minimum;

    private TValue? Maximum => maximum;
}

/// <summary>A multi-select source's set has any of some members.</summary>
internal sealed class SetRule<T, TAnswer>(Field<T, EnumSet<TAnswer>> source, ulong any) : LeafRule<T>
    where TAnswer : struct, Enum
{
    public override bool Test(T item) => source.Read(item) is { } set && (set.Bits & any) != 0;

    public override bool Equals(Rule<T>? other) => other is SetRule<T, TAnswer> rule && ReferenceEquals(rule.Source, source) && rule.Any == any;

    public override int GetHashCode() => HashCode.Combine(source, any);

    private Field<T, EnumSet<TAnswer>> Source => source;

    private ulong Any => any;
}
