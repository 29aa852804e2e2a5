using FsCheck.Xunit;
using Insights.Core.Model;
using Insights.Core.Tabulation;
using Xunit;

namespace Insights.Core.Tests.Tabulation;

public sealed class MultiSelectTabulatorTests
{
    [Property(Arbitrary = new[] { typeof(TabulationGenerators) })]
    public void Evaluate_AnyData_EveryCountAtMostItsBase(Person[] people)
    {
        foreach (var definition in new[] { Catalogue.Pets, Catalogue.Pets.WithMissing(MissingAnswers.Excluded), Catalogue.Pets.WithMissing(MissingAnswers.ShownSeparately) })
        {
            var table = definition.Evaluate(people);
            Assert.All(table.Rows.Select(r => r.CountAt(0)).OfType<CountCell>(), c => Assert.InRange(c.Count, 0, c.Base));
        }
    }

    [Property(Arbitrary = new[] { typeof(TabulationGenerators) })]
    public void Evaluate_AnyData_CountsRespondentsWhoTickedEachAnswer(Person[] people)
    {
        var table = Catalogue.Pets.Evaluate(people);
        Assert.Equal(people.Length, table.Bases.Single().N);
        foreach (var pet in Labels.All<Pet>())
        {
            var row = table.Row(Labels.Of(pet))!;
            Assert.Equal(people.Count(p => p.Pets?.Contains(pet) == true), row.CountAt(0)!.Count);
        }

        Assert.Equal(people.Count(p => p.Pets is null), table.Row("Missing")!.CountAt(0)!.Count);
    }

    [Property(Arbitrary = new[] { typeof(TabulationGenerators) })]
    public void Evaluate_Net_CountsRecordsWithAnyMemberNotTheSumOfMembers(Person[] people)
    {
        var table = Catalogue.Pets.Evaluate(people);
        var furry = table.Row("Furry")!.CountAt(0)!.Count;
        Assert.Equal(people.Count(p => p.Pets is { } s && (s.Contains(Pet.Cat) || s.Contains(Pet.Dog))), furry);
        var members = table.Row("Cat")!.CountAt(0)!.Count + table.Row("Dog")!.CountAt(0)!.Count;
        Assert.True(furry <= members, "a net is never more than the sum of its members");
        Assert.Equal(members - people.Count(p => p.Pets is { } s && s.Contains(Pet.Cat) && s.Contains(Pet.Dog)), furry);
        Assert.Equal(people.Count(p => p.Pets is { } s && (s.Contains(Pet.Fish) || s.Contains(Pet.Bird))), table.Row("Small")!.CountAt(0)!.Count);
    }

    [Fact]
    public void Evaluate_BothMembersTicked_NetLessThanSumOfMembers()
    {
        var both = Person.Blank with { Pets = EnumSet.Of(Pet.Cat, Pet.Dog) };
        var table = Catalogue.Pets.Evaluate([both, both, Person.Blank with { Pets = EnumSet.Of(Pet.Cat) }]);
        Assert.Equal(3, table.Row("Cat")!.CountAt(0)!.Count);
        Assert.Equal(2, table.Row("Dog")!.CountAt(0)!.Count);
        Assert.Equal(3, table.Row("Furry")!.CountAt(0)!.Count);
        Assert.Equal("100%", table.Row("Furry")!.Cells[0]!.PercentText);
    }

    [Property(Arbitrary = new[] { typeof(TabulationGenerators) })]
    public void Evaluate_SetSizeStatistics_MatchDirectComputation(Person[] people)
    {
        var table = Catalogue.Pets.Evaluate(people);
        var sizes = people.Where(p => p.Pets is not null).Select(p => p.Pets!.Value.Without(Pet.None).Count).ToArray();
        var atLeastOne = sizes.Where(s => s >= 1).ToArray();
        var mean = (StatisticCell)table.Row("Average number of pets")!.Cells[0]!;
        if (atLeastOne.Length == 0)
        {
            Assert.Null(mean.Value);
            Assert.Equal("-", mean.Text);
        }
        else
        {
            var expected = decimal.Round((decimal)atLeastOne.Sum() / atLeastOne.Length, 1, MidpointRounding.AwayFromZero);
            Assert.Equal(expected, mean.Value);
            Assert.Equal(expected.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture), mean.Text);
        }

        var twoOrMore = table.Row("Two or more pets")!;
        Assert.Equal(RowKind.Derived, twoOrMore.Kind);
        Assert.Equal(sizes.Count(s => s >= 2), twoOrMore.CountAt(0)!.Count);
        Assert.Equal(people.Length, twoOrMore.CountAt(0)!.Base);
    }

    [Property(Arbitrary = new[] { typeof(TabulationGenerators) })]
    public void Evaluate_MissingExcludedOrSeparate_BaseIsThoseWhoAnswered(Person[] people)
    {
        var answered = people.Count(p => p.Pets is not null);
        var excluded = Catalogue.Pets.WithMissing(MissingAnswers.Excluded).Evaluate(people);
        Assert.Equal(answered, excluded.Bases.Single().N);
        Assert.DoesNotContain(excluded.Rows, r => r.Kind == RowKind.Missing);
        var separate = Catalogue.Pets.WithMissing(MissingAnswers.ShownSeparately).Evaluate(people);
        Assert.Equal(answered, separate.Bases.Single().N);
        var missing = separate.Rows.Single(r => r.Kind == RowKind.Missing).CountAt(0)!;
        Assert.Equal((people.Length - answered, people.Length), (missing.Count, missing.Base));
    }

    [Property(Arbitrary = new[] { typeof(TabulationGenerators) })]
    public void Evaluate_OfEach_CountsEverySetOfEveryRecord(Person[] people)
    {
        var table = Catalogue.Named("multi-select of each").Evaluate(people);
        var homes = people.SelectMany(p => p.Homes).ToArray();
        Assert.Equal(homes.Length, table.Bases.Single().N);
        foreach (var pet in Labels.All<Pet>())
        {
            Assert.Equal(homes.Count(h => h?.Contains(pet) == true), table.Row(Labels.Of(pet))!.CountAt(0)!.Count);
        }
    }
}
