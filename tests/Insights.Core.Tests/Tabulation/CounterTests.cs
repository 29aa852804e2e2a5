using Insights.Core.Tabulation;
using Xunit;

namespace Insights.Core.Tests.Tabulation;

public sealed class CounterTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(64)]
    [InlineData(67)]
    public void AddInto_SumBeyondLongRange_ThrowsInsteadOfWrapping(int length)
    {
        // Both the vectorised part and the scalar tail of the merge must refuse to wrap.
        for (var position = 0; position < length; position++)
        {
            var target = new long[length];
            var source = new long[length];
            target[position] = long.MaxValue - 1;
            source[position] = 2;
            Assert.Throws<OverflowException>(() => Counter.AddInto(target, source));
        }
    }

    [Fact]
    public void AddInto_LargeButInRange_Adds()
    {
        var target = new long[40];
        var source = new long[40];
        Array.Fill(target, long.MaxValue - 5);
        Array.Fill(source, 5);
        Counter.AddInto(target, source);
        Assert.All(target, value => Assert.Equal(long.MaxValue, value));
    }
}
