using FsCheck.Xunit;
using Insights.Core.Formatting;
using Insights.Core.Model;
using Region = Insights.Core.Tests.Tabulation.Region;
using Insights.Core.Statistics;
using Insights.Core.Tabulation;
using Insights.Core.Tests.Tabulation;
using Xunit;

namespace Insights.Core.Tests.Statistics;

/// <summary>How tables are annotated with statistics: the figures come from the functions, the counts never change.</summary>
public sealed class ReportStatisticsTests
{
    private static readonly StatisticsOptions Everything = new() { ConfidenceLevel = 0.95, PairedTests = true, ReferenceGroup = "South" };

    private static Report<Person> Catalogue() => new("Catalogue", [new ReportSection<Person>("All", [.. Tabulation.Catalogue.All.Select(d => d.Definition)])]);

    [Fact]
    public void Apply_NothingAskedFor_ReturnsTheReportItself()
    {
        var report = Catalogue().Evaluate([Person.Blank with { Favourite = Colour.Red }]);
        Assert.Same(report, ReportStatistics.Apply(report, new StatisticsOptions()));
    }

    [Property(Arbitrary = [typeof(TabulationGenerators)], MaxTest = 40)]
    public void Apply_AnyOptions_KeepsEveryCountPercentageAndRow(Split split)
    {
        var plain = Catalogue().Evaluate(split.People);
        var annotated = ReportStatistics.Apply(plain, Everything);

        foreach (var (before, after) in plain.Tables.Zip(annotated.Tables))
        {
            Assert.Equal(before.Title, after.Title);
            Assert.Equal(before.Rows.Select(r => (r.Label, r.Kind)), after.Rows.Select(r => (r.Label, r.Kind)));
            Assert.Equal(before.Rows.SelectMany(r => r.Cells).Select(Figures), after.Rows.SelectMany(r => r.Cells).Select(Figures));
            Assert.Equal(before.Notes, after.Notes.Take(before.Notes.Count));
        }
    }

    [Property(Arbitrary = [typeof(TabulationGenerators)], MaxTest = 40)]
    public void Intervals_EveryProportionCell_HasTheFunctionsInterval(Split split)
    {
        var options = new StatisticsOptions { ConfidenceLevel = 0.9, IntervalMethod = IntervalMethod.ClopperPearson };
        var annotated = ReportStatistics.Apply(Catalogue().Evaluate(split.People), options);

        foreach (var cell in annotated.Tables.SelectMany(t => t.Rows).SelectMany(r => r.Cells).OfType<CountCell>())
        {
            if (cell.ShowPercent && cell.Base > 0 && cell.Count <= cell.Base)
            {
                var expected = Proportions.Interval(cell.Count, cell.Base, 0.9, IntervalMethod.ClopperPearson);
                Assert.Equal(new CellInterval(expected.Lower, expected.Upper), cell.Interval);
                Assert.InRange((double)cell.Count / cell.Base, cell.Interval!.Lower, cell.Interval.Upper);
            }
            else
            {
                Assert.Null(cell.Interval);
            }
        }
    }

    [Fact]
    public void PairedTests_TwoByTwoRows_McNemarOnTheDiscordantPairs()
    {
        // Red then and now: 3 adults red then only, 1 red now only, 2 both; McNemar on b = 3, c = 1 (exact: few pairs).
        Person[] people =
        [
            .. Enumerable.Repeat(Person.Blank with { Age = 30, Favourite = Colour.Red, FavouriteLater = Colour.Green }, 3),
            Person.Blank with { Age = 30, Favourite = Colour.Green, FavouriteLater = Colour.Red },
            .. Enumerable.Repeat(Person.Blank with { Age = 30, Favourite = Colour.Red, FavouriteLater = Colour.Red }, 2),
        ];
        var table = ReportStatistics.Apply(Tabulation.Catalogue.PairedColours(PairedRows.EachRow).Evaluate(people), new StatisticsOptions { PairedTests = true, Adjustment = PValueAdjustment.None });

        var red = table.Tests.Single(t => t.Subject == "Red");
        var expected = PairedTests.McNemar(3, 1);
        Assert.Equal((expected.Test, expected.Method, expected.Statistic, expected.PValue), (red.Test, red.Method, red.Statistic, red.PValue));
        Assert.Null(red.AdjustedPValue);

        // Green: 1 then only, 3 now only. Blue: nobody, so no test.
        Assert.Equal(PairedTests.McNemar(1, 3).PValue, table.Tests.Single(t => t.Subject == "Green").PValue);
        Assert.DoesNotContain(table.Tests, t => t.Subject == "Blue");
    }

    [Fact]
    public void PairedTests_ManyCategories_LeaveOutNonResponseAndUnusedCategories()
    {
        // Red, Green, Blue all used, Don't know used too: the test is over the three substantive colours.
        Colour[][] pairs = [[Colour.Red, Colour.Green], [Colour.Green, Colour.Blue], [Colour.Blue, Colour.Red], [Colour.Red, Colour.Blue], [Colour.DontKnow, Colour.Red], [Colour.Red, Colour.DontKnow], [Colour.Green, Colour.Green]];
        var people = pairs.SelectMany(p => Enumerable.Repeat(Person.Blank with { Favourite = p[0], FavouriteLater = p[1] }, 3)).ToArray();
        var definition = Tabulate.IntakeVsExit("Colour", (Person p) => p.Favourite, p => p.FavouriteLater);
        var table = ReportStatistics.Apply(definition.Evaluate(people), new StatisticsOptions { PairedTests = true });

        var matrix = table.Pairs[0].ToMatrix(i => i < 3);
        Assert.Equal(["Stuart-Maxwell", "Bhapkar"], table.Tests.Select(t => t.Test));
        Assert.Equal(PairedTests.StuartMaxwell(matrix).Statistic, table.Tests[0].Statistic);
        Assert.Equal(PairedTests.Bhapkar(matrix).Statistic, table.Tests[1].Statistic);
        Assert.All(table.Tests, t => Assert.Equal(2, t.DegreesOfFreedom));
    }

    [Fact]
    public void PairedTests_NoPairs_NoTestAndANote()
    {
        var table = ReportStatistics.Apply(Tabulate.IntakeVsExit("Colour", (Person p) => p.Favourite, p => p.FavouriteLater).Evaluate([]), new StatisticsOptions { PairedTests = true });
        Assert.Empty(table.Tests);
        Assert.Contains(table.Notes, n => n.Contains("too few paired answers", StringComparison.Ordinal));
    }

    [Fact]
    public void Comparisons_EachCellAgainstTheReferenceGroupsSameCell()
    {
        Person[] people =
        [
            .. Enumerable.Repeat(Person.Blank with { Region = Region.North, Favourite = Colour.Red }, 30),
            .. Enumerable.Repeat(Person.Blank with { Region = Region.North, Favourite = Colour.Green }, 10),
            .. Enumerable.Repeat(Person.Blank with { Region = Region.South, Favourite = Colour.Red }, 10),
            .. Enumerable.Repeat(Person.Blank with { Region = Region.South, Favourite = Colour.Green }, 30),
        ];
        var table = ReportStatistics.Apply(Tabulate.SingleChoice("Colour", (Person p) => p.Favourite).GroupBy(p => p.Region).Evaluate(people), new StatisticsOptions { ReferenceGroup = "South", Adjustment = PValueAdjustment.None });

        var red = table.Row("Red")!;
        var north = Assert.IsType<CountCell>(red.Cells[0]);
        var expected = Proportions.DifferenceInterval(30, 40, 10, 40, 0.95);
        Assert.Equal(0.5, north.Comparison!.Difference, 12);
        Assert.Equal((expected.Lower, expected.Upper), (north.Comparison.Lower, north.Comparison.Upper));
        Assert.Equal(Proportions.TwoProportionTest(30, 40, 10, 40).PValue, north.Comparison.PValue);
        Assert.True(north.Comparison.Significant);

        // The reference group's own cells, and a group with no records (base 0), are not compared.
        Assert.Null(Assert.IsType<CountCell>(red.Cells[1]).Comparison);
        Assert.Null(Assert.IsType<CountCell>(red.Cells[2]).Comparison);
    }

    [Fact]
    public void Adjustment_AllPValuesOfTheReportTogether()
    {
        Person[] people =
        [
            .. Enumerable.Repeat(Person.Blank with { Age = 30, Region = Region.North, Favourite = Colour.Red, FavouriteLater = Colour.Green }, 9),
            .. Enumerable.Repeat(Person.Blank with { Age = 30, Region = Region.South, Favourite = Colour.Green, FavouriteLater = Colour.Red }, 4),
            .. Enumerable.Repeat(Person.Blank with { Age = 30, Region = Region.South, Favourite = Colour.Blue, FavouriteLater = Colour.Blue }, 5),
        ];
        var report = Catalogue().Evaluate(people);
        foreach (var adjustment in new[] { PValueAdjustment.Holm, PValueAdjustment.BenjaminiHochberg })
        {
            var annotated = ReportStatistics.Apply(report, Everything with { Adjustment = adjustment });
            var tests = annotated.Tables.SelectMany(t => t.Tests.Select(x => (x.PValue, x.AdjustedPValue)).Concat(
                t.Rows.SelectMany(r => r.Cells).OfType<CountCell>().Where(c => c.Comparison is not null).Select(c => (c.Comparison!.PValue, c.Comparison.AdjustedPValue)))).ToArray();

            Assert.True(tests.Length > 3);
            Assert.Equal(MultipleTesting.Adjust([.. tests.Select(t => t.PValue)], adjustment), tests.Select(t => t.AdjustedPValue!.Value));
        }
    }

    [Property(Arbitrary = [typeof(TabulationGenerators)], MaxTest = 60)]
    public void GroupTests_SingleChoice_ChiSquareOverTheAnswersOfEachGroup(Split split)
    {
        var table = Tabulate.SingleChoice("Colour", (Person p) => p.Favourite).GroupBy(p => p.Region).Evaluate(split.People);
        var annotated = ReportStatistics.Apply(table, new StatisticsOptions { GroupTests = true });

        Colour[] colours = [Colour.Red, Colour.Green, Colour.Blue, Colour.DontKnow];
        Region[] regions = [Region.North, Region.South, Region.East];
        var counts = new long[colours.Length, regions.Length];
        for (var r = 0; r < colours.Length; r++)
        {
            for (var g = 0; g < regions.Length; g++)
            {
                counts[r, g] = split.People.Count(p => p.Favourite == colours[r] && p.Region == regions[g]);
            }
        }

        var expected = Independence.TryChiSquare(counts, out var chiSquare) ? chiSquare : null;
        var test = annotated.Tests.SingleOrDefault(t => t.Test == "Chi-square");
        Assert.Equal(expected?.Statistic, test?.Statistic);
        Assert.Equal(expected?.PValue, test?.PValue);
        Assert.Equal(expected?.EffectSize, test?.EffectSize);
    }

    [Fact]
    public void GroupTests_TwoByTwo_AddFisher_MultiSelect_NoTest()
    {
        Person[] people =
        [
            .. Enumerable.Repeat(Person.Blank with { Member = true, Favourite = Colour.Red, Pets = EnumSet<Pet>.Of(Pet.Cat, Pet.Dog) }, 6),
            .. Enumerable.Repeat(Person.Blank with { Member = true, Favourite = Colour.Green, Pets = EnumSet<Pet>.Of(Pet.Cat) }, 1),
            .. Enumerable.Repeat(Person.Blank with { Member = false, Favourite = Colour.Red, Pets = EnumSet<Pet>.Of(Pet.Dog) }, 2),
            .. Enumerable.Repeat(Person.Blank with { Member = false, Favourite = Colour.Green, Pets = EnumSet<Pet>.Of(Pet.Fish) }, 5),
        ];
        var groups = Categories.Boolean("Members", "Others");
        var options = new StatisticsOptions { GroupTests = true, Adjustment = PValueAdjustment.None };

        var single = ReportStatistics.Apply(Tabulate.SingleChoice("Colour", (Person p) => p.Favourite).GroupBy(p => p.Member, groups).Evaluate(people), options);
        Assert.Equal(["Chi-square", "Fisher's exact"], single.Tests.Select(t => t.Test).Select(n => n.StartsWith("Fisher", StringComparison.Ordinal) ? "Fisher's exact" : n));
        Assert.Equal(Independence.FisherExact(6, 2, 1, 5).PValue, single.Tests[1].PValue);

        var multi = ReportStatistics.Apply(Tabulate.MultiSelect("Pets", (Person p) => p.Pets).GroupBy(p => p.Member, groups).Evaluate(people), options);
        Assert.Empty(multi.Tests);
    }

    [Theory]
    [InlineData(new long[] { 20, 20, 20, 20 }, false)] // every expected count 20
    [InlineData(new long[] { 6, 2, 1, 5 }, true)]      // expected 3.5 and 4.5: all four cells below 5
    [InlineData(new long[] { 50, 50, 9, 1 }, true)]    // expected 53.6, 46.4, 5.5, 4.5: one cell of four, more than a fifth
    [InlineData(new long[] { 100, 0, 0, 100 }, false)] // expected 50 everywhere
    [InlineData(new long[] { 200, 0, 0, 1 }, true)]    // an expected count of 0.005, below 1
    public void HasSmallExpectedCounts_CochransRule(long[] cells, bool small)
    {
        var counts = new long[2, 2] { { cells[0], cells[1] }, { cells[2], cells[3] } };

        Assert.Equal(small, ReportStatistics.HasSmallExpectedCounts(counts));
    }

    [Fact]
    public void GroupTests_SmallExpectedCounts_NoteSaysSo()
    {
        Person[] Of(int members, int others, Colour colour) =>
            [.. Enumerable.Repeat(Person.Blank with { Member = true, Favourite = colour }, members), .. Enumerable.Repeat(Person.Blank with { Member = false, Favourite = colour }, others)];
        var groups = Categories.Boolean("Members", "Others");
        var options = new StatisticsOptions { GroupTests = true };
        var definition = Tabulate.SingleChoice("Colour", (Person p) => p.Favourite).GroupBy(p => p.Member, groups);

        var small = ReportStatistics.Apply(definition.Evaluate([.. Of(6, 1, Colour.Red), .. Of(2, 5, Colour.Green), .. Of(1, 1, Colour.Blue)]), options);
        var large = ReportStatistics.Apply(definition.Evaluate([.. Of(60, 10, Colour.Red), .. Of(20, 50, Colour.Green), .. Of(30, 30, Colour.Blue)]), options);

        Assert.Contains(small.Notes, n => n.StartsWith("Small expected counts", StringComparison.Ordinal));
        Assert.Contains(large.Tests, t => t.Test == "Chi-square");
        Assert.DoesNotContain(large.Notes, n => n.StartsWith("Small expected counts", StringComparison.Ordinal));
    }

    [Property(Arbitrary = [typeof(TabulationGenerators)], MaxTest = 60)]
    public void SumTo100_SingleChoiceColumns_AddUpToExactly100(Split split)
    {
        var table = SumTo100.Apply(Tabulate.SingleChoice("Colour", (Person p) => p.Favourite).GroupBy(p => p.Region).Evaluate(split.People));

        for (var c = 0; c < table.Columns.Count; c++)
        {
            var cells = table.Rows.Select(r => r.Cells[c]).OfType<CountCell>().ToArray();
            if (cells[0].Base == 0)
            {
                Assert.All(cells, cell => Assert.Null(cell.AdjustedPercent));
                continue;
            }

            Assert.Equal(100m, cells.Sum(cell => cell.AdjustedPercent!.Value));
            Assert.All(cells, cell => Assert.Equal(cell.AdjustedPercent + "%", cell.PercentText));
            Assert.All(cells, cell => Assert.InRange((double)cell.AdjustedPercent!.Value - (100.0 * cell.Count / cell.Base), -1, 1));
        }
    }

    [Fact]
    public void SumTo100_NoPartition_TableUnchanged()
    {
        var table = Tabulate.MultiSelect("Pets", (Person p) => p.Pets).Evaluate([Person.Blank with { Pets = EnumSet<Pet>.Of(Pet.Cat, Pet.Dog) }]);
        Assert.Same(table, SumTo100.Apply(table));
    }

    [Fact]
    public void Options_InvalidValues_RefusedWhenSet()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new StatisticsOptions { ConfidenceLevel = 1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new StatisticsOptions { ConfidenceLevel = double.NaN });
        Assert.Throws<ArgumentOutOfRangeException>(() => new StatisticsOptions { SignificanceLevel = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new StatisticsOptions { IntervalMethod = (IntervalMethod)9 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new StatisticsOptions { Adjustment = (PValueAdjustment)9 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new StatisticsOptions { McNemar = (McNemarMethod)9 });
        Assert.False(new StatisticsOptions().AskForAny);
    }

    [Fact]
    public void Renderers_ShowIntervalsAndTestsOnlyWhenAskedFor()
    {
        Person[] people = [.. Enumerable.Repeat(Person.Blank with { Age = 30, Favourite = Colour.Red, FavouriteLater = Colour.Green }, 4)];
        var plain = Tabulation.Catalogue.PairedColours(PairedRows.EachRow).Evaluate(people);
        var annotated = ReportStatistics.Apply(plain, new StatisticsOptions { ConfidenceLevel = 0.95, PairedTests = true });

        var text = TableRenderer.Render(annotated, OutputFormat.Text);
        var interval = Proportions.Interval(4, 4, 0.95, IntervalMethod.Wilson);
        Assert.Contains($"[{interval.Lower * 100:0.0}, {interval.Upper * 100:0.0}]", text, StringComparison.Ordinal);
        Assert.Contains("Test (Red): ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Test", TableRenderer.Render(plain, OutputFormat.Text), StringComparison.Ordinal);

        var json = System.Text.Json.JsonDocument.Parse(TableRenderer.Render(annotated, OutputFormat.Json)).RootElement;
        var red = json.GetProperty("rows")[0].GetProperty("cells")[0];
        Assert.Equal(interval.Lower * 100, red.GetProperty("interval").GetProperty("lower").GetDouble(), 12);
        Assert.Equal("McNemar", json.GetProperty("tests")[0].GetProperty("test").GetString());
        Assert.Equal(PairedTests.McNemar(4, 0).PValue, json.GetProperty("tests")[0].GetProperty("p").GetDouble(), 15);
        Assert.False(System.Text.Json.JsonDocument.Parse(TableRenderer.Render(plain, OutputFormat.Json)).RootElement.TryGetProperty("tests", out _));

        var csv = TableRenderer.Render(annotated, OutputFormat.Csv).Split("\r\n");
        Assert.EndsWith(",ci_lower,ci_upper,difference,difference_lower,difference_upper,statistic,df,p_value,p_adjusted,significant", csv[0], StringComparison.Ordinal);
        Assert.All(csv.Where(l => l.Length > 0), l => Assert.Equal(csv[0].Count(c => c == ','), l.Count(c => c == ',')));
        Assert.Contains(csv, l => l.Contains(",Red,test,McNemar,", StringComparison.Ordinal));
        Assert.Equal("section,table,row,row_kind,column,count,base,percent,percent_value,value", TableRenderer.Render(plain, OutputFormat.Csv).Split("\r\n")[0]);

        var markdown = TableRenderer.Render(annotated, OutputFormat.Markdown);
        Assert.Contains("| Then |", markdown, StringComparison.Ordinal);
        Assert.Contains("| **95% CI** |", markdown, StringComparison.Ordinal);
        Assert.Contains("- Test (Red): ", markdown, StringComparison.Ordinal);
    }

    private static string Figures(TableCell? cell) => cell switch
    {
        CountCell count => $"{count.Count}/{count.Base}/{count.PercentText}",
        StatisticCell statistic => statistic.Text,
        _ => "-",
    };
}
