using Insights.Core.Tabulation;

namespace Insights.Core.Formatting;

/// <summary>
/// Writes evaluated tables and reports as text, Markdown, CSV, JSON or HTML. Output depends only on the
/// <see cref="Table"/> values: it is culture-invariant and deterministic (the same tables always give the same
/// characters), and every percentage printed is the cell's <see cref="TableCell.PercentText"/>, that is
/// <see cref="Percent.Format"/> of its count and base, or a dash when the base is 0.
/// </summary>
public static class TableRenderer
{
    /// <summary>Writes every section and table of <paramref name="report"/> to <paramref name="writer"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    public static void Write(ReportResult report, OutputFormat format, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        FormatterFor(format).Write(report, writer);
    }

    /// <summary>Writes one table to <paramref name="writer"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    public static void Write(Table table, OutputFormat format, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(writer);
        FormatterFor(format).Write(table, writer);
    }

    /// <summary>Returns one table written in <paramref name="format"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    public static string Render(Table table, OutputFormat format)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(table, format, writer);
        return writer.ToString();
    }

    /// <summary>Returns the whole report written in <paramref name="format"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    public static string Render(ReportResult report, OutputFormat format)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(report, format, writer);
        return writer.ToString();
    }

    /// <summary>
    /// Returns one table as an HTML fragment for a page of someone else's, such as a notebook's output: a
    /// <c>&lt;div&gt;</c> holding the table (caption with its title and n, header cells with their scope, the same
    /// figures as <see cref="OutputFormat.Html"/>) and its notes and tests, styled inline. It has no script, chart,
    /// style element or id, so it needs nothing from the page around it and changes nothing there; every text is
    /// escaped. Notebooks show it through the .NET Interactive extension the package carries (docs/getting-started.md).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public static string RenderHtmlFragment(Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        HtmlTableFormatter.WriteFragment(table, writer);
        return writer.ToString();
    }

    /// <summary>
    /// Returns a whole report as one HTML fragment, as <see cref="RenderHtmlFragment(Table)"/> does for a table: the
    /// report's title, period and source, then each section's heading and its tables (summary figures as tables too,
    /// and no charts, since a fragment has no script).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string RenderHtmlFragment(ReportResult report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        HtmlTableFormatter.WriteFragment(report, writer);
        return writer.ToString();
    }

    private static TableFormatter FormatterFor(OutputFormat format) => format switch
    {
        OutputFormat.Text => TextTableFormatter.Instance,
        OutputFormat.Markdown => MarkdownTableFormatter.Instance,
        OutputFormat.Csv => CsvTableFormatter.Instance,
        OutputFormat.Json => JsonTableFormatter.Instance,
        OutputFormat.Html => HtmlTableFormatter.Instance,
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Not a defined output format."),
    };
}

/// <summary>One output format.</summary>
internal abstract class TableFormatter
{
    internal abstract void Write(Table table, TextWriter writer);

    internal abstract void Write(ReportResult report, TextWriter writer);
}
