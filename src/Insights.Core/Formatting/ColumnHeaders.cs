using System.Globalization;
using Insights.Core.Tabulation;

namespace Insights.Core.Formatting;

/// <summary>
/// The column headers of a table on two levels, as the text and Markdown formats print them. Each table column
/// prints as sub-columns: its count (or statistic), its percentage when any of its cells has one, and its interval
/// and significance mark when statistics were asked for. The upper level names the table columns: a column's group,
/// spanning every consecutive column of that group, when the group adds something to the header; otherwise the
/// column's header. The lower level names the sub-columns: the column's header under its group (or <c>Count</c>,
/// <c>Value</c> for a column of statistics only), <c>%</c>, and <c>95% CI</c> (<c>Compared</c> with no interval).
/// A table whose columns are all unnamed has no upper level.
/// </summary>
internal sealed class ColumnHeaders
{
    internal ColumnHeaders(Table table)
    {
        var count = table.Columns.Count;
        var upper = new string[count];
        var grouped = new bool[count];
        Lower = new string[count];
        HasPercent = new bool[count];
        HasExtra = new bool[count];
        for (var c = 0; c < count; c++)
        {
            var column = table.Columns[c];
            var header = RenderText.OneLine(column.Header);
            grouped[c] = RenderText.ShowsGroup(column);
            upper[c] = grouped[c] ? RenderText.OneLine(column.Group!) : header;
            var cells = table.Rows.Select(r => r.Cells[c]).ToArray();
            Lower[c] = grouped[c] && header.Length > 0 ? header
                : cells.Any(cell => cell is StatisticCell) && !cells.Any(cell => cell is CountCell or SuppressedCell) ? "Value"
                : "Count";
            HasPercent[c] = cells.Any(cell => cell is CountCell { ShowPercent: true });
            HasExtra[c] = cells.Any(cell => cell is CountCell counted && RenderText.CellStatistics(counted).Length > 0);
        }

        // A group spans its consecutive columns; a column without a shown group is a span of its own.
        var spans = new List<(int Start, int End, string Title)>();
        for (var start = 0; start < count;)
        {
            var end = start + 1;
            while (grouped[start] && end < count && grouped[end] && string.Equals(upper[end], upper[start], StringComparison.Ordinal))
            {
                end++;
            }

            spans.Add((start, end, upper[start]));
            start = end;
        }

        Spans = spans;
        HasUpper = upper.Any(u => u.Length > 0);
        IsPlain = count == 1 && !HasUpper;
        Extra = table.Intervals is { } settings
            ? (settings.Level * 100).ToString("0.##", CultureInfo.InvariantCulture) + "% CI"
            : "Compared";
    }

    /// <summary>Gets the upper level: runs [Start, End) of table columns and their title (empty over an unnamed column).</summary>
    internal IReadOnlyList<(int Start, int End, string Title)> Spans { get; }

    /// <summary>Gets whether the upper level names any column.</summary>
    internal bool HasUpper { get; }

    /// <summary>Gets whether the table has a single unnamed column, which the text format prints without headers.</summary>
    internal bool IsPlain { get; }

    /// <summary>Gets the lower level's header of each column's count sub-column.</summary>
    internal string[] Lower { get; }

    /// <summary>Gets whether each column has a percentage sub-column.</summary>
    internal bool[] HasPercent { get; }

    /// <summary>Gets whether each column has an interval (and significance) sub-column.</summary>
    internal bool[] HasExtra { get; }

    /// <summary>Gets the header of the interval sub-columns.</summary>
    internal string Extra { get; }

    /// <summary>The header of a percentage sub-column.</summary>
    internal const string PercentHeader = "%";
}
