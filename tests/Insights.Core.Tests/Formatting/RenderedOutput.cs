using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text;
using Insights.Core.Formatting;
using Insights.Core.Tabulation;
using Xunit;

namespace Insights.Core.Tests.Formatting;

/// <summary>Reads renderer output back, independently of the renderers' code, so tests can compare it with the tables.</summary>
public static partial class RenderedOutput
{
    public static string Json(Table table) => TableRenderer.Render(table, OutputFormat.Json);

    /// <summary>A count as text and Markdown print it: invariant thousands separators (1,346).</summary>
    public static string Grouped(long count) => count.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The cell tokens the text format prints for a row: count then percentage per count cell, the text of a statistic.</summary>
    public static List<string> ExpectedTextTokens(TableRow row)
    {
        var tokens = new List<string>();
        foreach (var cell in row.Cells)
        {
            switch (cell)
            {
                case CountCell count:
                    tokens.Add(Grouped(count.Count));
                    if (count.ShowPercent)
                    {
                        tokens.Add(ExpectedPercent(count));
                    }

                    break;
                case StatisticCell statistic:
                    tokens.Add(statistic.Text);
                    break;
            }
        }

        return tokens;
    }

    /// <summary>What a count cell's percentage must print, computed here from its count and base.</summary>
    public static string ExpectedPercent(CountCell cell) => cell.Base == 0 ? "-" : Percent.Format(cell.Count, cell.Base);

    /// <summary>CSV's percent_value: the printed percentage without its % sign; empty for a base of 0 or a total.</summary>
    public static string ExpectedPercentValue(CountCell cell) => !cell.ShowPercent || cell.Base == 0 ? string.Empty : Percent.Format(cell.Count, cell.Base).TrimEnd('%');

    /// <summary>
    /// The row lines of one table rendered as text: the lines just above the tests, the notes and the final blank line.
    /// </summary>
    public static string[] TextRowLines(Table table, string text)
    {
        var lines = text.Split('\n');
        Assert.Equal(string.Empty, lines[^1]);
        Assert.Equal(string.Empty, lines[^2]);
        var end = lines.Length - 2 - table.Notes.Count - table.Tests.Count;
        return lines[(end - table.Rows.Count)..end];
    }

    /// <summary>Splits a text row after its label into the cell tokens (separated by two or more spaces).</summary>
    public static List<string> TextTokens(string line, string label)
    {
        Assert.StartsWith(label, line, StringComparison.Ordinal);
        return [.. CellSeparator().Split(line[label.Length..]).Where(t => t.Length > 0)];
    }

    /// <summary>The cells of a Markdown table row, unescaped.</summary>
    public static List<string> MarkdownCells(string line)
    {
        Assert.StartsWith("| ", line, StringComparison.Ordinal);
        Assert.EndsWith(" |", line, StringComparison.Ordinal);
        return [.. UnescapedPipe().Split(line[2..^2]).Select(c => MarkdownEscape().Replace(c.Trim(), "$1"))];
    }

    /// <summary>Parses RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks; records end with CRLF.</summary>
    public static List<List<string>> ParseCsv(string csv)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < csv.Length)
        {
            if (csv[i] == '"' && field.Length == 0)
            {
                i++;
                while (true)
                {
                    if (i >= csv.Length)
                    {
                        throw new FormatException("Unterminated quoted field.");
                    }

                    if (csv[i] == '"')
                    {
                        if (i + 1 < csv.Length && csv[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(csv[i++]);
                }

                if (i < csv.Length && csv[i] != ',' && csv[i] != '\r')
                {
                    throw new FormatException($"Text after a closing quote at {i}.");
                }

                continue;
            }

            switch (csv[i])
            {
                case ',':
                    record.Add(field.ToString());
                    field.Clear();
                    i++;
                    break;
                case '\r':
                    if (i + 1 >= csv.Length || csv[i + 1] != '\n')
                    {
                        throw new FormatException($"Bare CR at {i}.");
                    }

                    record.Add(field.ToString());
                    field.Clear();
                    records.Add(record);
                    record = [];
                    i += 2;
                    break;
                case '\n':
                    throw new FormatException($"Bare LF at {i}: records must end with CRLF.");
                case '"':
                    throw new FormatException($"Quote inside an unquoted field at {i}.");
                default:
                    field.Append(csv[i++]);
                    break;
            }
        }

        if (field.Length > 0 || record.Count > 0)
        {
            throw new FormatException("The last record does not end with CRLF.");
        }

        return records;
    }

    public static JsonElement ParseJson(string json) => JsonDocument.Parse(json).RootElement.Clone();

    [GeneratedRegex(" {2,}")]
    private static partial Regex CellSeparator();

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex UnescapedPipe();

    [GeneratedRegex(@"\\([\\|*_`\[\]#<~$&])")]
    private static partial Regex MarkdownEscape();
}
