using System.Globalization;
using System.Text;
using Insights.Core.Tabulation;

namespace Insights.Core.Formatting;

/// <summary>Text pieces shared by the formats, all culture-invariant.</summary>
internal static class RenderText
{
    internal const string SubCategoryMarker = "└ ";

    /// <summary>A count for machine-readable output (CSV): the plain invariant digits, <c>1346</c>.</summary>
    internal static string Count(long count) => count.ToString(CultureInfo.InvariantCulture);

    /// <summary>A count as people read it, in text and Markdown (and HTML): invariant thousands separators, <c>1,346</c>.</summary>
    internal static string Grouped(long count) => WithThousands(count);

    /// <summary>A proportion in [0, 1] (or a difference in [-1, 1]) as percentage points with one decimal.</summary>
    internal static string Points(double proportion) => (proportion * 100).ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>A proportion as percentage points with every digit a double holds, for machine-readable output.</summary>
    internal static double PointsValue(double proportion) => proportion * 100;

    /// <summary>The text printed beside a count cell's percentage: its interval, and the mark of a significant comparison.</summary>
    internal static string CellStatistics(CountCell cell)
    {
        var text = cell.Interval is { } interval ? $"[{Points(interval.Lower)}, {Points(interval.Upper)}]" : string.Empty;
        return cell.Comparison is { Significant: true } ? text + "*" : text;
    }

    /// <summary>A p-value as printed: three significant digits, or "&lt; 0.001".</summary>
    internal static string PValue(double p) => p < 0.001 ? "< 0.001" : "= " + p.ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>One line for a test: subject, name, method, statistic, df, p-value (adjusted too, when it was).</summary>
    internal static string Test(TableTest test)
    {
        var line = new System.Text.StringBuilder("Test");
        if (test.Subject.Length > 0)
        {
            line.Append(" (").Append(OneLine(test.Subject)).Append(')');
        }

        // A method's text usually names its test ("Stuart-Maxwell on 3 categories"); the name is then not repeated.
        line.Append(": ");
        if (!test.Method.StartsWith(test.Test, StringComparison.Ordinal))
        {
            line.Append(OneLine(test.Test)).Append(", ");
        }

        line.Append(OneLine(test.Method));
        line.Append("; statistic ").Append(test.Statistic.ToString("0.###", CultureInfo.InvariantCulture));
        if (test.DegreesOfFreedom is { } df)
        {
            line.Append(", df ").Append(df.ToString("0.##", CultureInfo.InvariantCulture));
        }

        line.Append(", p ").Append(PValue(test.PValue));
        if (test.AdjustedPValue is { } adjusted)
        {
            line.Append(", adjusted p ").Append(PValue(adjusted));
        }

        if (test.EffectSize is { } effect && test.EffectSizeName is { } name)
        {
            line.Append(", ").Append(OneLine(name)).Append(' ').Append(effect.ToString("0.000", CultureInfo.InvariantCulture));
        }

        if (test.Significant)
        {
            line.Append(" (significant)");
        }

        return line.ToString();
    }

    internal static string WithThousands(long count) => count.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>
    /// Splits a statistic's text into its number and what follows it, when the text is the value's invariant text
    /// (with the decimals printed, which the value keeps as its scale) followed by a unit: <c>36.4 years</c> is
    /// 36.4 with one decimal and <c> years</c>. Statistics the tabulators make always split; a hand-made cell whose
    /// text does not start with its value's text, or has no value, does not, and stays text.
    /// </summary>
    internal static bool TrySplitStatistic(StatisticCell cell, out decimal value, out string suffix)
    {
        value = default;
        suffix = string.Empty;
        if (cell.Value is not { } number)
        {
            return false;
        }

        var shown = number.ToString(CultureInfo.InvariantCulture);
        if (!cell.Text.StartsWith(shown, StringComparison.Ordinal))
        {
            return false;
        }

        // A digit or a decimal point right after would make the number longer than the value ("1.5" in "1.55").
        var rest = cell.Text[shown.Length..];
        if (rest.Length > 0 && (char.IsAsciiDigit(rest[0]) || rest[0] == '.'))
        {
            return false;
        }

        value = number;
        suffix = rest;
        return true;
    }

    /// <summary>The stable name of a row kind in CSV and JSON.</summary>
    internal static string KindName(RowKind kind) => kind switch
    {
        RowKind.Category => "category",
        RowKind.SubCategory => "subCategory",
        RowKind.Net => "net",
        RowKind.Total => "total",
        RowKind.Statistic => "statistic",
        RowKind.Missing => "missing",
        RowKind.Derived => "derived",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined row kind."),
    };

    /// <summary>Whether a column's group is worth printing: it says something its header does not already say.</summary>
    internal static bool ShowsGroup(TableColumn column)
        => column.Group is { Length: > 0 } group
            && !string.Equals(column.Header, group, StringComparison.Ordinal)
            && !column.Header.StartsWith(group + ":", StringComparison.Ordinal);

    /// <summary>The column's full name for formats with one header per column: "Group: Header" when the group adds something.</summary>
    internal static string ColumnTitle(TableColumn column)
        => !ShowsGroup(column) ? column.Header : column.Header.Length == 0 ? column.Group! : $"{column.Group}: {column.Header}";

    /// <summary>
    /// Puts text on one line with single spaces: control characters (tabs, line breaks) and runs of white space
    /// become one space, so that two spaces only ever separate cells in the text format and a line break
    /// never splits a Markdown row.
    /// </summary>
    internal static string OneLine(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>The n line of a table: each base as <c>label=1,820</c>, or <c>label = 1,820</c> when <paramref name="spaced"/>.</summary>
    internal static IEnumerable<string> Bases(Table table, bool spaced)
        => table.Bases.Select(b => $"{OneLine(b.Label)}{(spaced ? " = " : "=")}{(b.IsSuppressed ? SuppressedCell.Symbol : WithThousands(b.N))}");

    /// <summary>
    /// The bases a table shows, spaced (<c>n = 1,820</c>), never empty: the stated <see cref="Table.Bases"/> when it has
    /// any; otherwise what its percentages are of, read off the cells that print one. One base for every such cell
    /// gives <c>n = 1,086</c>. Else each column with percentages says its own: its <see cref="TableColumn.Base"/>, the
    /// one base of its cells, <c>the row's count under</c> another column when every cell's base is that column's count
    /// in the same row (the needs-support-impact matrix), or the range of its bases (<c>n = 200 to 781, by row</c>).
    /// A table without percentages says so (<c>n: none (no percentages in this table)</c>).
    /// </summary>
    internal static IReadOnlyList<string> ShownBases(Table table)
    {
        if (table.Bases.Count > 0)
        {
            return [.. Bases(table, spaced: true)];
        }

        var percentages = Enumerable.Range(0, table.Columns.Count)
            .Select(c => table.Rows.Select(r => r.Cells[c]).OfType<CountCell>().Where(cell => cell.ShowPercent).ToArray())
            .ToArray();
        var all = percentages.SelectMany(cells => cells).Select(cell => cell.Base).Distinct().ToArray();
        if (all.Length == 0)
        {
            return [NoBase];
        }

        if (all.Length == 1)
        {
            return ["n = " + WithThousands(all[0])];
        }

        // Each column's base, columns with the same one named together: n (Improved safety, Improved wellbeing) = ….
        var shown = new List<(List<string> Columns, string Base)>();
        for (var c = 0; c < table.Columns.Count; c++)
        {
            if (percentages[c].Length == 0)
            {
                continue;
            }

            var column = table.Columns[c];
            var bases = percentages[c].Select(cell => cell.Base).Distinct().ToArray();
            var text = column.IsBaseSuppressed ? SuppressedCell.Symbol
                : column.Base is { } stated ? WithThousands(stated)
                : bases.Length == 1 ? WithThousands(bases[0])
                : BaseColumn(table, c) is { } other && ShortTitle(table, other) is { Length: > 0 } otherTitle ? $"the row's count under {otherTitle}"
                : $"{WithThousands(bases.Min())} to {WithThousands(bases.Max())}, by row";
            var title = ShortTitle(table, c);
            if (shown.Count > 0 && shown[^1].Base == text && title.Length > 0 && shown[^1].Columns.Count > 0)
            {
                shown[^1].Columns.Add(title);
            }
            else
            {
                shown.Add((title.Length == 0 ? [] : [title], text));
            }
        }

        return [.. shown.Select(s => s.Columns.Count == 0 ? $"n = {s.Base}" : $"n ({string.Join(", ", s.Columns)}) = {s.Base}")];
    }

    /// <summary>A column's name in an n line: its header when no other column has that header, else its group and header.</summary>
    private static string ShortTitle(Table table, int c)
    {
        var header = OneLine(table.Columns[c].Header);
        return header.Length > 0 && table.Columns.Where((_, i) => i != c).All(other => !string.Equals(OneLine(other.Header), header, StringComparison.Ordinal))
            ? header
            : OneLine(ColumnTitle(table.Columns[c]));
    }

    /// <summary>The n line of a table with no percentages, whose figures are not parts of a base.</summary>
    internal const string NoBase = "n: none (no percentages in this table)";

    /// <summary>Another column whose count, in every row, is the base of column <paramref name="c"/>'s percentage.</summary>
    private static int? BaseColumn(Table table, int c)
    {
        for (var other = 0; other < table.Columns.Count; other++)
        {
            if (other == c)
            {
                continue;
            }

            var explains = true;
            var any = false;
            foreach (var row in table.Rows)
            {
                if (row.Cells[c] is not CountCell { ShowPercent: true } cell)
                {
                    continue;
                }

                any = true;
                if (row.Cells[other] is not CountCell counted || counted.Count != cell.Base)
                {
                    explains = false;
                    break;
                }
            }

            if (any && explains)
            {
                return other;
            }
        }

        return null;
    }
}

/// <summary>Writes lines ended by <c>\n</c> whatever <see cref="TextWriter.NewLine"/> is, so output is the same on every OS.</summary>
internal static class LineWriter
{
    internal static void Line(this TextWriter writer, string text)
    {
        writer.Write(text);
        writer.Write('\n');
    }

    internal static void Line(this TextWriter writer) => writer.Write('\n');
}
