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

    // Appended when the tables carry statistics (so the default output is unchanged); proportions in percentage points.
    private const string StatisticsHeader = ",ci_lower,ci_upper,difference,difference_lower,difference_upper,statistic,df,p_value,p_adjusted,significant";
    private const string RecordEnd = "\r\n";

    internal static CsvTableFormatter Instance { get; } = new();

    internal override void Write(ReportResult report, TextWriter writer)
    {
        var statistics = report.Tables.Any(HasStatistics);
        writer.Write(Header + (statistics ? StatisticsHeader : string.Empty) + RecordEnd);
        foreach (var section in report.Sections)
        {
            foreach (var table in section.Tables)
            {
                WriteCells(section.Title, table, writer, statistics);
            }
        }
    }

    internal override void Write(Table table, TextWriter writer)
    {
        var statistics = HasStatistics(table);
        writer.Write(Header + (statistics ? StatisticsHeader : string.Empty) + RecordEnd);
        WriteCells(string.Empty, table, writer, statistics);
    }

    private static bool HasStatistics(Table table)
        => table.Tests.Count > 0 || table.Rows.Any(r => r.Cells.Any(c => c is CountCell { Interval: not null } or CountCell { Comparison: not null }));

    private static string Number(double? value) => value is { } v && double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : string.Empty;

    private static string CellStatistics(TableCell? cell) => cell is CountCell count
        ? string.Join(',', [
            Number(count.Interval?.Lower * 100), Number(count.Interval?.Upper * 100),
            Number(count.Comparison?.Difference * 100), Number(count.Comparison?.Lower * 100), Number(count.Comparison?.Upper * 100),
            string.Empty, string.Empty, Number(count.Comparison?.PValue), Number(count.Comparison?.AdjustedPValue),
            count.Comparison is { } comparison ? (comparison.Significant ? "true" : "false") : string.Empty])
        : ",,,,,,,,,";

    private static void WriteCells(string section, Table table, TextWriter writer, bool statistics)
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
                if (statistics)
                {
                    writer.Write(',');
                    writer.Write(CellStatistics(row.Cells[c]));
                }

                writer.Write(RecordEnd);
            }
        }

        // Each test is one record of kind "test": its subject as the row, its name as the column, its method as the value.
        foreach (var test in table.Tests)
        {
            writer.Write(string.Join(',', [
                Field(section), Field(table.Title), Field(test.Subject), "test", Field(test.Test), string.Empty, string.Empty, string.Empty, string.Empty, Field(test.Method),
                string.Empty, string.Empty, string.Empty, string.Empty, string.Empty,
                Number(test.Statistic), Number(test.DegreesOfFreedom), Number(test.PValue), Number(test.AdjustedPValue), test.Significant ? "true" : "false"]));
            writer.Write(RecordEnd);
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
