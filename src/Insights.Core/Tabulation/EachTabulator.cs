namespace Insights.Core.Tabulation;

/// <summary>
/// A definition over the items of each record (each review form of a case, each police report): the inner
/// definition counts every item as if it were a record of its own, so its bases and counts are of items.
/// </summary>
/// <typeparam name="T">The record type counted.</typeparam>
/// <typeparam name="TItem">The item type the inner definition counts.</typeparam>
internal sealed class EachTabulator<T, TItem>(Tabulator<TItem> inner, Func<T, IEnumerable<TItem>> items)

    // Stacked and grouped tables print their parts' Notes, so the wrapper must pass them on.
    : Tabulator<T>(inner.Title, Tally.Each(items, inner.Counting), inner.Notes)
{
    protected override Table CreateTable(ReadOnlySpan<long> counters) => inner.Finish(counters);
}
