using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Insights.Core.Tabulation;

namespace Insights.Core.Formatting;

/// <summary>
/// JSON written with <see cref="Utf8JsonWriter"/> (no reflection, so it survives trimming): a report object
/// with its sections, or one table object. The schema is documented in docs/output-formats.md.
/// </summary>
internal sealed class JsonTableFormatter : TableFormatter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",

        // Readable labels ("Don't know", "└"); the output is a data file, never embedded in HTML by us.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    internal static JsonTableFormatter Instance { get; } = new();

    internal override void Write(ReportResult report, TextWriter writer) => Emit(writer, json =>
    {
        json.WriteStartObject();
        json.WriteString("title", report.Title);
        if (report.Period is { } period)
        {
            json.WriteString("period", period);
        }

        if (report.Source is { } source)
        {
            json.WriteString("source", source);
        }

        if (report.Notices.Count > 0)
        {
            json.WriteStartArray("notices");
            foreach (var notice in report.Notices)
            {
                json.WriteStringValue(notice);
            }

            json.WriteEndArray();
        }

        json.WriteStartArray("sections");
        foreach (var section in report.Sections)
        {
            json.WriteStartObject();
            json.WriteString("title", section.Title);
            json.WriteStartArray("tables");
            foreach (var table in section.Tables)
            {
                WriteTable(json, table);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    internal override void Write(Table table, TextWriter writer) => Emit(writer, json => WriteTable(json, table));

    private static void Emit(TextWriter writer, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            write(json);
        }

        writer.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        writer.Write('\n');
    }

    private static void WriteTable(Utf8JsonWriter json, Table table)
    {
        json.WriteStartObject();
        json.WriteString("title", table.Title);
        json.WriteStartArray("bases");
        foreach (var tableBase in table.Bases)
        {
            json.WriteStartObject();
            json.WriteString("label", tableBase.Label);
            if (tableBase.IsSuppressed)
            {
                // A withheld base holds no number: null, and the symbol the other formats print.
                json.WriteNull("n");
                json.WriteString("suppressed", SuppressedCell.Symbol);
            }
            else
            {
                json.WriteNumber("n", tableBase.N);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("columns");
        foreach (var column in table.Columns)
        {
            json.WriteStartObject();
            json.WriteString("header", column.Header);
            WriteStringOrNull(json, "group", column.Group);
            if (column.Base is { } columnBase)
            {
                json.WriteNumber("base", columnBase);
            }
            else
            {
                json.WriteNull("base");
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("rows");
        foreach (var row in table.Rows)
        {
            json.WriteStartObject();
            json.WriteString("label", row.Label);
            json.WriteString("kind", RenderText.KindName(row.Kind));
            json.WriteStartArray("cells");
            foreach (var cell in row.Cells)
            {
                WriteCell(json, cell);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteStatistics(json, table);
        json.WriteStartArray("notes");
        foreach (var note in table.Notes)
        {
            json.WriteStringValue(note);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteCell(Utf8JsonWriter json, TableCell? cell)
    {
        switch (cell)
        {
            case CountCell count:
                json.WriteStartObject();
                json.WriteNumber("count", count.Count);
                json.WriteNumber("base", count.Base);
                WriteStringOrNull(json, "percent", count.PercentText.Length == 0 ? null : count.PercentText);
                WriteCellStatistics(json, count);
                json.WriteEndObject();
                break;
            case SuppressedCell:
                json.WriteStartObject();
                json.WriteString("suppressed", SuppressedCell.Symbol);
                json.WriteEndObject();
                break;
            case StatisticCell statistic:
                json.WriteStartObject();
                if (statistic.Value is { } value)
                {
                    json.WriteNumber("statistic", value);
                }
                else
                {
                    json.WriteNull("statistic");
                }

                json.WriteString("text", statistic.Text);
                json.WriteEndObject();
                break;
            default:
                json.WriteNullValue();
                break;
        }
    }

    // Written only when statistics were asked for, so the default output is unchanged. Proportions are written
    // as percentage points, like "percent", with every digit a double holds.
    private static void WriteStatistics(Utf8JsonWriter json, Table table)
    {
        if (table.Intervals is { } intervals)
        {
            json.WriteStartObject("intervals");
            json.WriteString("method", intervals.Method);
            json.WriteNumber("level", intervals.Level);
            json.WriteEndObject();
        }

        if (table.Tests.Count == 0)
        {
            return;
        }

        json.WriteStartArray("tests");
        foreach (var test in table.Tests)
        {
            json.WriteStartObject();
            json.WriteString("subject", test.Subject);
            json.WriteString("test", test.Test);
            json.WriteString("method", test.Method);
            WriteNumberOrNull(json, "statistic", test.Statistic);
            WriteNumberOrNull(json, "df", test.DegreesOfFreedom);
            WriteNumberOrNull(json, "p", test.PValue);
            WriteNumberOrNull(json, "p_adjusted", test.AdjustedPValue);
            json.WriteBoolean("significant", test.Significant);
            if (test.EffectSizeName is { } name)
            {
                json.WriteString("effect_size_name", name);
                WriteNumberOrNull(json, "effect_size", test.EffectSize);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteCellStatistics(Utf8JsonWriter json, CountCell cell)
    {
        if (cell.Interval is { } interval)
        {
            json.WriteStartObject("interval");
            json.WriteNumber("lower", RenderText.PointsValue(interval.Lower));
            json.WriteNumber("upper", RenderText.PointsValue(interval.Upper));
            json.WriteEndObject();
        }

        if (cell.Comparison is { } comparison)
        {
            json.WriteStartObject("comparison");
            json.WriteNumber("difference", RenderText.PointsValue(comparison.Difference));
            json.WriteNumber("lower", RenderText.PointsValue(comparison.Lower));
            json.WriteNumber("upper", RenderText.PointsValue(comparison.Upper));
            WriteNumberOrNull(json, "p", comparison.PValue);
            WriteNumberOrNull(json, "p_adjusted", comparison.AdjustedPValue);
            json.WriteBoolean("significant", comparison.Significant);
            json.WriteEndObject();
        }
    }

    // JSON has no NaN or infinity: a statistic that is not a number is written as null.
    private static void WriteNumberOrNull(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } number && double.IsFinite(number))
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteStringOrNull(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
