using Insights.Core.Model;
using Insights.Core.Tests.Generators;
using Xunit;

namespace Insights.Core.Tests.Model;

public class DatasetTests
{
    [Fact]
    public void ClientProfileCases_ClientWithSeveralCases_KeepsTheEarliestIntake()
    {
        var later = SampleCases.Minimal("C-1", "P-1", new DateOnly(2018, 9, 1));
        var earlier = SampleCases.Minimal("C-2", "P-1", new DateOnly(2018, 4, 1));
        var other = SampleCases.Minimal("C-3", "P-2", new DateOnly(2019, 1, 1));

        var dataset = new Dataset([later, earlier, other]);

        Assert.Equal(3, dataset.Cases.Count);
        Assert.Equal(2, dataset.ClientCount);
        Assert.Equal([earlier, other], dataset.ClientProfileCases);
        Assert.True(dataset.IsProfileCase(earlier));
        Assert.False(dataset.IsProfileCase(later));
    }

    [Fact]
    public void ClientProfileCases_SameIntakeDate_OrdinalFirstCaseIdWins()
    {
        var date = new DateOnly(2018, 6, 1);
        var b = SampleCases.Minimal("b", "P-1", date);
        var upperA = SampleCases.Minimal("A", "P-1", date);
        var lowerA = SampleCases.Minimal("a", "P-1", date);

        var dataset = new Dataset([b, lowerA, upperA]);

        // Ordinal: 'A' (65) sorts before 'a' (97) and 'b'.
        Assert.Equal([upperA], dataset.ClientProfileCases);
    }

    [Fact]
    public void Constructor_DuplicateCaseId_ThrowsNamingTheId()
    {
        var error = Assert.Throws<ArgumentException>(() => new Dataset([SampleCases.Minimal("C-17", "P-1"), SampleCases.Minimal("C-17", "P-2")]));

        Assert.Contains("C-17", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Where_FilteredOutEarliestCase_ChoosesProfileCaseAgain()
    {
        var first = SampleCases.Minimal("C-1", "P-1", new DateOnly(2018, 4, 1)) with { Exit = SampleCases.MinimalExit(new DateOnly(2018, 6, 1)) };
        var second = SampleCases.Minimal("C-2", "P-1", new DateOnly(2018, 9, 1));

        var open = new Dataset([first, second]).Where(c => !c.IsClosed);

        Assert.Equal([second], open.Cases);
        Assert.True(open.IsProfileCase(second));
    }

    [Fact]
    public void Services_DistinctById_InOrderOfFirstAppearance()
    {
        var other = new Service { Id = new ServiceId("S-2"), Name = "Outreach West", Region = Region.Wales };
        var dataset = new Dataset([SampleCases.Minimal("C-1") with { Service = other }, SampleCases.Minimal("C-2"), SampleCases.Minimal("C-3")]);

        Assert.Equal([other, SampleCases.Service], dataset.Services);
    }

    [Fact]
    public void Constructor_NoCases_IsEmpty()
    {
        var dataset = new Dataset([]);

        Assert.Empty(dataset.Cases);
        Assert.Equal(0, dataset.ClientCount);
    }
}
