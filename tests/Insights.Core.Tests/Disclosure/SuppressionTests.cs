using FsCheck.Xunit;
using Insights.Core.Disclosure;
using Insights.Core.Formatting;
using Insights.Core.Model;
using Insights.Core.Tabulation;
using Insights.Core.Tests.Tabulation;
using Xunit;

namespace Insights.Core.Tests.Disclosure;

public sealed class SuppressionTests
{
    private static readonly SuppressionOptions K5 = new(5);

    private static Person[] Favourites(params (Colour? Colour, int Count)[] groups)
        => [.. groups.SelectMany(g => Enumerable.Repeat(Person.Blank with { Favourite = g.Colour }, g.Count))];

    private static TableCell? Cell(Table table, string row, int column = 0) => table.Row(row)!.Cells[column];

    [Fact]
    public void Apply_SingleChoiceWithOneSmallRow_WithholdsItAndTheSmallestOtherRow()
    {
        // Red 3 is primary; n = Red + Green + Blue + Don't know + Missing would give it away, so the smallest
        // other non-zero row (Green 10) goes too; Blue and the zeros stay.
        var table = Suppression.Apply(Catalogue.Favourite.Evaluate(Favourites((Colour.Red, 3), (Colour.Green, 10), (Colour.Blue, 12))), K5);

        Assert.Equal(SuppressionReason.Primary, Assert.IsType<SuppressedCell>(Cell(table, "Red")).Reason);
        Assert.Equal(SuppressionReason.Secondary, Assert.IsType<SuppressedCell>(Cell(table, "Green")).Reason);
        Assert.Equal(12, Assert.IsType<CountCell>(Cell(table, "Blue, \"navy\"")).Count);
        Assert.Equal(0, Assert.IsType<CountCell>(Cell(table, "Missing")).Count);
        Assert.Equal(25, table.Bases[0].N);
        Assert.Contains(Suppression.Footnote(5), table.Notes);
        Assert.True(DisclosureAudit.Check(table, 5).Passed);
    }

    [Fact]
    public void Apply_SmallMissingRow_WithholdsAnotherRowOfTheSum()
    {
        // Missing 2 is primary; n = rows + Missing (Shown), so Blue (the smallest non-zero row, 6) is withheld too.
        var table = Suppression.Apply(Catalogue.Favourite.Evaluate(Favourites((null, 2), (Colour.Red, 30), (Colour.Blue, 6))), K5);

        Assert.IsType<SuppressedCell>(Cell(table, "Missing"));
        Assert.IsType<SuppressedCell>(Cell(table, "Blue, \"navy\""));
        Assert.IsType<CountCell>(Cell(table, "Red"));
        Assert.True(DisclosureAudit.Check(table, 5).Passed);
    }

    [Fact]
    public void Apply_SmallSubAnswer_WithholdsASiblingNotTheParent()
    {
        // Red or green = Red + Green: Red 3 primary, Green 20 secondary; the parent 23 and the net stay published.
        var table = Suppression.Apply(Catalogue.FavouriteWithNets.Evaluate(Favourites((Colour.Red, 3), (Colour.Green, 20), (Colour.Blue, 20))), K5);

        Assert.IsType<SuppressedCell>(table.Rows[1].Cells[0]);
        Assert.IsType<SuppressedCell>(table.Rows[2].Cells[0]);
        Assert.Equal(23, Assert.IsType<CountCell>(Cell(table, "Red or green")).Count);
        Assert.Equal(43, Assert.IsType<CountCell>(Cell(table, "Total")).Count);
        Assert.True(DisclosureAudit.Check(table, 5).Passed);
    }

    [Fact]
    public void Apply_BaseBelowK_WithholdsTheWholeColumnAndItsN()
    {
        var table = Suppression.Apply(Catalogue.Favourite.Evaluate(Favourites((Colour.Red, 1), (Colour.Blue, 2))), K5);

        Assert.True(table.Bases[0].IsSuppressed);
        Assert.All(table.Rows, r => Assert.IsType<SuppressedCell>(r.Cells[0]));
        var text = TableRenderer.Render(table, OutputFormat.Text);
        Assert.Contains("n=[c]", text, StringComparison.Ordinal);
        Assert.DoesNotContain("n=3", text, StringComparison.Ordinal);
        Assert.True(DisclosureAudit.Check(table, 5).Passed);
    }

    [Fact]
    public void Apply_MultiSelectNetOfASmallMember_KeepsTheNetWithinItsBounds()
    {
        Person Pets(params Pet[] pets) => Person.Blank with { Pets = EnumSet.Of<Pet>(pets) };
        Person[] people = [.. Enumerable.Repeat(Pets(Pet.Cat), 3), .. Enumerable.Repeat(Pets(Pet.Dog), 20), .. Enumerable.Repeat(Pets(Pet.Cat, Pet.Dog), 1), .. Enumerable.Repeat(Pets(Pet.Fish), 9)];

        var table = Suppression.Apply(Catalogue.Pets.Evaluate(people), K5);

        Assert.IsType<SuppressedCell>(Cell(table, "Cat"));
        var audit = DisclosureAudit.Check(table, 5);
        Assert.True(audit.Passed, audit.ToString());
        Assert.All(table.Rows.SelectMany(r => r.Cells).OfType<CountCell>(), c => Assert.False(c.Count is >= 1 and < 5));
    }

    [Fact]
    public void Apply_StatisticOfFewerThanKRecords_IsWithheld()
    {
        Person[] people = [.. Enumerable.Range(0, 3).Select(i => Person.Blank with { Age = 30 + i }), .. Enumerable.Repeat(Person.Blank, 10)];

        var table = Suppression.Apply(Catalogue.Ages.Evaluate(people), K5);

        Assert.IsType<SuppressedCell>(Cell(table, "Average age (mean)"));
        Assert.IsType<SuppressedCell>(Cell(table, "Average age (median)"));
    }

    [Fact]
    public void Apply_CountPrintedInAnotherTable_IsWithheldThereToo()
    {
        // Green (10) is withheld in the first table to protect Red (3); the second table prints the same count.
        var people = Favourites((Colour.Red, 3), (Colour.Green, 10), (Colour.Blue, 12));
        var green = Tabulate.Counts<Person>("Green", _ => true).WithRow("Like green", p => p.Favourite == Colour.Green).Evaluate(people);
        var options = new SuppressionOptions(5) { Links = [new CrossTableLink(0, TableTerm.Cell(1, 0), 1, TableTerm.Cell(0, 0))] };

        var tables = Suppression.Apply([Catalogue.Favourite.Evaluate(people), green], options);

        Assert.IsType<SuppressedCell>(tables[1].Rows[0].Cells[0]);
        Assert.True(DisclosureAudit.Check(tables, options).Passed);
        Assert.IsType<CountCell>(Suppression.Apply(green, K5).Rows[0].Cells[0]);
    }

    [Fact]
    public void Apply_EveryCountZeroOrAtLeastK_ChangesNothing()
    {
        var table = Catalogue.FavouriteWithNets.Evaluate(Favourites((Colour.Red, 5), (Colour.Green, 7), (null, 9)));

        var published = Suppression.Apply(table, K5);

        Assert.Equal(TableRenderer.Render(table, OutputFormat.Json), TableRenderer.Render(published, OutputFormat.Json));
        Assert.Empty(DisclosureAudit.Check(published, 5).Intervals);
    }

    [Fact]
    public void Apply_Twice_SameOutput()
    {
        var table = Catalogue.FavouriteWithNets.Evaluate(Favourites((Colour.Red, 1), (Colour.Green, 2), (Colour.Blue, 8), (Colour.DontKnow, 4), (null, 30)));

        Assert.Equal(TableRenderer.Render(Suppression.Apply(table, K5), OutputFormat.Csv), TableRenderer.Render(Suppression.Apply(table, K5), OutputFormat.Csv));
    }

    [Fact]
    public void Apply_TableAlreadySuppressed_Throws()
    {
        var table = Suppression.Apply(Catalogue.Favourite.Evaluate(Favourites((Colour.Red, 1), (Colour.Blue, 20))), K5);

        Assert.Throws<ArgumentException>(() => Suppression.Apply(table, K5));
    }

    [Fact]
    public void Options_ThresholdBelowTwo_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new SuppressionOptions(1));

    [Fact]
    public void Renderers_SuppressedCell_PrintOnlyTheSymbol()
    {
        var table = Suppression.Apply(Catalogue.Favourite.Evaluate(Favourites((Colour.Red, 3), (Colour.Green, 10), (Colour.Blue, 12))), K5);

        var csv = TableRenderer.Render(table, OutputFormat.Csv);
        Assert.Contains(",Red,category,,[c],,,,", csv, StringComparison.Ordinal);
        Assert.Contains("\"suppressed\":\"[c]\"", TableRenderer.Render(table, OutputFormat.Json).Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("\\[c\\]", TableRenderer.Render(table, OutputFormat.Markdown), StringComparison.Ordinal);
        Assert.DoesNotContain("12%", TableRenderer.Render(table, OutputFormat.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_WithheldCountPrintedElsewhere_FailsWithItsExactValue()
    {
        // Green (10) is withheld in the first table alone; a second table prints it, and a link says they are equal.
        var people = Favourites((Colour.Red, 3), (Colour.Green, 10), (Colour.Blue, 12));
        var green = Tabulate.Counts<Person>("Green", _ => true).WithRow("Like green", p => p.Favourite == Colour.Green).Evaluate(people);
        var options = new SuppressionOptions(5) { Links = [new CrossTableLink(0, TableTerm.Cell(1, 0), 1, TableTerm.Cell(0, 0))] };

        var audit = DisclosureAudit.Check([Suppression.Apply(Catalogue.Favourite.Evaluate(people), K5), green], options);

        Assert.False(audit.Passed);
        Assert.Contains(audit.Failures, f => f.Table == 0 && f.Term == TableTerm.Cell(1, 0) && f.Lower == 10 && f.Upper == 10);
    }

    [Fact]
    public void Apply_LongSparseColumnWithSmallN_WithholdsEverything()
    {
        // Six people over 320 categories at K = 10: n = 6 is below K, so nothing but labels is published, and the
        // audit (one program over 320 cells, their bases and n) still finishes at once.
        Person[] people = [.. new[] { 3, 3, 17, 40, 41, 75 }.Select(age => Person.Blank with { Age = age })];
        var definition = Catalogue.Named("integers, many");

        var published = Suppression.Apply(definition.Evaluate(people), new SuppressionOptions(10));

        Assert.True(published.Bases[0].IsSuppressed);
        Assert.All(published.Rows, r => Assert.IsType<SuppressedCell>(r.Cells[0]));
        Assert.True(DisclosureAudit.Check(published, 10).Passed);
    }

    [Property(Arbitrary = new[] { typeof(TabulationGenerators) }, MaxTest = 30)]
    public void Apply_UnlinkedTablesTogether_SameAsEachAlone(Person[] people, int seed)
    {
        // Tables no link joins are protected independently: suppressing them together changes nothing in any.
        var k = 2 + Math.Abs(seed % 9);
        var options = new SuppressionOptions(k);
        var tables = Catalogue.All.Select(d => d.Definition.Evaluate(people)).ToArray();

        var together = Suppression.Apply(tables, options);

        Assert.Equal(tables.Select(t => TableRenderer.Render(Suppression.Apply(t, options), OutputFormat.Csv)), together.Select(t => TableRenderer.Render(t, OutputFormat.Csv)));
    }

    // Random data of up to 300 records for every tabulator kind; the sparse ones (320 integer categories, grids
    // grouped by team) are the hard cases for the audit's programs.
    [Property(Arbitrary = new[] { typeof(TabulationGenerators) }, MaxTest = 100, EndSize = 100)]
    public void Apply_AnyTabulatorAnyData_AuditPassesAndNoSmallCountIsPublished(Person[] people, int seed)
    {
        // K from 2 to 10, whatever integer FsCheck makes.
        var k = 2 + Math.Abs(seed % 9);
        var options = new SuppressionOptions(k);
        foreach (var (name, definition) in Catalogue.All)
        {
            var published = Suppression.Apply(definition.Evaluate(people), options);

            var audit = DisclosureAudit.Check(published, k);
            Assert.True(audit.Passed, $"{name}: {audit}");
            Assert.All(published.Bases, b => Assert.False(!b.IsSuppressed && b.N is >= 1 && b.N < k, name));
            foreach (var cell in published.Rows.SelectMany(r => r.Cells))
            {
                var (count, @base) = cell switch
                {
                    CountCell c => (c.Count, c.Base),
                    StatisticCell { Source: { } s } => (s.Count, s.Base),
                    _ => (0L, 0L),
                };
                Assert.False(count >= 1 && count < k, $"{name}: a count below K is published");
                Assert.False(@base >= 1 && @base < k, $"{name}: a base below K is published");
                Assert.False(cell is StatisticCell { Records: >= 1 and var records } && records < k, $"{name}: a statistic of too few records is published");
            }
        }
    }
}
