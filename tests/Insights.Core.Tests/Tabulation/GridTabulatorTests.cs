using FsCheck.Xunit;
using Insights.Core.Model;
using Insights.Core.Tabulation;
using Xunit;

namespace Insights.Core.Tests.Tabulation;

public sealed class GridTabulatorTests
{
    [Property(Arbitrary = new[] { typeof(TabulationGenerators) })]
    public void Evaluate_ItemsAsColumns_EachColumnIsItsItemsSingleChoiceTable(Person[] people)
    {
        var grid = Catalogue.Outcomes.Evaluate(people);
        var items = new Func<Person, Agreement?>[] { p => p.Safer, p => p.Happier };
        Assert.Equal(["Feel safer", "Happier"], grid.Columns.Select(c => c.Header));
        for (var i = 0; i < items.Length; i++)
        {
            var single = Tabulate.SingleChoice("Item", items[i])
                .WithLayout(RowLayout<Agreement>.AllAnswers.Net("Total Agree", Agreement.StronglyAgree, Agreement.Agree))
                .WithMissing(MissingAnswers.ShownSeparately)
                .Evaluate(people);
            Assert.Equal(single.Rows.Select(r => (r.Label, r.Kind, r.Cells[0])), grid.Rows.Select(r => (r.Label, r.Kind, r.Cells[i])));
            Assert.Equal(single.Bases.Single().N, grid.Columns[i].Base);
        }
    }

    [Property(Arbitrary = new[] { typeof(TabulationGenerators) })]
    public void Evaluate_ItemsAsRows_TransposesItemsAsColumns(Person[] people)
    {
        var columns = Catalogue.Outcomes.Evaluate(people);
        var rows = Catalogue.Outcomes.WithOrientation(GridOrientation.ItemsAsRows).Evaluate(people);
        Assert.Equal(columns.Columns.Select(c => c.Header), rows.Rows.Select(r => r.Label));
        Assert.Equal(columns.Rows.Select(r => r.Label), rows.Columns.Select(c => c.Header));
        for (var r = 0; r < columns.Rows.Count; r++)
        {
            for (var c = 0; c < columns.Columns.Count; c++)
            {
                Assert.Equal(columns.Rows[r].Cells[c], rows.Rows[c].Cells[r]);
            }
        }
    }

    [Property(Arbitrary = new[] { typeof(TabulationGenerators) })]
    public void Evaluate_ItemBases_OneNWhenEqualOnePerItemOtherwise(Person[] people)
    {
        var grid = Catalogue.Outcomes.Evaluate(people);
        var safer = people.Count(p => p.Safer is not null);
        var happier = people.Count(p => p.Happier is not null);
        if (safer == happier)
        {
            Assert.Equal([new TableBase("n", safer)], grid.Bases);
        }
        else
        {
            Assert.Equal([new TableBase("n (Feel safer)", safer), new TableBase("n (Happier)", happier)], grid.Bases);
        }
    }

    [Fact]
    public void IntakeVsExit_TwoColumnsNamedIntakeAndExit()
    {
        var people = new[] { Person.Blank with { Favourite = Colour.Red, FavouriteLater = Colour.Blue } };
        var table = Catalogue.Named("intake vs exit").Evaluate(people);
        Assert.Equal(["Intake", "Exit"], table.Columns.Select(c => c.Header));
        Assert.Equal([1L, 0L], table.Row("Red")!.Cells.Select(c => ((CountCell)c!).Count));
        Assert.Equal([0L, 1L], table.Row(Labels.Of(Colour.Blue))!.Cells.Select(c => ((CountCell)c!).Count));
    }
}
