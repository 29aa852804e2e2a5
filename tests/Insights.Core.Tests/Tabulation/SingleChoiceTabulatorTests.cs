using FsCheck.Xunit;
using Insights.Core.Model;
using Insights.Core.Tabulation;
using Xunit;

namespace Insights.Core.Tests.Tabulation;

public sealed class SingleChoiceTabulatorTests
{
    private static readonly Colour[] Answers = [.. Labels.All<Colour>()];

    [Property(Arbitrary = new[] { typeof(TabulationGenerators) })]
    public void Evaluate_EveryAnswerAndMissingShown_RowsSumToN(Person[] people)
    {
        var table = Catalogue.Favourite.Evaluate(people);
        Assert.Equal(people.Length, table.Bases.Single().N);
        Assert.Equal(people.Length, table.Rows.Sum(r => r.CountAt(0)!.Count));
        Assert.All(table.Rows, r => Assert.Equal(people.Length, r.CountAt(0)!.Base));
        Assert.Equal([.. Answers.Select(Labels.Of), "Missing"], table.Rows.Select(r => r.Label));
        foreach (var answer in Answers)
        {
            Assert.Equal(people.Count(p => p.Favourite == answer), table.Row(Labels.Of(answer))!.CountAt(0)!.Count);
        }

        Assert.Equal(people.Count(p => p.Favourite is null), table.Row("Missing")!.CountAt(0)!.Count);
    }

    [Property(Arbitrary = new[] { typeof(TabulationGenerators) })]
    public void Evaluate_MissingHidden_CountedInNButNotPrinted(Person[] people)
    {
        var table = Catalogue.Favourite.WithMissing(MissingAnswers.Hidden).Evaluate(people);
        Assert.Equal(people.Length, table.Bases.Single().N);
        Assert.DoesNotContain(table.Rows, r => r.Kind == RowKind.Missing);
        Assert.Equal(people.Count(p => p.Favourite is not null), table.Rows.Sum(r => r.CountAt(0)!.Count));
        Assert.All(table.Rows, r => Assert.Equal(people.Length, r.CountAt(0)!.Base));
    }

    [Property(Arbitrary = new[] { typeof(TabulationGenerators) })]
    public void Evaluate_MissingExcluded_NeitherCountedNorPrinted(Person[] people)
    {
        var answered = people.Count(p => p.Favourite is not null);
        var table = Catalogue.Favourite.WithMissing(MissingAnswers.Excluded).Evaluate(people);
        Assert.Equal(answered, table.Bases.Single().N);
        Assert.DoesNotContain(table.Rows, r => r.Kind == RowKind.Missing);
        Assert.Equal(answered, table.Rows.Sum(r => r.CountAt(0)!.Count));
        Assert.All(table.Rows, r => Assert.Equal(answered, r.CountAt(0)!.Base));
    }

    [Property(Arbitrary = new[] { typeof(TabulationGenerators) })]
    public void Evaluate_MissingShownSeparately_OutOfNAndAPercentageOfEveryone(Person[] people)
    {
        var answered = people.Count(p => p.Favourite is not null);
        var table = Catalogue.Favourite.WithMissing(MissingAnswers.ShownSeparately).Evaluate(people);
        Assert.Equal(answered, table.Bases.Single().N);
        var missing = table.Rows.Single(r => r.Kind == RowKind.Missing);
        Assert.Same(missing, table.Rows[^1]);
        Assert.Equal(people.Length - answered, missing.CountAt(0)!.Count);
        Assert.Equal(people.Length, missing.CountAt(0)!.Base);
        Assert.Equal(answered, table.Rows.Where(r => r.Kind != RowKind.Missing).Sum(r => r.CountAt(0)!.Count));
        Assert.All(table.Rows.Where(r => r.Kind != RowKind.Missing), r => Assert.Equal(answered, r.CountAt(0)!.Base));
    }

    [Property(Arbitrary = new[] { typeof(TabulationGenerators) })]
    public void Evaluate_ParentNetAndTotal_CountRecordsInAnyMember(Person[] people)
    {
        var table = Catalogue.FavouriteWithNets.Evaluate(people);
        Assert.Equal(
            ["Red or green", "Red", "Green", "Blue, \"navy\"", "Any colour", "Don't know", "Total", "Missing"],
            table.Rows.Select(r => r.Label));
        Assert.Equal(
            [RowKind.Category, RowKind.SubCategory, RowKind.SubCategory, RowKind.Category, RowKind.Net, RowKind.Category, RowKind.Total, RowKind.Missing],
            table.Rows.Select(r => r.Kind));
        Assert.Equal(people.Count(p => p.Favourite is Colour.Red or Colour.Green), table.Row("Red or green")!.CountAt(0)!.Count);
        Assert.Equal(people.Count(p => p.Favourite is Colour.Red or Colour.Green or Colour.Blue), table.Row("Any colour")!.CountAt(0)!.Count);
        var total = table.Row("Total")!.CountAt(0)!;
        Assert.Equal(people.Length, total.Count);
        Assert.False(total.ShowPercent);
        Assert.Equal(string.Empty, total.PercentText);
    }

    [Property(Arbitrary = new[] { typeof(TabulationGenerators) })]
    public void Evaluate_OfEach_CountsEveryAnswerOfEveryRecord(Person[] people)
    {
        var table = Catalogue.Named("single-choice of each").Evaluate(people);
        var friends = people.SelectMany(p => p.Friends).ToArray();
        Assert.Equal(new TableBase("Number of friends", friends.Length), table.Bases.Single());
        foreach (var answer in Answers)
        {
            Assert.Equal(friends.Count(f => f == answer), table.Row(Labels.Of(answer))!.CountAt(0)!.Count);
        }

        Assert.Equal(friends.Count(f => f is null), table.Row("Missing")!.CountAt(0)!.Count);
    }

    [Fact]
    public void Evaluate_NoRecords_ZeroBaseAndDashes()
    {
        var table = Catalogue.Favourite.Evaluate([]);
        Assert.Equal(0, table.Bases.Single().N);
        Assert.All(table.Rows, r => Assert.Equal("-", r.Cells[0]!.PercentText));
    }

    [Fact]
    public void WithLayout_AnswerLeftOut_StillCountedInN()
    {
        var people = new[] { Person.Blank with { Favourite = Colour.Red }, Person.Blank with { Favourite = Colour.Blue } };
        var table = Catalogue.Favourite.WithLayout(rows => rows.Answers(Colour.Red)).Evaluate(people);
        Assert.Equal(2, table.Bases.Single().N);
        Assert.Equal("50%", table.Row("Red")!.Cells[0]!.PercentText);
    }
}
