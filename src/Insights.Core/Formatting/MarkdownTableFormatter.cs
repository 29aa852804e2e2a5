using System.Text;
using Insights.Core.Tabulation;

namespace Insights.Core.Formatting;

/// <summary>
/// GitHub-flavoured Markdown: the report title as <c>#</c>, sections as <c>##</c>, each table as <c>###</c>
/// with an <c>n = …</c> line, a pipe table with a count and a percentage column per table column, and its
/// notes as italic paragraphs. Text is put on one line and Markdown punctuation is escaped, so a label can
/// neither break the table nor turn into markup.
/// </summary>
internal sealed class MarkdownTableFormatter : TableFormatter
{
    internal static MarkdownTableFormatter Instance { get; } = new();

    internal override void Write(ReportResult report, TextWriter writer)
    {
        writer.Line("# " + Escape(report.Title));
        writer.Line();
        if (report.Period is not null || report.Source is not null)
        {
            if (report.Period is { } period)
            {
                writer.Line("- Period: " + Escape(period));
            }

            if (report.Source is { } source)
            {
                writer.Line("- Source: " + Escape(source));
            }

            writer.Line();
        }
        foreach (var section in report.Sections)
        {
            writer.Line("## " + Escape(section.Title));
            writer.Line();
            foreach (var table in section.Tables)
            {
                Write(table, writer);
            }
        }
    }

    internal override void Write(Table table, TextWriter writer)
    {
        writer.Line("### " + Escape(table.Title));
        writer.Line();
        if (table.Bases.Count > 0)
        {
            writer.Line(Escape(string.Join("; ", RenderText.Bases(table, spaced: true))));
            writer.Line();
        }

        var header = new List<string> { "Label" };
        var alignment = new List<string> { "---" };
        var extras = Enumerable.Range(0, table.Columns.Count)
            .Select(c => table.Rows.Any(r => r.Cells[c] is CountCell count && RenderText.CellStatistics(count).Length > 0)).ToArray();
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var title = Escape(RenderText.ColumnTitle(table.Columns[c]));
            header.Add(title.Length == 0 ? "Count" : title + " Count");
            header.Add(title.Length == 0 ? "%" : title + " %");
            alignment.Add("---:");
            alignment.Add("---:");
            if (extras[c])
            {
                var interval = table.Intervals is { } settings ? Escape((settings.Level * 100).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + "% CI") : "Compared";
                header.Add(title.Length == 0 ? interval : title + " " + interval);
                alignment.Add("---:");
            }
        }

        writer.Line(Row(header));
        writer.Line(Row(alignment));
        foreach (var row in table.Rows)
        {
            var cells = new List<string> { (row.Kind == RowKind.SubCategory ? RenderText.SubCategoryMarker : string.Empty) + Escape(row.Label) };
            for (var c = 0; c < row.Cells.Count; c++)
            {
                switch (row.Cells[c])
                {
                    case CountCell count:
                        cells.Add(RenderText.Count(count.Count));
                        cells.Add(count.PercentText);
                        break;
                    case SuppressedCell:
                        cells.Add(Escape(SuppressedCell.Symbol));
                        cells.Add(string.Empty);
                        break;
                    case StatisticCell statistic:
                        cells.Add(Escape(statistic.Text));
                        cells.Add(string.Empty);
                        break;
                    default:
                        cells.Add(string.Empty);
                        cells.Add(string.Empty);
                        break;
                }

                if (extras[c])
                {
                    cells.Add(row.Cells[c] is CountCell counted ? Escape(RenderText.CellStatistics(counted)) : string.Empty);
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
            var escape = c is '\\' or '|' or '*' or '_' or '`' or '[' or ']' or '#'
                || (c == '<' && (char.IsAsciiLetter(next) || next is '/' or '!' or '?'));
            if (escape)
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
