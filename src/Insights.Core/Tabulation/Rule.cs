namespace Insights.Core.Tabulation;

/// <summary>
/// Whether a record is counted: a value the engines can look into, so that a rule written by several tables
/// (or inside several larger rules) is tested once per record however many ask. Rules are equal when they say
/// the same thing: the same field compared with the same values, the same delegate, the same parts combined the
/// same way.
/// </summary>
/// <typeparam name="T">The record type tested.</typeparam>
/// <remarks>
/// Make rules from fields (<see cref="Field{T, TValue}.Is"/>, <see cref="Field{T, TValue}.IsAnyOf"/>, …), from a
/// predicate (<see cref="Rule.Of{T}"/>, the escape hatch: equal only to a rule of the same delegate), and combine
/// them with <c>&amp;</c>, <c>|</c> and <c>!</c>. <c>a &amp; b</c> tests <c>b</c> only on the records <c>a</c> keeps and
/// <c>a | b</c> only on those it does not, as <c>&amp;&amp;</c> and <c>||</c> do, so a predicate is never called on a
/// record an earlier part rules out.
/// </remarks>
public abstract class Rule<T> : IEquatable<Rule<T>>
{
    private protected Rule()
    {
    }

    /// <summary>Tests one record.</summary>
    public abstract bool Test(T item);

    /// <summary>Both rules: <paramref name="right"/> is tested only on the records <paramref name="left"/> keeps.</summary>
    public static Rule<T> operator &(Rule<T> left, Rule<T> right) => Rule.And(left, right);

    /// <summary>Either rule: <paramref name="right"/> is tested only on the records <paramref name="left"/> does not keep.</summary>
    public static Rule<T> operator |(Rule<T> left, Rule<T> right) => Rule.Or(left, right);

    /// <summary>The records the rule does not keep.</summary>
    public static Rule<T> operator !(Rule<T> rule) => Rule.Not(rule);

    /// <summary>Returns whether two rules say the same thing.</summary>
    public static bool operator ==(Rule<T>? left, Rule<T>? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two rules say different things.</summary>
    public static bool operator !=(Rule<T>? left, Rule<T>? right) => !(left == right);

    /// <inheritdoc/>
    public abstract bool Equals(Rule<T>? other);

    /// <inheritdoc/>
    public sealed override bool Equals(object? obj) => obj is Rule<T> other && Equals(other);

    /// <inheritdoc/>
    public abstract override int GetHashCode();
}

/// <summary>Makes and combines <see cref="Rule{T}"/> values.</summary>
public static class Rule
{
    /// <summary>A rule that a predicate decides: equal to another rule only when the delegates are equal.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="predicate"/> is null.</exception>
    public static Rule<T> Of<T>(Func<T, bool> predicate) => new PredicateRule<T>(predicate ?? throw new ArgumentNullException(nameof(predicate)));

    /// <summary>Both rules, <paramref name="right"/> tested only on the records <paramref name="left"/> keeps.</summary>
    /// <exception cref="ArgumentNullException">A rule is null.</exception>
    public static Rule<T> And<T>(Rule<T> left, Rule<T> right)
        => new AndRule<T>(left ?? throw new ArgumentNullException(nameof(left)), right ?? throw new ArgumentNullException(nameof(right)));

    /// <summary>Either rule, <paramref name="right"/> tested only on the records <paramref name="left"/> does not keep.</summary>
    /// <exception cref="ArgumentNullException">A rule is null.</exception>
    public static Rule<T> Or<T>(Rule<T> left, Rule<T> right)
        => new OrRule<T>(left ?? throw new ArgumentNullException(nameof(left)), right ?? throw new ArgumentNullException(nameof(right)));

    /// <summary>The records <paramref name="rule"/> does not keep.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    public static Rule<T> Not<T>(Rule<T> rule) => rule is NotRule<T> not ? not.Inner : new NotRule<T>(rule ?? throw new ArgumentNullException(nameof(rule)));

    /// <summary>Every rule, each tested only on the records the ones before it keep.</summary>
    /// <exception cref="ArgumentException">No rule is given.</exception>
    public static Rule<T> All<T>(params IEnumerable<Rule<T>> rules) => Fold(rules, And, nameof(rules));

    /// <summary>Any rule, each tested only on the records the ones before it do not keep.</summary>
    /// <exception cref="ArgumentException">No rule is given.</exception>
    public static Rule<T> Any<T>(params IEnumerable<Rule<T>> rules) => Fold(rules, Or, nameof(rules));

    private static Rule<T> Fold<T>(IEnumerable<Rule<T>> rules, Func<Rule<T>, Rule<T>, Rule<T>> combine, string name)
    {
        ArgumentNullException.ThrowIfNull(rules, name);
        Rule<T>? result = null;
        foreach (var rule in rules)
        {
            ArgumentNullException.ThrowIfNull(rule, name);
            result = result is null ? rule : combine(result, rule);
        }

        return result ?? throw new ArgumentException("Give at least one rule.", name);
    }
}

/// <summary>A rule the engines test as a whole (a predicate, a field compared with values): a leaf of a rule's tree.</summary>
internal abstract class LeafRule<T> : Rule<T>;

internal sealed class PredicateRule<T>(Func<T, bool> predicate) : LeafRule<T>
{
    internal Func<T, bool> Predicate => predicate;

    public override bool Test(T item) => predicate(item);

    public override bool Equals(Rule<T>? other) => other is PredicateRule<T> rule && rule.Predicate.Equals(predicate);

    public override int GetHashCode() => predicate.GetHashCode();
}

internal sealed class AndRule<T>(Rule<T> left, Rule<T> right) : Rule<T>
{
    internal Rule<T> Left => left;

    internal Rule<T> Right => right;

    public override bool Test(T item) => left.Test(item) && right.Test(item);

    public override bool Equals(Rule<T>? other) => other is AndRule<T> rule && rule.Left.Equals(left) && rule.Right.Equals(right);

    public override int GetHashCode() => HashCode.Combine(1, left, right);
}

internal sealed class OrRule<T>(Rule<T> left, Rule<T> right) : Rule<T>
{
    internal Rule<T> Left => left;

    internal Rule<T> Right => right;

    public override bool Test(T item) => left.Test(item) || right.Test(item);

    public override bool Equals(Rule<T>? other) => other is OrRule<T> rule && rule.Left.Equals(left) && rule.Right.Equals(right);

    public override int GetHashCode() => HashCode.Combine(2, left, right);
}

internal sealed class NotRule<T>(Rule<T> inner) : Rule<T>
{
    internal Rule<T> Inner => inner;

    public override bool Test(T item) => !inner.Test(item);

    public override bool Equals(Rule<T>? other) => other is NotRule<T> rule && rule.Inner.Equals(inner);

    public override int GetHashCode() => HashCode.Combine(3, inner);
}
