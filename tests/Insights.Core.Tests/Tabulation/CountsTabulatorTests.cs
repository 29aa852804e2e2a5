using FsCheck.Xunit;
using Insights.Core.Tabulation;
using Xunit;

namespace Insights.Core.Tests.Tabulation;

public sealed class CountsTabulatorTests
{
    [Property(Arbitrary = new[] { typeof(TabulationGenerators) })]
    public void Evaluate_NeedsSupportImpact_EachColumnOverThePreviousColumnsCount(Person[] people)
    {
        var table = Catalogue.NeedsSupportImpact.Evaluate(people);
        var withPet = people.Where(p => p.Pets is { } s && s.Without(Pet.None).Count > 0).ToArray();
        var supported = withPet.Where(p => p.Favourite is not null).ToArray();
        var improved = supported.Count(p => p.Safer is Agreement.Agree or Agreement.StronglyAgree);
        var pets = table.Row("Pets")!;
        Assert.Equal((withPet.LongLength, people.LongLength), (pets.CountAt(0)!.Count, pets.CountAt(0)!.Base));
        Assert.Equal((supported.LongLength, withPet.LongLength), (pets.CountAt(1)!.Count, pets.CountAt(1)!.Base));
        Assert.Equal(((long)improved, supported.LongLength), (pets.CountAt(2)!.Count, pets.CountAt(2)!.Base));
        Assert.Null(table.Row("Safety")!.Cells[0]);
        Assert.Equal([new TableBase("n (Needs)", people.Length), new TableBase("n (Support)", people.Length), new TableBase("n (Improved)", people.Length)], table.Bases);
        Assert.Equal("Impact", table.Columns[2].Group);
    }

    [Property(Arbitrary = new[] { typeof(TabulationGenerators) })]
    public void Evaluate_PerHundred_RoundedRatePerHundredOfTheBase(Person[] people)
    {
        var table = Catalogue.Named("counts per hundred").Evaluate(people);
        var cell = (StatisticCell)table.Rows.Single().Cells[0]!;
        Assert.Empty(table.Bases);
        if (people.Length == 0)
        {
            Assert.Equal("-", cell.Text);
            return;
        }

        var cats = people.Count(p => p.Pets?.Contains(Pet.Cat) == true);
        var expected = decimal.Round(100m * cats / people.Length, 0, MidpointRounding.AwayFromZero);
        Assert.Equal(expected, cell.Value);
        Assert.Equal(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), cell.Text);
    }

    [Fact]
    public void WithColumn_AfterARow_Throws()
    {
        var table = Tabulate.Counts<Person>("Counts", _ => true).WithRow("All", _ => true);
        Assert.Throws<InvalidOperationException>(() => table.WithColumn("Late", _ => true));
    }

    [Fact]
    public void WithRow_WrongNumberOfRules_Throws()
    {
        var table = Tabulate.Counts<Person>("Counts").WithColumn("A", _ => true).WithColumn("B", _ => true);
        Assert.Throws<ArgumentException>(() => table.WithRow("One rule", new CountRule<Person>(_ => true)));
    }
}
