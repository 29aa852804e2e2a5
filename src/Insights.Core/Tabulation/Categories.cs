using System.Collections.Frozen;
using System.Globalization;
using Insights.Core.Model;

namespace Insights.Core.Tabulation;

/// <summary>What a table does with a value that is not one of its categories.</summary>
public enum UnknownValues
{
    /// <summary>Evaluation fails with an <see cref="UnknownCategoryException"/> (which never quotes the value).</summary>
    Reject,

    /// <summary>The value is counted in one extra category, printed after the others (<see cref="Categories{TValue}.OtherLabel"/>).</summary>
    CountAsOther,

    /// <summary>The value is counted as a missing answer.</summary>
    CountAsMissing,
}

/// <summary>
/// The answers (or group keys) a table counts, in printed order, each with its label, and what happens to any
/// other value. Enums give their members and labels; any other type with equality gives its categories
/// explicitly or has them discovered from the data, and a table over them counts exactly as over an enum.
/// </summary>
/// <typeparam name="TValue">The value type: an enum, <see cref="bool"/>, <see cref="string"/>, an integer, or any type with equality.</typeparam>
/// <remarks>Immutable. Values are compared with the comparer given (ordinal for strings by default).</remarks>
public sealed class Categories<TValue> where TValue : notnull
{
    private readonly TValue[] _values;
    private readonly string[] _labels;
    private readonly CategoryIndex<TValue> _index;

    internal Categories(TValue[] values, string[] labels, CategoryIndex<TValue> index, UnknownValues unknown, string otherLabel)
    {
        _values = values;
        _labels = labels;
        _index = index;
        Unknown = unknown;
        OtherLabel = otherLabel;
    }

    /// <summary>Gets the categories in printed order.</summary>
    public IReadOnlyList<TValue> Values => _values;

    /// <summary>Gets the label of each category, in the order of <see cref="Values"/>.</summary>
    public IReadOnlyList<string> Labels => _labels;

    /// <summary>Gets what a table does with a value that is not one of the categories.</summary>
    /// <value>The default value is <see cref="UnknownValues.Reject"/>.</value>
    public UnknownValues Unknown { get; }

    /// <summary>Gets the label of the extra category that counts other values when <see cref="Unknown"/> is <see cref="UnknownValues.CountAsOther"/>.</summary>
    /// <value>The default value is <c>Other</c>.</value>
    public string OtherLabel { get; }

    /// <summary>Gets the number of categories counted: the values, and the extra one when other values are counted in it.</summary>
    public int Count => _values.Length + (Unknown == UnknownValues.CountAsOther ? 1 : 0);

    /// <summary>Returns these categories counting any other value in an extra category labelled <paramref name="label"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="label"/> is blank.</exception>
    public Categories<TValue> WithOther(string label = "Other")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        return new(_values, _labels, _index, UnknownValues.CountAsOther, label);
    }

    /// <summary>Returns these categories counting any other value as a missing answer.</summary>
    public Categories<TValue> WithOtherAsMissing() => new(_values, _labels, _index, UnknownValues.CountAsMissing, OtherLabel);

    /// <summary>Returns these categories rejecting any other value (the default).</summary>
    public Categories<TValue> WithOtherRejected() => new(_values, _labels, _index, UnknownValues.Reject, OtherLabel);

    /// <summary>Returns the label of category <paramref name="index"/> (0-based, the extra category last).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not below <see cref="Count"/>.</exception>
    public string LabelAt(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        return index < _labels.Length ? _labels[index] : OtherLabel;
    }

    /// <summary>Returns whether <paramref name="value"/> is one of the categories.</summary>
    public bool Contains(TValue value) => _index.IndexOf(value) >= 0;

    /// <summary>The category of a value: its index, the extra category, or -1 for a missing answer.</summary>
    /// <exception cref="UnknownCategoryException">The value is not a category and <see cref="Unknown"/> is <see cref="UnknownValues.Reject"/>.</exception>
    internal int IndexOf(TValue value)
    {
        var index = _index.IndexOf(value);
        if (index >= 0)
        {
            return index;
        }

        return Unknown switch
        {
            UnknownValues.CountAsOther => _values.Length,
            UnknownValues.CountAsMissing => -1,
            _ => throw new UnknownCategoryException(typeof(TValue), _values.Length),
        };
    }

    /// <summary>The index of a value that must be a category (a layout row).</summary>
    internal int IndexOfDeclared(TValue value, string where)
    {
        var index = _index.IndexOf(value);
        return index >= 0 ? index : throw new ArgumentException($"{where} names a value that is not one of the {_values.Length} categories.", nameof(value));
    }
}

/// <summary>
/// A value was not one of a table's categories and the categories reject other values. The message names the
/// value's type and the number of categories, never the value, which may come from a record.
/// </summary>
public sealed class UnknownCategoryException : Exception
{
    /// <summary>Creates the exception.</summary>
    public UnknownCategoryException()
        : base("A value is not one of the table's categories.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public UnknownCategoryException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public UnknownCategoryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal UnknownCategoryException(Type valueType, int count)
        : base($"A {valueType.Name} value is not one of the table's {count} categories. Give every category, discover them from the data, or count other values with WithOther().")
    {
    }
}

/// <summary>Makes <see cref="Categories{TValue}"/>: from an enum, from values given, or discovered from data.</summary>
public static class Categories
{
    /// <summary>The members of an answer enum in declaration order, labelled as the report labels them.</summary>
    public static Categories<TEnum> Of<TEnum>() where TEnum : struct, Enum => EnumCategories<TEnum>.Instance;

    /// <summary>Two categories for a yes/no value: <see langword="true"/> first, then <see langword="false"/>.</summary>
    /// <exception cref="ArgumentException">A label is blank or the labels are equal.</exception>
    public static Categories<bool> Boolean(string trueLabel, string falseLabel)
        => Labelled<bool>([(true, trueLabel), (false, falseLabel)]);

    /// <summary>Categories given with their labels, in printed order.</summary>
    /// <param name="categories">The values and labels; values and labels must each be distinct.</param>
    /// <param name="comparer">How values are compared; by default <see cref="EqualityComparer{T}.Default"/> (ordinal for strings).</param>
    /// <exception cref="ArgumentException">There are no categories, a label is blank, or a value or label appears twice.</exception>
    public static Categories<TValue> Labelled<TValue>(IEnumerable<(TValue Value, string Label)> categories, IEqualityComparer<TValue>? comparer = null) where TValue : notnull
    {
        ArgumentNullException.ThrowIfNull(categories);
        var list = categories.ToArray();
        if (list.Length == 0)
        {
            throw new ArgumentException("Give at least one category.", nameof(categories));
        }

        var labels = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < list.Length; i++)
        {
            if (list[i].Value is null)
            {
                throw new ArgumentException($"Category {i + 1} has no value; a missing answer is not a category.", nameof(categories));
            }

            if (string.IsNullOrWhiteSpace(list[i].Label))
            {
                throw new ArgumentException($"Category {i + 1} has a blank label.", nameof(categories));
            }

            if (!labels.Add(list[i].Label))
            {
                throw new ArgumentException($"Category {i + 1} repeats the label of an earlier category.", nameof(categories));
            }
        }

        var values = list.Select(c => c.Value).ToArray();
        var index = new DictionaryIndex<TValue>(values, comparer ?? (typeof(TValue) == typeof(string) ? (IEqualityComparer<TValue>)StringComparer.Ordinal : EqualityComparer<TValue>.Default));
        return new(values, [.. list.Select(c => c.Label)], index, UnknownValues.Reject, "Other");
    }

    /// <summary>Strings given as categories, each its own label, in the order given (compared ordinally).</summary>
    /// <exception cref="ArgumentException">There are no values, or one is blank or appears twice.</exception>
    public static Categories<string> Listed(params string[] values) => Listed((IEnumerable<string>)(values ?? throw new ArgumentNullException(nameof(values))));

    /// <summary>Values given as categories, each labelled by its invariant-culture text, in the order given.</summary>
    /// <exception cref="ArgumentException">There are no values, or one appears twice.</exception>
    public static Categories<TValue> Listed<TValue>(params TValue[] values) where TValue : struct => Listed((IEnumerable<TValue>)(values ?? throw new ArgumentNullException(nameof(values))));

    /// <summary>A sequence of values as categories, each labelled by its invariant-culture text, in the order given.</summary>
    /// <exception cref="ArgumentException">There are no values, or one appears twice.</exception>
    public static Categories<TValue> Listed<TValue>(IEnumerable<TValue> values) where TValue : notnull
    {
        ArgumentNullException.ThrowIfNull(values);
        return Labelled(values.Select(v => (v, LabelOf(v))));
    }

    /// <summary>
    /// The distinct values present in <paramref name="values"/>, in ascending order (ordinal for strings, the
    /// default order of the type otherwise), each labelled by its invariant-culture text. Missing answers (null)
    /// are not categories. Discover over the data the table will count, or count other values with
    /// <see cref="Categories{TValue}.WithOther"/>.
    /// </summary>
    /// <exception cref="ArgumentException">No value is present.</exception>
    public static Categories<TValue> Discover<TValue>(IEnumerable<TValue?> values) where TValue : class
    {
        ArgumentNullException.ThrowIfNull(values);
        return Sorted(values.Where(v => v is not null).Select(v => v!));
    }

    /// <summary>
    /// The distinct values present in <paramref name="values"/> in ascending order, each labelled by its
    /// invariant-culture text; missing answers (null) are not categories.
    /// </summary>
    /// <exception cref="ArgumentException">No value is present.</exception>
    public static Categories<TValue> Discover<TValue>(IEnumerable<TValue?> values) where TValue : struct
    {
        ArgumentNullException.ThrowIfNull(values);
        return Sorted(values.Where(v => v.HasValue).Select(v => v!.Value));
    }

    private static Categories<TValue> Sorted<TValue>(IEnumerable<TValue> values) where TValue : notnull
    {
        IComparer<TValue> order = typeof(TValue) == typeof(string) ? (IComparer<TValue>)StringComparer.Ordinal : Comparer<TValue>.Default;
        IEqualityComparer<TValue> equality = typeof(TValue) == typeof(string) ? (IEqualityComparer<TValue>)StringComparer.Ordinal : EqualityComparer<TValue>.Default;
        var distinct = values.Distinct(equality).Order(order).ToArray();
        if (distinct.Length == 0)
        {
            throw new ArgumentException("The data holds no value to make a category of.", nameof(values));
        }

        // Two values may print alike (distinct objects with equal text): number them so that rows stay distinct.
        var labels = distinct.Select(LabelOf).ToArray();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < labels.Length; i++)
        {
            var count = seen[labels[i]] = seen.GetValueOrDefault(labels[i]) + 1;
            if (count > 1)
            {
                labels[i] = $"{labels[i]} ({count})";
            }
        }

        return Labelled(distinct.Zip(labels), equality);
    }

    private static string LabelOf<TValue>(TValue value) where TValue : notnull
    {
        var text = value is IFormattable formattable ? formattable.ToString(null, CultureInfo.InvariantCulture) : value.ToString();
        return string.IsNullOrWhiteSpace(text) ? "(blank)" : text;
    }
}

/// <summary>Finds the index of a category.</summary>
internal abstract class CategoryIndex<TValue> where TValue : notnull
{
    /// <summary>Returns the index of <paramref name="value"/>, or -1 when it is not a category.</summary>
    internal abstract int IndexOf(TValue value);
}

internal sealed class DictionaryIndex<TValue>(TValue[] values, IEqualityComparer<TValue> comparer) : CategoryIndex<TValue> where TValue : notnull
{
    private readonly FrozenDictionary<TValue, int> _index = Build(values, comparer);

    private static FrozenDictionary<TValue, int> Build(TValue[] values, IEqualityComparer<TValue> comparer)
    {
        var index = new Dictionary<TValue, int>(comparer);
        for (var i = 0; i < values.Length; i++)
        {
            if (!index.TryAdd(values[i], i))
            {
                throw new ArgumentException($"Category {i + 1} repeats an earlier category's value.", nameof(values));
            }
        }

        return index.ToFrozenDictionary(comparer);
    }

    internal override int IndexOf(TValue value) => _index.TryGetValue(value, out var index) ? index : -1;
}

internal sealed class EnumCategories<TEnum> : CategoryIndex<TEnum> where TEnum : struct, Enum
{
    internal static readonly Categories<TEnum> Instance = new([.. AnswerSet<TEnum>.Values], [.. AnswerSet<TEnum>.LabelList], new EnumCategories<TEnum>(), UnknownValues.Reject, "Other");

    internal override int IndexOf(TEnum value)
    {
        var index = System.Runtime.CompilerServices.Unsafe.As<TEnum, int>(ref value);
        return (uint)index < (uint)AnswerSet<TEnum>.Count ? index : -1;
    }
}
