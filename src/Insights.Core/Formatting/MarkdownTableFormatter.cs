using System.Text;
using Insights.Core.Tabulation;

namespace Insights.Core.Formatting;

/// <summary>
/// GitHub-flavoured Markdown: the report title as <c>#</c>, sections as <c>##</c>, each table as <c>###</c>
/// (headings made unique by <see cref="MarkdownHeadings"/>) with its n line (<see cref="RenderText.ShownBases"/>),
/// a pipe table with a count sub-column per table column, a percentage sub-column where the column has
/// percentages, the headers on two levels (<see cref="ColumnHeaders"/>: the header row, then a bold first row),
/// its tests as a list and its notes as italic paragraphs. Counts have thousands separators. Text is put on one
/// line and Markdown punctuation is escaped, so a label can neither break the table nor turn into markup.
/// </summary>
internal sealed class MarkdownTableFormatter : TableFormatter
{
    internal static MarkdownTableFormatter Instance { get; } = new();

    internal override void Write(ReportResult report, TextWriter writer)
    {
        var headings = new MarkdownHeadings(report);
        writer.Line("# " + Escape(headings.Report));
        writer.Line();
        if (report.Period is not null || report.Source is not null || report.Notices.Count > 0)
        {
            if (report.Period is { } period)
            {
                writer.Line("- Period: " + Escape(period));
            }

            if (report.Source is { } source)
            {
                writer.Line("- Source: " + Escape(source));
            }

            foreach (var notice in report.Notices)
            {
                writer.Line("- " + Escape(notice));
            }

            writer.Line();
        }

        for (var s = 0; s < report.Sections.Count; s++)
        {
            var section = report.Sections[s];
            writer.Line("## " + Escape(headings.Sections[s]));
            writer.Line();
            for (var t = 0; t < section.Tables.Count; t++)
            {
                Write(section.Tables[t], headings.Tables[s][t], writer);
            }
        }
    }

    internal override void Write(Table table, TextWriter writer) => Write(table, RenderText.OneLine(table.Title), writer);

    /// <summary>Writes a table under its heading, or, when <paramref name="heading"/> is null, under its section's.</summary>
    private static void Write(Table table, string? heading, TextWriter writer)
    {
        if (heading is not null)
        {
            writer.Line("### " + Escape(heading));
            writer.Line();
        }

        writer.Line(Escape(string.Join("; ", RenderText.ShownBases(table))));
        writer.Line();

        // The upper level of the headers is the pipe table's header row; the lower level (Count, %, or the headers
        // under a group) is its first row, in bold. A table whose columns are all unnamed has the lower level alone.
        var headers = new ColumnHeaders(table);
        var upper = new List<string> { "Label" };
        var lower = new List<string> { string.Empty };
        var alignment = new List<string> { "---" };
        foreach (var (start, end, title) in headers.Spans)
        {
            for (var c = start; c < end; c++)
            {
                var subColumns = SubColumns(headers, c);
                for (var i = 0; i < subColumns.Count; i++)
                {
                    upper.Add(c == start && i == 0 ? Escape(title) : string.Empty);
                    lower.Add(Escape(subColumns[i]));
                    alignment.Add("---:");
                }
            }
        }

        if (headers.HasUpper)
        {
            writer.Line(Row(upper));
            writer.Line(Row(alignment));
            writer.Line(Row(lower.Select(h => h.Length == 0 ? h : "**" + h + "**")));
        }
        else
        {
            lower[0] = upper[0];
            writer.Line(Row(lower));
            writer.Line(Row(alignment));
        }

        foreach (var row in table.Rows)
        {
            var cells = new List<string> { (row.Kind == RowKind.SubCategory ? RenderText.SubCategoryMarker : string.Empty) + Escape(row.Label) };
            for (var c = 0; c < row.Cells.Count; c++)
            {
                var (count, percent) = row.Cells[c] switch
                {
                    CountCell counted => (RenderText.Grouped(counted.Count), counted.PercentText),
                    SuppressedCell => (Escape(SuppressedCell.Symbol), string.Empty),
                    StatisticCell statistic => (Escape(statistic.Text), string.Empty),
                    _ => (string.Empty, string.Empty),
                };
                cells.Add(count);
                if (headers.HasPercent[c])
                {
                    cells.Add(percent);
                }

                if (headers.HasExtra[c])
                {
                    cells.Add(row.Cells[c] is CountCell withStatistics ? Escape(RenderText.CellStatistics(withStatistics)) : string.Empty);
                }
            }

            writer.Line(Row(cells));
        }

        writer.Line();
        foreach (var test in table.Tests)
        {
            writer.Line("- " + Escape(RenderText.Test(test)));
        }

        if (table.Tests.Count > 0)
        {
            writer.Line();
        }

        foreach (var note in table.Notes)
        {
            writer.Line("*" + Escape(note) + "*");
            writer.Line();
        }
    }

    /// <summary>The lower-level headers of column <paramref name="c"/>'s sub-columns: count, percentage, interval.</summary>
    private static List<string> SubColumns(ColumnHeaders headers, int c)
    {
        var subColumns = new List<string> { headers.Lower[c] };
        if (headers.HasPercent[c])
        {
            subColumns.Add(ColumnHeaders.PercentHeader);
        }

        if (headers.HasExtra[c])
        {
            subColumns.Add(headers.Extra);
        }

        return subColumns;
    }

    private static string Row(IEnumerable<string> cells) => "| " + string.Join(" | ", cells) + " |";

    /// <summary>Puts text on one line and backslash-escapes the characters that could start markup or end a cell.</summary>
    internal static string Escape(string text)
    {
        var line = RenderText.OneLine(text);
        var builder = new StringBuilder(line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            var next = i + 1 < line.Length ? line[i + 1] : '\0';
            // ~ (strikethrough), $ (math) and & before a letter or # (an entity) are markup on GitHub too.
            var escape = c is '\\' or '|' or '*' or '_' or '`' or '[' or ']' or '#' or '~' or '$'
                || (c == '<' && (char.IsAsciiLetter(next) || next is '/' or '!' or '?'))
                || (c == '&' && (char.IsAsciiLetter(next) || next == '#'));
            if (escape)
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
