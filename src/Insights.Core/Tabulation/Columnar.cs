using System.Numerics;
using Insights.Core.Frames;
using Insights.Core.Model;

namespace Insights.Core.Tabulation;

// The columnar forms of the tabulators: how each stores its answers in a frame and counts a range of rows.
// Each must add exactly what its object-path Accumulate adds; the frame tests compare the two on random data.

public sealed partial class SingleChoiceTabulator<T, TAnswer>
{
    internal override IColumnarTable<T> CreateColumnar() => _answer is null ? base.CreateColumnar() : new CodeColumnar<T, TAnswer>([_answer]);
}

public sealed partial class GridTabulator<T, TAnswer>
{
    internal override IColumnarTable<T> CreateColumnar() => new CodeColumnar<T, TAnswer>([.. _items.Select(item => item.Answer)]);
}

/// <summary>Single-choice answers as one byte code per item and row: 0 missing, i + 1 answer i, 255 outside the base.</summary>
internal sealed class CodeColumnar<T, TAnswer> : IColumnarTable<T> where TAnswer : struct, Enum
{
    private readonly Func<T, TAnswer?>[] _answers;
    private readonly ByteColumn[] _columns;
    private readonly int _width = ChoiceCounts.Width<TAnswer>();

    internal CodeColumnar(Func<T, TAnswer?>[] answers)
    {
        _answers = answers;
        _columns = [.. answers.Select(_ => new ByteColumn())];
    }

    public long Bytes => _columns.Sum(c => c.Bytes);

    public void Append(T item, bool included)
    {
        for (var i = 0; i < _columns.Length; i++)
        {
            _columns[i].Append(included ? Code(_answers[i], item) : ByteColumn.Excluded);
        }
    }

    private static byte Code(Func<T, TAnswer?> answer, T item) => answer(item) is { } value ? (byte)(AnswerSet<TAnswer>.Index(value) + 1) : (byte)0;

    public void AppendCopy(IColumnarTable<T> source, int row)
    {
        var other = (CodeColumnar<T, TAnswer>)source;
        for (var i = 0; i < _columns.Length; i++)
        {
            _columns[i].Append(other._columns[i][row]);
        }
    }

    public void Accumulate(int start, int end, Span<long> counters)
    {
        for (var i = 0; i < _columns.Length; i++)
        {
            _columns[i].Histogram(start, end, counters.Slice(i * _width, _width));
        }
    }

    public IEnumerable<FrameColumn> Columns => _columns.Select((c, i) => new FrameColumn($"code{i}", FrameColumnKind.Code, c.ValueAt, i * _width, _width));

    public IEnumerable<(int Row, int Counter, long Amount)> SparseEntries => [];

    public void CollectStorage(FrameStorage storage) => storage.Codes.AddRange(_columns);
}

public sealed partial class MultiSelectTabulator<T, TAnswer>
{
    internal override IColumnarTable<T> CreateColumnar() => _answer is null ? base.CreateColumnar() : new MultiSelectColumnar(this);

    /// <summary>One bit column per counter that a set can touch (n, missing, answers, nets) and a byte column of set sizes.</summary>
    private sealed class MultiSelectColumnar : IColumnarTable<T>
    {
        private readonly MultiSelectTabulator<T, TAnswer> _definition;
        private readonly BitColumn[] _bits;
        private readonly ByteColumn? _sizes;

        internal MultiSelectColumnar(MultiSelectTabulator<T, TAnswer> definition)
        {
            _definition = definition;
            _bits = [.. Enumerable.Range(0, 2 + definition.AnswerCount + definition._nets.Length).Select(_ => new BitColumn())];
            _sizes = definition.Statistics.Count > 0 ? new ByteColumn() : null;
        }

        public long Bytes => _bits.Sum(b => b.Bytes) + (_sizes?.Bytes ?? 0);

        public void Append(T item, bool included)
        {
            var answer = included ? _definition._answer!(item) : null;
            var bits = answer?.Bits ?? 0;
            _bits[0].Append(included);
            _bits[1].Append(included && answer is null);
            for (var i = 0; i < _definition.AnswerCount; i++)
            {
                _bits[2 + i].Append((bits & (1UL << i)) != 0);
            }

            for (var i = 0; i < _definition._nets.Length; i++)
            {
                _bits[2 + _definition.AnswerCount + i].Append((bits & _definition._nets[i]) != 0);
            }

            _sizes?.Append(included && answer is not null ? (byte)BitOperations.PopCount(bits & _definition.SizeMask) : ByteColumn.Excluded);
        }

        public void AppendCopy(IColumnarTable<T> source, int row)
        {
            var other = (MultiSelectColumnar)source;
            for (var i = 0; i < _bits.Length; i++)
            {
                _bits[i].Append(other._bits[i][row]);
            }

            _sizes?.Append(other._sizes![row]);
        }

        public void Accumulate(int start, int end, Span<long> counters)
        {
            for (var i = 0; i < _bits.Length; i++)
            {
                counters[i] += _bits[i].Count(start, end);
            }

            _sizes?.Histogram(start, end, counters.Slice(_bits.Length, SizeBuckets));
        }

        public IEnumerable<FrameColumn> Columns =>
        [
            .. _bits.Select((b, i) => new FrameColumn($"bit{i}", FrameColumnKind.Bit, b.ValueAt, i)),
            .. _sizes is null ? [] : new[] { new FrameColumn("size", FrameColumnKind.Code, _sizes.ValueAt, _bits.Length, SizeBuckets) },
        ];

        public IEnumerable<(int Row, int Counter, long Amount)> SparseEntries => [];

        public void CollectStorage(FrameStorage storage)
        {
            storage.Bits.AddRange(_bits);
            if (_sizes is not null)
            {
                storage.Codes.Add(_sizes);
            }
        }
    }
}

public sealed partial class NumericTabulator<T>
{
    internal override IColumnarTable<T> CreateColumnar() => _value is null ? new NumericValuesColumnar(this) : new NumericColumnar(this);

    /// <summary>
    /// Records the counters one value adds to, as <see cref="CountOne"/> counts them, as sparse entries of row
    /// <paramref name="row"/>: the few counters a value touches, never a scan of the whole table.
    /// </summary>
    private void AddOne(long? value, SparseCounts entries, int row)
    {
        if (value is not { } v)
        {
            entries.Add(row, 0);
        }
        else if (v < 0)
        {
            entries.Add(row, 1);
        }
        else if (v > Maximum)
        {
            entries.Add(row, 2);
            for (var b = 0; b < _bands.Length; b++)
            {
                if (_bands[b].Contains(v))
                {
                    entries.Add(row, BandOverflowStart + b);
                }
            }

            for (var s = 0; s < _statistics.Length; s++)
            {
                if (v >= _statistics[s].Minimum)
                {
                    entries.Add(row, StatisticOverflowStart + (2 * s));
                    entries.Add(row, StatisticOverflowStart + (2 * s) + 1, v);
                }
            }
        }
        else
        {
            entries.Add(row, Header + (int)v);
        }
    }

    /// <summary>The value as an integer per row; the rare values outside the int range keep their counters sparsely.</summary>
    private sealed class NumericColumnar(NumericTabulator<T> definition) : IColumnarTable<T>
    {
        private const int Unusual = int.MinValue + 2;
        private readonly IntColumn _values = new();
        private readonly SparseCounts _unusual = new();

        public long Bytes => _values.Bytes + _unusual.Bytes;

        public void Append(T item, bool included)
        {
            var row = _unusual.NextRow();
            if (!included)
            {
                _values.Append(IntColumn.Excluded);
                return;
            }

            var value = definition._value!(item);
            if (value is not { } v)
            {
                _values.Append(IntColumn.Missing);
            }
            else if (v is >= 0 and <= int.MaxValue && v <= definition.Maximum)
            {
                _values.Append((int)v);
            }
            else
            {
                _values.Append(Unusual);
                definition.AddOne(v, _unusual, row);
            }
        }

        public void AppendCopy(IColumnarTable<T> source, int row)
        {
            var other = (NumericColumnar)source;
            _values.Append(other._values[row]);
            _unusual.CopyRow(other._unusual, row, _unusual.NextRow());
        }

        public void Accumulate(int start, int end, Span<long> counters)
        {
            counters[0] += _values.Histogram(start, end, counters[Header..]);
            _unusual.Accumulate(start, end, counters);
        }

        public IEnumerable<FrameColumn> Columns => [new FrameColumn("value", FrameColumnKind.Integer, _values.ValueAt, Header, MissingCounter: 0)];

        public IEnumerable<(int Row, int Counter, long Amount)> SparseEntries => _unusual.Entries();

        public void CollectStorage(FrameStorage storage)
        {
            storage.Integers.Add(_values);
            storage.Sparse.Add(_unusual);
        }
    }

    /// <summary>Several values per record (one per child, per report): each value's counters as sparse entries.</summary>
    private sealed class NumericValuesColumnar(NumericTabulator<T> definition) : IColumnarTable<T>
    {
        private readonly SparseCounts _entries = new();

        public long Bytes => _entries.Bytes;

        public void Append(T item, bool included)
        {
            var row = _entries.NextRow();
            if (!included)
            {
                return;
            }

            foreach (var value in definition._values!(item))
            {
                definition.AddOne(value, _entries, row);
            }
        }

        public void AppendCopy(IColumnarTable<T> source, int row) => _entries.CopyRow(((NumericValuesColumnar)source)._entries, row, _entries.NextRow());

        public void Accumulate(int start, int end, Span<long> counters) => _entries.Accumulate(start, end, counters);

        public IEnumerable<FrameColumn> Columns => [];

        public IEnumerable<(int Row, int Counter, long Amount)> SparseEntries => _entries.Entries();

        public void CollectStorage(FrameStorage storage) => storage.Sparse.Add(_entries);
    }
}

public sealed partial class CountsTabulator<T>
{
    internal override IColumnarTable<T> CreateColumnar() => new CountsColumnar(this);

    /// <summary>
    /// Which stored bit holds each counter: the column bases, then each cell's base and count. Counters that must
    /// always be equal share one bit (a cell without its own base has its column's base; equal rules over equal
    /// bases give equal counts), and a blank cell's counters, never counted, have none (-1).
    /// </summary>
    private int[] StoredBits(out int storedCount)
    {
        var bitOf = new Dictionary<(int Parent, Delegate Rule), int>();
        var result = new int[CounterCount];
        int Bit(int parent, Delegate rule)
        {
            if (!bitOf.TryGetValue((parent, rule), out var bit))
            {
                bit = bitOf.Count;
                bitOf.Add((parent, rule), bit);
            }

            return bit;
        }

        for (var c = 0; c < _columns.Length; c++)
        {
            result[c] = Bit(-1, _columns[c].Base);
        }

        var offset = _columns.Length;
        foreach (var row in _rows)
        {
            for (var c = 0; c < _columns.Length; c++, offset += 2)
            {
                if (row.Cells[c] is not { } rule)
                {
                    result[offset] = result[offset + 1] = -1;
                    continue;
                }

                result[offset] = rule.InBase is null ? result[c] : Bit(result[c], rule.InBase);
                result[offset + 1] = Bit(result[offset], rule.Counted);
            }
        }

        storedCount = bitOf.Count;
        return result;
    }

    /// <summary>One bit column per distinct counter (see <see cref="StoredBits"/>).</summary>
    private sealed class CountsColumnar : IColumnarTable<T>
    {
        private readonly CountsTabulator<T> _definition;
        private readonly int[] _bitOf;
        private readonly int[] _counterOf;
        private readonly BitColumn[] _bits;
        private readonly long[] _scratch;

        internal CountsColumnar(CountsTabulator<T> definition)
        {
            _definition = definition;
            _bitOf = definition.StoredBits(out var stored);
            _bits = [.. Enumerable.Range(0, stored).Select(_ => new BitColumn())];
            _counterOf = new int[stored];
            for (var counter = _bitOf.Length - 1; counter >= 0; counter--)
            {
                if (_bitOf[counter] >= 0)
                {
                    _counterOf[_bitOf[counter]] = counter;
                }
            }

            _scratch = new long[definition.CounterCount];
        }

        public long Bytes => _bits.Sum(b => b.Bytes);

        public void Append(T item, bool included)
        {
            Array.Clear(_scratch);
            if (included)
            {
                _definition.Accumulate(item, _scratch);
            }

            for (var i = 0; i < _bits.Length; i++)
            {
                _bits[i].Append(_scratch[_counterOf[i]] != 0);
            }
        }

        public void AppendCopy(IColumnarTable<T> source, int row)
        {
            var other = (CountsColumnar)source;
            for (var i = 0; i < _bits.Length; i++)
            {
                _bits[i].Append(other._bits[i][row]);
            }
        }

        public void Accumulate(int start, int end, Span<long> counters)
        {
            Span<long> counts = _bits.Length <= 256 ? stackalloc long[_bits.Length] : new long[_bits.Length];
            for (var i = 0; i < _bits.Length; i++)
            {
                counts[i] = _bits[i].Count(start, end);
            }

            for (var counter = 0; counter < _bitOf.Length; counter++)
            {
                if (_bitOf[counter] >= 0)
                {
                    counters[counter] += counts[_bitOf[counter]];
                }
            }
        }

        public IEnumerable<FrameColumn> Columns =>
            _bitOf.Select((bit, counter) => (Bit: bit, Counter: counter))
                .Where(c => c.Bit >= 0)
                .Select(c => new FrameColumn($"bit{c.Counter}", FrameColumnKind.Bit, _bits[c.Bit].ValueAt, c.Counter));

        public IEnumerable<(int Row, int Counter, long Amount)> SparseEntries => [];

        public void CollectStorage(FrameStorage storage) => storage.Bits.AddRange(_bits);
    }
}
