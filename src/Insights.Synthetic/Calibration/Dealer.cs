using System.Globalization;
using System.Numerics;
using Insights.Core.Model;

namespace Insights.Synthetic.Calibration;

/// <summary>
/// Deals the cards of a <see cref="Deck{TEnum}"/> to the cases of a population, so that the population
/// gives exactly the deck's answers. Populations are lists of case (or client) indexes; answers are written
/// into arrays indexed the same way. Variants keep answers plausible together: some answers go only to
/// eligible cases, or preferably to the cases ranked highest by a key.
/// </summary>
internal sealed class Dealer(Random64 random)
{
    /// <summary>Gets the generator the dealer draws from.</summary>
    internal Random64 Random => random;

    /// <summary>Deals the cards to the population at random.</summary>
    internal void Deal<TEnum>(IReadOnlyList<int> population, Deck<TEnum> deck, TEnum?[] target)
        where TEnum : struct, Enum
    {
        RequireSize(population, deck.Total, typeof(TEnum).Name);
        var cards = deck.Cards();
        random.Shuffle(cards.AsSpan());
        for (var i = 0; i < cards.Length; i++)
        {
            target[population[i]] = cards[i];
        }
    }

    /// <summary>
    /// Deals the missing cards at random, then gives the answers of <paramref name="order"/>, in that order, to
    /// the cases with the highest <paramref name="key"/>; the remaining answers go to the remaining cases at random.
    /// The key should carry its own noise, so the preference is a tendency, not a rule.
    /// </summary>
    internal void DealRanked<TEnum>(IReadOnlyList<int> population, Deck<TEnum> deck, TEnum?[] target, Func<int, double> key, params TEnum[] order)
        where TEnum : struct, Enum
    {
        RequireSize(population, deck.Total, typeof(TEnum).Name);
        var shuffled = random.Shuffled(population);
        for (var i = 0; i < deck.Missing; i++)
        {
            target[shuffled[i]] = null;
        }

        var answering = shuffled.AsSpan(deck.Missing).ToArray();
        var keys = answering.Select(key).ToArray();
        Array.Sort(keys, answering);
        Array.Reverse(answering);
        var next = 0;
        var rest = deck.WithMissing(0);
        foreach (var value in order)
        {
            for (var k = 0; k < deck[value]; k++)
            {
                target[answering[next++]] = value;
            }

            rest = rest.With(value, 0);
        }

        var cards = rest.Cards();
        random.Shuffle(cards.AsSpan());
        for (var i = 0; i < cards.Length; i++)
        {
            target[answering[next + i]] = cards[i];
        }
    }

    /// <summary>
    /// Deals the cards so that each answer goes only to cases <paramref name="eligible"/> for it. Answers that
    /// some cases may not give are placed first, the scarcest first; the rest are dealt at random.
    /// </summary>
    /// <exception cref="InvalidOperationException">Too few cases are eligible for an answer.</exception>
    internal void DealEligible<TEnum>(IReadOnlyList<int> population, Deck<TEnum> deck, TEnum?[] target, Func<int, TEnum, bool> eligible)
        where TEnum : struct, Enum
    {
        RequireSize(population, deck.Total, typeof(TEnum).Name);
        var assigned = new HashSet<int>();
        var restricted = Labels.All<TEnum>()
            .Where(v => deck[v] > 0)
            .Select(v => (Value: v, Eligible: population.Count(c => eligible(c, v))))
            .Where(x => x.Eligible < population.Count)
            .OrderBy(x => x.Eligible - deck[x.Value])
            .ToList();
        var rest = deck;
        foreach (var (value, _) in restricted)
        {
            var candidates = random.Shuffled(population.Where(c => !assigned.Contains(c) && eligible(c, value)));
            if (candidates.Length < deck[value])
            {
                throw new InvalidOperationException($"Only {candidates.Length.ToString(CultureInfo.InvariantCulture)} cases are eligible for {deck[value].ToString(CultureInfo.InvariantCulture)} answers '{Labels.Of(value)}'.");
            }

            foreach (var c in candidates.AsSpan(0, deck[value]))
            {
                target[c] = value;
                assigned.Add(c);
            }

            rest = rest.With(value, 0);
        }

        Deal(population.Where(c => !assigned.Contains(c)).ToArray(), rest, target);
    }

    /// <summary>
    /// Deals a multi-select question: <c>deck.Missing</c> cases get no answer (null); each of the others gets
    /// a non-empty set. An <paramref name="exclusive"/> answer ("None", "Don't know") is the only one in its set.
    /// The other answers go to distinct cases at random, then a case left empty takes an answer from a case
    /// holding two or more, so every count stays exact.
    /// </summary>
    /// <exception cref="InvalidOperationException">The cards cannot cover the answering cases, or too few cases are eligible.</exception>
    internal void DealMulti<TEnum>(IReadOnlyList<int> population, Deck<TEnum> deck, EnumSet<TEnum>?[] target, TEnum[]? exclusive = null, Func<int, TEnum, bool>? eligible = null)
        where TEnum : struct, Enum
    {
        var name = typeof(TEnum).Name;
        eligible ??= static (_, _) => true;
        var shuffled = random.Shuffled(population);
        if (deck.Missing > shuffled.Length)
        {
            throw new InvalidOperationException($"A multi-select deck of {name} has more missing answers than cases.");
        }

        foreach (var c in shuffled.AsSpan(0, deck.Missing))
        {
            target[c] = null;
        }

        var open = shuffled.Skip(deck.Missing).ToList();
        foreach (var value in exclusive ?? [])
        {
            var takers = open.Where(c => eligible(c, value)).Take(deck[value]).ToList();
            if (takers.Count < deck[value])
            {
                throw new InvalidOperationException($"Too few cases for the exclusive answer '{Labels.Of(value)}' of {name}.");
            }

            foreach (var c in takers)
            {
                target[c] = EnumSet.Of(value);
                open.Remove(c);
            }
        }

        var items = Labels.All<TEnum>().Where(v => !(exclusive ?? []).Contains(v) && deck[v] > 0).OrderByDescending(v => deck[v]).ToList();
        if (items.Sum(v => deck[v]) < open.Count)
        {
            throw new InvalidOperationException($"{items.Sum(v => deck[v]).ToString(CultureInfo.InvariantCulture)} answers of {name} cannot give each of {open.Count.ToString(CultureInfo.InvariantCulture)} cases one.");
        }

        var bits = open.ToDictionary(c => c, _ => 0UL);
        foreach (var value in items)
        {
            var bit = 1UL << Convert.ToInt32(value, CultureInfo.InvariantCulture);
            var candidates = random.Shuffled(open.Where(c => eligible(c, value)));
            if (candidates.Length < deck[value])
            {
                throw new InvalidOperationException($"Only {candidates.Length.ToString(CultureInfo.InvariantCulture)} cases are eligible for {deck[value].ToString(CultureInfo.InvariantCulture)} answers '{Labels.Of(value)}' of {name}.");
            }

            foreach (var c in candidates.AsSpan(0, deck[value]))
            {
                bits[c] |= bit;
            }
        }

        Repair(open, bits, eligible, name);
        foreach (var c in open)
        {
            target[c] = SetOf<TEnum>(bits[c]);
        }
    }

    /// <summary>
    /// Deals the cards to clients of whom some count twice (a client with two cases repeats the profile
    /// answers counted over every case). Each double client draws an answer with two cards left, among
    /// <paramref name="allowedTwice"/>; the single clients share what remains at random.
    /// </summary>
    internal void DealWeighted<TEnum>(IReadOnlyList<int> clients, Func<int, bool> countsTwice, Deck<TEnum> deck, TEnum?[] target, Func<TEnum?, bool> allowedTwice)
        where TEnum : struct, Enum
    {
        var cards = deck.Cards().ToList();
        var doubles = clients.Where(countsTwice).ToList();
        foreach (var client in doubles)
        {
            var choices = cards.Distinct().Where(v => allowedTwice(v) && cards.Count(x => Nullable.Equals(x, v)) >= 2).ToArray();
            if (choices.Length == 0)
            {
                throw new InvalidOperationException($"No answer of {typeof(TEnum).Name} has two cards left for a client with two cases.");
            }

            // Weight by cards left so the doubled answers follow the deck's distribution.
            var pool = cards.Where(v => choices.Contains(v)).ToArray();
            var chosen = pool[random.NextInt(pool.Length)];
            cards.Remove(chosen);
            cards.Remove(chosen);
            target[client] = chosen;
        }

        var singles = clients.Where(c => !countsTwice(c)).ToArray();
        RequireSize(singles, cards.Count, typeof(TEnum).Name);
        var shuffled = random.Shuffled(cards);
        for (var i = 0; i < singles.Length; i++)
        {
            target[singles[i]] = shuffled[i];
        }
    }

    private void Repair<TEnum>(List<int> open, Dictionary<int, ulong> bits, Func<int, TEnum, bool> eligible, string name)
        where TEnum : struct, Enum
    {
        foreach (var empty in open.Where(c => bits[c] == 0).ToList())
        {
            var moved = false;
            foreach (var donor in random.Shuffled(open.Where(c => BitOperations.PopCount(bits[c]) >= 2)))
            {
                var candidates = bits[donor];
                while (candidates != 0 && !moved)
                {
                    var index = BitOperations.TrailingZeroCount(candidates);
                    candidates &= candidates - 1;
                    if (eligible(empty, Labels.All<TEnum>()[index]))
                    {
                        bits[donor] &= ~(1UL << index);
                        bits[empty] |= 1UL << index;
                        moved = true;
                    }
                }

                if (moved)
                {
                    break;
                }
            }

            if (!moved)
            {
                throw new InvalidOperationException($"A case got no answer of {name} and no other case can spare one.");
            }
        }
    }

    /// <summary>The set of the members whose bit (1 shifted by the member's value) is set in <paramref name="bits"/>.</summary>
    private static EnumSet<TEnum> SetOf<TEnum>(ulong bits)
        where TEnum : struct, Enum
    {
        var set = EnumSet<TEnum>.Empty;
        foreach (var value in Labels.All<TEnum>())
        {
            if ((bits & (1UL << Convert.ToInt32(value, CultureInfo.InvariantCulture))) != 0)
            {
                set = set.With(value);
            }
        }

        return set;
    }

    private static void RequireSize<T>(IReadOnlyCollection<T> population, int cards, string name)
    {
        if (population.Count != cards)
        {
            throw new InvalidOperationException($"A deck of {cards.ToString(CultureInfo.InvariantCulture)} {name} cards does not fit a population of {population.Count.ToString(CultureInfo.InvariantCulture)}.");
        }
    }
}
