using Insights.Core.Model;
using Insights.Core.Tests.Generators;
using Xunit;

namespace Insights.Core.Tests.Model;

public class RecordsTests
{
    [Theory]
    [InlineData("Jane Doe", 5)]
    [InlineData("C-1\u202E", 4)]
    [InlineData("😀x", 1)]
    public void Identifier_WithAnotherCharacter_ThrowsNamingItsPositionNeverTheCharacter(string value, int position)
    {
        var error = Assert.Throws<ArgumentException>(() => new CaseId(value));

        Assert.Contains($"character {position} is another", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(value, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(error.Message, c => c > '~');
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(121)]
    public void ClientProfileAge_OutsideRange_ThrowsNamingTheProperty(int age)
    {
        var error = Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new ClientProfile { Age = age });

        Assert.Equal(nameof(ClientProfile.Age), error.ParamName);
        Assert.Contains("0 to 120", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(120)]
    public void ClientProfileAge_AtBounds_IsKept(int age)
    {
        Assert.Equal(age, new ClientProfile { Age = age }.Age);
    }

    [Fact]
    public void RangeChecks_AlsoRunThroughWith()
    {
        var abuse = new AbuseHistory { Levels = new AbuseProfile(), DashTicks = 24 };

        var error = Assert.ThrowsAny<ArgumentOutOfRangeException>(() => abuse with { DashTicks = 25 });
        Assert.Equal(nameof(AbuseHistory.DashTicks), error.ParamName);
    }

    [Fact]
    public void RangeChecks_OtherNumbers_RejectOutOfRange()
    {
        Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new ClientProfile { NumberOfChildren = 31 });
        Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new AbuseHistory { Levels = new AbuseProfile(), AbuseLengthMonths = 1201 });
        Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new AbuseHistory { Levels = new AbuseProfile(), AttemptsToEndRelationship = 0 });
        Assert.ThrowsAny<ArgumentOutOfRangeException>(() => SampleCases.MinimalExit(new DateOnly(2019, 1, 1)) with { Contacts = -1 });
        Assert.ThrowsAny<ArgumentOutOfRangeException>(() => SampleCases.MinimalExit(new DateOnly(2019, 1, 1)) with { DashTicks = -1 });
    }

    [Fact]
    public void RequiredReferences_Null_Throw()
    {
        var c = SampleCases.Minimal();

        Assert.Throws<ArgumentNullException>(() => c with { Service = null! });
        Assert.Throws<ArgumentNullException>(() => c.Intake with { Needs = null! });
        Assert.ThrowsAny<ArgumentException>(() => SampleCases.Service with { Name = " " });
    }

    [Fact]
    public void Lists_SetToNull_BecomeEmpty()
    {
        Assert.Same(ValueList<ReviewForm>.Empty, (SampleCases.Minimal() with { Reviews = null! }).Reviews);
        Assert.Same(ValueList<Child>.Empty, new ClientProfile { Children = null! }.Children);
    }

    [Fact]
    public void AbuseProfile_Counts_UseExperiencedLevelsOnly()
    {
        var levels = new AbuseProfile
        {
            Physical = AbuseLevel.High,
            Sexual = AbuseLevel.None,
            HarassmentAndStalking = AbuseLevel.Standard,
            JealousAndControlling = AbuseLevel.DontKnow,
        };

        Assert.Equal(2, levels.ExperiencedCount);
        Assert.Equal(1, levels.HighCount);
        Assert.Equal(AbuseLevel.Standard, levels.LevelOf(AbuseType.HarassmentAndStalking));
        Assert.Equal(0, new AbuseProfile().ExperiencedCount);
    }

    [Fact]
    public void SupportGiven_Views_ReadTheMatchingArea()
    {
        var support = new SupportGiven
        {
            Housing = new AreaSupport<HousingOutcome> { Supported = true, SafetyImpact = Impact.NoChange, WellbeingImpact = Impact.ImprovedGreatly },
            Immigration = new AreaSupport<ImmigrationOutcome> { Supported = false },
        };

        Assert.True(support.SupportedIn(SupportArea.Housing));
        Assert.Equal(Impact.NoChange, support.SafetyImpactIn(SupportArea.Housing));
        Assert.Equal(Impact.ImprovedGreatly, support.WellbeingImpactIn(SupportArea.Housing));
        Assert.False(support.SupportedIn(SupportArea.Immigration));
        Assert.Null(support.SupportedIn(SupportArea.Safety));
        Assert.Null(support.WellbeingImpactIn(SupportArea.Safety));
    }

    [Fact]
    public void ClientOutcomesOf_EachOutcome_ReadsItsProperty()
    {
        var outcomes = new ClientOutcomes { FeelSafer = Agreement.Agree, FeelMoreConfident = Agreement.DisagreeStrongly };

        Assert.Equal(Agreement.Agree, outcomes.Of(ClientOutcome.FeelSafer));
        Assert.Equal(Agreement.DisagreeStrongly, outcomes.Of(ClientOutcome.FeelMoreConfident));
        Assert.Null(outcomes.Of(ClientOutcome.ImprovedWellbeing));
    }

    [Fact]
    public void IntakeNeedsNeedIn_EachArea_ReadsThePropertyWithTheSameName()
    {
        foreach (var area in Labels.All<NeedArea>())
        {
            var property = typeof(IntakeNeeds).GetProperty(Labels.CodeOf(area))!;
            var withYes = new IntakeNeeds();
            property.SetValue(withYes, YesNoDontKnow.Yes);

            Assert.Equal(YesNoDontKnow.Yes, withYes.NeedIn(area));
            Assert.Null(new IntakeNeeds().NeedIn(area));
        }
    }

    [Fact]
    public void Case_IsClosed_FollowsExit()
    {
        var open = SampleCases.Minimal();
        var closed = open with { Exit = SampleCases.MinimalExit(new DateOnly(2019, 1, 1)) };

        Assert.False(open.IsClosed);
        Assert.True(closed.IsClosed);
    }
}
