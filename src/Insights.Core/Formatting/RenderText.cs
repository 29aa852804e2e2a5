using System.Globalization;
using System.Text;
using Insights.Core.Tabulation;

namespace Insights.Core.Formatting;

/// <summary>Text pieces shared by the formats, all culture-invariant.</summary>
internal static class RenderText
{
    internal const string SubCategoryMarker = "└ ";

    internal static string Count(long count) => count.ToString(CultureInfo.InvariantCulture);

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
