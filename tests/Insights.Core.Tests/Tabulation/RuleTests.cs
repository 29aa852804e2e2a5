using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Insights.Core.Model;
using Insights.Core.Tabulation;
using Xunit;
using PersonFields = Insights.Core.Tests.Tabulation.Catalogue.Fields;

namespace Insights.Core.Tests.Tabulation;

/// <summary>
/// Rules as values: each kind of rule means what it says, equal rules are equal, and a plan that keeps the
/// answers of rules used more than once (per record, or per batch of 64 rows) answers exactly as testing each
/// rule afresh, never reading a record an earlier part of a rule rules out.
/// </summary>
public sealed class RuleTests
{
    // Predicates drawn from a fixed list, so the same delegate recurs in several rules of one draw.
    private static readonly Func<Person, bool>[] Predicates = [HasFriends, IsMember, p => p.Team == "Alpha"];

    /// <summary>A rule and what it must mean, written independently of the rule's own code.</summary>
    public sealed record Case(Rule<Person> Rule, Func<Person, bool> Meaning, string Text)
    {
        public override string ToString() => Text;
    }

    public sealed record Draw(Case[] Rules, Person[] People, int Seed)
    {
        public override string ToString() => $"{string.Join(" ; ", Rules.Select(r => r.Text))} over {People.Length} people, seed {Seed}";
    }

    public static class Generators
    {
        private static Gen<Case> Leaf { get; } = Gen.OneOf(
            TabulationGenerators.AnswerOf<Colour>().Select(c => new Case(PersonFields.Favourite.Is(c), p => p.Favourite == c, $"favourite={c}")),
            Gen.SubListOf(Labels.All<Colour>().ToArray()).Where(l => l.Count > 0).Select(l => new Case(PersonFields.Favourite.IsAnyOf(l), p => p.Favourite is { } f && l.Contains(f), $"favourite in {string.Join('|', l)}")),
            Gen.Constant(new Case(PersonFields.Favourite.IsMissing(), p => p.Favourite is null, "favourite missing")),
            Gen.Constant(new Case(PersonFields.Region.IsAnswered(), p => p.Region is not null, "region answered")),
            Gen.Choose(-2, 70).SelectMany(a => Gen.Choose(a, 75).Select(b => new Case(PersonFields.Age.Between(a, b), p => p.Age >= a && p.Age <= b, $"age {a}..{b}"))),
            Gen.Choose(-2, 70).Select(a => new Case(PersonFields.Age.AtLeast(a), p => p.Age >= a, $"age>={a}")),
            Gen.Choose(-2, 70).Select(a => new Case(PersonFields.Age.AtMost(a), p => p.Age <= a, $"age<={a}")),
            Gen.SubListOf(Labels.All<Pet>().ToArray()).Where(l => l.Count > 0).Select(l => new Case(PersonFields.Pets.ContainsAny(l), p => p.Pets is { } s && l.Any(s.Contains), $"pets any {string.Join('|', l)}")),
            Gen.Choose(0, Predicates.Length - 1).Select(i => new Case(Rule.Of(Predicates[i]), Predicates[i], $"predicate{i}")));

        private static Gen<Case> Tree(int depth) => depth == 0
            ? Leaf
            : Gen.Frequency(
                (3, Leaf),
                (2, from a in Tree(depth - 1) from b in Tree(depth - 1) select new Case(a.Rule & b.Rule, p => a.Meaning(p) && b.Meaning(p), $"({a.Text} & {b.Text})")),
                (2, from a in Tree(depth - 1) from b in Tree(depth - 1) select new Case(a.Rule | b.Rule, p => a.Meaning(p) || b.Meaning(p), $"({a.Text} | {b.Text})")),
                (1, Tree(depth - 1).Select(a => new Case(!a.Rule, p => !a.Meaning(p), $"!{a.Text}"))));

        public static Arbitrary<Draw> DrawArbitrary() => Arb.From(
            from count in Gen.Choose(1, 8)
            from rules in Gen.ArrayOf(Tree(3), count)
            from people in TabulationGenerators.People
            from seed in Gen.Choose(0, int.MaxValue)
            select new Draw(rules, people, seed));
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 200)]
    public void EveryRule_MeansWhatItSays(Draw draw)
    {
        foreach (var rule in draw.Rules)
        {
            foreach (var person in draw.People)
            {
                Assert.True(rule.Meaning(person) == rule.Rule.Test(person), $"{rule.Text} on {person}");
            }
        }
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 200)]
    public void KeptAnswers_OneRecordAtATime_SameAsTestingAfresh(Draw draw)
    {
        var uses = draw.Rules.Concat(draw.Rules.Take(2)).Select(r => r.Rule).ToArray();
        var plan = RulePlan<Person>.Of(uses);
        var answers = plan.CreateAnswers();
        var random = new Random(draw.Seed);
        foreach (var person in draw.People)
        {
            answers?.NextRecord();

            // Ask in a random order, some rules twice: a kept answer must be this record's.
            foreach (var i in Enumerable.Range(0, uses.Length * 2).Select(_ => random.Next(uses.Length)))
            {
                Assert.Equal(uses[i].Test(person), plan.TestOf(uses[i]).Test(person, answers));
            }
        }
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 200)]
    public void KeptAnswers_SixtyFourRowsAtATime_SameAsTestingAfresh(Draw draw)
    {
        var uses = draw.Rules.Select(r => r.Rule).ToArray();
        var plan = RulePlan<Person>.Of([.. uses, .. uses]);
        var answers = plan.CreateAnswers();
        var random = new Random(draw.Seed);
        for (var start = 0; start < draw.People.Length; start += 64)
        {
            var items = draw.People.AsSpan(start, Math.Min(64, draw.People.Length - start));
            answers?.NextBatch();
            var all = items.Length == 64 ? ulong.MaxValue : (1UL << items.Length) - 1;
            for (var ask = 0; ask < uses.Length * 3; ask++)
            {
                // Random subsets of the batch, overlapping: answers kept for some rows, not others.
                var rows = all & (((ulong)random.NextInt64() << 1) ^ (ulong)random.NextInt64());
                var rule = uses[random.Next(uses.Length)];
                var expected = 0UL;
                for (var i = 0; i < items.Length; i++)
                {
                    if ((rows & (1UL << i)) != 0 && rule.Test(items[i]))
                    {
                        expected |= 1UL << i;
                    }
                }

                Assert.Equal(expected, plan.TestOf(rule).Test(items, rows, answers));
            }
        }
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 100)]
    public void Predicate_NeverCalledOnARecordAnEarlierPartRulesOut(Draw draw)
    {
        var guard = draw.Rules[0];
        var asked = new List<Person>();
        var recording = Rule.Of<Person>(p =>
        {
            asked.Add(p);
            return p.Age is > 20;
        });
        Rule<Person>[] rules = [guard.Rule & recording, !guard.Rule | recording, guard.Rule & (recording | guard.Rule)];
        var plan = RulePlan<Person>.Of([.. rules, .. rules]);

        var answers = plan.CreateAnswers();
        foreach (var person in draw.People)
        {
            answers?.NextRecord();
            foreach (var rule in rules)
            {
                plan.TestOf(rule).Test(person, answers);
            }
        }

        answers = plan.CreateAnswers();
        for (var start = 0; start < draw.People.Length; start += 64)
        {
            var items = draw.People.AsSpan(start, Math.Min(64, draw.People.Length - start));
            answers?.NextBatch();
            var all = items.Length == 64 ? ulong.MaxValue : (1UL << items.Length) - 1;
            foreach (var rule in rules)
            {
                plan.TestOf(rule).Test(items, all, answers);
            }
        }

        Assert.All(asked, p => Assert.True(guard.Meaning(p), $"asked about {p}, which {guard.Text} rules out"));
    }

    [Fact]
    public void EqualRules_AreEqual_WhateverTheOrderOfTheirValues()
    {
        Assert.Equal(PersonFields.Favourite.Is(Colour.Red), PersonFields.Favourite.Is(Colour.Red));
        Assert.Equal(PersonFields.Favourite.IsAnyOf(Colour.Red, Colour.Blue), PersonFields.Favourite.IsAnyOf(Colour.Blue, Colour.Red, Colour.Blue));
        Assert.Equal(PersonFields.Favourite.IsAnyOf(Colour.Red, Colour.Blue).GetHashCode(), PersonFields.Favourite.IsAnyOf(Colour.Blue, Colour.Red).GetHashCode());
        Assert.Equal(PersonFields.Age.Between(1, 5) & Rule.Of<Person>(HasFriends), PersonFields.Age.Between(1, 5) & Rule.Of<Person>(HasFriends));
        Assert.Equal(PersonFields.Pets.Contains(Pet.Cat), PersonFields.Pets.ContainsAny(Pet.Cat, Pet.Cat));
        Assert.Equal(PersonFields.Region, Catalogue.Fields.Region);
        Assert.True(!!PersonFields.Safer.IsMissing() == PersonFields.Safer.IsMissing());
    }

    [Fact]
    public void DifferentRules_AreNotEqual()
    {
        var sameName = new Field<Person, Colour>("favourite", p => p.Favourite);
        Assert.NotEqual(PersonFields.Favourite.Is(Colour.Red), sameName.Is(Colour.Red));
        Assert.NotEqual(PersonFields.Favourite.Is(Colour.Red), PersonFields.Favourite.Is(Colour.Blue));
        Assert.NotEqual(PersonFields.Age.AtLeast(3), PersonFields.Age.AtMost(3));
        Assert.NotEqual(PersonFields.Age.AtLeast(3) & PersonFields.Region.IsAnswered(), PersonFields.Region.IsAnswered() & PersonFields.Age.AtLeast(3));
        Assert.NotEqual(PersonFields.Age.AtLeast(3) & PersonFields.Region.IsAnswered(), PersonFields.Age.AtLeast(3) | PersonFields.Region.IsAnswered());
        Assert.NotEqual(Rule.Of<Person>(HasFriends), Rule.Of<Person>(IsMember));
    }

    [Fact]
    public void Definitions_AreValidatedWhenMade()
    {
        Assert.Throws<ArgumentException>(() => new Field<Person, int>(" ", p => p.Age));
        Assert.Throws<ArgumentNullException>(() => new Field<Person, int>("age", null!));
        Assert.Throws<ArgumentException>(() => PersonFields.Favourite.IsAnyOf());
        Assert.Throws<ArgumentException>(() => PersonFields.Pets.ContainsAny());
        var reversed = Assert.Throws<ArgumentException>(() => PersonFields.Age.Between(5, 2));
        Assert.Contains("'age'", reversed.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Rule.All<Person>());
        Assert.Throws<ArgumentNullException>(() => Rule.Of<Person>(null!));
        Assert.Throws<ArgumentNullException>(() => Rule.And(PersonFields.Age.AtLeast(1), null!));
    }

    [Fact]
    public void RuleUsedByTwoTables_TestedOncePerRecord_InBothEngines()
    {
        var calls = 0;
        var counted = Rule.Of<Person>(p =>
        {
            calls++;
            return p.Age >= 18;
        });
        var report = new Report<Person>("Shared", [new ReportSection<Person>("Both", [
            Catalogue.Favourite.Where(counted & PersonFields.Region.IsAnswered()),
            Catalogue.Pets.Where(counted & PersonFields.Region.IsAnswered())])]);
        var people = TabulationGenerators.Person.Sample(300, 3);
        report.Count(people);
        Assert.Equal(people.Length, calls);
        calls = 0;
        Insights.Core.Frames.CaseFrame<Person>.Build(report, people);
        Assert.Equal(people.Length, calls);
    }

    private static bool HasFriends(Person p) => p.Friends.Count > 0;

    private static bool IsMember(Person p) => p.Member == true;
}
