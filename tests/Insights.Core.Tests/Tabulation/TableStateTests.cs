using FsCheck.Fluent;
using FsCheck.Xunit;
using FsCheck;
using Insights.Core.Tabulation;
using Xunit;
using static Insights.Core.Tests.Formatting.RenderedOutput;

namespace Insights.Core.Tests.Tabulation;

public sealed class TableStateTests
{
    /// <summary>
    /// The monoid law: cut the data into random parts, count each part in its own state, merge the states in a
    /// random order with empty states mixed in, and the table is the one a single pass gives.
    /// </summary>
    [Property(Arbitrary = new[] { typeof(TabulationGenerators) }, MaxTest = 60)]
    public void Merge_PartsInAnyOrderWithEmptyStates_GivesTheSinglePassTable(Split split)
    {
        foreach (var (name, definition) in Catalogue.All)
        {
            var expected = Json(definition.Evaluate(split.People));
            var actual = Json(MergeRandomParts(definition, split.People, new Random(split.Seed)).ToTable());
            Assert.True(expected == actual, $"{name}: merged parts differ from one pass.\n{actual}");
        }
    }

    [Property(Arbitrary = new[] { typeof(TabulationGenerators) }, MaxTest = 30)]
    public void Combine_IsCommutativeAndAssociative(Split split)
    {
        var random = new Random(split.Seed);
        foreach (var (name, definition) in Catalogue.All)
        {
            var (a, b, c) = ThreeStates(definition, split.People, random);
            Assert.True(Json(TableState<Person>.Combine(a, b).ToTable()) == Json(TableState<Person>.Combine(b, a).ToTable()), $"{name}: a+b differs from b+a");
            var left = TableState<Person>.Combine(TableState<Person>.Combine(a, b), c);
            var right = TableState<Person>.Combine(a, TableState<Person>.Combine(b, c));
            Assert.True(Json(left.ToTable()) == Json(right.ToTable()), $"{name}: (a+b)+c differs from a+(b+c)");
        }
    }

    [Property(Arbitrary = new[] { typeof(TabulationGenerators) }, MaxTest = 30)]
    public void Combine_LeavesItsArgumentsUnchanged(Split split)
    {
        var random = new Random(split.Seed);
        var definition = Catalogue.Pets;
        var (a, b, _) = ThreeStates(definition, split.People, random);
        var before = (Json(a.ToTable()), Json(b.ToTable()));
        _ = TableState<Person>.Combine(a, b);
        Assert.Equal(before, (Json(a.ToTable()), Json(b.ToTable())));
    }

    [Fact]
    public void Merge_StateOfAnotherDefinition_Throws()
    {
        var first = Catalogue.Favourite.CreateState();
        var second = Catalogue.Favourite.WithMissing(MissingAnswers.Hidden).CreateState();
        Assert.Throws<ArgumentException>(() => first.Merge(second));
        Assert.Throws<ArgumentException>(() => TableState<Person>.Combine(first, second));
    }

    [Fact]
    public void Merge_StateOfAnEqualLookingDefinitionBuiltTwice_Throws()
    {
        // States only merge when they count for the same definition object: two separately built definitions
        // may look alike but nothing guarantees their counter layouts agree.
        var first = Tabulate.SingleChoice("Favourite colour", (Person p) => p.Favourite).CreateState();
        var second = Tabulate.SingleChoice("Favourite colour", (Person p) => p.Favourite).CreateState();
        Assert.Throws<ArgumentException>(() => first.Merge(second));
    }

    internal static TableState<Person> MergeRandomParts(Tabulator<Person> definition, Person[] people, Random random)
    {
        var cuts = Enumerable.Range(0, random.Next(0, 5)).Select(_ => random.Next(0, people.Length + 1)).Append(0).Append(people.Length).Order().ToArray();
        var states = new List<TableState<Person>>();
        for (var i = 0; i + 1 < cuts.Length; i++)
        {
            var state = definition.CreateState();
            var part = people[cuts[i]..cuts[i + 1]];
            if (random.Next(2) == 0)
            {
                state.AddRange(part);
            }
            else
            {
                foreach (var person in part)
                {
                    state.Add(person);
                }
            }

            states.Add(state);
        }

        for (var empties = random.Next(0, 3); empties > 0; empties--)
        {
            states.Insert(random.Next(states.Count + 1), definition.CreateState());
        }

        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(states));
        var total = states[0];
        foreach (var state in states.Skip(1))
        {
            switch (random.Next(3))
            {
                case 0:
                    total.Merge(state);
                    break;
                case 1:
                    total = TableState<Person>.Combine(total, state);
                    break;
                default:
                    total = TableState<Person>.Combine(state, total);
                    break;
            }
        }

        return total;
    }

    private static (TableState<Person> A, TableState<Person> B, TableState<Person> C) ThreeStates(Tabulator<Person> definition, Person[] people, Random random)
    {
        var states = new[] { definition.CreateState(), definition.CreateState(), definition.CreateState() };
        foreach (var person in people)
        {
            states[random.Next(3)].Add(person);
        }

        return (states[0], states[1], states[2]);
    }
}
