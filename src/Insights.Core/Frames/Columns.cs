using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

using Insights.Core.Tabulation;

namespace Insights.Core.Frames;

/// <summary>
/// One table's share of a frame: what its description reads, stored by column. Rows are appended once;
/// counting a range of rows adds exactly what the object engine adds for those rows.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
internal interface IColumnarTable<T>
{
    /// <summary>
    /// Stores what the table's description reads from the next rows, 1 to 64 of them: each part of the description
    /// runs over the whole batch in turn, so its columns are written a word (or a run of codes) at a time.
    /// </summary>
    /// <param name="items">The rows.</param>
    /// <param name="answers">The kept answers of the rules of the frame's plan (<see cref="TallyColumnar{T}.Share"/>), told of the batch; <see langword="null"/> when no rule is kept.</param>
    void AppendBatch(ReadOnlySpan<T> items, RuleAnswers? answers);

    /// <summary>Appends a copy of row <paramref name="row"/> of <paramref name="source"/>, a columnar table of the same definition.</summary>
    void AppendCopy(IColumnarTable<T> source, int row);

    /// <summary>Adds the counts of rows [start, end) into <paramref name="counters"/>.</summary>
    void Accumulate(int start, int end, Span<long> counters);

    /// <summary>Gets the bytes held by the columns.</summary>
    long Bytes { get; }

    /// <summary>Describes the columns, so another engine (a database) can count the same answers into the same counters.</summary>
    IEnumerable<FrameColumn> Columns { get; }

    /// <summary>Gets the sparse contributions that are not in any column: each adds Amount to counter Counter for row Row.</summary>
    IEnumerable<(int Row, int Counter, long Amount)> SparseEntries { get; }

    /// <summary>Adds the table's storage columns to <paramref name="storage"/>, always in the same order for the same definition.</summary>
    void CollectStorage(FrameStorage storage);
}

/// <summary>How a column's values map to a table's counters.</summary>
internal enum FrameColumnKind
{
    /// <summary>A code c below Width adds one to counter Offset + c; other codes (255: outside the base) add nothing.</summary>
    Code,

    /// <summary>A value of 1 adds one to counter Offset.</summary>
    Bit,

    /// <summary>A value v from 0 up adds one to counter Offset + v; <see cref="IntColumn.Missing"/> adds one to counter MissingCounter; other negative sentinels add nothing.</summary>
    Integer,
}

/// <summary>A read-only view of one frame column and the counters it feeds (offsets relative to its table).</summary>
internal sealed record FrameColumn(string Name, FrameColumnKind Kind, Func<int, long> ValueAt, int Offset, int Width = 0, int MissingCounter = 0);

/// <summary>How a column's backing array grows.</summary>
internal static class ColumnGrowth
{
    /// <summary>
    /// Returns the capacity for <paramref name="needed"/> elements: doubling while rows arrive one at a time, but
    /// exactly what a bulk append asks for when that is more, so a frame written in one go holds no slack.
    /// </summary>
    internal static int Capacity(int current, int needed)
    {
        if (needed <= current)
        {
            return current;
        }

        var doubled = (int)Math.Min(Array.MaxLength, 2L * current);
        return Math.Max(needed, doubled);
    }
}

/// <summary>The storage columns of a frame, listed in the same order for every frame of the same report, so two frames' columns pair up by position.</summary>
internal sealed class FrameStorage
{
    internal List<BitColumn> Bits { get; } = [];

    internal List<ByteColumn> Codes { get; } = [];

    internal List<IntColumn> Integers { get; } = [];

    internal List<SparseCounts> Sparse { get; } = [];
}

/// <summary>
/// A growable column of one bit per row; counting a range is a population count, 64 rows per instruction.
/// Until the column holds both values it keeps no words at all: a rule that everyone or no one in the data meets
/// (a base of all cases, an answer nobody gave) costs nothing to store or count.
/// </summary>
internal sealed class BitColumn
{
    private const int MinimumWords = 16;
    private ulong[]? _words;
    private bool _uniformValue;
    private int _rows;
    private int _reservedRows;

    internal long Bytes => _words is null ? 0 : (long)_words.Length * sizeof(ulong);

    internal int RowCount => _rows;

    /// <summary>Gets whether every row holds the same value, <see cref="UniformValue"/> (so no words are kept).</summary>
    internal bool IsUniform => _words is null;

    /// <summary>Gets the value of every row while <see cref="IsUniform"/>.</summary>
    internal bool UniformValue => _uniformValue;

    /// <summary>Gets the words holding the rows (bits past the last row are zero); empty while <see cref="IsUniform"/>.</summary>
    internal ReadOnlySpan<ulong> Words => _words is null ? [] : _words.AsSpan(0, WordsFor(_rows));

    internal void Reserve(int rows)
    {
        _reservedRows = Math.Max(_reservedRows, rows);
        if (_words is not null)
        {
            EnsureWords(WordsFor(rows));
        }
    }

    internal void Append(bool value)
    {
        if (_words is null)
        {
            if (_rows == 0 || value == _uniformValue)
            {
                _uniformValue = value;
                _rows++;
                return;
            }

            Materialize(_rows + 1);
        }

        var word = _rows >> 6;
        EnsureWords(word + 1);
        if (value)
        {
            _words![word] |= 1UL << (_rows & 63);
        }

        _rows++;
    }

    /// <summary>
    /// Appends <paramref name="count"/> rows (1 to 64) whose values are the low bits of <paramref name="bits"/>
    /// (the bits above them are zero): what <see cref="Append"/> would store one row at a time.
    /// </summary>
    internal void AppendBits(ulong bits, int count)
    {
        var rows = checked(_rows + count);
        if (_words is null)
        {
            var ones = count == 64 ? ulong.MaxValue : (1UL << count) - 1;
            if ((bits == 0 || bits == ones) && (_rows == 0 || (bits != 0) == _uniformValue))
            {
                _uniformValue = bits != 0;
                _rows = rows;
                return;
            }

            Materialize(rows);
        }

        EnsureWords(WordsFor(rows));
        var shift = _rows & 63;
        var word = _rows >> 6;
        _words![word] |= bits << shift;
        if (shift != 0 && shift + count > 64)
        {
            _words[word + 1] |= bits >> (64 - shift);
        }

        _rows = rows;
    }

    /// <summary>Appends <paramref name="count"/> rows all holding <paramref name="value"/>.</summary>
    internal void AppendUniform(int count, bool value)
    {
        if (count == 0)
        {
            return;
        }

        var rows = checked(_rows + count);
        if (_words is null)
        {
            if (_rows == 0 || value == _uniformValue)
            {
                _uniformValue = value;
                _rows = rows;
                return;
            }

            Materialize(rows);
        }

        EnsureWords(WordsFor(rows));
        if (value)
        {
            SetOnes(_words!, _rows, rows);
        }

        _rows = rows;
    }

    /// <summary>
    /// Adds <paramref name="count"/> rows whose bits the caller then writes a whole word at a time, from word
    /// <paramref name="firstWord"/> of the returned array. The column must end on a word boundary.
    /// </summary>
    internal ulong[] Extend(int count, out int firstWord)
    {
        if ((_rows & 63) != 0)
        {
            throw new InvalidOperationException("Whole words can be appended only to a column ending on a word boundary.");
        }

        var rows = checked(_rows + count);
        if (_words is null)
        {
            Materialize(rows);
        }

        EnsureWords(WordsFor(rows));
        firstWord = _rows >> 6;
        _rows = rows;
        return _words!;
    }

    internal bool this[int row] => _words is null ? _uniformValue : (_words[row >> 6] & (1UL << (row & 63))) != 0;

    internal long ValueAt(int row) => this[row] ? 1 : 0;

    internal long Count(int start, int end)
    {
        if (start >= end)
        {
            return 0;
        }

        if (_words is null)
        {
            return _uniformValue ? end - start : 0;
        }

        var first = start >> 6;
        var last = (end - 1) >> 6;
        var headMask = ulong.MaxValue << (start & 63);
        var tailMask = ulong.MaxValue >> (63 - ((end - 1) & 63));
        if (first == last)
        {
            return BitOperations.PopCount(_words[first] & headMask & tailMask);
        }

        long count = BitOperations.PopCount(_words[first] & headMask) + BitOperations.PopCount(_words[last] & tailMask);
        var middle = _words.AsSpan(first + 1, last - first - 1);
        unchecked
        {
            // At most 64 per word: a range of int rows cannot overflow a long.
            for (var i = 0; i < middle.Length; i++)
            {
                count += BitOperations.PopCount(middle[i]);
            }
        }

        return count;
    }

    private static int WordsFor(int rows) => (int)(((long)rows + 63) >> 6);

    /// <summary>Sets bits [start, end) of <paramref name="words"/>.</summary>
    private static void SetOnes(ulong[] words, int start, int end)
    {
        for (var row = start; row < end;)
        {
            var bit = row & 63;
            var take = Math.Min(64 - bit, end - row);
            words[row >> 6] |= (take == 64 ? ulong.MaxValue : (1UL << take) - 1) << bit;
            row += take;
        }
    }

    /// <summary>Allocates the words, room for <paramref name="rows"/> rows, holding the rows kept so far as their uniform value.</summary>
    private void Materialize(int rows)
    {
        var words = new ulong[Math.Max(MinimumWords, WordsFor(Math.Max(rows, _reservedRows)))];
        if (_uniformValue)
        {
            SetOnes(words, 0, _rows);
        }

        _words = words;
    }

    private void EnsureWords(int words)
    {
        if (words > _words!.Length)
        {
            Array.Resize(ref _words, ColumnGrowth.Capacity(_words.Length, words));
        }
    }
}

/// <summary>A growable column of one small code per row (a single-choice answer: 0 is missing, 255 is outside the base).</summary>
internal sealed class ByteColumn
{
    internal const byte Excluded = 255;

    // Above this many codes, comparing every block against each code costs more than counting byte by byte.
    private const int MaxVectorWidth = 48;

    // Matches are summed in one byte per lane, which holds 255 before it must be emptied.
    private const int MaxBlockVectors = 255;

    private byte[] _codes = new byte[1024];
    private int _rows;

    internal long Bytes => _codes.Length;

    internal int RowCount => _rows;

    internal ReadOnlySpan<byte> Codes => _codes.AsSpan(0, _rows);

    internal void Reserve(int rows) => EnsureCapacity(rows);

    internal void Append(byte code)
    {
        EnsureCapacity(_rows + 1);
        _codes[_rows++] = code;
    }

    /// <summary>Adds <paramref name="count"/> rows whose codes the caller then writes, from index <paramref name="first"/> of the returned array.</summary>
    internal byte[] Extend(int count, out int first)
    {
        var rows = checked(_rows + count);
        EnsureCapacity(rows);
        first = _rows;
        _rows = rows;
        return _codes;
    }

    internal byte this[int row] => _codes[row];

    internal long ValueAt(int row) => _codes[row];

    /// <summary>Adds, for each code c below <paramref name="counters"/>.Length, the number of rows in [start, end) holding c.</summary>
    internal void Histogram(int start, int end, Span<long> counters)
    {
        var codes = _codes.AsSpan(start, end - start);
        var counted = 0;
        if (counters.Length <= MaxVectorWidth)
        {
            if (Vector512.IsHardwareAccelerated)
            {
                counted = CountVector512(codes, counters);
            }
            else if (Vector256.IsHardwareAccelerated)
            {
                counted = CountVector256(codes, counters);
            }
        }

        var width = counters.Length;
        foreach (var code in codes[counted..])
        {
            if (code < width)
            {
                counters[code]++;
            }
        }
    }

    /// <summary>
    /// Counts whole 64-byte blocks: each block is compared with four codes at a time and every match adds one to
    /// that code's byte lane (a comparison yields -1 where equal), so a code costs two instructions per 64 rows.
    /// Returns the number of bytes counted.
    /// </summary>
    private static int CountVector512(ReadOnlySpan<byte> codes, Span<long> counters)
    {
        ref var origin = ref MemoryMarshal.GetReference(codes);
        var width = counters.Length;
        var vectors = codes.Length / Vector512<byte>.Count;
        for (var first = 0; first < vectors; first += MaxBlockVectors)
        {
            var last = Math.Min(vectors, first + MaxBlockVectors);
            for (var c = 0; c < width; c += 4)
            {
                // Codes past the width are compared too and their counts dropped: cheaper than a remainder loop.
                var code0 = Vector512.Create((byte)c);
                var code1 = Vector512.Create((byte)(c + 1));
                var code2 = Vector512.Create((byte)(c + 2));
                var code3 = Vector512.Create((byte)(c + 3));
                Vector512<byte> sum0 = default, sum1 = default, sum2 = default, sum3 = default;
                for (var v = first; v < last; v++)
                {
                    var block = Vector512.LoadUnsafe(ref origin, (nuint)v * (nuint)Vector512<byte>.Count);
                    sum0 -= Vector512.Equals(block, code0);
                    sum1 -= Vector512.Equals(block, code1);
                    sum2 -= Vector512.Equals(block, code2);
                    sum3 -= Vector512.Equals(block, code3);
                }

                AddLanes(counters, c, Total(sum0), Total(sum1), Total(sum2), Total(sum3));
            }
        }

        return vectors * Vector512<byte>.Count;
    }

    /// <summary>As <see cref="CountVector512"/>, 32 bytes at a time.</summary>
    private static int CountVector256(ReadOnlySpan<byte> codes, Span<long> counters)
    {
        ref var origin = ref MemoryMarshal.GetReference(codes);
        var width = counters.Length;
        var vectors = codes.Length / Vector256<byte>.Count;
        for (var first = 0; first < vectors; first += MaxBlockVectors)
        {
            var last = Math.Min(vectors, first + MaxBlockVectors);
            for (var c = 0; c < width; c += 4)
            {
                var code0 = Vector256.Create((byte)c);
                var code1 = Vector256.Create((byte)(c + 1));
                var code2 = Vector256.Create((byte)(c + 2));
                var code3 = Vector256.Create((byte)(c + 3));
                Vector256<byte> sum0 = default, sum1 = default, sum2 = default, sum3 = default;
                for (var v = first; v < last; v++)
                {
                    var block = Vector256.LoadUnsafe(ref origin, (nuint)v * (nuint)Vector256<byte>.Count);
                    sum0 -= Vector256.Equals(block, code0);
                    sum1 -= Vector256.Equals(block, code1);
                    sum2 -= Vector256.Equals(block, code2);
                    sum3 -= Vector256.Equals(block, code3);
                }

                AddLanes(counters, c, Total(sum0), Total(sum1), Total(sum2), Total(sum3));
            }
        }

        return vectors * Vector256<byte>.Count;
    }

    private static void AddLanes(Span<long> counters, int code, long count0, long count1, long count2, long count3)
    {
        counters[code] += count0;
        if (code + 1 < counters.Length)
        {
            counters[code + 1] += count1;
        }

        if (code + 2 < counters.Length)
        {
            counters[code + 2] += count2;
        }

        if (code + 3 < counters.Length)
        {
            counters[code + 3] += count3;
        }
    }

    private static long Total(Vector512<byte> laneCounts)
    {
        // Each lane is at most 255, so two lanes added as 16-bit values and then all 32 summed stay below 65,536.
        var (low, high) = Vector512.Widen(laneCounts);
        return Vector512.Sum(low + high);
    }

    private static long Total(Vector256<byte> laneCounts)
    {
        var (low, high) = Vector256.Widen(laneCounts);
        return Vector256.Sum(low + high);
    }

    private void EnsureCapacity(int rows)
    {
        if (rows > _codes.Length)
        {
            Array.Resize(ref _codes, ColumnGrowth.Capacity(_codes.Length, rows));
        }
    }
}

/// <summary>
/// A growable column of one integer per row (a numeric answer), with sentinels for missing and excluded. Values
/// are held in 16 bits while they fit, as answers such as ages, weeks and counts do; the first value that does
/// not widens the column to 32 bits.
/// </summary>
internal sealed class IntColumn
{
    internal const int Missing = int.MinValue;
    internal const int Excluded = int.MinValue + 1;

    // In 16 bits, the codes 0 to 3 stand for the four lowest ints, which are the sentinels (0 for int.MinValue,
    // i.e. Missing), and a value v up to 65,531 is code v + 4: a code indexes a histogram with no test.
    private const int NarrowSentinels = 4;
    private const int NarrowLimit = ushort.MaxValue - NarrowSentinels;
    private const ushort NarrowMissing = 0;

    // Values up to this are counted by comparing 32 rows at a time with each value.
    private const int CompareLimit = 31;

    // Values up to this are counted into small private histograms, which keep repeated values from waiting on each other.
    private const int LocalLimit = 4095;
    private const int LocalCopies = 4;

    [ThreadStatic]
    private static uint[]? t_local;

    private ushort[]? _narrow = new ushort[256];
    private int[]? _wide;
    private int _rows;

    // The largest value stored (an upper bound once rows are copied in): it sizes the counting.
    private int _maximum;

    internal long Bytes => _narrow is not null ? (long)_narrow.Length * sizeof(ushort) : (long)_wide!.Length * sizeof(int);

    internal int RowCount => _rows;

    internal void Reserve(int rows)
    {
        if (_narrow is not null)
        {
            EnsureCapacity(ref _narrow, rows);
        }
        else
        {
            EnsureCapacity(ref _wide!, rows);
        }
    }

    internal void Append(int value)
    {
        _maximum = Math.Max(_maximum, value);
        if (_narrow is not null && TryNarrow(value, out var code))
        {
            EnsureCapacity(ref _narrow, _rows + 1);
            _narrow[_rows++] = code;
            return;
        }

        Widen();
        EnsureCapacity(ref _wide!, _rows + 1);
        _wide[_rows++] = value;
    }

    /// <summary>Appends, for each element of <paramref name="rows"/>, the value <paramref name="source"/> holds at that row.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A row is not a row of <paramref name="source"/>.</exception>
    internal void AppendGathered(IntColumn source, ReadOnlySpan<int> rows)
    {
        foreach (var row in rows)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(row, nameof(rows));
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, source._rows, nameof(rows));
        }

        WriteCopies(source, rows, ExtendForCopies(source, rows.Length));
    }

    /// <summary>
    /// Adds <paramref name="count"/> rows for copies of rows of <paramref name="source"/>, held in 32 bits if the
    /// source's are; returns the first new row, from which <see cref="WriteCopies"/> then writes.
    /// </summary>
    internal int ExtendForCopies(IntColumn source, int count)
    {
        var first = _rows;
        var total = checked(_rows + count);
        _maximum = Math.Max(_maximum, source._maximum);
        if (_narrow is not null && source._narrow is not null)
        {
            EnsureCapacity(ref _narrow, total);
        }
        else
        {
            Widen();
            EnsureCapacity(ref _wide!, total);
        }

        _rows = total;
        return first;
    }

    /// <summary>Writes, from row <paramref name="targetRow"/> on, the values <paramref name="source"/> holds at <paramref name="rows"/> (rows added by <see cref="ExtendForCopies"/>, rows checked by the caller).</summary>
    internal void WriteCopies(IntColumn source, ReadOnlySpan<int> rows, int targetRow)
    {
        if (_narrow is not null)
        {
            FrameCopier.Gather(source._narrow.AsSpan(0, source._rows), rows, _narrow.AsSpan(targetRow, rows.Length));
        }
        else
        {
            var target = _wide.AsSpan(targetRow, rows.Length);
            for (var i = 0; i < target.Length; i++)
            {
                target[i] = source[rows[i]];
            }
        }
    }

    internal int this[int row] => _narrow is not null ? FromNarrow(_narrow[row]) : _wide![row];

    internal long ValueAt(int row) => this[row];

    /// <summary>
    /// Adds one to <paramref name="histogram"/>[v] for each value v from 0 up in rows [start, end) and returns how
    /// many rows are <see cref="Missing"/>; other negative sentinels count nowhere.
    /// </summary>
    internal long Histogram(int start, int end, Span<long> histogram)
    {
        if (_narrow is null)
        {
            return WideHistogram(_wide.AsSpan(start, end - start), histogram);
        }

        var codes = _narrow.AsSpan(start, end - start);
        if (_maximum <= CompareLimit && Vector512.IsHardwareAccelerated)
        {
            return CompareHistogram(codes, histogram, _maximum);
        }

        return _maximum <= LocalLimit ? LocalHistogram(codes, histogram, _maximum) : NarrowHistogram(codes, histogram);
    }

    /// <summary>Few distinct values: each block of 32 rows is compared with every value's code, counting in 16-bit lanes.</summary>
    private static long CompareHistogram(ReadOnlySpan<ushort> codes, Span<long> histogram, int maximum)
    {
        ref var origin = ref MemoryMarshal.GetReference(codes);
        var vectors = codes.Length / Vector512<ushort>.Count;
        long missing = 0;

        // A lane counts at most 65,535 before it must be emptied.
        const int MaxBlockVectors = ushort.MaxValue;
        for (var first = 0; first < vectors; first += MaxBlockVectors)
        {
            var last = Math.Min(vectors, first + MaxBlockVectors);

            // The missing code is counted alongside the values, as one more "value" after the largest.
            for (var v = 0; v <= maximum + 1; v += 2)
            {
                var value0 = Vector512.Create(v > maximum ? NarrowMissing : (ushort)(v + NarrowSentinels));
                var value1 = Vector512.Create(v + 1 > maximum ? NarrowMissing : (ushort)(v + 1 + NarrowSentinels));
                Vector512<ushort> sum0 = default, sum1 = default;
                for (var i = first; i < last; i++)
                {
                    var block = Vector512.LoadUnsafe(ref origin, (nuint)i * (nuint)Vector512<ushort>.Count);
                    sum0 -= Vector512.Equals(block, value0);
                    sum1 -= Vector512.Equals(block, value1);
                }

                var (low0, high0) = Vector512.Widen(sum0);
                var (low1, high1) = Vector512.Widen(sum1);
                var count0 = (long)Vector512.Sum(low0 + high0);
                var count1 = (long)Vector512.Sum(low1 + high1);
                if (v <= maximum)
                {
                    histogram[v] += count0;
                }
                else
                {
                    missing += count0;
                }

                if (v + 1 <= maximum)
                {
                    histogram[v + 1] += count1;
                }
                else if (v + 1 == maximum + 1)
                {
                    missing += count1;
                }
            }
        }

        var rest = codes[(vectors * Vector512<ushort>.Count)..];
        return missing + (rest.IsEmpty ? 0 : NarrowHistogram(rest, histogram));
    }

    /// <summary>
    /// Values up to <see cref="LocalLimit"/>: each code adds one to four private histograms in turn (codes index
    /// them directly, sentinels included), then they are added up, so that a run of equal values does not make
    /// each increment wait for the previous one.
    /// </summary>
    private static long LocalHistogram(ReadOnlySpan<ushort> codes, Span<long> histogram, int maximum)
    {
        var stride = maximum + NarrowSentinels + 1;
        var local = t_local ??= new uint[LocalCopies * (LocalLimit + NarrowSentinels + 1)];
        var counts = local.AsSpan(0, LocalCopies * stride);
        counts.Clear();
        var counts1 = counts[stride..];
        var counts2 = counts[(2 * stride)..];
        var counts3 = counts[(3 * stride)..];
        var i = 0;
        unchecked
        {
            // A private count holds at most the rows of one chunk.
            for (; i <= codes.Length - LocalCopies; i += LocalCopies)
            {
                counts[codes[i]]++;
                counts1[codes[i + 1]]++;
                counts2[codes[i + 2]]++;
                counts3[codes[i + 3]]++;
            }

            for (; i < codes.Length; i++)
            {
                counts[codes[i]]++;
            }

            for (var v = 0; v <= maximum; v++)
            {
                var code = v + NarrowSentinels;
                histogram[v] += (long)counts[code] + counts1[code] + counts2[code] + counts3[code];
            }

            return (long)counts[NarrowMissing] + counts1[NarrowMissing] + counts2[NarrowMissing] + counts3[NarrowMissing];
        }
    }

    private static long NarrowHistogram(ReadOnlySpan<ushort> codes, Span<long> histogram)
    {
        long missing = 0;
        unchecked
        {
            // Counts of int rows cannot overflow a long.
            foreach (var code in codes)
            {
                if (code >= NarrowSentinels)
                {
                    histogram[code - NarrowSentinels]++;
                }
                else if (code == NarrowMissing)
                {
                    missing++;
                }
            }
        }

        return missing;
    }

    private static long WideHistogram(ReadOnlySpan<int> values, Span<long> histogram)
    {
        long missing = 0;
        unchecked
        {
            foreach (var value in values)
            {
                if (value >= 0)
                {
                    histogram[value]++;
                }
                else if (value == Missing)
                {
                    missing++;
                }
            }
        }

        return missing;
    }

    private static bool TryNarrow(int value, out ushort code)
    {
        if (value is >= 0 and <= NarrowLimit)
        {
            code = (ushort)(value + NarrowSentinels);
            return true;
        }

        if (value is >= int.MinValue and < int.MinValue + NarrowSentinels)
        {
            code = (ushort)(value - int.MinValue);
            return true;
        }

        code = 0;
        return false;
    }

    private static int FromNarrow(ushort code) => code >= NarrowSentinels ? code - NarrowSentinels : int.MinValue + code;

    private static void EnsureCapacity<TValue>(ref TValue[] values, int rows)
    {
        if (rows > values.Length)
        {
            Array.Resize(ref values, ColumnGrowth.Capacity(values.Length, rows));
        }
    }

    private void Widen()
    {
        if (_narrow is null)
        {
            return;
        }

        var wide = new int[Math.Max(_narrow.Length, 256)];
        for (var i = 0; i < _rows; i++)
        {
            wide[i] = FromNarrow(_narrow[i]);
        }

        _wide = wide;
        _narrow = null;
    }
}

/// <summary>
/// Sparse per-row contributions for questions asked of several things per record (children, police reports):
/// most rows have none, so only (row, counter) pairs are kept, in row order. A pair adds one to its counter;
/// the rare pair that adds another amount (a sum of values) is flagged and followed by two pairs of the same
/// row holding the amount's low and high 32 bits, so amounts cost nothing where there are none.
/// </summary>
internal sealed class SparseCounts
{
    private const int AmountFlag = int.MinValue;
    private int[] _rows = new int[16];
    private int[] _counters = new int[16];
    private int _count;
    private int _rowCount;

    internal long Bytes => ((long)_rows.Length + _counters.Length) * sizeof(int);

    internal int RowCount => _rowCount;

    /// <summary>Starts the next row; returns its index.</summary>
    internal int NextRow() => _rowCount++;

    internal void Add(int row, int counter, long amount = 1)
    {
        if (amount == 1)
        {
            AddRaw(row, counter);
            return;
        }

        AddRaw(row, counter | AmountFlag);
        AddRaw(row, unchecked((int)amount));
        AddRaw(row, unchecked((int)(amount >> 32)));
    }

    internal void CopyRow(SparseCounts source, int sourceRow, int targetRow)
    {
        var index = source.FirstIndexAtOrAfter(sourceRow);
        for (; index < source._count && source._rows[index] == sourceRow; index++)
        {
            AddRaw(targetRow, source._counters[index]);
        }
    }

    /// <summary>Returns how many pairs the rows <paramref name="rows"/> of a source hold, given its <see cref="RowStarts"/>.</summary>
    internal static long EntriesOf(int[] starts, ReadOnlySpan<int> rows)
    {
        long entries = 0;
        foreach (var row in rows)
        {
            entries += starts[row + 1] - starts[row];
        }

        return entries;
    }

    /// <summary>
    /// Adds <paramref name="rows"/> rows holding <paramref name="entries"/> pairs in all; returns the first new
    /// pair's index, from which <see cref="WriteCopies"/> then writes. When the frame expects
    /// <paramref name="expectedRows"/> rows in all, room is made for as many pairs per row as these rows hold.
    /// </summary>
    internal int ExtendForCopies(long entries, int rows, int expectedRows)
    {
        var first = _count;
        var count = checked((int)(_count + entries));
        var rowCount = checked(_rowCount + rows);
        if (count > _rows.Length && expectedRows > rowCount && rowCount > 0)
        {
            // Written in several calls towards a known size: grow once to the size the density so far predicts
            // (with a margin for sampling), rather than doubling and keeping up to half the arrays empty.
            var predicted = Math.Min(Array.MaxLength, (long)Math.Ceiling(count * 1.02 * expectedRows / rowCount));
            Resize((int)Math.Max(count, predicted));
        }

        EnsureCapacity(count);
        _count = count;
        _rowCount = rowCount;
        return first;
    }

    /// <summary>Writes, from pair <paramref name="entry"/> on, the pairs of <paramref name="source"/>'s rows <paramref name="rows"/> as rows numbered from <paramref name="targetRow"/>.</summary>
    internal void WriteCopies(SparseCounts source, int[] starts, ReadOnlySpan<int> rows, int targetRow, int entry)
    {
        foreach (var row in rows)
        {
            for (var index = starts[row]; index < starts[row + 1]; index++)
            {
                _rows[entry] = targetRow;
                _counters[entry++] = source._counters[index];
            }

            targetRow++;
        }
    }

    internal IEnumerable<(int Row, int Counter, long Amount)> Entries()
    {
        for (var i = 0; i < _count; i++)
        {
            var counter = _counters[i];
            if (counter >= 0)
            {
                yield return (_rows[i], counter, 1);
            }
            else
            {
                yield return (_rows[i], counter & ~AmountFlag, AmountAt(i));
                i += 2;
            }
        }
    }

    internal void Accumulate(int start, int end, Span<long> counters)
    {
        var first = FirstIndexAtOrAfter(start);
        var last = end >= _rowCount ? _count : FirstIndexAtOrAfter(end);
        var pairs = _counters.AsSpan(first, last - first);
        unchecked
        {
            // A chunk of int rows cannot overflow a long.
            for (var i = 0; i < pairs.Length; i++)
            {
                var counter = pairs[i];
                if (counter >= 0)
                {
                    counters[counter]++;
                }
                else
                {
                    counters[counter & ~AmountFlag] += AmountAt(first + i);
                    i += 2;
                }
            }
        }
    }

    /// <summary>Returns, for each row r, the index of its first pair at [r] and the end of its pairs at [r + 1].</summary>
    internal int[] RowStarts()
    {
        var starts = new int[_rowCount + 1];
        for (var i = 0; i < _count; i++)
        {
            starts[_rows[i] + 1]++;
        }

        for (var row = 0; row < _rowCount; row++)
        {
            starts[row + 1] += starts[row];
        }

        return starts;
    }

    /// <summary>The amount of the flagged pair at <paramref name="index"/>, from the two pairs after it.</summary>
    private long AmountAt(int index) => unchecked((long)(((ulong)(uint)_counters[index + 2] << 32) | (uint)_counters[index + 1]));

    private void AddRaw(int row, int counter)
    {
        EnsureCapacity(_count + 1);
        _rows[_count] = row;
        _counters[_count++] = counter;
    }

    private void EnsureCapacity(int entries)
    {
        if (entries > _rows.Length)
        {
            Resize(ColumnGrowth.Capacity(_rows.Length, entries));
        }
    }

    private void Resize(int capacity)
    {
        Array.Resize(ref _rows, capacity);
        Array.Resize(ref _counters, capacity);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int FirstIndexAtOrAfter(int row)
    {
        var index = _rows.AsSpan(0, _count).BinarySearch(row);
        if (index < 0)
        {
            return ~index;
        }

        while (index > 0 && _rows[index - 1] == row)
        {
            index--;
        }

        return index;
    }
}
