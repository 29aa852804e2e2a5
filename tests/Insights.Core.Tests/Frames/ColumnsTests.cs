using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Insights.Core.Frames;
using Xunit;

namespace Insights.Core.Tests.Frames;

/// <summary>The frame's storage columns against plain lists: every counting path (vector, private histograms, scalar) and every change of representation.</summary>
public sealed class ColumnsTests
{
    [Property(MaxTest = 200)]
    public bool BitColumn_AnySequence_CountsAndReadsAsAList(bool[] values, NonNegativeInt uniformRun, bool uniformValue, int rangeSeed)
    {
        // A long uniform run first keeps the column without words, until a differing value arrives.
        var list = Enumerable.Repeat(uniformValue, uniformRun.Get % 300).Concat(values).ToList();
        var column = new BitColumn();
        foreach (var value in list)
        {
            column.Append(value);
        }

        var random = new Random(rangeSeed);
        var start = random.Next(list.Count + 1);
        var end = random.Next(start, list.Count + 1);
        return column.RowCount == list.Count
            && Enumerable.Range(0, list.Count).All(row => column[row] == list[row])
            && column.Count(start, end) == list.Skip(start).Take(end - start).Count(v => v)
            && column.Count(0, list.Count) == list.Count(v => v);
    }

    [Property(MaxTest = 200)]
    public bool BitColumn_RunsOfUpTo64Bits_SameColumnAsOneAtATime(bool[] values, NonNegativeInt uniformRun, bool uniformValue, int splitSeed)
    {
        // Runs of any length at any offset: a run may fill a word, straddle two, or keep the column uniform.
        var list = Enumerable.Repeat(uniformValue, uniformRun.Get % 300).Concat(values).ToList();
        var column = new BitColumn();
        var random = new Random(splitSeed);
        for (var at = 0; at < list.Count;)
        {
            var count = Math.Min(list.Count - at, random.Next(3) == 0 ? 64 : random.Next(1, 65));
            var bits = 0UL;
            for (var i = 0; i < count; i++)
            {
                bits |= list[at + i] ? 1UL << i : 0;
            }

            column.AppendBits(bits, count);
            at += count;
        }

        return column.RowCount == list.Count
            && Enumerable.Range(0, list.Count).All(row => column[row] == list[row])
            && column.Count(0, list.Count) == list.Count(v => v)
            && column.IsUniform == (list.Distinct().Count() <= 1);
    }

    [Property(MaxTest = 100)]
    public bool BitColumn_AppendUniform_SameAsAppendingEachRow(bool[] first, PositiveInt count, bool value)
    {
        var column = new BitColumn();
        var expected = new BitColumn();
        foreach (var bit in first)
        {
            column.Append(bit);
            expected.Append(bit);
        }

        column.AppendUniform(count.Get % 500, value);
        for (var i = 0; i < count.Get % 500; i++)
        {
            expected.Append(value);
        }

        return column.RowCount == expected.RowCount && Enumerable.Range(0, column.RowCount).All(row => column[row] == expected[row]);
    }

    [Property(MaxTest = 100)]
    public bool ByteColumn_Histogram_CountsEachCodeBelowTheWidth(PositiveInt seed, PositiveInt rows, PositiveInt width)
    {
        var random = new Random(seed.Get);
        var codeWidth = (width.Get % 60) + 1;
        var column = new ByteColumn();
        var codes = Enumerable.Range(0, rows.Get % 5000).Select(_ => random.Next(4) == 0 ? ByteColumn.Excluded : (byte)random.Next(codeWidth + 2)).ToArray();
        foreach (var code in codes)
        {
            column.Append(code);
        }

        var start = random.Next(codes.Length + 1);
        var end = random.Next(start, codes.Length + 1);
        var counters = new long[codeWidth];
        column.Histogram(start, end, counters);
        return Enumerable.Range(0, codeWidth).All(c => counters[c] == codes[start..end].Count(code => code == c));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(700)]
    [InlineData(4095)]
    [InlineData(4096)]
    [InlineData(60_000)]
    [InlineData(2_000_000)]
    public void IntColumn_Histogram_AnyRange_CountsValuesAndMissing(int maximum)
    {
        var random = new Random(maximum);
        var values = Enumerable.Range(0, 20_000).Select(_ => random.Next(5) switch
        {
            0 => IntColumn.Missing,
            1 => IntColumn.Excluded,
            _ => random.Next(maximum + 1),
        }).ToArray();
        var column = new IntColumn();
        foreach (var value in values)
        {
            column.Append(value);
        }

        foreach (var (start, end) in new[] { (0, values.Length), (13, 16_397), (100, 101) })
        {
            var histogram = new long[maximum + 1];
            var missing = column.Histogram(start, end, histogram);
            var slice = values[start..end];
            Assert.Equal(slice.Count(v => v == IntColumn.Missing), missing);
            Assert.Equal(slice.Where(v => v >= 0).GroupBy(v => v).OrderBy(g => g.Key).Select(g => (g.Key, (long)g.Count())), histogram.Select((count, value) => (value, count)).Where(p => p.count > 0));
        }

        Assert.Equal(values, Enumerable.Range(0, values.Length).Select(row => column[row]));
    }

    [Fact]
    public void IntColumn_AppendGathered_WideSourceIntoNarrowTarget_KeepsEveryValue()
    {
        var narrow = new IntColumn();
        narrow.Append(3);
        narrow.Append(IntColumn.Missing);
        var wide = new IntColumn();
        wide.Append(1_000_000);
        wide.Append(IntColumn.Excluded);
        wide.Append(7);

        narrow.AppendGathered(wide, [2, 0, 1, 0]);

        Assert.Equal([3, IntColumn.Missing, 7, 1_000_000, IntColumn.Excluded, 1_000_000], Enumerable.Range(0, narrow.RowCount).Select(row => narrow[row]));
    }
}
