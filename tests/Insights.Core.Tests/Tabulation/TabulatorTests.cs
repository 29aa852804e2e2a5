using FsCheck.Xunit;
using Insights.Core.Model;
using Insights.Core.Tabulation;
using Xunit;
using static Insights.Core.Tests.Formatting.RenderedOutput;

namespace Insights.Core.Tests.Tabulation;

public sealed class TabulatorTests
{
    private static readonly Func<Person, bool>[] Filters = [p => p.Region is not null, p => p.Age >= 18, p => p.Favourite == Colour.Red, _ => false];

    [Property(Arbitrary = new[] { typeof(TabulationGenerators) }, MaxTest = 50)]
    public void Where_AnyDefinition_SameAsEvaluatingTheFilteredRecords(Person[] people)
    {
        foreach (var (name, definition) in Catalogue.All)
        {
            foreach (var filter in Filters)
            {
                Assert.True(Json(definition.Evaluate(people.Where(filter))) == Json(definition.Where(filter).Evaluate(people)), name);
            }
        }
    }

    [Property(Arbitrary = new[] { typeof(TabulationGenerators) }, MaxTest = 50)]
    public void GroupBy_AnyDefinition_EachGroupsColumnsAreTheTableOfThatGroup(Person[] people)
    {
        var regions = Labels.All<Region>();
        foreach (var (name, definition) in Catalogue.All.Where(d => !d.Name.StartsWith("group-by", StringComparison.Ordinal)))
        {
            var grouped = definition.GroupBy(p => p.Region).Evaluate(people);
            var perGroup = regions.Select(r => definition.Evaluate(people.Where(p => p.Region == r))).ToArray();
            var width = perGroup[0].Columns.Count;
            Assert.Equal(width * regions.Count, grouped.Columns.Count);
            Assert.True(perGroup[0].Rows.Count == grouped.Rows.Count, $"{name}: {grouped.Rows.Count} rows grouped, {perGroup[0].Rows.Count} ungrouped");
            for (var g = 0; g < regions.Count; g++)
            {
                Assert.Equal(perGroup[g].Bases.Select(b => b with { Label = $"{b.Label} ({Labels.Of(regions[g])})" }), grouped.Bases.Where(b => b.Label.EndsWith($"({Labels.Of(regions[g])})", StringComparison.Ordinal)));
                for (var r = 0; r < grouped.Rows.Count; r++)
                {
                    Assert.Equal((perGroup[g].Rows[r].Label, perGroup[g].Rows[r].Kind), (grouped.Rows[r].Label, grouped.Rows[r].Kind));
                    Assert.Equal(perGroup[g].Rows[r].Cells, grouped.Rows[r].Cells.Skip(g * width).Take(width));
                }
            }
        }
    }

    [Property(Arbitrary = new[] { typeof(TabulationGenerators) })]
    public void Stack_AnyParts_RowsOfEachPartInTurnUnderTheFirstPartsBases(Person[] people)
    {
        var later = Tabulate.SingleChoice("Later", (Person p) => p.FavouriteLater);
        var stacked = Tabulate.Stack("Both", Catalogue.Favourite, later, Catalogue.Ages).Evaluate(people);
        var parts = new[] { Catalogue.Favourite.Evaluate(people), later.Evaluate(people), Catalogue.Ages.Evaluate(people) };
        Assert.Equal("Both", stacked.Title);
        Assert.Equal(parts[0].Bases, stacked.Bases);
        Assert.Equal(parts.SelectMany(p => p.Rows.Select(r => (r.Label, r.Kind, r.Cells[0]))), stacked.Rows.Select(r => (r.Label, r.Kind, r.Cells[0])));
    }

    [Property(Arbitrary = new[] { typeof(TabulationGenerators) })]
    public void OfEach_AnyRecords_SameAsTheInnerDefinitionOverEveryItem(Person[] people)
    {
        var perFriend = Tabulate.SingleChoice("Friends' colours", (Colour? friend) => friend).WithNotes("One row per friend.");
        var expected = perFriend.Evaluate(people.SelectMany(p => p.Friends));
        Assert.Equal(Json(expected), Json(Tabulate.OfEach((Person p) => p.Friends, perFriend).Evaluate(people)));
    }

    [Fact]
    public void OfEach_StackedWithCountsOfRecords_CountsItemsUnderTheRecordsBase()
    {
        var people = new[] { Person.Blank with { Friends = [Colour.Red, Colour.Red] }, Person.Blank with { Friends = [Colour.Green, null] }, Person.Blank };
        var table = Tabulate.Stack(
                "People and friends",
                Tabulate.Counts<Person>("People", _ => true).WithDisplay(CountDisplay.CountOnly).WithRow("People", _ => true),
                Tabulate.OfEach((Person p) => p.Friends, Tabulate.Counts<Colour?>("Friends", _ => true).WithDisplay(CountDisplay.CountOnly).WithRow("Friends", _ => true)))
            .Evaluate(people);
        Assert.Equal([3L], table.Bases.Select(b => b.N));
        Assert.Equal([3L, 4L], table.Rows.Select(r => r.CountAt(0)!.Count));
    }

    [Fact]
    public void Stack_PartsWithDifferentColumnCounts_ThrowsWhenMade()
    {
        var error = Assert.Throws<ArgumentException>(() => Tabulate.Stack("Mixed", Catalogue.Favourite, Catalogue.Outcomes));
        Assert.Contains("has 2 columns; the first part has 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithNotes_ThenTitled_EachNotePrintedOnce()
    {
        var table = Catalogue.Favourite.WithNotes("First note.").Titled("Renamed").WithNotes("Second note.").Evaluate([]);
        Assert.Equal("Renamed", table.Title);
        Assert.Equal(["First note.", "Second note."], table.Notes);
    }

    [Fact]
    public void Where_AfterWithNotes_KeepsTheNotesWhenGroupedOrStacked()
    {
        var noted = Catalogue.Favourite.WithNotes("Only those who answered.");
        Assert.Equal(["Only those who answered."], noted.Where(p => p.Favourite is not null).Notes);
        Assert.Equal(["Only those who answered."], noted.Where(p => p.Favourite is not null).GroupBy(p => p.Region).Evaluate([]).Notes);
        Assert.Equal(["Only those who answered."], Tabulate.Stack("Stacked", noted.Where(p => p.Age > 0)).Evaluate([]).Notes);
    }

    [Fact]
    public void GroupBy_RecordsWithoutAKey_LeftOut()
    {
        var people = new[] { Person.Blank with { Region = Region.North, Favourite = Colour.Red }, Person.Blank with { Favourite = Colour.Red } };
        var table = Catalogue.Favourite.GroupBy(p => p.Region).Evaluate(people);
        Assert.Equal(["North", "South", "East, coast"], table.Columns.Select(c => c.Header));
        Assert.Equal([1L, 0L, 0L], table.Bases.Select(b => b.N));
        Assert.Equal(["100%", "-", "-"], table.Row("Red")!.Cells.Select(c => c!.PercentText));
    }
}
