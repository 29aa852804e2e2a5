using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Insights.Core.Tests.Formatting;

/// <summary><see cref="Percent.LargestRemainder"/>: whole percentages that add up to 100, each within a point of the exact one.</summary>
public sealed class LargestRemainderTests
{
    [Property(MaxTest = 500)]
    public bool CountsCoveringTheBase_AddUpTo100_EachWithinAPoint(NonEmptyArray<NonNegativeInt> raw)
    {
        long[] counts = [.. raw.Get.Select(c => (long)(c.Get % 1000))];
        var total = counts.Sum();
        if (total == 0)
        {
            return Percent.LargestRemainder(counts, 1).All(p => p == 0);
        }

        var whole = Percent.LargestRemainder(counts, total);
        return whole.Sum() == 100
            && whole.Zip(counts).All(p => Math.Abs(p.First - (100.0 * p.Second / total)) < 1)
            && whole.Zip(counts).All(p => p.Second != 0 || p.First == 0);
    }

    [Fact]
    public void Examples()
    {
        // Thirds: 33.3 each, the first gets the missing point (ties go to the earlier count).
        Assert.Equal([34, 33, 33], Percent.LargestRemainder([1, 1, 1], 3));
        Assert.Equal([67, 33], Percent.LargestRemainder([2, 1], 3));

        // The report's rule prints 13%, 13% and 75% of 8 (101%); the tie goes to the earlier count.
        Assert.Equal([13, 12, 75], Percent.LargestRemainder([1, 1, 6], 8));

        // Counts that cover the base in part round to their share of it.
        Assert.Equal([50, 0], Percent.LargestRemainder([1, 0], 2));
    }

    [Fact]
    public void InvalidInput_Refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Percent.LargestRemainder([1], 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Percent.LargestRemainder([-1, 2], 2));
        Assert.Throws<ArgumentException>(() => Percent.LargestRemainder([2, 2], 3));
    }
}
