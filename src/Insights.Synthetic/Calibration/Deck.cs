using System.Globalization;
using Insights.Core.Model;

namespace Insights.Synthetic.Calibration;

/// <summary>
/// How many cases give each answer to one question in one population, plus how many leave it unanswered:
/// the cards the builder deals. For a multi-select question the counts are per answer and may sum to more
/// than the answering cases.
/// </summary>
internal sealed class Deck<TEnum> where TEnum : struct, Enum
{
    private readonly int[] _counts;

    internal Deck(int[] counts, int missing)
    {
        if (counts.Length != Labels.All<TEnum>().Count)
        {
            throw new ArgumentException($"A deck of {typeof(TEnum).Name} needs {Labels.All<TEnum>().Count.ToString(CultureInfo.InvariantCulture)} counts.", nameof(counts));
        }

        if (counts.Any(c => c < 0) || missing < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(counts), $"A deck of {typeof(TEnum).Name} has a negative count.");
        }

        _counts = counts;
        Missing = missing;
    }

    /// <summary>Gets the number of cards for an unanswered question.</summary>
    internal int Missing { get; }

    /// <summary>Gets the number of answer cards.</summary>
    internal int Answers => _counts.Sum();

    /// <summary>Gets the number of cards, unanswered included.</summary>
    internal int Total => Answers + Missing;

    /// <summary>Gets the number of cards for <paramref name="value"/>.</summary>
    internal int this[TEnum value] => _counts[Index(value)];

    /// <summary>Returns a deck holding only <paramref name="counts"/>, with no missing cards.</summary>
    internal static Deck<TEnum> Of(params ReadOnlySpan<(TEnum Value, int Count)> counts)
    {
        var array = new int[Labels.All<TEnum>().Count];
        foreach (var (value, count) in counts)
        {
            array[Index(value)] += count;
        }

        return new Deck<TEnum>(array, 0);
    }

    /// <summary>Returns the cards left after <paramref name="other"/>'s are taken out.</summary>
    /// <exception cref="InvalidOperationException"><paramref name="other"/> holds a card this deck has not.</exception>
    internal Deck<TEnum> Minus(Deck<TEnum> other)
    {
        var counts = new int[_counts.Length];
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] = _counts[i] - other._counts[i];
            if (counts[i] < 0)
            {
                throw new InvalidOperationException($"Cannot take {other._counts[i].ToString(CultureInfo.InvariantCulture)} cards of {Labels.All<TEnum>()[i]} out of {_counts[i].ToString(CultureInfo.InvariantCulture)}.");
            }
        }

        var missing = Missing - other.Missing;
        return missing >= 0
            ? new Deck<TEnum>(counts, missing)
            : throw new InvalidOperationException($"Cannot take {other.Missing.ToString(CultureInfo.InvariantCulture)} missing cards out of {Missing.ToString(CultureInfo.InvariantCulture)}.");
    }

    /// <summary>Returns this deck with <paramref name="value"/>'s count replaced.</summary>
    internal Deck<TEnum> With(TEnum value, int count)
    {
        var counts = (int[])_counts.Clone();
        counts[Index(value)] = count;
        return new Deck<TEnum>(counts, Missing);
    }

    /// <summary>Returns this deck with the missing count replaced.</summary>
    internal Deck<TEnum> WithMissing(int missing) => new((int[])_counts.Clone(), missing);

    /// <summary>Returns one card per count: answers in declaration order, then <see langword="null"/> for each missing card.</summary>
    internal TEnum?[] Cards()
    {
        var cards = new TEnum?[Total];
        var next = 0;
        var values = Labels.All<TEnum>();
        for (var i = 0; i < _counts.Length; i++)
        {
            for (var k = 0; k < _counts[i]; k++)
            {
                cards[next++] = values[i];
            }
        }

        return cards;
    }

    /// <summary>
    /// Draws the deck of a sub-population of <paramref name="size"/> cases: <paramref name="fixedCounts"/> give
    /// the answers whose sub-population count the report prints; the other cards are drawn at random from
    /// what this deck holds of the other answers (missing included).
    /// </summary>
    internal Deck<TEnum> Subset(int size, Random64 random, params ReadOnlySpan<(TEnum Value, int Count)> fixedCounts)
    {
        var counts = new int[_counts.Length];
        var isFixed = new bool[_counts.Length];
        foreach (var (value, count) in fixedCounts)
        {
            counts[Index(value)] = count;
            isFixed[Index(value)] = true;
        }

        var pool = Cards().Where(card => card is null || !isFixed[Index(card.Value)]).ToArray();
        random.Shuffle(pool.AsSpan());
        var free = size - counts.Sum();
        if (free < 0 || free > pool.Length)
        {
            throw new InvalidOperationException($"A sub-population of {size.ToString(CultureInfo.InvariantCulture)} cannot be drawn from this deck of {typeof(TEnum).Name}.");
        }

        var missing = 0;
        foreach (var card in pool.AsSpan(0, free))
        {
            if (card is { } value)
            {
                counts[Index(value)]++;
            }
            else
            {
                missing++;
            }
        }

        return new Deck<TEnum>(counts, missing);
    }

    /// <summary>Lists the counts by label, for failure messages.</summary>
    public override string ToString()
        => string.Join(", ", Labels.All<TEnum>().Select((v, i) => $"{Labels.Of(v)}={_counts[i].ToString(CultureInfo.InvariantCulture)}"))
            + $", Missing={Missing.ToString(CultureInfo.InvariantCulture)}";

    private static int Index(TEnum value) => Convert.ToInt32(value, CultureInfo.InvariantCulture);
}
