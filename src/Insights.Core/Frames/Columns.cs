using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Insights.Core.Frames;

/// <summary>
/// One table's share of a frame: the answers its definition reads, stored by column. Rows are appended once;
/// counting a range of rows adds exactly what the object path's Accumulate would add for those rows.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
internal interface IColumnarTable<T>
{
    /// <summary>Stores the answers of the next row; an excluded row counts nowhere (it is outside the table's base).</summary>
    void Append(T item, bool included);

    /// <summary>Appends a copy of row <paramref name="row"/> of <paramref name="source"/>, a columnar table of the same definition.</summary>
    void AppendCopy(IColumnarTable<T> source, int row);

    /// <summary>Adds the counts of rows [start, end) into <paramref name="counters"/>.</summary>
    void Accumulate(int start, int end, Span<long> counters);

    /// <summary>Gets the bytes held by the columns.</summary>
    long Bytes { get; }

    /// <summary>Describes the columns, so another engine (a database) can count the same answers into the same counters.</summary>
    IEnumerable<FrameColumn> Columns { get; }

    /// <summary>Gets the sparse (row, counter) contributions that are not in any column.</summary>
    IEnumerable<(int Row, int Counter)> SparseEntries { get; }
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

/// <summary>A growable column of one bit per row; counting a range is a population count, 64 rows per instruction.</summary>
internal sealed class BitColumn
{
    private ulong[] _words = new ulong[16];
    private int _rows;

    internal long Bytes => (long)_words.Length * sizeof(ulong);

    internal void Append(bool value)
    {
        var word = _rows >> 6;
        if (word == _words.Length)
        {
            Array.Resize(ref _words, checked(_words.Length * 2));
        }

        if (value)
        {
            _words[word] |= 1UL << (_rows & 63);
        }

        _rows++;
    }

    internal bool this[int row] => (_words[row >> 6] & (1UL << (row & 63))) != 0;

    internal long ValueAt(int row) => this[row] ? 1 : 0;

    internal long Count(int start, int end)
    {
        if (start >= end)
        {
            return 0;
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
        for (var i = 0; i < middle.Length; i++)
        {
            count += BitOperations.PopCount(middle[i]);
        }

        return count;
    }
}

/// <summary>A growable column of one small code per row (a single-choice answer: 0 is missing, 255 is outside the base).</summary>
internal sealed class ByteColumn
{
    internal const byte Excluded = 255;
    private byte[] _codes = new byte[1024];
    private int _rows;

    internal long Bytes => _codes.Length;

    internal void Append(byte code)
    {
        if (_rows == _codes.Length)
        {
            Array.Resize(ref _codes, checked(_codes.Length * 2));
        }

        _codes[_rows++] = code;
    }

    internal byte this[int row] => _codes[row];

    internal long ValueAt(int row) => _codes[row];

    /// <summary>Adds, for each code c below <paramref name="counters"/>.Length, the number of rows in [start, end) holding c.</summary>
    internal void Histogram(int start, int end, Span<long> counters)
    {
        var codes = _codes.AsSpan(start, end - start);
        var width = counters.Length;
        var i = 0;
        if (Vector256.IsHardwareAccelerated && width <= 32 && codes.Length >= Vector256<byte>.Count)
        {
            // Compare a block against every code and count the matches: cheap when codes are few, as answers are.
            Span<long> local = stackalloc long[width];
            ref var origin = ref MemoryMarshal.GetReference(codes);
            for (; i <= codes.Length - Vector256<byte>.Count; i += Vector256<byte>.Count)
            {
                var block = Vector256.LoadUnsafe(ref origin, (nuint)i);
                for (var c = 0; c < width; c++)
                {
                    var matches = Vector256.Equals(block, Vector256.Create((byte)c)).ExtractMostSignificantBits();
                    local[c] += BitOperations.PopCount(matches);
                }
            }

            for (var c = 0; c < width; c++)
            {
                counters[c] += local[c];
            }
        }

        for (; i < codes.Length; i++)
        {
            var code = codes[i];
            if (code < width)
            {
                counters[code]++;
            }
        }
    }
}

/// <summary>A growable column of one 64-bit value per row (a multi-select answer's bit set).</summary>
internal sealed class WordColumn
{
    private ulong[] _values = new ulong[256];
    private int _rows;

    internal long Bytes => (long)_values.Length * sizeof(ulong);

    internal void Append(ulong value)
    {
        if (_rows == _values.Length)
        {
            Array.Resize(ref _values, checked(_values.Length * 2));
        }

        _values[_rows++] = value;
    }

    internal ulong this[int row] => _values[row];
}

/// <summary>A growable column of one 32-bit integer per row (a numeric answer), with sentinels for missing and excluded.</summary>
internal sealed class IntColumn
{
    internal const int Missing = int.MinValue;
    internal const int Excluded = int.MinValue + 1;
    private int[] _values = new int[256];
    private int _rows;

    internal long Bytes => (long)_values.Length * sizeof(int);

    internal void Append(int value)
    {
        if (_rows == _values.Length)
        {
            Array.Resize(ref _values, checked(_values.Length * 2));
        }

        _values[_rows++] = value;
    }

    internal int this[int row] => _values[row];

    internal long ValueAt(int row) => _values[row];

    internal ReadOnlySpan<int> Slice(int start, int end) => _values.AsSpan(start, end - start);
}

/// <summary>
/// Sparse per-row contributions for questions asked of several things per record (children, police reports):
/// most rows have none, so only (row, counter) pairs are kept, in row order.
/// </summary>
internal sealed class SparseCounts
{
    private int[] _rows = new int[16];
    private int[] _counters = new int[16];
    private int _count;
    private int _rowCount;

    internal long Bytes => ((long)_rows.Length + _counters.Length) * sizeof(int);

    /// <summary>Starts the next row; returns its index.</summary>
    internal int NextRow() => _rowCount++;

    internal void Add(int row, int counter)
    {
        if (_count == _rows.Length)
        {
            Array.Resize(ref _rows, checked(_rows.Length * 2));
            Array.Resize(ref _counters, checked(_counters.Length * 2));
        }

        _rows[_count] = row;
        _counters[_count++] = counter;
    }

    internal void CopyRow(SparseCounts source, int sourceRow, int targetRow)
    {
        var index = source.FirstIndexAtOrAfter(sourceRow);
        for (; index < source._count && source._rows[index] == sourceRow; index++)
        {
            Add(targetRow, source._counters[index]);
        }
    }

    internal IEnumerable<(int Row, int Counter)> Entries()
    {
        for (var i = 0; i < _count; i++)
        {
            yield return (_rows[i], _counters[i]);
        }
    }

    internal void Accumulate(int start, int end, Span<long> counters)
    {
        for (var index = FirstIndexAtOrAfter(start); index < _count && _rows[index] < end; index++)
        {
            counters[_counters[index]]++;
        }
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
