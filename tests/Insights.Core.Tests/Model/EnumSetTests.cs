using FsCheck.Xunit;
using Insights.Core.Model;
using Xunit;

namespace Insights.Core.Tests.Model;

public class EnumSetTests
{
    [Fact]
    public void Equals_SameMembersInAnyOrder_IsTrue()
    {
        var a = EnumSet.Of(Agency.Police, Agency.Outreach);
        var b = EnumSet.Of(Agency.Outreach, Agency.Police, Agency.Police);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(2, b.Count);
    }

    [Fact]
    public void Equals_DifferentMembers_IsFalse()
    {
        Assert.NotEqual(EnumSet.Of(Agency.Police), EnumSet.Of(Agency.Other));
        Assert.NotEqual(EnumSet<Agency>.Empty, EnumSet.Of(Agency.Outreach));
    }

    [Fact]
    public void NullableSet_NullAndEmpty_AreDifferentAnswers()
    {
        // Null means the question was not answered; the empty set means it was answered with no tick.
        var unanswered = new ExitForm { ClosureDate = new DateOnly(2019, 1, 1), Levels = new AbuseProfile(), Support = new SupportGiven() };
        var answeredNothing = unanswered with { AgenciesWorkedWell = EnumSet<Agency>.Empty };

        Assert.NotEqual(unanswered, answeredNothing);
    }

    [Fact]
    public void Enumerate_ReturnsMembersInReportOrder()
    {
        var set = EnumSet.Of(Agency.Other, Agency.Outreach, Agency.Crc);

        Assert.Equal([Agency.Outreach, Agency.Crc, Agency.Other], set.ToArray());
    }

    [Fact]
    public void FromBits_BitBeyondLastMember_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => EnumSet<YesNoDontKnow>.FromBits(1UL << 3));
    }

    [Property]
    public void FromBits_Bits_RoundTrip(byte bits)
    {
        // SafetyOutcome has 26 members, so every byte is a valid mask.
        var set = EnumSet<SafetyOutcome>.FromBits(bits);

        Assert.Equal((ulong)bits, set.Bits);
        Assert.Equal(set, EnumSet.Of<SafetyOutcome>(set.ToArray()));
    }
}
