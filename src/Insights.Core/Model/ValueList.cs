using System.Collections;
using System.Runtime.CompilerServices;

namespace Insights.Core.Model;

/// <summary>
/// An immutable list with value semantics: two lists are equal when they hold equal items in the same
/// order, so records holding lists (reviews, children, police reports, …) compare by value.
/// </summary>
/// <typeparam name="T">The item type; items are never <see langword="null"/>.</typeparam>
/// <remarks>Build one with <see cref="ValueList.Of{T}(ReadOnlySpan{T})"/>, <see cref="ValueList.From{T}(IEnumerable{T})"/>
/// or a collection expression (<c>[a, b]</c>). The default value of a property of this type is <see cref="Empty"/>.</remarks>
[CollectionBuilder(typeof(ValueList), nameof(ValueList.Of))]
public sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>, IValueList
{
    private readonly T[] _items;

    private ValueList(T[] items) => _items = items;

    /// <summary>Gets the empty list.</summary>
    public static ValueList<T> Empty { get; } = new([]);

    /// <summary>Gets the item at <paramref name="index"/>.</summary>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is outside the list.</exception>
    public T this[int index] => _items[index];

    /// <summary>Gets the number of items.</summary>
    public int Count => _items.Length;

    /// <summary>Gets the items as a read-only span.</summary>
    public ReadOnlySpan<T> AsSpan() => _items;

    internal static ValueList<T> Create(T[] items)
    {
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i] is null)
            {
                throw new ArgumentException($"A list item is null at index {i.ToString(System.Globalization.CultureInfo.InvariantCulture)}.", nameof(items));
            }
        }

        return items.Length == 0 ? Empty : new ValueList<T>(items);
    }

    /// <summary>Enumerates the items in order.</summary>
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Returns whether both lists hold equal items in the same order.</summary>
    public bool Equals(ValueList<T>? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        return other is not null && _items.AsSpan().SequenceEqual(other._items, EqualityComparer<T>.Default);
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    /// <summary>Combines the hash codes of the items in order.</summary>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Describes the list by its item count only, so record contents never leak into logs.</summary>
    public override string ToString() => $"{typeof(T).Name}[{_items.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)}]";

    /// <summary>Compares two lists for equal items in the same order.</summary>
    public static bool operator ==(ValueList<T>? left, ValueList<T>? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two lists for different items.</summary>
    public static bool operator !=(ValueList<T>? left, ValueList<T>? right) => !(left == right);
}

/// <summary>Factory helpers for <see cref="ValueList{T}"/>.</summary>
public static class ValueList
{
    /// <summary>Builds a list holding <paramref name="items"/> in order.</summary>
    /// <exception cref="ArgumentException">An item is <see langword="null"/>.</exception>
    public static ValueList<T> Of<T>(params ReadOnlySpan<T> items) => ValueList<T>.Create(items.ToArray());

    /// <summary>Builds a list holding <paramref name="items"/> in order.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An item is <see langword="null"/>.</exception>
    public static ValueList<T> From<T>(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return ValueList<T>.Create(items.ToArray());
    }
}

/// <summary>Lets code that does not know a list's item type ask for its length.</summary>
internal interface IValueList
{
    int Count { get; }
}
