using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Insights.Core.Model;
using Insights.Core.Tabulation;
using Xunit;

namespace Insights.Core.Tests.Tabulation;

/// <summary>
/// The intake × exit cross-tabulations behind paired tables (<see cref="Table.Pairs"/>) against a LINQ oracle;
/// that both engines count them alike is checked with every other counter in <see cref="EnginesAgreeTests"/>.
/// </summary>
public sealed class PairedCountsTests
{
    [Property(Arbitrary = [typeof(TabulationGenerators)], MaxTest = 100)]
    public void IntakeVsExit_Pairs_CountEachPairOfAnswers(Split split)
    {
        var people = split.People;
        var table = Tabulate.IntakeVsExit("Colour then and now", (Person p) => p.Favourite, p => p.FavouriteLater).Evaluate(people);

        var pairs = Assert.Single(table.Pairs);
        var colours = Labels.All<Colour>();
        Assert.Equal(colours.Select(Labels.Of), pairs.Categories);
        for (var i = 0; i < colours.Count; i++)
        {
            for (var j = 0; j < colours.Count; j++)
            {
                Assert.Equal(people.Count(p => p.Favourite == colours[i] && p.FavouriteLater == colours[j]), pairs.Count(i, j));
            }
        }

        Assert.Equal(people.Count(p => p.Favourite is not null && p.FavouriteLater is not null), pairs.Total);
        Assert.Equal(colours.Select(c => c == Colour.DontKnow), Enumerable.Range(0, colours.Count).Select(pairs.IsNonResponse));
    }

    [Property(Arbitrary = [typeof(TabulationGenerators)], MaxTest = 100)]
    public void CountsPairedEachRow_TwoByTwoPerPairedRow(Split split)
    {
        var people = split.People;
        var table = Catalogue.PairedColours(PairedRows.EachRow).Evaluate(people);

        // The derived row has a blank cell, so it is not paired.
        Assert.Equal(["Red", "Green", "Blue"], table.Pairs.Select(p => p.Label));
        var adults = people.Where(p => p.Age >= 18).ToArray();
        foreach (var (pairs, colour) in table.Pairs.Zip([Colour.Red, Colour.Green, Colour.Blue]))
        {
            var inBase = colour == Colour.Blue ? adults.Where(p => p.Region is not null).ToArray() : adults;
            bool Then(Person p) => p.Favourite == colour;
            bool Now(Person p) => p.FavouriteLater == colour;
            Assert.Equal(inBase.Count(p => Then(p) && Now(p)), pairs.Count(0, 0));
            Assert.Equal(inBase.Count(p => Then(p) && !Now(p)), pairs.Count(0, 1));
            Assert.Equal(inBase.Count(p => !Then(p) && Now(p)), pairs.Count(1, 0));
            Assert.Equal(inBase.Count(p => !Then(p) && !Now(p)), pairs.Count(1, 1));
        }
    }

    [Property(Arbitrary = [typeof(TabulationGenerators)], MaxTest = 100)]
    public void CountsPairedCategories_OneCrossTabulationOfTheRows(Split split)
    {
        var people = split.People;
        var table = Catalogue.PairedColours(PairedRows.Categories).Evaluate(people);

        var pairs = Assert.Single(table.Pairs);
        Assert.Equal(["Red", "Green", "Blue"], pairs.Categories);
        Colour[] colours = [Colour.Red, Colour.Green, Colour.Blue];

        // In every paired row's base: adults, and (for Blue's own base) a region.
        var inBase = people.Where(p => p.Age >= 18 && p.Region is not null).ToArray();
        for (var i = 0; i < 3; i++)
        {
            for (var j = 0; j < 3; j++)
            {
                Assert.Equal(inBase.Count(p => p.Favourite == colours[i] && p.FavouriteLater == colours[j]), pairs.Count(i, j));
            }
        }
    }

    [Fact]
    public void Unpaired_Tables_HaveNoPairs()
    {
        Person[] people = [Person.Blank with { Favourite = Colour.Red, FavouriteLater = Colour.Green, Age = 30 }];
        Assert.Empty(Catalogue.PairedColours(PairedRows.None).Evaluate(people).Pairs);
        Assert.Empty(Tabulate.Grid("Grid", new GridItem<Person, Colour>("Then", p => p.Favourite), new GridItem<Person, Colour>("Now", p => p.FavouriteLater)).Evaluate(people).Pairs);
    }

    [Fact]
    public void Pairs_SurviveRetitlingFilteringAndGrouping()
    {
        Person[] people =
        [
            Person.Blank with { Favourite = Colour.Red, FavouriteLater = Colour.Green, Region = Region.North },
            Person.Blank with { Favourite = Colour.Red, FavouriteLater = Colour.Red, Region = Region.South },
        ];
        var definition = Tabulate.IntakeVsExit("Colour", (Person p) => p.Favourite, p => p.FavouriteLater);

        var retitled = definition.Where(p => p.Region == Region.North).Titled("North only").WithNotes("A note").Evaluate(people);
        Assert.Equal(1, Assert.Single(retitled.Pairs).Count(0, 1));

        var grouped = definition.GroupBy(p => p.Region).Evaluate(people);
        Assert.Equal(["North", "South", "East, coast"], grouped.Pairs.Select(p => p.Label));
        Assert.Equal(1, grouped.Pairs[0].Count(0, 1));
        Assert.Equal(1, grouped.Pairs[1].Count(0, 0));
        Assert.Equal(0, grouped.Pairs[2].Total);
    }

    [Fact]
    public void Paired_CountsWithoutTwoColumns_Refused()
    {
        var one = Tabulate.Counts<Person>("One", _ => true);
        Assert.Throws<InvalidOperationException>(() => one.WithPairs(PairedRows.EachRow));
        Assert.Throws<ArgumentOutOfRangeException>(() => one.WithPairs((PairedRows)7));
        Assert.Same(one.GetType(), one.WithPairs(PairedRows.None).GetType());
    }

    [Fact]
    public void PairedCounts_InvalidConstruction_Refused()
    {
        Assert.Throws<ArgumentException>(() => new PairedCounts("", "Intake", "Exit", ["Only"], null, [1]));
        Assert.Throws<ArgumentException>(() => new PairedCounts("", "Intake", "Exit", ["A", "B"], null, [1, 2, 3]));
        Assert.Throws<ArgumentException>(() => new PairedCounts("", "Intake", "Exit", ["A", "B"], null, [1, 2, 3, -1]));
        Assert.Throws<ArgumentException>(() => new PairedCounts("", "Intake", "Exit", ["A", "B"], [true], [1, 2, 3, 4]));
        var pairs = new PairedCounts("", "Intake", "Exit", ["A", "B"], [false, true], [1, 2, 3, 4]);
        Assert.Throws<IndexOutOfRangeException>(() => pairs.Count(2, 0));
        Assert.Equal(new long[,] { { 1, 2 }, { 3, 4 } }, pairs.ToMatrix());
        Assert.Equal(new long[,] { { 1 } }, pairs.ToMatrix(i => !pairs.IsNonResponse(i)));
    }
}
