using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Insights.Core.Frames;

/// <summary>
/// Appends copies of rows of one frame to another of the same report, with no record read or made: how a
/// bootstrap sample of a small frame becomes a large one. Every column is first extended; then blocks of rows
/// are written in parallel, each block writing all the columns while its list of source rows is in cache.
/// </summary>
internal static class FrameCopier
{
    private const int BitsPerWord = 64;

    // Rows written per work item: a multiple of 64 (whole bit words), with its row list (1 MB) in cache, and
    // long enough that each column is written as a long run.
    private const int BlockRows = 262_144;

    /// <summary>
    /// Appends to every column of <paramref name="target"/> the values of <paramref name="source"/>'s matching
    /// column at <paramref name="rows"/>, in order. The target's bit columns must end on a word boundary; the
    /// source should be small next to the copy (its bits are transposed once in full). The frame expects
    /// <paramref name="expectedRows"/> rows in all (its reservation), which sizes the sparse columns.
    /// </summary>
    internal static void AppendRows(FrameStorage target, FrameStorage source, int sourceRows, int[] rows, int expectedRows, int degreeOfParallelism)
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = degreeOfParallelism };
        var bits = BitCopy.Prepare(target.Bits, source.Bits, sourceRows, rows.Length, options);
        var codes = target.Codes.Select(c => c.Extend(rows.Length, out _)).ToArray();
        var codeFirst = target.Codes.Count == 0 ? 0 : target.Codes[0].RowCount - rows.Length;
        var integerFirst = target.Integers.Select((c, i) => c.ExtendForCopies(source.Integers[i], rows.Length)).ToArray();
        var sparseStarts = source.Sparse.Select(s => s.RowStarts()).ToArray();
        var blocks = (rows.Length + BlockRows - 1) / BlockRows;
        var sparseEntries = new long[blocks, sparseStarts.Length];

        Parallel.For(0, blocks, options, block =>
        {
            var start = block * BlockRows;
            var picked = rows.AsSpan(start, Math.Min(BlockRows, rows.Length - start));
            bits.Write(picked, start);
            for (var c = 0; c < codes.Length; c++)
            {
                Gather(source.Codes[c].Codes, picked, codes[c].AsSpan(codeFirst + start, picked.Length));
            }

            for (var c = 0; c < integerFirst.Length; c++)
            {
                target.Integers[c].WriteCopies(source.Integers[c], picked, integerFirst[c] + start);
            }

            for (var s = 0; s < sparseStarts.Length; s++)
            {
                // Most of these questions have no entries at all in a small source.
                sparseEntries[block, s] = sparseStarts[s][^1] == 0 ? 0 : SparseCounts.EntriesOf(sparseStarts[s], picked);
            }
        });

        // Sparse entries go where the entries of the blocks before them end.
        var sparseFirstRow = target.Sparse.Select(s => s.RowCount).ToArray();
        var entryStarts = new int[blocks, sparseStarts.Length];
        for (var s = 0; s < sparseStarts.Length; s++)
        {
            long total = 0;
            for (var block = 0; block < blocks; block++)
            {
                total += sparseEntries[block, s];
            }

            var entry = target.Sparse[s].ExtendForCopies(total, rows.Length, expectedRows);
            for (var block = 0; block < blocks; block++)
            {
                entryStarts[block, s] = entry;
                entry += (int)sparseEntries[block, s];
            }
        }

        Parallel.For(0, blocks, options, block =>
        {
            var start = block * BlockRows;
            var picked = rows.AsSpan(start, Math.Min(BlockRows, rows.Length - start));
            for (var s = 0; s < sparseStarts.Length; s++)
            {
                if (sparseEntries[block, s] > 0)
                {
                    target.Sparse[s].WriteCopies(source.Sparse[s], sparseStarts[s], picked, sparseFirstRow[s] + start, entryStarts[block, s]);
                }
            }
        });
    }

    /// <summary>Writes <paramref name="from"/>[<paramref name="rows"/>[i]] to <paramref name="to"/>[i]; every row was checked to be within <paramref name="from"/>.</summary>
    internal static void Gather<TValue>(ReadOnlySpan<TValue> from, ReadOnlySpan<int> rows, Span<TValue> to)
    {
        if ((uint)rows.Length > (uint)to.Length)
        {
            throw new ArgumentException("The target is shorter than the list of rows.", nameof(to));
        }

        // The rows were checked against the source before any column was written (CaseFrame.AddCopiesOf), so
        // the copy, the hottest loop of a bootstrap, reads without a bounds check.
        ref var source = ref MemoryMarshal.GetReference(from);
        ref var target = ref MemoryMarshal.GetReference(to);
        ref var row = ref MemoryMarshal.GetReference(rows);
        for (var i = 0; i < rows.Length; i++)
        {
            Unsafe.Add(ref target, i) = Unsafe.Add(ref source, Unsafe.Add(ref row, i));
        }
    }

    /// <summary>Transposes a 64 x 64 bit matrix in place: afterwards bit i of word j is what bit j of word i was.</summary>
    internal static void Transpose(Span<ulong> matrix)
    {
        if (matrix.Length != BitsPerWord)
        {
            throw new ArgumentException("A bit matrix to transpose has 64 words.", nameof(matrix));
        }

        if (Vector512.IsHardwareAccelerated)
        {
            TransposeVector512(matrix);
        }
        else
        {
            TransposeScalar(matrix);
        }
    }

    /// <summary>As <see cref="Transpose"/>, one word at a time (where 512-bit vectors are not accelerated).</summary>
    internal static void TransposeScalar(Span<ulong> matrix)
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

    /// <summary>
    /// The same swaps eight words at a time: for blocks of 32, 16 and 8 rows the partner rows are whole vectors
    /// apart; for 4, 2 and 1 they are lanes of the same vector, brought alongside by a shuffle.
    /// </summary>
    private static void TransposeVector512(Span<ulong> matrix)
    {
        ref var origin = ref MemoryMarshal.GetReference(matrix);
        var v0 = Vector512.LoadUnsafe(ref origin, 0);
        var v1 = Vector512.LoadUnsafe(ref origin, 8);
        var v2 = Vector512.LoadUnsafe(ref origin, 16);
        var v3 = Vector512.LoadUnsafe(ref origin, 24);
        var v4 = Vector512.LoadUnsafe(ref origin, 32);
        var v5 = Vector512.LoadUnsafe(ref origin, 40);
        var v6 = Vector512.LoadUnsafe(ref origin, 48);
        var v7 = Vector512.LoadUnsafe(ref origin, 56);

        var mask = Vector512.Create(0x0000_0000_FFFF_FFFFUL);
        Swap(ref v0, ref v4, 32, mask);
        Swap(ref v1, ref v5, 32, mask);
        Swap(ref v2, ref v6, 32, mask);
        Swap(ref v3, ref v7, 32, mask);
        mask = Vector512.Create(0x0000_FFFF_0000_FFFFUL);
        Swap(ref v0, ref v2, 16, mask);
        Swap(ref v1, ref v3, 16, mask);
        Swap(ref v4, ref v6, 16, mask);
        Swap(ref v5, ref v7, 16, mask);
        mask = Vector512.Create(0x00FF_00FF_00FF_00FFUL);
        Swap(ref v0, ref v1, 8, mask);
        Swap(ref v2, ref v3, 8, mask);
        Swap(ref v4, ref v5, 8, mask);
        Swap(ref v6, ref v7, 8, mask);

        v0 = SwapLanes(v0);
        v1 = SwapLanes(v1);
        v2 = SwapLanes(v2);
        v3 = SwapLanes(v3);
        v4 = SwapLanes(v4);
        v5 = SwapLanes(v5);
        v6 = SwapLanes(v6);
        v7 = SwapLanes(v7);

        v0.StoreUnsafe(ref origin, 0);
        v1.StoreUnsafe(ref origin, 8);
        v2.StoreUnsafe(ref origin, 16);
        v3.StoreUnsafe(ref origin, 24);
        v4.StoreUnsafe(ref origin, 32);
        v5.StoreUnsafe(ref origin, 40);
        v6.StoreUnsafe(ref origin, 48);
        v7.StoreUnsafe(ref origin, 56);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Swap(ref Vector512<ulong> low, ref Vector512<ulong> high, int width, Vector512<ulong> mask)
    {
        var swap = ((low >>> width) ^ high) & mask;
        high ^= swap;
        low ^= swap << width;
    }

    /// <summary>The swaps of 4 x 4, 2 x 2 and single-bit blocks between the eight rows of one vector.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<ulong> SwapLanes(Vector512<ulong> rows)
    {
        rows = SwapLanes(rows, Vector512.Create(4UL, 5, 6, 7, 0, 1, 2, 3), Vector512.Create(ulong.MaxValue, ulong.MaxValue, ulong.MaxValue, ulong.MaxValue, 0, 0, 0, 0), 4, 0x0F0F_0F0F_0F0F_0F0FUL);
        rows = SwapLanes(rows, Vector512.Create(2UL, 3, 0, 1, 6, 7, 4, 5), Vector512.Create(ulong.MaxValue, ulong.MaxValue, 0, 0, ulong.MaxValue, ulong.MaxValue, 0, 0), 2, 0x3333_3333_3333_3333UL);
        return SwapLanes(rows, Vector512.Create(1UL, 0, 3, 2, 5, 4, 7, 6), Vector512.Create(ulong.MaxValue, 0, ulong.MaxValue, 0, ulong.MaxValue, 0, ulong.MaxValue, 0), 1, 0x5555_5555_5555_5555UL);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<ulong> SwapLanes(Vector512<ulong> rows, Vector512<ulong> partners, Vector512<ulong> lowLanes, int width, ulong bits)
    {
        // A low row k takes bits from its partner k + width and a high row gives them: the same swap as for
        // whole vectors, computed from each side and kept where it applies.
        var mask = Vector512.Create(bits);
        var partner = Vector512.Shuffle(rows, partners);
        var low = rows ^ ((((rows >>> width) ^ partner) & mask) << width);
        var high = rows ^ (((partner >>> width) ^ rows) & mask);
        return Vector512.ConditionalSelect(lowLanes, low, high);
    }

    /// <summary>
    /// The bit columns of a copy. A source column holding one value throughout gives that value. The others go
    /// in groups of 64: each source row becomes one word (its bits across the group's columns); for each 64 new
    /// rows the 64 picked words form a 64 x 64 bit matrix whose transpose is one word per column, about 0.3
    /// instructions a bit against several for copying bit by bit.
    /// </summary>
    private sealed class BitCopy
    {
        private readonly ulong[][] _sourceByRow;
        private readonly ulong[][][] _targetWords;
        private readonly int _firstWord;

        private BitCopy(ulong[][] sourceByRow, ulong[][][] targetWords, int firstWord)
        {
            _sourceByRow = sourceByRow;
            _targetWords = targetWords;
            _firstWord = firstWord;
        }

        internal static BitCopy Prepare(List<BitColumn> targets, List<BitColumn> sources, int sourceRows, int count, ParallelOptions options)
        {
            var varied = new List<int>();
            for (var column = 0; column < targets.Count; column++)
            {
                if (sources[column].IsUniform)
                {
                    targets[column].AppendUniform(count, sources[column].UniformValue);
                }
                else
                {
                    varied.Add(column);
                }
            }

            var firstWord = 0;
            var groups = (varied.Count + BitsPerWord - 1) / BitsPerWord;
            var targetWords = new ulong[groups][][];
            var sourceByRow = new ulong[groups][];
            for (var group = 0; group < groups; group++)
            {
                var columns = varied.Skip(group * BitsPerWord).Take(BitsPerWord).ToArray();
                targetWords[group] = [.. columns.Select(column => targets[column].Extend(count, out firstWord))];
                sourceByRow[group] = new ulong[sourceRows];
            }

            Parallel.For(0, groups, options, group =>
            {
                var byRow = sourceByRow[group];
                var columns = varied.Skip(group * BitsPerWord).Take(BitsPerWord).ToArray();
                for (var bit = 0; bit < columns.Length; bit++)
                {
                    var words = sources[columns[bit]].Words;
                    for (var w = 0; w < words.Length; w++)
                    {
                        var word = words[w];
                        while (word != 0)
                        {
                            byRow[(w * BitsPerWord) + BitOperations.TrailingZeroCount(word)] |= 1UL << bit;
                            word &= word - 1;
                        }
                    }
                }
            });

            return new BitCopy(sourceByRow, targetWords, firstWord);
        }

        /// <summary>Writes the bits of the new rows from <paramref name="start"/> (a multiple of 64), copies of the source rows <paramref name="picked"/>.</summary>
        internal void Write(ReadOnlySpan<int> picked, int start)
        {
            // Eight transposes per group before writing, so each column receives a whole cache line at once.
            const int Steps = 8;
            Span<ulong> matrices = stackalloc ulong[Steps * BitsPerWord];
            for (var offset = 0; offset < picked.Length; offset += Steps * BitsPerWord)
            {
                var rows = picked.Slice(offset, Math.Min(Steps * BitsPerWord, picked.Length - offset));
                var steps = (rows.Length + BitsPerWord - 1) / BitsPerWord;
                var word = _firstWord + ((start + offset) / BitsPerWord);
                for (var group = 0; group < _sourceByRow.Length; group++)
                {
                    var byRow = _sourceByRow[group];
                    for (var step = 0; step < steps; step++)
                    {
                        var matrix = matrices.Slice(step * BitsPerWord, BitsPerWord);
                        var stepRows = rows.Slice(step * BitsPerWord, Math.Min(BitsPerWord, rows.Length - (step * BitsPerWord)));
                        for (var i = 0; i < stepRows.Length; i++)
                        {
                            matrix[i] = byRow[stepRows[i]];
                        }

                        matrix[stepRows.Length..].Clear();
                        Transpose(matrix);
                    }

                    var targets = _targetWords[group];
                    for (var bit = 0; bit < targets.Length; bit++)
                    {
                        var target = targets[bit].AsSpan(word, steps);
                        for (var step = 0; step < target.Length; step++)
                        {
                            target[step] = matrices[(step * BitsPerWord) + bit];
                        }
                    }
                }
            }
        }
    }
}
