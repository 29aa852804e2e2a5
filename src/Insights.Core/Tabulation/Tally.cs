using System.Numerics;
using Insights.Core.Model;

namespace Insights.Core.Tabulation;

/// <summary>
/// A description of what a table reads from each record and which of its counters each value adds one to: the
/// one description that every engine runs. The object engine (<see cref="TableState{T}"/>, <see cref="Report{T}.Evaluate"/>)
/// reads records and adds; the frame engine (<c>Insights.Core.Frames</c>) stores what the description reads, by
/// column, and counts the columns. Both add exactly the same counters, because neither knows any table's layout:
/// they know only the few kinds of description made by <see cref="Tally"/>.
/// </summary>
/// <typeparam name="T">The record type read.</typeparam>
/// <remarks>A description is an immutable value. Its counters are numbered from 0 to <see cref="Width"/> - 1.</remarks>
public abstract class Tally<T>
{
    private protected Tally(int width)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(width);
        Width = width;
    }

    /// <summary>Gets the number of counters the description feeds.</summary>
    public int Width { get; }
}

/// <summary>
/// Makes the descriptions of what tables count (<see cref="Tally{T}"/>): leaves that read one value per record,
/// and the ways to combine them (a filter, side by side, split by a group, over the items of a record).
/// A new kind of table composes these; both engines then run it.
/// </summary>
public static class Tally
{
    /// <summary>Largest number of counters one description may feed.</summary>
    public const int MaximumWidth = 1 << 28;

    /// <summary>One counter that every record reaching it adds one to (under <see cref="Where{T}(Rule{T}, Tally{T})"/>: the records that pass).</summary>
    public static Tally<T> Count<T>() => CountTally<T>.Instance;

    /// <summary><paramref name="width"/> counters that nothing adds to (a blank cell that keeps a layout regular).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="width"/> is negative.</exception>
    public static Tally<T> Blank<T>(int width) => new BlankTally<T>(width);

    /// <summary>
    /// A single-choice answer over an enum: counter 0 counts the records without an answer, counter 1 + i those
    /// whose answer is member i (so <see cref="Tally{T}.Width"/> is the member count + 1).
    /// </summary>
    public static Tally<T> Choice<T, TAnswer>(Func<T, TAnswer?> answer) where TAnswer : struct, Enum
        => new EnumChoiceTally<T, TAnswer>(answer ?? throw new ArgumentNullException(nameof(answer)));

    /// <summary>
    /// A single-choice answer over categories of a value type (<see cref="bool"/>, integers, …): counter 0 counts the
    /// records without an answer (and other values when the categories count them as missing), counter 1 + i
    /// those in category i.
    /// </summary>
    public static Tally<T> Choice<T, TValue>(Func<T, TValue?> answer, Categories<TValue> categories) where TValue : struct
        => new StructChoiceTally<T, TValue>(answer ?? throw new ArgumentNullException(nameof(answer)), categories ?? throw new ArgumentNullException(nameof(categories)));

    /// <summary>
    /// A single-choice answer over categories of a reference type (<see cref="string"/>, …): counter 0 counts the
    /// records without an answer (null), counter 1 + i those in category i.
    /// </summary>
    public static Tally<T> Choice<T, TValue>(Func<T, TValue?> answer, Categories<TValue> categories) where TValue : class
        => new ClassChoiceTally<T, TValue>(answer ?? throw new ArgumentNullException(nameof(answer)), categories ?? throw new ArgumentNullException(nameof(categories)));

    /// <summary>
    /// A "tick all that apply" answer. Counter 0 counts the records; 1 those without an answer; 2 + i those that
    /// ticked member i; then, for each of <paramref name="nets"/>, those that ticked any of its members; then, when
    /// <paramref name="sizeOf"/> is given, 65 counters k = 0..64 of the records that ticked exactly k members of it.
    /// </summary>
    /// <exception cref="ArgumentException">A net is empty.</exception>
    public static Tally<T> Set<T, TAnswer>(Func<T, EnumSet<TAnswer>?> answer, IReadOnlyList<EnumSet<TAnswer>> nets, EnumSet<TAnswer>? sizeOf = null) where TAnswer : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(nets);
        if (nets.Any(n => n.IsEmpty))
        {
            throw new ArgumentException("A net needs at least one member.", nameof(nets));
        }

        return new EnumSetTally<T, TAnswer>(answer, [.. nets.Select(n => n.Bits)], sizeOf?.Bits);
    }

    /// <summary>
    /// A whole number. Counter 0 counts the records without a value; 1 the values below zero; 2 those above
    /// <paramref name="maximum"/>; 3 + v the value v for 0 ≤ v ≤ <paramref name="maximum"/> (a histogram, so medians
    /// are exact); then, for each of <paramref name="overflowBands"/>, the values above the maximum inside it; then,
    /// for each of <paramref name="overflowSumsFrom"/>, the count and the sum of the values above the maximum that are
    /// at least it.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maximum"/> is negative or above 10,000,000.</exception>
    public static Tally<T> Number<T>(Func<T, long?> value, long maximum, IReadOnlyList<NumericBand>? overflowBands = null, IReadOnlyList<long>? overflowSumsFrom = null)
        => new NumberTally<T>(value ?? throw new ArgumentNullException(nameof(value)), maximum, [.. overflowBands ?? []], [.. overflowSumsFrom ?? []]);

    /// <summary>The counters of <paramref name="inner"/> for the records that pass <paramref name="predicate"/> only.</summary>
    public static Tally<T> Where<T>(Func<T, bool> predicate, Tally<T> inner)
        => Where(Rule.Of(predicate ?? throw new ArgumentNullException(nameof(predicate))), inner);

    /// <summary>The counters of <paramref name="inner"/> for the records that pass <paramref name="rule"/> only; equal rules anywhere in a report are tested once per record.</summary>
    public static Tally<T> Where<T>(Rule<T> rule, Tally<T> inner)
        => new WhereTally<T>(rule ?? throw new ArgumentNullException(nameof(rule)), inner ?? throw new ArgumentNullException(nameof(inner)));

    /// <summary>Several descriptions side by side: the counters of each part in turn, every part reading every record.</summary>
    /// <exception cref="ArgumentException">The parts feed more than <see cref="MaximumWidth"/> counters.</exception>
    public static Tally<T> Concat<T>(params IEnumerable<Tally<T>> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return new ConcatTally<T>([.. parts]);
    }

    /// <summary>
    /// <paramref name="inner"/> once per group, side by side in the order of <paramref name="groups"/>: a record counts
    /// only in the copy of its group; records without a group (null) count nowhere.
    /// </summary>
    public static Tally<T> GroupBy<T, TKey>(Func<T, TKey?> key, Categories<TKey> groups, Tally<T> inner) where TKey : struct
        => new StructGroupTally<T, TKey>(key ?? throw new ArgumentNullException(nameof(key)), groups ?? throw new ArgumentNullException(nameof(groups)), inner ?? throw new ArgumentNullException(nameof(inner)));

    /// <summary>
    /// <paramref name="inner"/> once per group, side by side in the order of <paramref name="groups"/>: a record counts
    /// only in the copy of its group; records without a group (null) count nowhere.
    /// </summary>
    public static Tally<T> GroupBy<T, TKey>(Func<T, TKey?> key, Categories<TKey> groups, Tally<T> inner) where TKey : class
        => new ClassGroupTally<T, TKey>(key ?? throw new ArgumentNullException(nameof(key)), groups ?? throw new ArgumentNullException(nameof(groups)), inner ?? throw new ArgumentNullException(nameof(inner)));

    /// <summary>
    /// <paramref name="inner"/> over the items of each record (each child, each police report): every item adds to
    /// the counters as a record of its own would. A list is read by index, so no enumerator is made.
    /// </summary>
    public static Tally<T> Each<T, TItem>(Func<T, IEnumerable<TItem>> items, Tally<TItem> inner)
        => new EachTally<T, TItem>(items ?? throw new ArgumentNullException(nameof(items)), inner ?? throw new ArgumentNullException(nameof(inner)));
}

/// <summary>Adds one to its only counter per record that reaches it.</summary>
internal sealed class CountTally<T> : Tally<T>
{
    internal static readonly CountTally<T> Instance = new();

    private CountTally()
        : base(1)
    {
    }
}

/// <summary>Counters nothing adds to.</summary>
internal sealed class BlankTally<T>(int width) : Tally<T>(width);

/// <summary>A leaf that reads one code per record: code c in [0, Width) adds one to counter c; -1 adds nothing.</summary>
internal abstract class CodeTally<T>(int width) : Tally<T>(width)
{
    internal abstract int Read(T item);

    /// <summary>
    /// Reads the codes of a batch of rows (for a width below 255): <see cref="Read"/> of each row whose bit is set in
    /// <paramref name="open"/>, <paramref name="outside"/> for the others. Kinds override it to save a call a row.
    /// </summary>
    internal virtual void ReadInto(ReadOnlySpan<T> items, ulong open, Span<byte> codes, byte outside)
    {
        for (var i = 0; i < codes.Length; i++)
        {
            codes[i] = (open & (1UL << i)) != 0 && Read(items[i]) is var code and >= 0 ? (byte)code : outside;
        }
    }
}

internal sealed class EnumChoiceTally<T, TAnswer>(Func<T, TAnswer?> answer) : CodeTally<T>(AnswerSet<TAnswer>.Count + 1) where TAnswer : struct, Enum
{
    internal override int Read(T item) => answer(item) is { } value ? AnswerSet<TAnswer>.Index(value) + 1 : 0;

    internal override void ReadInto(ReadOnlySpan<T> items, ulong open, Span<byte> codes, byte outside)
    {
        var read = answer;
        for (var i = 0; i < codes.Length; i++)
        {
            codes[i] = (open & (1UL << i)) == 0 ? outside : read(items[i]) is { } value ? (byte)(AnswerSet<TAnswer>.Index(value) + 1) : (byte)0;
        }
    }
}

internal sealed class StructChoiceTally<T, TValue>(Func<T, TValue?> answer, Categories<TValue> categories) : CodeTally<T>(checked(categories.Count + 1)) where TValue : struct
{
    internal Categories<TValue> Categories => categories;

    internal override int Read(T item) => answer(item) is { } value ? categories.IndexOf(value) + 1 : 0;
}

internal sealed class ClassChoiceTally<T, TValue>(Func<T, TValue?> answer, Categories<TValue> categories) : CodeTally<T>(checked(categories.Count + 1)) where TValue : class
{
    internal Categories<TValue> Categories => categories;

    internal override int Read(T item) => answer(item) is { } value ? categories.IndexOf(value) + 1 : 0;
}

/// <summary>A leaf that reads a set of up to 64 members per record; see <see cref="Tally.Set{T, TAnswer}"/> for its counters.</summary>
internal abstract class SetTally<T>(int members, ulong[] nets, ulong? sizeMask) : Tally<T>(2 + members + nets.Length + (sizeMask is null ? 0 : SizeBuckets))
{
    internal const int SizeBuckets = 65;

    internal int Members => members;

    internal IReadOnlyList<ulong> Nets => nets;

    internal ulong? SizeMask => sizeMask;

    internal int NetStart => 2 + members;

    internal int SizeStart => 2 + members + nets.Length;

    /// <summary>Reads the set; false when the record has no answer.</summary>
    internal abstract bool TryRead(T item, out ulong bits);

    /// <summary>Adds one record's set (read, or missing when not <paramref name="answered"/>) to <paramref name="target"/>, counters from this tally's 0.</summary>
    internal void Visit<TTarget>(bool answered, ulong bits, ref TTarget target)
        where TTarget : ICounterTarget, allows ref struct
    {
        target.Add(0, 1);
        if (!answered)
        {
            target.Add(1, 1);
            return;
        }

        var remaining = bits;
        while (remaining != 0)
        {
            target.Add(2 + BitOperations.TrailingZeroCount(remaining), 1);
            remaining &= remaining - 1;
        }

        for (var i = 0; i < nets.Length; i++)
        {
            if ((bits & nets[i]) != 0)
            {
                target.Add(NetStart + i, 1);
            }
        }

        if (sizeMask is { } mask)
        {
            target.Add(SizeStart + BitOperations.PopCount(bits & mask), 1);
        }
    }
}

internal sealed class EnumSetTally<T, TAnswer>(Func<T, EnumSet<TAnswer>?> answer, ulong[] nets, ulong? sizeMask) : SetTally<T>(AnswerSet<TAnswer>.Count, nets, sizeMask) where TAnswer : struct, Enum
{
    internal override bool TryRead(T item, out ulong bits)
    {
        if (answer(item) is { } set)
        {
            bits = set.Bits;
            return true;
        }

        bits = 0;
        return false;
    }
}

/// <summary>A leaf that reads a whole number per record; see <see cref="Tally.Number{T}"/> for its counters.</summary>
internal sealed class NumberTally<T> : Tally<T>
{
    internal const int Header = 3;
    private readonly Func<T, long?> _value;
    private readonly NumericBand[] _bands;
    private readonly long[] _sumsFrom;

    internal NumberTally(Func<T, long?> value, long maximum, NumericBand[] bands, long[] sumsFrom)
        : base(WidthOf(maximum, bands.Length, sumsFrom.Length))
    {
        _value = value;
        Maximum = maximum;
        _bands = bands;
        _sumsFrom = sumsFrom;
    }

    internal long Maximum { get; }

    internal int BandStart => (int)(Header + Maximum + 1);

    internal int SumStart => BandStart + _bands.Length;

    private static int WidthOf(long maximum, int bands, int sums)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maximum);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maximum, 10_000_000);
        return checked((int)(Header + maximum + 1) + bands + (2 * sums));
    }

    internal long? Read(T item) => _value(item);

    /// <summary>Adds one value (null when missing) to <paramref name="target"/>, counters from this tally's 0: the few counters a value touches.</summary>
    internal void Visit<TTarget>(long? value, ref TTarget target)
        where TTarget : ICounterTarget, allows ref struct
    {
        if (value is not { } v)
        {
            target.Add(0, 1);
        }
        else if (v < 0)
        {
            target.Add(1, 1);
        }
        else if (v > Maximum)
        {
            target.Add(2, 1);
            for (var b = 0; b < _bands.Length; b++)
            {
                if (_bands[b].Contains(v))
                {
                    target.Add(BandStart + b, 1);
                }
            }

            for (var s = 0; s < _sumsFrom.Length; s++)
            {
                if (v >= _sumsFrom[s])
                {
                    target.Add(SumStart + (2 * s), 1);
                    target.Add(SumStart + (2 * s) + 1, v);
                }
            }
        }
        else
        {
            target.Add(Header + (int)v, 1);
        }
    }

    /// <summary>Adds one value to <paramref name="counters"/>, which start at this tally's counter 0.</summary>
    internal void Add(long? value, Span<long> counters)
    {
        // The common case, a value in the histogram, without the general visit.
        if (value is { } v && v >= 0 && v <= Maximum)
        {
            counters[Header + (int)v]++;
            return;
        }

        var target = new SpanTarget(counters);
        Visit(value, ref target);
    }
}

/// <summary>Where a record's contributions go: (counter, amount) pairs, counters numbered from a tally's 0.</summary>
internal interface ICounterTarget
{
    void Add(int counter, long amount);
}

/// <summary>Contributions added straight into counters.</summary>
internal ref struct SpanTarget(Span<long> counters) : ICounterTarget
{
    private readonly Span<long> _counters = counters;

    public readonly void Add(int counter, long amount) => _counters[counter] = checked(_counters[counter] + amount);
}

/// <summary>Receives contributions one by one (a frame keeps them as sparse entries of a row).</summary>
internal interface ICounterSink
{
    void Add(int counter, long amount);
}

/// <summary>Contributions passed to a sink, shifted by an offset.</summary>
internal readonly struct SinkTarget(ICounterSink sink, int offset) : ICounterTarget
{
    public void Add(int counter, long amount) => sink.Add(offset + counter, amount);
}

/// <summary>The inner counters for the records that pass a rule.</summary>
internal sealed class WhereTally<T>(Rule<T> rule, Tally<T> inner) : Tally<T>(inner.Width)
{
    internal Rule<T> Rule => rule;

    internal Tally<T> Inner => inner;
}

/// <summary>Parts side by side.</summary>
internal sealed class ConcatTally<T> : Tally<T>
{
    internal ConcatTally(Tally<T>[] parts)
        : base(Offsets(parts)[^1])
    {
        Parts = parts;
        PartOffsets = Offsets(parts);
    }

    internal IReadOnlyList<Tally<T>> Parts { get; }

    /// <summary>Gets where each part's counters start; the last entry is the total width.</summary>
    internal IReadOnlyList<int> PartOffsets { get; }

    private static int[] Offsets(Tally<T>[] parts)
    {
        var offsets = new int[parts.Length + 1];
        for (var i = 0; i < parts.Length; i++)
        {
            ArgumentNullException.ThrowIfNull(parts[i], nameof(parts));
            offsets[i + 1] = checked(offsets[i] + parts[i].Width);
            if (offsets[i + 1] > Tally.MaximumWidth)
            {
                throw new ArgumentException($"The parts feed more than {Tally.MaximumWidth:N0} counters.", nameof(parts));
            }
        }

        return offsets;
    }
}

/// <summary>The inner counters once per group; a record counts in its group's copy.</summary>
internal abstract class GroupTally<T> : Tally<T>
{
    private protected GroupTally(int groups, Tally<T> inner)
        : base(checked(groups * inner.Width))
    {
        if ((long)groups * inner.Width > Tally.MaximumWidth)
        {
            throw new ArgumentException($"{groups} groups of {inner.Width:N0} counters exceed {Tally.MaximumWidth:N0} counters.", nameof(groups));
        }

        Groups = groups;
        Inner = inner;
    }

    internal int Groups { get; }

    internal Tally<T> Inner { get; }

    /// <summary>Returns the record's group, or -1 for none.</summary>
    internal abstract int GroupOf(T item);

    /// <summary>Gets the label of each group, in order.</summary>
    internal abstract string LabelOf(int group);
}

internal sealed class StructGroupTally<T, TKey>(Func<T, TKey?> key, Categories<TKey> groups, Tally<T> inner) : GroupTally<T>(groups.Count, inner) where TKey : struct
{
    internal override int GroupOf(T item) => key(item) is { } k ? groups.IndexOf(k) : -1;

    internal override string LabelOf(int group) => groups.LabelAt(group);
}

internal sealed class ClassGroupTally<T, TKey>(Func<T, TKey?> key, Categories<TKey> groups, Tally<T> inner) : GroupTally<T>(groups.Count, inner) where TKey : class
{
    internal override int GroupOf(T item) => key(item) is { } k ? groups.IndexOf(k) : -1;

    internal override string LabelOf(int group) => groups.LabelAt(group);
}

/// <summary>The inner counters over the items of each record.</summary>
internal abstract class EachTally<T>(int width) : Tally<T>(width)
{
    /// <summary>Adds every item of <paramref name="item"/> to <paramref name="counters"/> (this tally's counters, from 0), as the object engine counts records.</summary>
    internal abstract void Add(T item, Span<long> counters);

    /// <summary>Passes what every item of <paramref name="item"/> adds to <paramref name="sink"/>, counters shifted by <paramref name="offset"/>.</summary>
    internal abstract void Emit(T item, int offset, ICounterSink sink);
}

internal sealed class EachTally<T, TItem>(Func<T, IEnumerable<TItem>> items, Tally<TItem> inner) : EachTally<T>(inner.Width)
{
    // Items are counted without sharing predicates: a record's items are not records of the outer program.
    private readonly ObjectProgram<TItem> _inner = ObjectProgram<TItem>.Compile(inner, sharePredicates: false);

    internal override void Add(T item, Span<long> counters)
    {
        var all = items(item);
        if (all is IReadOnlyList<TItem> list)
        {
            for (var i = 0; i < list.Count; i++)
            {
                _inner.Add(list[i], counters, null);
            }

            return;
        }

        foreach (var each in all)
        {
            _inner.Add(each, counters, null);
        }
    }

    internal override void Emit(T item, int offset, ICounterSink sink)
    {
        var all = items(item);
        if (all is IReadOnlyList<TItem> list)
        {
            for (var i = 0; i < list.Count; i++)
            {
                _inner.Emit(list[i], offset, sink);
            }

            return;
        }

        foreach (var each in all)
        {
            _inner.Emit(each, offset, sink);
        }
    }
}
