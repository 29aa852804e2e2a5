namespace Insights.Core.Tabulation;

/// <summary>
/// Several definitions printed as one table: the rows of each part in turn, under the first part's title,
/// bases and columns (e.g. a count with the mean that belongs to it). Every part must have as many columns
/// as the first.
/// </summary>
internal sealed class StackedTabulator<T> : Tabulator<T>
{
    private readonly Tabulator<T>[] _parts;
    private readonly int[] _offsets;

    internal StackedTabulator(string title, IReadOnlyList<Tabulator<T>> parts)
        : base(title, Tally.Concat(Parts(title, parts).Select(p => p.Counting)), parts.SelectMany(p => p.Notes))
    {
        _parts = [.. parts];
        _offsets = new int[_parts.Length + 1];
        for (var i = 0; i < _parts.Length; i++)
        {
            _offsets[i + 1] = _offsets[i] + _parts[i].CounterCount;
        }

        // A part's columns never depend on the data, so finishing empty counters shows now whether the parts line up.
        var columns = _parts.Select(p => p.Finish(new long[p.CounterCount]).Columns.Count).ToArray();
        for (var i = 1; i < columns.Length; i++)
        {
            if (columns[i] != columns[0])
            {
                throw new ArgumentException($"Part '{_parts[i].Title}' of '{title}' has {columns[i]} columns; the first part has {columns[0]}.", nameof(parts));
            }
        }
    }

    private static IReadOnlyList<Tabulator<T>> Parts(string title, IReadOnlyList<Tabulator<T>> parts)
    {
        if (parts.Count == 0)
        {
            throw new ArgumentException($"The table '{title}' needs at least one part.", nameof(parts));
        }

        return parts.Any(p => p is null) ? throw new ArgumentException($"A part of '{title}' is null.", nameof(parts)) : parts;
    }

    protected override Table CreateTable(ReadOnlySpan<long> counters)
    {
        var tables = new Table[_parts.Length];
        for (var i = 0; i < _parts.Length; i++)
        {
            tables[i] = _parts[i].Finish(counters[_offsets[i].._offsets[i + 1]]);
        }

        // The first part's header is printed; the later parts' bases and column bases become hidden quantities
        // (their cells still print them as their bases).
        var relations = new List<TableRelation>(tables[0].Relations);
        var rowOffset = tables[0].Rows.Count;
        var hidden = TableRelationChecks.HiddenCount(tables[0]);
        for (var i = 1; i < tables.Length; i++)
        {
            var part = tables[i];
            var (rows, bases, columns, hiddenStart) = (rowOffset, part.Bases.Count, part.Columns.Count, hidden);
            relations.AddRange(ChoiceRelations.Moved(part, t => t.Kind switch
            {
                TableTermKind.Base => TableTerm.Hidden(hiddenStart + t.Column),
                TableTermKind.ColumnBase => TableTerm.Hidden(hiddenStart + bases + t.Column),
                TableTermKind.Hidden => TableTerm.Hidden(hiddenStart + bases + columns + t.Column),
                _ => t.Shift(rows, 0, 0, 0),
            }));
            hidden += bases + columns + TableRelationChecks.HiddenCount(part);
            rowOffset += part.Rows.Count;
        }

        return new Table(Title, tables[0].Bases, tables[0].Columns, [.. tables.SelectMany(t => t.Rows)], Notes) { Relations = relations }.WithPairs(tables.SelectMany(t => t.Pairs));
    }
}
