namespace Insights.Core.Tabulation;

/// <summary>
/// A definition over the items of each record (each review form of a case, each police report): the inner
/// definition counts every item as if it were a record of its own, so its bases and counts are of items.
/// </summary>
/// <typeparam name="T">The record type counted.</typeparam>
/// <typeparam name="TItem">The item type the inner definition counts.</typeparam>
/// <remarks>
/// Frames keep the default columnar form (the counters each record touches): the inner definition's own
/// columnar form stores one row per item, and a frame has one row per record.
/// </remarks>
internal sealed class EachTabulator<T, TItem> : Tabulator<T>
{
    private readonly Tabulator<TItem> _inner;
    private readonly Func<T, IEnumerable<TItem>> _items;

    internal EachTabulator(Tabulator<TItem> inner, Func<T, IEnumerable<TItem>> items)
        : base(inner.Title)
    {
        _inner = inner;
        _items = items;

        // Stacked and grouped tables print their parts' Notes, so the wrapper must pass them on.
        Notes = inner.Notes;
    }

    internal override int CounterCount => _inner.CounterCount;

    internal override void Accumulate(T item, Span<long> counters)
    {
        foreach (var each in _items(item))
        {
            _inner.Accumulate(each, counters);
        }
    }

    internal override Table Finish(ReadOnlySpan<long> counters) => _inner.Finish(counters);
}
