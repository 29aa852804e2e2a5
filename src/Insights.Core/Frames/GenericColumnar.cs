using Insights.Core.Tabulation;

namespace Insights.Core.Frames;

/// <summary>
/// The columnar form of any definition, for definitions whose rows touch few counters (questions asked of
/// several things per record): each row's contribution is recorded as the counters it increments.
/// </summary>
internal sealed class SparseColumnar<T>(Tabulator<T> definition) : IColumnarTable<T>
{
    private readonly SparseCounts _counts = new();
    private readonly long[] _scratch = new long[definition.CounterCount];

    public long Bytes => _counts.Bytes;

    public void Append(T item, bool included)
    {
        var row = _counts.NextRow();
        if (!included)
        {
            return;
        }

        definition.Accumulate(item, _scratch);

        // Take the counters the record touched and leave the scratch cleared for the next: a wide definition
        // is scanned a vector at a time rather than cleared and read counter by counter.
        var scratch = _scratch.AsSpan();
        var vectors = System.Runtime.InteropServices.MemoryMarshal.Cast<long, System.Numerics.Vector<long>>(scratch);
        for (var v = 0; v < vectors.Length; v++)
        {
            if (vectors[v] != System.Numerics.Vector<long>.Zero)
            {
                Take(row, v * System.Numerics.Vector<long>.Count, System.Numerics.Vector<long>.Count);
            }
        }

        var tail = vectors.Length * System.Numerics.Vector<long>.Count;
        Take(row, tail, scratch.Length - tail);
    }

    private void Take(int row, int start, int length)
    {
        for (var counter = start; counter < start + length; counter++)
        {
            if (_scratch[counter] != 0)
            {
                _counts.Add(row, counter, _scratch[counter]);
                _scratch[counter] = 0;
            }
        }
    }

    public void AppendCopy(IColumnarTable<T> source, int row) => _counts.CopyRow(((SparseColumnar<T>)source)._counts, row, _counts.NextRow());

    public void Accumulate(int start, int end, Span<long> counters) => _counts.Accumulate(start, end, counters);

    public IEnumerable<FrameColumn> Columns => [];

    public IEnumerable<(int Row, int Counter, long Amount)> SparseEntries => _counts.Entries();

    public void CollectStorage(FrameStorage storage) => storage.Sparse.Add(_counts);
}

/// <summary>The columnar form of a filtered definition: rows outside the filter are appended as excluded.</summary>
internal sealed class FilteredColumnar<T>(IColumnarTable<T> inner, Func<T, bool> predicate) : IColumnarTable<T>
{
    public long Bytes => inner.Bytes;

    public void Append(T item, bool included) => inner.Append(item, included && predicate(item));

    public void AppendCopy(IColumnarTable<T> source, int row) => inner.AppendCopy(((FilteredColumnar<T>)source).Inner, row);

    public void Accumulate(int start, int end, Span<long> counters) => inner.Accumulate(start, end, counters);

    public IEnumerable<FrameColumn> Columns => inner.Columns;

    public IEnumerable<(int Row, int Counter, long Amount)> SparseEntries => inner.SparseEntries;

    public void CollectStorage(FrameStorage storage) => inner.CollectStorage(storage);

    private IColumnarTable<T> Inner => inner;
}

/// <summary>The columnar form of several definitions counted side by side into consecutive counter ranges.</summary>
internal sealed class ConcatenatedColumnar<T>(IReadOnlyList<IColumnarTable<T>> parts, IReadOnlyList<int> offsets, Func<T, int>? selectPart = null) : IColumnarTable<T>
{
    private readonly IColumnarTable<T>[] _parts = [.. parts];
    private readonly int[] _offsets = [.. offsets];

    public long Bytes => _parts.Sum(p => p.Bytes);

    public void Append(T item, bool included)
    {
        // Without a selector every part sees every row (a stack); with one, only the selected part counts it (a group).
        var selected = included && selectPart is not null ? selectPart(item) : -1;
        for (var i = 0; i < _parts.Length; i++)
        {
            _parts[i].Append(item, selectPart is null ? included : i == selected);
        }
    }

    public void AppendCopy(IColumnarTable<T> source, int row)
    {
        var other = (ConcatenatedColumnar<T>)source;
        for (var i = 0; i < _parts.Length; i++)
        {
            _parts[i].AppendCopy(other._parts[i], row);
        }
    }

    public void Accumulate(int start, int end, Span<long> counters)
    {
        for (var i = 0; i < _parts.Length; i++)
        {
            _parts[i].Accumulate(start, end, counters[_offsets[i].._offsets[i + 1]]);
        }
    }

    public IEnumerable<FrameColumn> Columns =>
        _parts.SelectMany((part, i) => part.Columns.Select(c => c with { Name = $"p{i}_{c.Name}", Offset = c.Offset + _offsets[i], MissingCounter = c.MissingCounter + _offsets[i] }));

    public IEnumerable<(int Row, int Counter, long Amount)> SparseEntries =>
        _parts.SelectMany((part, i) => part.SparseEntries.Select(e => (e.Row, e.Counter + _offsets[i], e.Amount)));

    public void CollectStorage(FrameStorage storage)
    {
        foreach (var part in _parts)
        {
            part.CollectStorage(storage);
        }
    }
}
