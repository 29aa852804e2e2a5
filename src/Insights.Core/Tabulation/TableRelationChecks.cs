namespace Insights.Core.Tabulation;

/// <summary>Checks that a table's relations name only what the table has, and carries relations through the tables made from others.</summary>
internal static class TableRelationChecks
{
    internal static IReadOnlyList<TableRelation> Checked(Table table, IReadOnlyList<TableRelation>? relations)
    {
        ArgumentNullException.ThrowIfNull(relations);
        foreach (var relation in relations)
        {
            ArgumentNullException.ThrowIfNull(relation, nameof(relations));
            foreach (var term in relation.Terms)
            {
                if (!Exists(table, term))
                {
                    throw new ArgumentException($"A relation of table '{table.Title}' names {term}, which the table does not have.", nameof(relations));
                }
            }
        }

        return [.. relations];
    }

    /// <summary>Whether the table prints the number a term names (hidden terms always exist).</summary>
    internal static bool Exists(Table table, TableTerm term) => term.Kind switch
    {
        TableTermKind.Cell => term.Row < table.Rows.Count && term.Column < table.Columns.Count
            && table.Rows[term.Row].Cells[term.Column] is CountCell or SuppressedCell or StatisticCell { Source: not null },
        TableTermKind.CellBase => term.Row < table.Rows.Count && term.Column < table.Columns.Count
            && table.Rows[term.Row].Cells[term.Column] is CountCell or SuppressedCell or StatisticCell { Source: not null },
        TableTermKind.Base => term.Column < table.Bases.Count,
        TableTermKind.ColumnBase => term.Column < table.Columns.Count && (table.Columns[term.Column].Base is not null || table.Columns[term.Column].IsBaseSuppressed),
        _ => true,
    };

    /// <summary>The number of hidden terms a table's relations use (one more than the highest).</summary>
    internal static int HiddenCount(Table table)
        => table.Relations.SelectMany(r => r.Terms).Where(t => t.Kind == TableTermKind.Hidden).Select(t => t.Column + 1).DefaultIfEmpty(0).Max();

    /// <summary>A copy of <paramref name="table"/> with a new title and notes, keeping its relations.</summary>
    internal static Table Retitled(Table table, string title, IReadOnlyList<string> notes)
        => new(title, table.Bases, table.Columns, table.Rows, notes) { Relations = table.Relations };
}
