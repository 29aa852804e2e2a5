using System.Globalization;
using System.Text;
using System.Text.Json;
using Insights.Core.Tabulation;

namespace Insights.Core.Formatting;

/// <summary>
/// One self-contained HTML document: styles, scripts and charts inline, and a Content-Security-Policy that lets the
/// page load nothing, so that opening it never makes a request. Every table is an accessible table (caption with its
/// title and n, header cells with their scope, notes and tests below it), and beside it, where a chart helps, a
/// Chart.js chart drawn in the browser from a JSON data island of the figures the table prints (percentages are the
/// cells' <see cref="TableCell.PercentText"/> and <see cref="CountCell.PercentValue"/>, never recomputed):
/// horizontal bars for a table of one column, paired bars for intake against exit, grouped bars for two columns, and
/// for a grid of three or more columns small multiples: one chart of bars per column, all on one scale, below the
/// table. A table whose columns fall into groups (the needs–support–impact matrix, whose columns have different
/// meanings and bases) is shaded by each cell's percentage instead. Tables of figures without percentages (counts alone, per-100 figures, averages) and tables of a single
/// percentage are drawn as panels of large figures, with the table one click away; a whole number from 0 to 100 in
/// a table without an n (the "service of 100") gets a waffle of 100 squares.
/// </summary>
/// <remarks>
/// The choices depend on the shape of a <see cref="Table"/> only, never on a particular report. All text from the
/// tables is put on one line (<see cref="RenderText.OneLine"/>) and escaped; the data islands escape every
/// HTML-significant character, so no label can end a script element. The output is deterministic.
/// </remarks>
internal sealed class HtmlTableFormatter : TableFormatter
{
    // Everything the page may do: run and style itself, and show data: images; no request of any kind.
    internal const string ContentSecurityPolicy = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:";

    private const string ResourcePrefix = "Insights.Core.Formatting.Html.";

    // Default encoder: it escapes <, >, &, ' and everything outside ASCII, so "</script" cannot occur in an island.
    private static readonly JsonWriterOptions IslandOptions = new() { Indented = false };

    private static readonly Lazy<string> Styles = new(() => Resource("report.css"));
    private static readonly Lazy<string> EarlyScript = new(() => Resource("early.js"));
    private static readonly Lazy<string> ChartScript = new(() => Resource("report.js"));
    private static readonly Lazy<string> ChartJs = new(ChartJsWithLicence);

    internal static HtmlTableFormatter Instance { get; } = new();

    private enum ChartKind
    {
        None,
        Bars,
        Paired,
        Grouped,
        Multiples,
        Heat,
    }

    internal override void Write(ReportResult report, TextWriter writer)
    {
        var page = new Page(writer);
        page.Start(report.Title);
        writer.Line("<nav class=\"contents\" aria-label=\"Contents\">");
        writer.Line("<h2>Contents</h2>");
        writer.Line("<ol>");
        for (var s = 0; s < report.Sections.Count; s++)
        {
            writer.Line($"<li><a href=\"#{SectionId(s)}\">{Text(report.Sections[s].Title)}</a></li>");
        }

        writer.Line("</ol>");
        writer.Line("</nav>");
        writer.Line("<main id=\"main\">");
        writer.Line("<header class=\"report\">");
        writer.Line($"<h1>{Text(report.Title)}</h1>");
        if (report.Period is { } period)
        {
            writer.Line($"<p>Period: {Text(period)}</p>");
        }

        if (report.Source is { } source)
        {
            writer.Line($"<p>Source: {Text(source)}</p>");
        }

        foreach (var notice in report.Notices)
        {
            writer.Line($"<p class=\"notice\" role=\"note\">{Text(notice)}</p>");
        }

        writer.Line("</header>");
        for (var s = 0; s < report.Sections.Count; s++)
        {
            var section = report.Sections[s];
            writer.Line($"<section class=\"report-section\" id=\"{SectionId(s)}\" aria-labelledby=\"{SectionId(s)}-h\">");
            writer.Line($"<h2 id=\"{SectionId(s)}-h\">{Text(section.Title)}</h2>");
            foreach (var table in section.Tables)
            {
                page.Table(table, section.Title);
            }

            writer.Line("</section>");
        }

        writer.Line("</main>");
        page.End();
    }

    internal override void Write(Table table, TextWriter writer)
    {
        var page = new Page(writer);
        page.Start(table.Title);
        writer.Line("<main id=\"main\" class=\"single\">");
        page.Table(table, sectionTitle: null);
        writer.Line("</main>");
        page.End();
    }

    /// <summary>
    /// One table as an HTML fragment to put inside another page (a notebook's output): the same table element, notes
    /// and tests as the page, styled inline, with no script, chart, id or style element, so it depends on nothing
    /// around it and affects nothing around it.
    /// </summary>
    internal static void WriteFragment(Table table, TextWriter writer)
    {
        writer.Line($"<div class=\"insights-table\" style=\"{Inline.Block}\">");
        new Page(writer, inline: true).Table(table, sectionTitle: null);
        writer.Line("</div>");
    }

    /// <summary>A whole report as one fragment: its title, period and source, then each section's heading and tables.</summary>
    internal static void WriteFragment(ReportResult report, TextWriter writer)
    {
        var page = new Page(writer, inline: true);
        writer.Line($"<div class=\"insights-report\" style=\"{Inline.Block}\">");
        writer.Line($"<h2 style=\"{Inline.Title}\">{Text(report.Title)}</h2>");
        if (report.Period is { } period)
        {
            writer.Line($"<p style=\"{Inline.Muted}\">Period: {Text(period)}</p>");
        }

        if (report.Source is { } source)
        {
            writer.Line($"<p style=\"{Inline.Muted}\">Source: {Text(source)}</p>");
        }

        foreach (var notice in report.Notices)
        {
            writer.Line($"<p role=\"note\" style=\"{Inline.Notice}\">{Text(notice)}</p>");
        }

        foreach (var section in report.Sections)
        {
            writer.Line($"<h3 style=\"{Inline.Section}\">{Text(section.Title)}</h3>");
            foreach (var table in section.Tables)
            {
                page.Table(table, section.Title);
            }
        }

        writer.Line("</div>");
    }

    private static string SectionId(int index) => "s" + (index + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>Text from a table or report, on one line and escaped for HTML content and attribute values.</summary>
    internal static string Text(string text) => Escape(Clean(text));

    /// <summary>
    /// Text from a table or report on one line (<see cref="RenderText.OneLine"/>), with every unpaired surrogate, which
    /// no UTF-8 document or JSON text can hold, replaced by U+FFFD.
    /// </summary>
    internal static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var rune in EnumerateRunes(RenderText.OneLine(text)))
        {
            builder.Append(rune.ToString());
        }

        return builder.ToString();
    }

    /// <summary>Escapes the five characters HTML gives a meaning; an unpaired surrogate becomes U+FFFD.</summary>
    internal static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        foreach (var rune in EnumerateRunes(text))
        {
            switch (rune.Value)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                default: builder.Append(rune.ToString()); break;
            }
        }

        return builder.ToString();
    }

    private static IEnumerable<Rune> EnumerateRunes(string text)
    {
        for (var i = 0; i < text.Length;)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var used) != System.Buffers.OperationStatus.Done)
            {
                rune = Rune.ReplacementChar;
            }

            yield return rune;
            i += Math.Max(1, used);
        }
    }

    private static string Resource(string name)
    {
        using var stream = typeof(HtmlTableFormatter).Assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"The resource '{name}' of the HTML report is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>The Chart.js bundle preceded by its licence, which the MIT licence asks to travel with the code.</summary>
    private static string ChartJsWithLicence()
    {
        var bundle = Resource("chart.umd.min.js");

        // Inlined in a script element, whose end the first "</script" would be; the update script refuses such a
        // bundle, and this keeps a hand-edited one from breaking every page silently.
        if (bundle.Contains("</script", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException("The embedded Chart.js bundle contains '</script' and cannot be inlined.");
        }

        var licence = Resource("chart.js.LICENSE.md").Replace("*/", "* /", StringComparison.Ordinal).TrimEnd();
        return "/*! Chart.js, embedded unchanged. Its licence:\n" + licence + "\n*/\n" + bundle;
    }

    /// <summary>What chart, if any, goes beside a table: decided by the table's shape alone.</summary>
    private static ChartKind ChartFor(Table table)
    {
        if (IsPanel(table) || table.Columns.Count == 0)
        {
            return ChartKind.None;
        }

        var withPercent = table.Rows.Count(r => Charted(r) && r.Cells.Any(c => c is CountCell { PercentValue: not null }));
        if (table.Columns.Count >= 3)
        {
            // Columns in groups are different measures side by side (needs, support, impact): one chart per column
            // would set unlike things on one scale, so the cells are shaded instead. So is a grid of one row, whose
            // charts would be single bars.
            return withPercent == 0 ? ChartKind.None
                : withPercent >= 2 && !table.Columns.Any(RenderText.ShowsGroup) ? ChartKind.Multiples
                : ChartKind.Heat;
        }

        // One bar is not a comparison; the table says it as well.
        if (withPercent < 2)
        {
            return ChartKind.None;
        }

        if (table.Columns.Count == 2)
        {
            return string.Equals(table.Columns[0].Header, "Intake", StringComparison.Ordinal) && string.Equals(table.Columns[1].Header, "Exit", StringComparison.Ordinal)
                ? ChartKind.Paired
                : ChartKind.Grouped;
        }

        return ChartKind.Bars;
    }

    /// <summary>
    /// Rows that are bars: answers and derived counts. Nets and totals repeat their members, and the missing
    /// answers sit outside the base the percentages above them use, so a bar for them would mislead.
    /// </summary>
    private static bool Charted(TableRow row) => row.Kind is RowKind.Category or RowKind.SubCategory or RowKind.Derived;

    private static bool IsPanel(Table table) => IsFigures(table) || IsSingleFigure(table);

    /// <summary>One column of counts without percentages or statistics only: large figures, not a chart of bars.</summary>
    private static bool IsFigures(Table table)
        => table.Columns.Count == 1 && table.Rows.Count > 0
            && table.Rows.All(r => r.Cells[0] is CountCell { ShowPercent: false } or StatisticCell);

    /// <summary>One percentage: one large figure.</summary>
    private static bool IsSingleFigure(Table table)
        => table.Columns.Count == 1 && table.Rows.Count == 1 && table.Rows[0].Cells[0] is CountCell { PercentValue: not null };

    /// <summary>A whole number from 0 to 100 without a unit, in a table without an n: a figure per 100, drawn as a waffle.</summary>
    private static bool TryPerHundred(Table table, TableCell? cell, out int value)
    {
        value = 0;
        if (table.Bases.Count > 0 || cell is not StatisticCell { Value: { } number } statistic
            || number != decimal.Truncate(number) || number < 0 || number > 100
            || !string.Equals(statistic.Text, number.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal))
        {
            return false;
        }

        value = (int)number;
        return true;
    }

    /// <summary>
    /// The styles of a fragment, inline: the page's style sheet (Html/report.css) said for each element, with its
    /// colours spelt out, since a notebook's own style sheet may style tables and a fragment must not add one.
    /// </summary>
    private static class Inline
    {
        internal const string Block = "font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif;color:#1d1b22;background:#ffffff;padding:.25rem";
        internal const string Title = "font-size:1.4rem;margin:0 0 .4rem;color:#5b2a86";
        internal const string Section = "font-size:1.15rem;margin:1.5rem 0 .75rem;padding-bottom:.25rem;border-bottom:3px solid #5b2a86";
        internal const string Muted = "margin:.2rem 0;color:#5d5866";
        internal const string Notice = "margin:.5rem 0;padding:.4rem .6rem;border-left:4px solid #d9681a;background:#fdf3ea";
        internal const string Table = "margin:0 0 1.25rem";
        internal const string Scroll = "overflow-x:auto;max-width:100%";
        internal const string TableElement = "border-collapse:collapse;font-size:.9rem;font-variant-numeric:tabular-nums;color:#1d1b22;background:#ffffff";
        internal const string Caption = "text-align:left;font-weight:600;padding:0 0 .4rem;caption-side:top";
        internal const string CaptionN = "font-weight:400;color:#5d5866;margin-left:.5rem;white-space:nowrap";
        internal const string HeadCell = "padding:.3rem .5rem;border-bottom:2px solid #1d1b22";
        internal const string LabelHeader = HeadCell + ";text-align:left";
        internal const string ColumnHeader = HeadCell + ";text-align:right;font-weight:600;color:#5d5866;vertical-align:bottom";
        internal const string GroupHeader = "padding:.3rem .5rem;text-align:center;font-weight:600;color:#5d5866;border-bottom:1px solid #d9d4e0";
        internal const string ColumnN = "font-weight:400";
        internal const string Hidden = "position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap";
        internal const string Cell = "padding:.3rem .5rem;border-bottom:1px solid #d9d4e0;vertical-align:top;text-align:right;white-space:nowrap";
        internal const string TextCell = "padding:.3rem .5rem;border-bottom:1px solid #d9d4e0;vertical-align:top;text-align:right";
        internal const string Percent = "display:inline-block;min-width:3.6em;margin-left:.1em;color:#5d5866";
        internal const string HeatPercent = "display:inline-block;min-width:3.6em;margin-left:.1em";
        internal const string Interval = "display:block;font-size:.78rem;color:#5d5866";
        internal const string Significant = "color:#d9681a;font-weight:700;text-decoration:none;margin-left:.1em";
        internal const string Legend = "font-size:.8rem;color:#5d5866;margin:.35rem 0 0";
        internal const string Swatch = "display:inline-block;width:5rem;height:.7rem;vertical-align:middle;margin:0 .3rem;background:linear-gradient(to right,rgba(91,42,134,.04),rgba(91,42,134,.62));border:1px solid #d9d4e0";
        internal const string Notes = "margin:.5rem 0 0;padding:0;list-style:none;font-size:.82rem;color:#5d5866";

        /// <summary>Nets and totals bold, a total under a rule, missing answers in muted italics, statistics tinted.</summary>
        internal static string Row(RowKind kind) => kind switch
        {
            RowKind.Net => "font-weight:600",
            RowKind.Total => "font-weight:600;border-top:2px solid #1d1b22",
            RowKind.Missing => "font-style:italic;color:#5d5866",
            RowKind.Statistic => "background:#f5f2f8",
            _ => string.Empty,
        };

        internal static string RowHeader(RowKind kind)
            => "padding:.3rem .5rem;border-bottom:1px solid #d9d4e0;vertical-align:top;text-align:left;font-weight:inherit;min-width:8rem"
                + (kind == RowKind.SubCategory ? ";padding-left:1.6rem" : string.Empty);
    }

    /// <summary>One page being written: the document's frame and a running number that makes every id unique.</summary>
    private sealed class Page(TextWriter writer, bool inline = false)
    {
        private int _tables;

        /// <summary>A style attribute in a fragment (which no style sheet reaches), nothing on the page.</summary>
        private string Style(string css) => inline ? $" style=\"{css}\"" : string.Empty;

        internal void Start(string title)
        {
            writer.Line("<!DOCTYPE html>");
            writer.Line("<html lang=\"en\">");
            writer.Line("<head>");
            writer.Line("<meta charset=\"utf-8\">");
            writer.Line($"<meta http-equiv=\"Content-Security-Policy\" content=\"{ContentSecurityPolicy}\">");
            writer.Line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
            writer.Line("<meta name=\"generator\" content=\"Insights.Core\">");
            writer.Line($"<title>{Text(title)}</title>");
            writer.Line("<script>");
            writer.Write(EarlyScript.Value);
            writer.Line("</script>");
            writer.Line("<style>");
            writer.Write(Styles.Value);
            writer.Line("</style>");
            writer.Line("</head>");
            writer.Line("<body>");
            writer.Line("<a class=\"skip\" href=\"#main\">Skip to the report</a>");
        }

        internal void End()
        {
            writer.Line("<script>");
            writer.Line(ChartJs.Value);
            writer.Line("</script>");
            writer.Line("<script>");
            writer.Write(ChartScript.Value);
            writer.Line("</script>");
            writer.Line("</body>");
            writer.Line("</html>");
        }

        internal void Table(Table table, string? sectionTitle)
        {
            _tables++;
            var id = "t" + _tables.ToString(CultureInfo.InvariantCulture);
            if (inline)
            {
                // A fragment has no script to draw charts and no style sheet for panels: every table is a table.
                var shaded = ChartFor(table) == ChartKind.Heat;
                writer.Line($"<div class=\"block\" style=\"{Inline.Table}\">");
                TableElement(table, id, heat: shaded);
                Below(table, heat: shaded);
                writer.Line("</div>");
                return;
            }

            if (IsPanel(table))
            {
                Panel(table, id, sectionTitle);
                return;
            }

            var chart = ChartFor(table);
            var drawsChart = chart is ChartKind.Bars or ChartKind.Paired or ChartKind.Grouped;
            writer.Line($"<div class=\"block\" id=\"{id}\">");
            writer.Line(drawsChart ? "<div class=\"pair with-chart\">" : "<div class=\"pair\">");
            writer.Line("<div>");
            TableElement(table, id, heat: chart == ChartKind.Heat);
            Below(table, heat: chart == ChartKind.Heat);
            writer.Line("</div>");
            if (drawsChart)
            {
                Chart(table, id, chart);
            }

            writer.Line("</div>");
            if (chart == ChartKind.Multiples)
            {
                Multiples(table, id);
            }

            writer.Line("</div>");
        }

        /// <summary>Large figures in cards; the same figures as a table, collapsed under them.</summary>
        private void Panel(Table table, string id, string? sectionTitle)
        {
            writer.Line($"<div class=\"panel\" id=\"{id}\">");

            // The section's only table often bears the section's title ("At a glance"): one heading says it.
            if (!string.Equals(table.Title, sectionTitle, StringComparison.Ordinal) || table.Bases.Count > 0)
            {
                writer.Line($"<h3>{Text(table.Title)}{NText(table, " class=\"n\"")}</h3>");
            }

            writer.Line("<ul class=\"figures\">");
            foreach (var row in table.Rows)
            {
                var cell = row.Cells[0];
                var (value, detail) = cell switch
                {
                    CountCell { ShowPercent: true } count => (Escape(count.PercentText), $"{RenderText.WithThousands(count.Count)} of {RenderText.WithThousands(count.Base)}"),
                    CountCell count => (RenderText.WithThousands(count.Count), string.Empty),
                    StatisticCell statistic => (Text(statistic.Text), string.Empty),
                    SuppressedCell => (Escape(SuppressedCell.Symbol), "withheld to protect the people counted"),
                    _ => (string.Empty, string.Empty),
                };
                writer.Write($"<li class=\"figure\"><span class=\"value\">{value}</span><span class=\"label\">{Text(row.Label)}</span>");
                if (detail.Length > 0)
                {
                    writer.Write($"<span class=\"detail\">{detail}</span>");
                }

                if (TryPerHundred(table, cell, out var perHundred))
                {
                    Waffle(perHundred, row.Label);
                }

                writer.Line("</li>");
            }

            writer.Line("</ul>");
            writer.Line("<details class=\"as-table\"><summary>The figures as a table</summary>");
            TableElement(table, id, heat: false);
            Below(table, heat: false);
            writer.Line("</details>");
            writer.Line("</div>");
        }

        private void Waffle(int value, string label)
        {
            writer.Write($"<span class=\"waffle\" role=\"img\" aria-label=\"{value.ToString(CultureInfo.InvariantCulture)} in 100 {Text(label)}\">");
            for (var i = 0; i < 100; i++)
            {
                writer.Write(i < value ? "<span class=\"on\"></span>" : "<span></span>");
            }

            writer.Write("</span>");
        }

        private void TableElement(Table table, string id, bool heat)
        {
            writer.Line($"<div class=\"table-scroll\"{Style(Inline.Scroll)}>");
            writer.Line($"<table{(inline ? string.Empty : $" id=\"{id}-table\"")}{(heat ? " class=\"heat\"" : string.Empty)}{Style(Inline.TableElement)}>");
            writer.Line($"<caption{Style(Inline.Caption)}><span class=\"title\">{Text(table.Title)}</span>{NText(table, " class=\"n\"" + Style(Inline.CaptionN))}</caption>");
            writer.Line("<thead>");
            var groups = table.Columns.Select(c => RenderText.ShowsGroup(c) ? c.Group! : string.Empty).ToArray();
            if (groups.Any(g => g.Length > 0))
            {
                writer.Write($"<tr><td{Style(Inline.HeadCell)}></td>");
                for (var start = 0; start < groups.Length;)
                {
                    var end = start + 1;
                    while (end < groups.Length && string.Equals(groups[end], groups[start], StringComparison.Ordinal))
                    {
                        end++;
                    }

                    var span = end - start;
                    writer.Write(groups[start].Length == 0
                        ? string.Concat(Enumerable.Repeat($"<td{Style(Inline.HeadCell)}></td>", span))
                        : $"<th scope=\"colgroup\" colspan=\"{span.ToString(CultureInfo.InvariantCulture)}\"{Style(Inline.GroupHeader)}>{Text(groups[start])}</th>");
                    start = end;
                }

                writer.Line("</tr>");
            }

            writer.Write(inline
                ? $"<tr><th scope=\"col\" class=\"label\"{Style(Inline.LabelHeader)}><span style=\"{Inline.Hidden}\">Row</span></th>"
                : "<tr><th scope=\"col\" class=\"label\"><span class=\"visually-hidden\">Row</span></th>");
            for (var c = 0; c < table.Columns.Count; c++)
            {
                var column = table.Columns[c];
                var header = column.Header.Length > 0 ? Text(column.Header)
                    : table.Rows.Any(r => r.Cells[c] is CountCell { ShowPercent: true }) ? "Count and %"
                    : table.Rows.All(r => r.Cells[c] is null or StatisticCell) ? "Value" : "Count";
                // A lone column's n is usually the table's, which the caption already states.
                var saysCaption = table.Columns.Count == 1 && table.Bases.Count == 1 && table.Bases[0].N == column.Base;
                var columnBase = column.Base is { } n && !saysCaption ? $"<br><span class=\"n\"{Style(Inline.ColumnN)}>n={RenderText.WithThousands(n)}</span>" : string.Empty;
                writer.Write($"<th scope=\"col\"{Style(Inline.ColumnHeader)}>{header}{columnBase}</th>");
            }

            writer.Line("</tr>");
            writer.Line("</thead>");
            writer.Line("<tbody>");
            foreach (var row in table.Rows)
            {
                if (inline)
                {
                    // The page's style sheet marks sub-categories with "└ "; a fragment says it in the text.
                    var mark = row.Kind == RowKind.SubCategory ? "└ " : string.Empty;
                    writer.Write($"<tr class=\"{RowClass(row.Kind)}\"{(Inline.Row(row.Kind) is { Length: > 0 } rowStyle ? Style(rowStyle) : string.Empty)}><th scope=\"row\"{Style(Inline.RowHeader(row.Kind))}>{mark}{Text(row.Label)}</th>");
                }
                else
                {
                    writer.Write($"<tr class=\"{RowClass(row.Kind)}\"><th scope=\"row\">{Text(row.Label)}</th>");
                }

                foreach (var cell in row.Cells)
                {
                    writer.Write(Cell(cell, heat));
                }

                writer.Line("</tr>");
            }

            writer.Line("</tbody>");
            writer.Line("</table>");
            writer.Line("</div>");
        }

        private static string RowClass(RowKind kind) => kind switch
        {
            RowKind.SubCategory => "subcategory",
            RowKind.Net => "net",
            RowKind.Total => "total",
            RowKind.Statistic => "statistic",
            RowKind.Missing => "missing",
            RowKind.Derived => "derived",
            _ => "category",
        };

        private string Cell(TableCell? cell, bool heat)
        {
            var td = Style(Inline.Cell);
            switch (cell)
            {
                case null:
                    return $"<td{td}></td>";
                case StatisticCell statistic:
                    return $"<td class=\"text\"{Style(Inline.TextCell)}>{Text(statistic.Text)}</td>";
                case CountCell count:
                    var html = new StringBuilder();
                    html.Append(heat && count.PercentValue is { } shade ? HeatStyle(shade, inline ? Inline.Cell + ";" : string.Empty) : $"<td{td}>");
                    html.Append(RenderText.WithThousands(count.Count));
                    if (count.PercentText.Length > 0)
                    {
                        html.Append(" <span class=\"pct\"").Append(Style(heat ? Inline.HeatPercent : Inline.Percent)).Append('>').Append(Escape(count.PercentText)).Append("</span>");
                    }

                    if (count.Interval is { } interval)
                    {
                        html.Append(" <span class=\"ci\"").Append(Style(Inline.Interval)).Append(">[").Append(RenderText.Points(interval.Lower)).Append(", ").Append(RenderText.Points(interval.Upper)).Append("]</span>");
                    }

                    if (count.Comparison is { Significant: true } comparison)
                    {
                        html.Append("<abbr class=\"sig\"").Append(Style(Inline.Significant)).Append(" title=\"").Append(ComparisonText(comparison)).Append("\">*</abbr>");
                    }

                    return html.Append("</td>").ToString();
                case SuppressedCell:
                    return $"<td class=\"suppressed\"{td}><abbr title=\"withheld to protect the people counted\">{Escape(SuppressedCell.Symbol)}</abbr></td>";
                default:
                    // A kind of cell this renderer does not know yet: its percentage text, which is all a cell promises.
                    return $"<td class=\"other\"{td}>{Escape(cell.PercentText)}</td>";
            }
        }

        private static string ComparisonText(CellComparison comparison)
        {
            var difference = (comparison.Difference >= 0 ? "+" : string.Empty) + RenderText.Points(comparison.Difference);
            var p = comparison.AdjustedPValue is { } adjusted ? "adjusted p " + RenderText.PValue(adjusted) : "p " + RenderText.PValue(comparison.PValue);
            return Escape($"Significant: {difference} points [{RenderText.Points(comparison.Lower)}, {RenderText.Points(comparison.Upper)}] from the reference group, {p}");
        }

        /// <summary>A cell shaded by its percentage of its base: a light tint at 0%, the accent colour at 100% or more.</summary>
        private static string HeatStyle(decimal percent, string before)
        {
            var alpha = 0.04 + (0.58 * (double)Math.Clamp(percent, 0m, 100m) / 100);
            var ink = alpha > 0.42 ? ";color:#fff" : string.Empty;
            return $"<td style=\"{before}background-color:rgba(91,42,134,{alpha.ToString("0.00", CultureInfo.InvariantCulture)}){ink}\">";
        }

        /// <summary>Tests, the interval settings, the significance mark and the notes, below the table.</summary>
        private void Below(Table table, bool heat)
        {
            var lines = new List<string>();
            if (heat)
            {
                writer.Line($"<p class=\"legend\" aria-hidden=\"true\"{Style(Inline.Legend)}>0%<span class=\"swatch\"{Style(Inline.Swatch)}></span>100% of the column&#39;s n</p>");
            }

            if (table.Tests.Count > 0)
            {
                writer.Line($"<ul class=\"tests\"{Style(Inline.Notes)}>");
                foreach (var test in table.Tests)
                {
                    writer.Line($"<li>{Text(RenderText.Test(test))}</li>");
                }

                writer.Line("</ul>");
            }

            if (table.Intervals is { } settings)
            {
                lines.Add($"Intervals in brackets: {RenderText.OneLine(settings.Method)}, {(settings.Level * 100).ToString("0.##", CultureInfo.InvariantCulture)}% confidence, in percentage points.");
            }

            if (table.Rows.Any(r => r.Cells.Any(c => c is CountCell { Comparison.Significant: true })))
            {
                lines.Add("* significantly different from the reference group (hover for the difference).");
            }

            lines.AddRange(table.Notes);
            if (lines.Count > 0)
            {
                writer.Line($"<ul class=\"notes\"{Style(Inline.Notes)}>");
                foreach (var line in lines)
                {
                    writer.Line($"<li>{Text(line)}</li>");
                }

                writer.Line("</ul>");
            }
        }

        /// <summary>The chart: a canvas for Chart.js, its text alternative, and the figures it draws as JSON.</summary>
        private void Chart(Table table, string id, ChartKind kind)
        {
            var rows = table.Rows.Where(r => Charted(r) && r.Cells.Any(c => c is CountCell { PercentValue: not null })).ToArray();
            var columns = Enumerable.Range(0, table.Columns.Count).ToArray();
            var names = columns.Select(c => Clean(RenderText.ColumnTitle(table.Columns[c]))).ToArray();
            var what = kind switch
            {
                ChartKind.Paired => "Paired bars, intake and exit",
                ChartKind.Grouped => "Grouped bars, " + string.Join(" and ", names),
                _ => "Bars",
            };
            var axis = table.Columns.Count > 1 ? "% of each column's n"
                : table.Columns[0].Base is { } columnBase ? "% of n=" + RenderText.WithThousands(columnBase)
                : "% of " + string.Join(", ", RenderText.Bases(table, spaced: false));

            // The text alternative says what the bars say, in the table's own words and figures.
            var alternative = new StringBuilder(what).Append(": ").Append(Clean(table.Title)).Append(", ").Append(axis).Append(". ");
            alternative.AppendJoin("; ", rows.Select(r => Clean(r.Label) + " " + string.Join(", ", columns
                .Where(c => r.Cells[c] is CountCell { PercentValue: not null })
                .Select(c => (names[c].Length > 0 && columns.Length > 1 ? names[c] + " " : string.Empty) + ((CountCell)r.Cells[c]!).PercentText))));
            alternative.Append('.');

            var height = 56 + rows.Sum(r => RowHeight(r.Label, columns.Length > 1 ? 40 : 26)) + (columns.Length > 1 ? 28 : 0);
            writer.Line("<figure class=\"chart\">");
            writer.Line($"<div class=\"canvas-box\" style=\"height:{height.ToString(CultureInfo.InvariantCulture)}px\">");
            writer.Line($"<canvas data-chart=\"{id}-data\" role=\"img\" aria-label=\"{Escape(what + ": " + Clean(table.Title))}\" aria-describedby=\"{id}-alt\"></canvas>");
            writer.Line("</div>");
            writer.Line($"<figcaption>{Escape(axis)}; each bar ends with its printed percentage, and its count shows on hover.</figcaption>");
            writer.Line($"<p class=\"visually-hidden\" id=\"{id}-alt\">{Escape(alternative.ToString())}</p>");
            writer.Line("</figure>");

            Island(id, rows, columns, names, kind switch { ChartKind.Paired => "paired", ChartKind.Grouped => "grouped", _ => "bars" }, [Clean(axis)]);
        }

        /// <summary>
        /// A grid's small multiples: one chart of bars per column, all on the scale of the grid's largest percentage,
        /// each with the column's name, its base and its own text alternative; one data island for them all.
        /// </summary>
        private void Multiples(Table table, string id)
        {
            var rows = table.Rows.Where(r => Charted(r) && r.Cells.Any(c => c is CountCell { PercentValue: not null })).ToArray();
            var columns = Enumerable.Range(0, table.Columns.Count).ToArray();
            var names = columns.Select(c => Clean(RenderText.ColumnTitle(table.Columns[c]))).ToArray();
            var axes = columns.Select(c => table.Columns[c].Base is { } columnBase ? "% of n=" + RenderText.WithThousands(columnBase)
                : "% of " + string.Join(", ", RenderText.Bases(table, spaced: false))).ToArray();
            var height = 48 + rows.Sum(r => RowHeight(r.Label, 24));
            writer.Line($"<figure class=\"chart multiples\" aria-label=\"{Escape("Small multiples: " + Clean(table.Title))}\">");
            writer.Line("<div class=\"multiples-grid\">");
            foreach (var c in columns)
            {
                var title = names[c].Length > 0 ? names[c] : "Column " + (c + 1).ToString(CultureInfo.InvariantCulture);
                var alternative = new StringBuilder("Bars: ").Append(Clean(table.Title)).Append(", ").Append(title).Append(", ").Append(axes[c]).Append(". ");
                alternative.AppendJoin("; ", rows.Where(r => r.Cells[c] is CountCell { PercentValue: not null }).Select(r => Clean(r.Label) + " " + ((CountCell)r.Cells[c]!).PercentText));
                alternative.Append('.');
                var part = $"{id}-m{(c + 1).ToString(CultureInfo.InvariantCulture)}";
                writer.Line("<div class=\"multiple\">");
                writer.Line($"<p class=\"multiple-title\">{Escape(title)}</p>");
                writer.Line($"<div class=\"canvas-box\" style=\"height:{height.ToString(CultureInfo.InvariantCulture)}px\">");
                writer.Line($"<canvas data-chart=\"{id}-data\" data-series=\"{c.ToString(CultureInfo.InvariantCulture)}\" role=\"img\" aria-label=\"{Escape("Bars: " + Clean(table.Title) + ", " + title)}\" aria-describedby=\"{part}-alt\"></canvas>");
                writer.Line("</div>");
                writer.Line($"<p class=\"visually-hidden\" id=\"{part}-alt\">{Escape(alternative.ToString())}</p>");
                writer.Line("</div>");
            }

            writer.Line("</div>");
            writer.Line("<figcaption>One chart per column, all on the same scale; each bar ends with its printed percentage, and its count shows on hover.</figcaption>");
            writer.Line("</figure>");
            Island(id, rows, columns, names, "multiples", [.. axes.Select(Clean)]);
        }

        /// <summary>
        /// The height a bar's row needs: at least <paramref name="bar"/> pixels, more when its label wraps onto several
        /// lines (report.js splits labels at 30 characters, 18 on a narrow screen; 24 is between), so that the labels
        /// of a box of fixed height never overlap.
        /// </summary>
        private static int RowHeight(string label, int bar)
        {
            var lines = 1;
            var length = 0;
            foreach (var word in Clean(label).Split(' '))
            {
                if (length > 0 && length + 1 + word.Length > 24)
                {
                    lines++;
                    length = word.Length;
                }
                else
                {
                    length += (length > 0 ? 1 : 0) + word.Length;
                }
            }

            return Math.Max(bar, (14 * lines) + 8);
        }

        /// <summary>The figures a chart draws, as a JSON data island: labels, and per column its printed percentages.</summary>
        private void Island(string id, TableRow[] rows, int[] columns, string[] names, string kind, string[] axes)
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, IslandOptions))
            {
                json.WriteStartObject();
                json.WriteString("kind", kind);
                json.WriteString("axis", axes[0]);
                json.WriteStartArray("labels");
                foreach (var row in rows)
                {
                    json.WriteStringValue(Clean(row.Label));
                }

                json.WriteEndArray();
                json.WriteStartArray("series");
                foreach (var c in columns)
                {
                    json.WriteStartObject();
                    json.WriteString("name", names[c]);
                    if (axes.Length > 1)
                    {
                        json.WriteString("axis", axes[c]);
                    }

                    json.WriteStartArray("values");
                    foreach (var row in rows)
                    {
                        if (row.Cells[c] is CountCell { PercentValue: { } value })
                        {
                            json.WriteNumberValue(value);
                        }
                        else
                        {
                            json.WriteNullValue();
                        }
                    }

                    json.WriteEndArray();
                    json.WriteStartArray("texts");
                    foreach (var row in rows)
                    {
                        json.WriteStringValue(row.Cells[c] is CountCell count ? count.PercentText : string.Empty);
                    }

                    json.WriteEndArray();
                    json.WriteStartArray("counts");
                    foreach (var row in rows)
                    {
                        json.WriteStringValue(row.Cells[c] is CountCell count ? RenderText.WithThousands(count.Count) : string.Empty);
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            writer.Write($"<script type=\"application/json\" id=\"{id}-data\">");
            writer.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            writer.Line("</script>");
        }

        private static string NText(Table table, string attributes)
            => table.Bases.Count == 0 ? string.Empty : $" <span{attributes}>{Escape(string.Join(" · ", RenderText.Bases(table, spaced: false)))}</span>";
    }
}
