using Insights.Core.Tabulation;

namespace Insights.Core.Formatting;

/// <summary>
/// The published report's layout in plain text. Per table: the title and its n on one line, two column header
/// lines when there are several or named columns (<see cref="ColumnHeaders"/>: the columns or their groups, then
/// <c>Count</c> and <c>%</c> or the headers under a group), one line per row (label, then each column's count and
/// percentage), the tests, the notes and a blank line. Cells are separated by at least two spaces and columns are
/// padded to line up; labels are put on one line with single spaces, so two spaces always mean a new cell.
/// Counts and the n have invariant thousands separators (1,346 and n=1,820).
/// </summary>
internal sealed class TextTableFormatter : TableFormatter
{
    private const string Gap = "  ";

    internal static TextTableFormatter Instance { get; } = new();

    internal override void Write(ReportResult report, TextWriter writer)
    {
        Heading(writer, report.Title, '=', [.. Described("Period", report.Period), .. Described("Source", report.Source), .. report.Notices.Select(RenderText.OneLine)]);
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
        var headers = new ColumnHeaders(table);

        // Each column prints as a count sub-column (counts and statistics, right-aligned), a percentage sub-column
        // when any of its cells has one (right-aligned) and an interval sub-column when statistics were asked for.
        // Two header lines, unless the table's only column is unnamed: the upper level starts over the first
        // sub-column of its span, the lower level is right-aligned over each sub-column (the interval's left-aligned).
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

        var showHeaders = !headers.IsPlain;
        if (showHeaders)
        {
            for (var c = 0; c < columnCount; c++)
            {
                countWidth[c] = Math.Max(countWidth[c], headers.Lower[c].Length);
                percentWidth[c] = headers.HasPercent[c] ? Math.Max(percentWidth[c], ColumnHeaders.PercentHeader.Length) : percentWidth[c];
                extraWidth[c] = headers.HasExtra[c] ? Math.Max(extraWidth[c], headers.Extra.Length) : extraWidth[c];
            }

            foreach (var (start, end, title) in headers.Spans)
            {
                countWidth[start] += Math.Max(0, title.Length - SpansWidth(start, end));
            }
        }

        var labelWidth = labels.Length == 0 ? 0 : labels.Max(l => l.Length);
        if (showHeaders && headers.HasUpper)
        {
            var line = new System.Text.StringBuilder(new string(' ', labelWidth));
            foreach (var (start, end, title) in headers.Spans)
            {
                line.Append(Gap).Append(title.PadRight(SpansWidth(start, end)));
            }

            writer.Line(line.ToString().TrimEnd());
        }

        if (showHeaders)
        {
            var line = new System.Text.StringBuilder(new string(' ', labelWidth));
            for (var c = 0; c < columnCount; c++)
            {
                line.Append(Gap).Append(headers.Lower[c].PadLeft(countWidth[c]));
                if (percentWidth[c] > 0)
                {
                    line.Append(Gap).Append((headers.HasPercent[c] ? ColumnHeaders.PercentHeader : string.Empty).PadLeft(percentWidth[c]));
                }

                if (extraWidth[c] > 0)
                {
                    line.Append(Gap).Append((headers.HasExtra[c] ? headers.Extra : string.Empty).PadRight(extraWidth[c]));
                }
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

        int SpansWidth(int start, int end) => Enumerable.Range(start, end - start).Sum(SpanWidth) + (Gap.Length * (end - start - 1));
    }

    // Extra: the interval and significance mark, when statistics were asked for (empty otherwise, so no sub-column).
    private static (string Count, string Percent, string Extra) CellTexts(TableCell? cell) => cell switch
    {
        CountCell count => (RenderText.Grouped(count.Count), count.PercentText, RenderText.CellStatistics(count)),
        StatisticCell statistic => (RenderText.OneLine(statistic.Text), string.Empty, string.Empty),
        SuppressedCell => (SuppressedCell.Symbol, string.Empty, string.Empty),
        _ => (string.Empty, string.Empty, string.Empty),
    };

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
