namespace Insights.Core.Tabulation;

/// <summary>
/// Rounds the percentages of every column of exclusive answers (a single-choice question: rows that partition
/// their base, <see cref="Table.PartitionRows"/>) to whole numbers that add up to exactly 100, by the largest
/// remainder (<see cref="Percent.LargestRemainder"/>), with a footnote saying so. Off by default: the published
/// report rounds each percentage on its own, so its columns may add up to 99 or 101.
/// </summary>
/// <remarks>
/// Only the partitioning rows change; nets, sub-answers, Missing rows outside the base and statistics keep the
/// report's rule (a net is then not always the sum of its members' printed percentages). A count of 1 in a large
/// base may print 0%, as any rounding to whole numbers must allow.
/// </remarks>
public static class SumTo100
{
    /// <summary>The footnote added under a table whose percentages were adjusted.</summary>
    public const string Note = "Percentages of the answers are rounded to whole numbers that add up to 100% (largest remainder method).";

    /// <summary>Returns <paramref name="report"/> with every table's exclusive columns summing to 100.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static ReportResult Apply(ReportResult report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report with { Sections = [.. report.Sections.Select(s => new ReportResultSection(s.Title, [.. s.Tables.Select(Apply)]))] };
    }

    /// <summary>Returns <paramref name="table"/> with each exclusive column's percentages summing to 100; the table itself when it has none.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public static Table Apply(Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var rows = table.Rows.Select(r => r.Cells.ToArray()).ToArray();
        var changed = false;
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var partition = table.PartitionRows(c);
            var cells = partition.Select(r => (CountCell)rows[r][c]!).ToArray();
            if (cells.Length == 0 || cells[0].Base == 0 || cells.Any(cell => !cell.ShowPercent))
            {
                continue;
            }

            var whole = Percent.LargestRemainder([.. cells.Select(cell => cell.Count)], cells[0].Base);
            for (var k = 0; k < cells.Length; k++)
            {
                rows[partition[k]][c] = cells[k] with { AdjustedPercent = whole[k] };
            }

            changed = true;
        }

        return changed
            ? table.WithRows([.. table.Rows.Select((r, i) => new TableRow(r.Label, r.Kind, rows[i]))], table.Intervals, [.. table.Notes, Note])
            : table;
    }
}
