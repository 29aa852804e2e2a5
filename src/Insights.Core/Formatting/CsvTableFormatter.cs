using System.Globalization;
using System.Text;
using Insights.Core.Tabulation;

namespace Insights.Core.Formatting;

/// <summary>
/// Tidy CSV (RFC 4180): a header, then one record per non-blank cell with its section, table, row, row kind,
/// column, count, base, percentage as printed and as a number (percentage points, rounded as printed) and
/// statistic text. Fields holding a comma, a double quote, CR or LF are
/// quoted, with inner quotes doubled; every record ends with CRLF.
/// </summary>
internal sealed class CsvTableFormatter : TableFormatter
{
    private const string Header = "section,table,row,row_kind,column,count,base,percent,percent_value,value";
    private const string RecordEnd = "\r\n";

    internal static CsvTableFormatter Instance { get; } = new();

    internal override void Write(ReportResult report, TextWriter writer)
    {
        writer.Write(Header + RecordEnd);
        foreach (var section in report.Sections)
        {
            foreach (var table in section.Tables)
            {
                WriteCells(section.Title, table, writer);
            }
        }
    }

    internal override void Write(Table table, TextWriter writer)
    {
        writer.Write(Header + RecordEnd);
        WriteCells(string.Empty, table, writer);
    }

    private static void WriteCells(string section, Table table, TextWriter writer)
    {
        var columns = table.Columns.Select(RenderText.ColumnTitle).ToArray();
        foreach (var row in table.Rows)
        {
            for (var c = 0; c < row.Cells.Count; c++)
            {
                var fields = row.Cells[c] switch
                {
                    CountCell count => (Count: RenderText.Count(count.Count), Base: RenderText.Count(count.Base), Percent: count.PercentText,
                        PercentValue: count.PercentValue?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, Value: string.Empty),
                    SuppressedCell => (Count: SuppressedCell.Symbol, Base: string.Empty, Percent: string.Empty, PercentValue: string.Empty, Value: string.Empty),
                    StatisticCell statistic => (Count: string.Empty, Base: string.Empty, Percent: string.Empty, PercentValue: string.Empty, Value: statistic.Text),
                    _ => default,
                };
                if (fields.Count is null)
                {
                    continue;
                }

                writer.Write(string.Join(',', [
                    Field(section), Field(table.Title), Field(row.Label), RenderText.KindName(row.Kind), Field(columns[c]),
                    fields.Count, fields.Base, Field(fields.Percent), fields.PercentValue, Field(fields.Value)]));
                writer.Write(RecordEnd);
            }
        }
    }

    internal static string Field(string text)
    {
        if (text.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            return text;
        }

        return new StringBuilder(text.Length + 2).Append('"').Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"').ToString();
    }
}
