using System.Numerics;

namespace Insights.Core.Frames;

/// <summary>
/// The filters that several tables of a frame test (one delegate: <c>IsMatched</c> in about a hundred tables of
/// the Outreach report), tested once per row of a batch however many tables ask. A filter is known by its
/// delegate, as within one table; like every description, it is a pure function of the record, so the same row
/// always gets the same answer. A row is tested only when a table reaching it asks, so a filter is never run on a
/// record its own table's earlier filters keep out.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
internal sealed class SharedTests<T>
{
    private readonly Func<T, bool>[] _predicates;
    private readonly ulong[] _tested;
    private readonly ulong[] _passed;
    private readonly long[] _batchOf;
    private long _batch;

    /// <summary>Shares the filters that <paramref name="uses"/> lists more than once.</summary>
    internal SharedTests(IEnumerable<Func<T, bool>> uses)
    {
        _predicates = [.. uses.GroupBy(p => p).Where(g => g.Count() > 1).Select(g => g.Key)];
        Slots = _predicates.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
        _tested = new ulong[_predicates.Length];
        _passed = new ulong[_predicates.Length];
        _batchOf = new long[_predicates.Length];
    }

    /// <summary>Gets the slot of each shared filter.</summary>
    internal IReadOnlyDictionary<Func<T, bool>, int> Slots { get; }

    /// <summary>Starts a new batch of rows: nothing is known about them yet.</summary>
    internal void NextBatch() => _batch++;

    /// <summary>Gets which of <paramref name="rows"/> (bits of the batch <paramref name="items"/>) pass the filter in <paramref name="slot"/>.</summary>
    internal ulong Test(int slot, ReadOnlySpan<T> items, ulong rows)
    {
        if (_batchOf[slot] != _batch)
        {
            _batchOf[slot] = _batch;
            _tested[slot] = 0;
            _passed[slot] = 0;
        }

        var untested = rows & ~_tested[slot];
        if (untested != 0)
        {
            var predicate = _predicates[slot];
            var passed = 0UL;
            for (var rest = untested; rest != 0; rest &= rest - 1)
            {
                var i = BitOperations.TrailingZeroCount(rest);
                if (predicate(items[i]))
                {
                    passed |= 1UL << i;
                }
            }

            _tested[slot] |= untested;
            _passed[slot] |= passed;
        }

        return _passed[slot] & rows;
    }
}
