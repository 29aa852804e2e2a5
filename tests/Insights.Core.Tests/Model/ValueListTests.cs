using FsCheck.Xunit;
using Insights.Core.Model;
using Xunit;

namespace Insights.Core.Tests.Model;

public class ValueListTests
{
    [Fact]
    public void Equals_SameItemsSameOrder_IsTrueWithEqualHashCodes()
    {
        var a = ValueList.Of(new Child { Age = ChildAgeBand.Years1To3 }, new Child());
        ValueList<Child> b = [new Child { Age = ChildAgeBand.Years1To3 }, new Child()];

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Equals_DifferentOrder_IsFalse()
    {
        var a = ValueList.Of(1, 2);
        var b = ValueList.Of(2, 1);

        Assert.NotEqual(a, b);
        Assert.True(a != b);
    }

    [Fact]
    public void Equals_RecordsHoldingEqualLists_AreEqual()
    {
        var first = new CriminalJusticeForm { PoliceReports = [new PoliceReport { Incidents = [new Incident { Offence = Offence.Stalking }] }] };
        var second = new CriminalJusticeForm { PoliceReports = [new PoliceReport { Incidents = [new Incident { Offence = Offence.Stalking }] }] };

        Assert.Equal(first, second);
        Assert.NotEqual(first, second with { PoliceReports = ValueList<PoliceReport>.Empty });
    }

    [Fact]
    public void Of_NoItems_ReturnsEmpty()
    {
        Assert.Same(ValueList<int>.Empty, ValueList.Of<int>());
        Assert.Empty(ValueList.From(Array.Empty<string>()));
    }

    [Fact]
    public void From_NullItem_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => ValueList.From(new[] { "a", null! }));
        Assert.Contains("index 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void From_SourceChangedAfterwards_ListIsUnchanged()
    {
        var source = new List<int> { 1, 2 };
        var list = ValueList.From(source);
        source.Add(3);

        Assert.Equal([1, 2], list);
    }

    [Fact]
    public void ToString_ShowsOnlyTheCount()
    {
        Assert.Equal("Child[2]", ValueList.Of(new Child(), new Child()).ToString());
    }

    [Property]
    public void Equals_MatchesSequenceEquality(int[] first, int[] second)
    {
        var a = ValueList.From(first);
        var b = ValueList.From(second);

        Assert.Equal(first.SequenceEqual(second), a.Equals(b));
        if (a.Equals(b))
        {
            Assert.Equal(a.GetHashCode(), b.GetHashCode());
        }
    }
}
