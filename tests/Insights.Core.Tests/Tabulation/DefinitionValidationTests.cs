using Insights.Core.Tabulation;
using Xunit;

namespace Insights.Core.Tests.Tabulation;

/// <summary>Definitions are checked when they are made, with a message that says what is wrong, never at evaluation.</summary>
public sealed class DefinitionValidationTests
{
    [Theory]
    [InlineData(-1)]
    [InlineData(7)]
    [InlineData(9)]
    public void NumericStatistic_DecimalsOutsideZeroToSix_Throws(int decimals)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new NumericStatistic("Mean", Average.Mean, decimals: decimals));
        Assert.Equal("decimals", error.ParamName);
        Assert.Contains("from 0 to 6 decimals", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-7)]
    public void NumericStatistic_DivisorBelowOne_Throws(long divisor)
        => Assert.Equal("divisor", Assert.Throws<ArgumentOutOfRangeException>(() => new NumericStatistic("Median", Average.Median, divisor: divisor)).ParamName);

    [Fact]
    public void NumericStatistic_OtherBadValues_Throw()
    {
        Assert.Equal("multiplier", Assert.Throws<ArgumentOutOfRangeException>(() => new NumericStatistic("Rate", Average.Mean, multiplier: 0)).ParamName);
        Assert.Equal("minimum", Assert.Throws<ArgumentOutOfRangeException>(() => new NumericStatistic("Mean", Average.Mean, minimum: -1)).ParamName);
        Assert.Equal("average", Assert.Throws<ArgumentOutOfRangeException>(() => new NumericStatistic("Mean", (Average)5)).ParamName);
        Assert.Equal("unit", Assert.Throws<ArgumentException>(() => new NumericStatistic("Mean", Average.Mean, unit: " ")).ParamName);
        Assert.Throws<ArgumentException>(() => new NumericStatistic(" ", Average.Mean));
    }

    [Fact]
    public void NumericBand_MaximumBelowMinimum_ThrowsNamingTheBand()
    {
        var error = Assert.Throws<ArgumentException>(() => Catalogue.Ages.WithBand("Backwards", 5, 2));
        Assert.Contains("'Backwards' runs from 5 down to 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Numeric_MaximumOutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Tabulate.Numeric<Person>("Age", p => p.Age, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Tabulate.Numeric<Person>("Age", p => p.Age, 10_000_001));
    }

    [Fact]
    public void SetSizeStatistic_BadArguments_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SetSizeStatistic.MeanOfAtLeastOne("Mean", decimals: 7));
        Assert.Throws<ArgumentOutOfRangeException>(() => SetSizeStatistic.CountAtLeast("At least", -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => SetSizeStatistic.CountAtLeast("At least", 65));
    }

    [Fact]
    public void MissingPolicyAndOrientation_Undeclared_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Catalogue.Favourite.WithMissing((MissingAnswers)9));
        Assert.Throws<ArgumentOutOfRangeException>(() => Catalogue.Outcomes.WithOrientation((GridOrientation)9));
        Assert.Throws<ArgumentOutOfRangeException>(() => Catalogue.NeedsSupportImpact.WithDisplay((CountDisplay)9));
    }

    [Fact]
    public void Layout_NamingAValueThatIsNotACategory_ThrowsWhenTheTableIsMade()
    {
        var error = Assert.Throws<ArgumentException>(() => Tabulate.SingleChoice("Team", (Person p) => p.Team, Categories.Listed(Person.Teams)).WithLayout(rows => rows.Answers("Alpha", "Omega")));
        Assert.Contains("not one of the 4 categories", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Omega", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Tabulate.SingleChoice("Team", (Person p) => p.Team, Categories.Listed(Person.Teams)).WithLayout(rows => rows.Other()));
    }

    [Fact]
    public void Categories_Invalid_Throw()
    {
        Assert.Throws<ArgumentException>(() => Categories.Listed(Array.Empty<string>()));
        Assert.Throws<ArgumentException>(() => Categories.Listed<int>());
        Assert.Throws<ArgumentException>(() => Categories.Listed("A", "B", "A"));
        Assert.Throws<ArgumentException>(() => Categories.Labelled([(1, "One"), (2, "One")]));
        Assert.Throws<ArgumentException>(() => Categories.Labelled([(1, " ")]));
        Assert.Throws<ArgumentException>(() => Categories.Boolean("Yes", "Yes"));
        Assert.Throws<ArgumentException>(() => Categories.Discover(new string?[] { null, null }));
        Assert.Throws<ArgumentException>(() => Categories.Listed("A").WithOther(" "));
    }

    [Fact]
    public void Categories_Listed_OneStringIsOneCategoryNotItsCharacters()
    {
        Assert.Equal(["Only"], Categories.Listed("Only").Values);
        Assert.Equal(["A", "B"], Categories.Listed(new List<string> { "A", "B" }).Values);
        Assert.Equal([3, 1], Categories.Listed(3, 1).Values);
        Assert.Equal([0, 1, 2], Categories.Listed(Enumerable.Range(0, 3)).Values);
    }

    [Fact]
    public void Categories_Discover_AscendingOrdinalAndWithoutMissing()
    {
        var teams = Categories.Discover(["beta", null, "Alpha", "beta", "alpha"]);
        Assert.Equal(["Alpha", "alpha", "beta"], teams.Values);
        var ages = Categories.Discover<int>([30, null, 4, 30]);
        Assert.Equal([4, 30], ages.Values);
        Assert.Equal(["4", "30"], ages.Labels);
    }

    [Fact]
    public void Counts_RowBeforeAnyColumn_Throws()
        => Assert.Throws<ArgumentException>(() => Tabulate.Counts<Person>("Empty").WithRow("Row", _ => true));

    [Fact]
    public void Finish_WrongNumberOfCounters_ThrowsNamingTheTable()
    {
        var error = Assert.Throws<ArgumentException>(() => Catalogue.Favourite.Finish(new long[3]));
        Assert.Contains("'Favourite colour' has 5 counters; 3 were given", error.Message, StringComparison.Ordinal);
    }
}
