using System.Globalization;
using System.Text;

namespace Insights.Core.Model;

/// <summary>
/// One step of a <see cref="ModelPath"/>: a property of a model type, optionally into one item (or, in a rule,
/// any item) of the list it holds; or, in a rule, a placeholder standing for each of several properties of a type
/// (such as each support area of <see cref="SupportGiven"/>).
/// </summary>
public sealed class ModelPathStep : IEquatable<ModelPathStep>
{
    internal ModelPathStep(Type declaringType, string? property, string? placeholder, bool isListItem, int? index)
    {
        ArgumentNullException.ThrowIfNull(declaringType);
        if ((property is null) == (placeholder is null))
        {
            throw new ArgumentException("A step names either a property or a placeholder.", nameof(property));
        }

        if (!IsIdentifier(property ?? placeholder!))
        {
            throw new ArgumentException("A step's property or placeholder must be a C# identifier.", nameof(property));
        }

        if (index is not null && (!isListItem || index < 0))
        {
            throw new ArgumentOutOfRangeException(nameof(index), "Only a list item step has an index, and it is not negative.");
        }

        if (placeholder is not null && isListItem)
        {
            throw new ArgumentException("A placeholder step does not point into a list.", nameof(isListItem));
        }

        DeclaringType = declaringType;
        Property = property;
        Placeholder = placeholder;
        IsListItem = isListItem;
        Index = index;
    }

    /// <summary>Gets the model type whose property the step names (a generic type definition when the step follows a placeholder).</summary>
    public Type DeclaringType { get; }

    /// <summary>Gets the C# name of the property, or <see langword="null"/> for a placeholder step.</summary>
    public string? Property { get; }

    /// <summary>Gets the word a placeholder step stands for (e.g. <c>area</c>), or <see langword="null"/> for a property step.</summary>
    public string? Placeholder { get; }

    /// <summary>Gets whether the step goes on into an item of the list the property holds.</summary>
    public bool IsListItem { get; }

    /// <summary>Gets the index of the list item, or <see langword="null"/> when the step names any item (in a rule) or no list.</summary>
    public int? Index { get; }

    /// <summary>Gets whether the step names any item of a list (a rule's path, before a case's index is filled in).</summary>
    public bool IsAnyItem => IsListItem && Index is null;

    /// <inheritdoc/>
    public bool Equals(ModelPathStep? other)
        => other is not null && DeclaringType == other.DeclaringType && Property == other.Property && Placeholder == other.Placeholder
            && IsListItem == other.IsListItem && Index == other.Index;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ModelPathStep);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(DeclaringType, Property, Placeholder, IsListItem, Index);

    /// <summary>Returns the step in model terms: <c>Reviews[2]</c>, <c>Reviews[]</c>, <c>&lt;area&gt;</c>, <c>ClosureDate</c>.</summary>
    public override string ToString() => Write(Property!);

    /// <summary>Writes the step with <paramref name="name"/> for its property: the placeholder as <c>&lt;word&gt;</c>, then the list item.</summary>
    internal string Write(string name)
    {
        if (Placeholder is not null)
        {
            return "<" + Placeholder + ">";
        }

        return !IsListItem ? name : Index is { } i ? name + "[" + i.ToString(CultureInfo.InvariantCulture) + "]" : name + "[]";
    }

    internal ModelPathStep WithIndex(int index) => new(DeclaringType, Property, Placeholder, IsListItem, index);

    internal bool Matches(ModelPathStep concrete)
    {
        var sameType = DeclaringType == concrete.DeclaringType
            || (DeclaringType.IsGenericTypeDefinition && concrete.DeclaringType.IsGenericType && concrete.DeclaringType.GetGenericTypeDefinition() == DeclaringType);
        if (!sameType || concrete.Placeholder is not null)
        {
            return false;
        }

        return Placeholder is not null
            ? !concrete.IsListItem
            : Property == concrete.Property && IsListItem == concrete.IsListItem && (Index is null || Index == concrete.Index);
    }

    private static bool IsIdentifier(string name)
        => name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && !name.AsSpan().ContainsAnyExcept(IdentifierChars);

    private static readonly System.Buffers.SearchValues<char> IdentifierChars
        = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_");
}

/// <summary>
/// A path of model members from a model type, such as <c>Case.Exit.ClosureDate</c> or <c>Case.Reviews[2].Date</c>:
/// the field a cross-field rule constrains or a broken rule names. Immutable, compared by value, written in model
/// terms by <see cref="ToString"/> (the serialization namespace writes it as the field's path in the data format).
/// Paths are made only by the library's own rules, from <see langword="nameof"/> of real properties; a rule's path
/// may name any item of a list (<c>Case.Reviews[].Date</c>) or each of several properties (<c>&lt;area&gt;</c>),
/// and the path of a broken rule fills in the list indexes and the property.
/// </summary>
public sealed class ModelPath : IEquatable<ModelPath>
{
    private readonly ModelPathStep[] _steps;

    private ModelPath(Type root, ModelPathStep[] steps, Type? next)
    {
        Root = root;
        _steps = steps;
        Next = next;
    }

    /// <summary>Gets the model type the path starts from (the declaring type of its first step).</summary>
    public Type Root { get; }

    /// <summary>Gets the steps of the path, from <see cref="Root"/> on; never empty.</summary>
    public IReadOnlyList<ModelPathStep> Steps => _steps;

    /// <summary>Gets whether the path names one field of one record: no step names any item of a list or is a placeholder.</summary>
    public bool IsConcrete => Array.TrueForAll(_steps, s => s.Placeholder is null && !s.IsAnyItem);

    /// <summary>Gets whether the path is built to its end: it has a step and ends in a property.</summary>
    internal bool IsComplete => Next is null && _steps.Length > 0;

    /// <summary>The declaring type of the next step while a path is built; <see langword="null"/> once the last property is named.</summary>
    private Type? Next { get; }

    /// <summary>Starts a path at model type <typeparamref name="TRoot"/>; name its properties with <see cref="Member{TValue}(string)"/>, <see cref="Item{TItem}(string)"/> and <see cref="Member(string)"/>.</summary>
    internal static ModelPath From<TRoot>() => From(typeof(TRoot));

    /// <summary>Starts a path at model type <paramref name="root"/> (a generic type definition for a path within any of its closed types).</summary>
    internal static ModelPath From(Type root) => new(root, [], root);

    /// <summary>Goes on through property <paramref name="property"/>, of type <typeparamref name="TValue"/> (a nullable value unwrapped).</summary>
    internal ModelPath Member<TValue>(string property) => Add(new(Building(), property, null, isListItem: false, index: null), typeof(TValue));

    /// <summary>Goes on into any item (of type <typeparamref name="TItem"/>) of the list property <paramref name="property"/>.</summary>
    internal ModelPath Item<TItem>(string property) => Add(new(Building(), property, null, isListItem: true, index: null), typeof(TItem));

    /// <summary>Goes on through a placeholder for each property of type <paramref name="valueType"/> (a generic type definition for any of its closed types).</summary>
    internal ModelPath Each(string placeholder, Type valueType) => Add(new(Building(), null, placeholder, isListItem: false, index: null), valueType);

    /// <summary>Ends the path at property <paramref name="property"/>.</summary>
    internal ModelPath Member(string property) => Add(new(Building(), property, null, isListItem: false, index: null), null);

    /// <summary>Returns the path with the indexes of its any-item steps filled in, in order.</summary>
    /// <exception cref="ArgumentException">The number of indexes differs from the number of any-item steps.</exception>
    internal ModelPath At(params ReadOnlySpan<int> indexes)
    {
        var steps = (ModelPathStep[])_steps.Clone();
        var next = 0;
        for (var s = 0; s < steps.Length; s++)
        {
            if (steps[s].IsAnyItem)
            {
                if (next == indexes.Length)
                {
                    throw new ArgumentException("Fewer indexes than list items in the path.", nameof(indexes));
                }

                steps[s] = steps[s].WithIndex(indexes[next++]);
            }
        }

        if (next != indexes.Length)
        {
            throw new ArgumentException("More indexes than list items in the path.", nameof(indexes));
        }

        return new(Root, steps, Next);
    }

    /// <summary>Returns whether <paramref name="concrete"/> is this path with its list indexes and placeholders filled in (or this path itself).</summary>
    internal bool Matches(ModelPath concrete)
    {
        if (concrete._steps.Length != _steps.Length || Next is not null || concrete.Next is not null)
        {
            return false;
        }

        for (var s = 0; s < _steps.Length; s++)
        {
            if (!_steps[s].Matches(concrete._steps[s]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Writes the steps joined by <c>.</c>, each property written by <paramref name="name"/> (without the root type).</summary>
    internal string Render(Func<ModelPathStep, string> name)
    {
        var text = new StringBuilder();
        foreach (var step in _steps)
        {
            if (text.Length > 0)
            {
                text.Append('.');
            }

            text.Append(step.Write(step.Placeholder is null ? name(step) : string.Empty));
        }

        return text.ToString();
    }

    /// <summary>
    /// Joins written paths with <c>, </c>, writing a path that differs from the one before only in its last step as
    /// <c>.last</c> (e.g. <c>exit.support.&lt;area&gt;.outcomes, .safetyImpact</c>).
    /// </summary>
    internal static string Join(IEnumerable<string> written)
    {
        var text = new StringBuilder();
        string? previous = null;
        foreach (var path in written)
        {
            if (previous is not null)
            {
                text.Append(", ");
            }

            var cut = path.LastIndexOf('.');
            var shared = previous is not null && cut > 0 && previous.LastIndexOf('.') == cut && string.CompareOrdinal(previous, 0, path, 0, cut) == 0;
            text.Append(shared ? path.AsSpan(cut) : path);
            previous = path;
        }

        return text.ToString();
    }

    /// <inheritdoc/>
    public bool Equals(ModelPath? other) => other is not null && Root == other.Root && Next == other.Next && _steps.AsSpan().SequenceEqual(other._steps);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ModelPath);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Root);
        foreach (var step in _steps)
        {
            hash.Add(step);
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns the path in model terms: the root type's name, then each property, e.g. <c>Case.Reviews[2].Date</c>.</summary>
    public override string ToString() => TypeName(Root) + "." + Render(s => s.Property!);

    /// <summary>Returns whether two paths are equal.</summary>
    /// <param name="left">A path, or <see langword="null"/>.</param>
    /// <param name="right">A path, or <see langword="null"/>.</param>
    public static bool operator ==(ModelPath? left, ModelPath? right) => left?.Equals(right) ?? right is null;

    /// <summary>Returns whether two paths differ.</summary>
    /// <param name="left">A path, or <see langword="null"/>.</param>
    /// <param name="right">A path, or <see langword="null"/>.</param>
    public static bool operator !=(ModelPath? left, ModelPath? right) => !(left == right);

    internal static string TypeName(Type type)
    {
        var name = type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? name : name[..tick];
    }

    private Type Building() => Next ?? throw new InvalidOperationException("The path already ends in a property.");

    private ModelPath Add(ModelPathStep step, Type? next)
    {
        var value = next is null ? null : Nullable.GetUnderlyingType(next) ?? next;
        return new(Root, [.. _steps, step], value);
    }
}
