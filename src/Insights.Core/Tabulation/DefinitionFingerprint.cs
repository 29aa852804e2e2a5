using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Insights.Core.Tabulation;

/// <summary>
/// The fingerprint of a report definition (<see cref="Report{T}.Fingerprint"/>): SHA-256, as 64 lower-case hex
/// digits, of a canonical description of everything about the definition that can be seen without running it.
/// </summary>
/// <remarks>
/// The description holds, in order: a format version; the report's title; each section's title; for each
/// table its title, notes and counter width, the structure of its <see cref="Tally{T}"/> tree (each node's kind
/// and width; a set's members, nets and size mask; a number's histogram maximum; a group's labels) and the table
/// finished from all-zero counters (its columns: header, group and base; its rows: label, kind and cells). Every
/// text is written with its length first, so no two descriptions run together into the same bytes.
/// Accessors (the delegates that read an answer, a predicate of <see cref="Tally.Where{T}(Rule{T}, Tally{T})"/>, a group key) are
/// code, and code cannot be fingerprinted: two definitions that differ only in what a delegate reads get the
/// same fingerprint. A report's period and source are not part of it, since they change only how it is printed.
/// </remarks>
internal static class DefinitionFingerprint
{
    /// <summary>The version of the description; a change to what is described changes it, and so every fingerprint.</summary>
    internal const int Version = 1;

    internal static string Of<T>(Report<T> report)
    {
        var text = new Description();
        text.Word("insights-report-definition").Number(Version);
        text.Word("report").Text(report.Title);
        foreach (var section in report.Sections)
        {
            text.Word("section").Text(section.Title).Number(section.Tables.Count);
            foreach (var table in section.Tables)
            {
                Describe(table, text);
            }
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static void Describe<T>(Tabulator<T> table, Description text)
    {
        text.Word("table").Text(table.Title).Number(table.CounterCount);
        text.Word("notes").Number(table.Notes.Count);
        foreach (var note in table.Notes)
        {
            text.Text(note);
        }

        Describe(table.Counting, text);

        // The empty table shows what the counters mean to the reader (labels, columns, bases), which the tally's
        // shape alone does not: two choices over different enums of the same size have the same tree.
        var empty = table.Finish(new long[table.CounterCount]);
        text.Word("columns").Number(empty.Columns.Count);
        foreach (var column in empty.Columns)
        {
            text.Text(column.Header).Text(column.Group ?? string.Empty).Number(column.Base ?? -1);
        }

        text.Word("rows").Number(empty.Rows.Count);
        foreach (var row in empty.Rows)
        {
            text.Text(row.Label).Number((int)row.Kind);
            foreach (var cell in row.Cells)
            {
                switch (cell)
                {
                    case CountCell count:
                        text.Word("count").Number(count.ShowPercent ? 1 : 0);
                        break;
                    case StatisticCell statistic:
                        text.Word("statistic").Text(statistic.Text);
                        break;
                    default:
                        text.Word("none");
                        break;
                }
            }
        }

        text.Word("bases").Number(empty.Bases.Count);
        foreach (var tableBase in empty.Bases)
        {
            text.Text(tableBase.Label);
        }
    }

    private static void Describe<T>(Tally<T> tally, Description text)
    {
        switch (tally)
        {
            case CountTally<T>:
                text.Word("count");
                break;
            case BlankTally<T>:
                text.Word("blank").Number(tally.Width);
                break;
            case CodeTally<T>:
                text.Word("choice").Number(tally.Width);
                break;
            case SetTally<T> set:
                text.Word("set").Number(set.Width).Number(set.Members).Number(set.Nets.Count);
                foreach (var net in set.Nets)
                {
                    text.Unsigned(net);
                }

                text.Word(set.SizeMask is null ? "unsized" : "sized").Unsigned(set.SizeMask ?? 0);
                break;
            case NumberTally<T> number:
                text.Word("number").Number(number.Width).Number(number.Maximum);
                break;
            case WhereTally<T> where:
                text.Word("where").Number(where.Width);
                Describe(where.Inner, text);
                break;
            case ConcatTally<T> concat:
                text.Word("concat").Number(concat.Width).Number(concat.Parts.Count);
                foreach (var part in concat.Parts)
                {
                    Describe(part, text);
                }

                break;
            case GroupTally<T> group:
                text.Word("group").Number(group.Width).Number(group.Groups);
                for (var g = 0; g < group.Groups; g++)
                {
                    text.Text(group.LabelOf(g));
                }

                Describe(group.Inner, text);
                break;
            case EachTally<T>:
                // The items' own tally is held by the generic subclass and not reachable here; its width is.
                text.Word("each").Number(tally.Width);
                break;
            default:
                text.Word("tally").Number(tally.Width);
                break;
        }
    }

    /// <summary>The canonical description: space-separated tokens; a text is its UTF-16 length, a colon and itself.</summary>
    private sealed class Description
    {
        private readonly StringBuilder _text = new();

        internal Description Word(string word)
        {
            _text.Append('\n').Append(word);
            return this;
        }

        internal Description Number(long value)
        {
            _text.Append(' ').Append(value.ToString(CultureInfo.InvariantCulture));
            return this;
        }

        internal Description Unsigned(ulong value)
        {
            _text.Append(' ').Append(value.ToString(CultureInfo.InvariantCulture));
            return this;
        }

        internal Description Text(string value)
        {
            _text.Append(' ').Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
            return this;
        }

        public override string ToString() => _text.ToString();
    }
}
