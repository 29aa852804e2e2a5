using System.Numerics;

namespace Insights.Core.Frames;

/// <summary>
/// Appends copies of rows of one frame to another of the same report, column by column, with no record read or
/// made: how a bootstrap sample of a small frame becomes a large one. Columns are independent, so they are
/// written in parallel.
/// </summary>
internal static class FrameCopier
{
    private const int BitsPerWord = 64;

    /// <summary>
    /// Appends to every column of <paramref name="target"/> the values of <paramref name="source"/>'s matching
    /// column at <paramref name="rows"/>, in order. The target's bit columns must end on a word boundary.
    /// </summary>
    internal static void AppendRows(FrameStorage target, FrameStorage source, int sourceRows, int[] rows, int degreeOfParallelism)
    {
        // One work item per group of 64 bit columns, per code column, per integer column and per sparse column.
        var bitGroups = (target.Bits.Count + BitsPerWord - 1) / BitsPerWord;
        var items = bitGroups + target.Codes.Count + target.Integers.Count + target.Sparse.Count;
        Parallel.For(0, items, new ParallelOptions { MaxDegreeOfParallelism = degreeOfParallelism }, item =>
        {
            if (item < bitGroups)
            {
                var first = item * BitsPerWord;
                var count = Math.Min(BitsPerWord, target.Bits.Count - first);
                CopyBitGroup(source.Bits.GetRange(first, count), sourceRows, target.Bits.GetRange(first, count), rows);
                return;
            }

            item -= bitGroups;
            if (item < target.Codes.Count)
            {
                target.Codes[item].AppendGathered(source.Codes[item], rows);
                return;
            }

            item -= target.Codes.Count;
            if (item < target.Integers.Count)
            {
                target.Integers[item].AppendGathered(source.Integers[item], rows);
                return;
            }

            item -= target.Integers.Count;
            target.Sparse[item].AppendRows(source.Sparse[item], rows);
        });
    }

    /// <summary>
    /// Writes up to 64 bit columns for all the new rows. A source column holding one value throughout gives that
    /// value. The others' bits are first turned into one word per source row (its bits across those columns);
    /// then, for each 64 new rows, the 64 picked row words form a 64 x 64 bit matrix whose transpose is one word
    /// per column: about 0.3 instructions a bit, against several for copying bit by bit.
    /// </summary>
    private static void CopyBitGroup(List<BitColumn> sources, int sourceRows, List<BitColumn> targets, int[] rows)
    {
        var varied = new List<int>(sources.Count);
        for (var column = 0; column < sources.Count; column++)
        {
            if (sources[column].IsUniform)
            {
                targets[column].AppendUniform(rows.Length, sources[column].UniformValue);
            }
            else
            {
                varied.Add(column);
            }
        }

        if (varied.Count == 0)
        {
            return;
        }

        var firstWord = 0;
        var targetWords = varied.Select(column => targets[column].Extend(rows.Length, out firstWord)).ToArray();
        if ((long)sourceRows > 4L * rows.Length)
        {
            // A large source and few rows: reading the picked bits directly is cheaper than transposing the source.
            for (var v = 0; v < varied.Count; v++)
            {
                CopyBitsDirectly(sources[varied[v]], targetWords[v], firstWord, rows);
            }

            return;
        }

        var byRow = new ulong[sourceRows];
        for (var v = 0; v < varied.Count; v++)
        {
            var words = sources[varied[v]].Words;
            for (var w = 0; w < words.Length; w++)
            {
                var word = words[w];
                while (word != 0)
                {
                    byRow[(w * BitsPerWord) + BitOperations.TrailingZeroCount(word)] |= 1UL << v;
                    word &= word - 1;
                }
            }
        }

        Span<ulong> matrix = stackalloc ulong[BitsPerWord];
        for (int start = 0, block = firstWord; start < rows.Length; start += BitsPerWord, block++)
        {
            var count = Math.Min(BitsPerWord, rows.Length - start);
            for (var i = 0; i < count; i++)
            {
                matrix[i] = byRow[rows[start + i]];
            }

            matrix[count..].Clear();
            Transpose(matrix);
            for (var v = 0; v < targetWords.Length; v++)
            {
                targetWords[v][block] = matrix[v];
            }
        }
    }

    private static void CopyBitsDirectly(BitColumn source, ulong[] target, int firstWord, int[] rows)
    {
        for (int start = 0, block = firstWord; start < rows.Length; start += BitsPerWord, block++)
        {
            var count = Math.Min(BitsPerWord, rows.Length - start);
            var word = 0UL;
            for (var i = 0; i < count; i++)
            {
                word |= (source[rows[start + i]] ? 1UL : 0UL) << i;
            }

            target[block] = word;
        }
    }

    /// <summary>Transposes a 64 x 64 bit matrix in place: afterwards bit i of word j is what bit j of word i was.</summary>
    internal static void Transpose(Span<ulong> matrix)
    {
        // Swap ever smaller off-diagonal blocks: 32 x 32, then 16 x 16 within each, down to single bits.
        var mask = 0x0000_0000_FFFF_FFFFUL;
        for (var width = 32; width != 0; width >>= 1, mask ^= mask << width)
        {
            for (var k = 0; k < BitsPerWord; k = (k + width + 1) & ~width)
            {
                var swap = ((matrix[k] >> width) ^ matrix[k + width]) & mask;
                matrix[k + width] ^= swap;
                matrix[k] ^= swap << width;
            }
        }
    }
}
