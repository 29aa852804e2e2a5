using Insights.Core.Model;
using Insights.Core.Tests.Generators;
using Xunit;

namespace Insights.Core.Tests.Model;

public class ProfileCaseOrderTests
{
    private static readonly DateOnly Date = new(2018, 6, 1);

    [Fact]
    public void Compare_EarlierIntake_ComesFirstWhateverTheId()
    {
        var earlier = SampleCases.Minimal("z", "P-1", Date.AddDays(-1));
        var later = SampleCases.Minimal("a", "P-1", Date);

        Assert.True(ProfileCaseOrder.Instance.Compare(earlier, later) < 0);
        Assert.True(ProfileCaseOrder.Instance.Compare(later, earlier) > 0);
    }

    [Theory]
    [InlineData("A", "a")]
    [InlineData("C-10", "C-9")]
    [InlineData("a", "b")]
    public void Compare_SameIntake_OrdinalFirstIdComesFirst(string first, string second)
    {
        Assert.True(ProfileCaseOrder.Compare(Date, new CaseId(first), Date, new CaseId(second)) < 0);
        Assert.True(ProfileCaseOrder.Compare(Date, new CaseId(second), Date, new CaseId(first)) > 0);
        Assert.Equal(0, ProfileCaseOrder.Compare(Date, new CaseId(first), Date, new CaseId(first)));
    }

    [Fact]
    public void Compare_Null_SortsFirst()
    {
        var c = SampleCases.Minimal();

        Assert.True(ProfileCaseOrder.Instance.Compare(null, c) < 0);
        Assert.True(ProfileCaseOrder.Instance.Compare(c, null) > 0);
        Assert.Equal(0, ProfileCaseOrder.Instance.Compare(null, null));
    }

    [Fact]
    public void Dataset_ProfileCases_AreTheFirstOfEachClientInTheOrder()
    {
        Case[] cases =
        [
            SampleCases.Minimal("b", "P-1", Date), SampleCases.Minimal("a", "P-1", Date), SampleCases.Minimal("c", "P-1", Date.AddDays(-3)),
            SampleCases.Minimal("d", "P-2", Date), SampleCases.Minimal("e", "P-2", Date.AddDays(1)),
        ];

        var expected = cases.GroupBy(c => c.Client).Select(g => g.Order(ProfileCaseOrder.Instance).First()).Select(c => c.Id.Value);

        Assert.Equal(["c", "d"], expected);
        Assert.Equal(expected, new Dataset(cases).ClientProfileCases.Select(c => c.Id.Value).Order(StringComparer.Ordinal));
    }
}
