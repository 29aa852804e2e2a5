using Insights.Core.Tabulation;

namespace Insights.Core.Formatting;

/// <summary>
/// The published report's layout in plain text. Per table: the title and its n on one line, a column header
/// line when there are several or named columns, one line per row (label, then each column's count and
/// percentage), the notes and a blank line. Cells are separated by at least two spaces and columns are padded
/// to line up; labels are put on one line with single spaces, so two spaces always mean a new cell.
/// Counts print plainly (1346), the n in the title line with thousands separators (n=1,820), as the report does.
/// </summary>
internal sealed class TextTableFormatter : TableFormatter
{
    private const string Gap = "  ";

    internal static TextTableFormatter Instance { get; } = new();

    internal override void Write(ReportResult report, TextWriter writer)
    {
        Heading(writer, report.Title, '=', [.. Described("Period", report.Period), .. Described("Source", report.Source)]);
        foreach (var section in report.Sections)
        {
            Heading(writer, section.Title, '-');
            foreach (var table in section.Tables)
            {
                Write(table, writer);
            }
        }
    }

    internal override void Write(Table table, TextWriter writer)
    {
        writer.Line(string.Join(Gap, [RenderText.OneLine(table.Title), .. RenderText.Bases(table, spaced: false)]));

        var columnCount = table.Columns.Count;
        var labels = table.Rows.Select(r => (r.Kind == RowKind.SubCategory ? RenderText.SubCategoryMarker : string.Empty) + RenderText.OneLine(r.Label)).ToArray();
        var cells = table.Rows.Select(r => r.Cells.Select(CellTexts).ToArray()).ToArray();

        // Each column prints as a count sub-column (counts and statistics, right-aligned) and, when any of its
        // cells has one, a percentage sub-column (right-aligned). Headers are right-aligned over their column;
        // a group's label starts over the first column of its run.
        var countWidth = new int[columnCount];
        var percentWidth = new int[columnCount];
        var extraWidth = new int[columnCount];
        foreach (var row in cells)
        {
            for (var c = 0; c < columnCount; c++)
            {
                countWidth[c] = Math.Max(countWidth[c], row[c].Count.Length);
                percentWidth[c] = Math.Max(percentWidth[c], row[c].Percent.Length);
                extraWidth[c] = Math.Max(extraWidth[c], row[c].Extra.Length);
            }
        }

        var headers = table.Columns.Select(c => RenderText.OneLine(c.Header)).ToArray();
        var showHeaders = columnCount > 1 || headers.Any(h => h.Length > 0);
        if (showHeaders)
        {
            for (var c = 0; c < columnCount; c++)
            {
                countWidth[c] += Math.Max(0, headers[c].Length - SpanWidth(c));
            }
        }

        var groups = table.Columns.Select(c => RenderText.ShowsGroup(c) ? RenderText.OneLine(c.Group!) : string.Empty).ToArray();
        var groupRuns = Runs(groups);
        var showGroups = groups.Any(g => g.Length > 0);
        if (showGroups)
        {
            foreach (var (start, end) in groupRuns)
            {
                var width = Enumerable.Range(start, end - start).Sum(SpanWidth) + (Gap.Length * (end - start - 1));
                countWidth[start] += Math.Max(0, groups[start].Length - width);
            }
        }

        var labelWidth = labels.Length == 0 ? 0 : labels.Max(l => l.Length);
        if (showGroups)
        {
            var line = new System.Text.StringBuilder(new string(' ', labelWidth));
            foreach (var (start, end) in groupRuns)
            {
                var width = Enumerable.Range(start, end - start).Sum(SpanWidth) + (Gap.Length * (end - start - 1));
                line.Append(Gap).Append(groups[start].PadRight(width));
            }

            writer.Line(line.ToString().TrimEnd());
        }

        if (showHeaders)
        {
            var line = new System.Text.StringBuilder(new string(' ', labelWidth));
            for (var c = 0; c < columnCount; c++)
            {
                line.Append(Gap).Append(headers[c].PadLeft(SpanWidth(c)));
            }

            writer.Line(line.ToString().TrimEnd());
        }

        for (var r = 0; r < labels.Length; r++)
        {
            var line = new System.Text.StringBuilder(labels[r].PadRight(labelWidth));
            for (var c = 0; c < columnCount; c++)
            {
                line.Append(Gap).Append(cells[r][c].Count.PadLeft(countWidth[c]));
                if (percentWidth[c] > 0)
                {
                    line.Append(Gap).Append(cells[r][c].Percent.PadLeft(percentWidth[c]));
                }

                if (extraWidth[c] > 0)
                {
                    line.Append(Gap).Append(cells[r][c].Extra.PadRight(extraWidth[c]));
                }
            }

            writer.Line(line.ToString().TrimEnd());
        }

        foreach (var test in table.Tests)
        {
            writer.Line(RenderText.Test(test));
        }

        foreach (var note in table.Notes)
        {
            writer.Line(RenderText.OneLine(note));
        }

        writer.Line();

        int SpanWidth(int c) => countWidth[c] + (percentWidth[c] > 0 ? Gap.Length + percentWidth[c] : 0) + (extraWidth[c] > 0 ? Gap.Length + extraWidth[c] : 0);
    }

    // Extra: the interval and significance mark, when statistics were asked for (empty otherwise, so no sub-column).
    private static (string Count, string Percent, string Extra) CellTexts(TableCell? cell) => cell switch
    {
        CountCell count => (RenderText.Count(count.Count), count.PercentText, RenderText.CellStatistics(count)),
        StatisticCell statistic => (RenderText.OneLine(statistic.Text), string.Empty, string.Empty),
        SuppressedCell => (SuppressedCell.Symbol, string.Empty, string.Empty),
        _ => (string.Empty, string.Empty, string.Empty),
    };

    /// <summary>Consecutive columns with the same group text, as [start, end) ranges.</summary>
    private static List<(int Start, int End)> Runs(string[] groups)
    {
        var runs = new List<(int, int)>();
        for (var start = 0; start < groups.Length;)
        {
            var end = start + 1;
            while (end < groups.Length && string.Equals(groups[end], groups[start], StringComparison.Ordinal))
            {
                end++;
            }

            runs.Add((start, end));
            start = end;
        }

        return runs;
    }

    private static void Heading(TextWriter writer, string title, char underline, params string[] below)
    {
        var text = RenderText.OneLine(title);
        writer.Line(text);
        writer.Line(new string(underline, Math.Max(text.Length, 1)));
        foreach (var line in below)
        {
            writer.Line(line);
        }

        writer.Line();
    }

    private static string[] Described(string name, string? text) => text is null ? [] : [name + ": " + RenderText.OneLine(text)];
}
