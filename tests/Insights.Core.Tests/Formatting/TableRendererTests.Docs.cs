using System.Text.RegularExpressions;
using Insights.Core.Formatting;
using Insights.Core.Tabulation;
using Xunit;
using Insights.Tests;

namespace Insights.Core.Tests.Formatting;

public sealed partial class TableRendererTests
{
    // The report shown in docs/output-formats.md, built here from Table values so the page shows real output.
    private static readonly ReportResult DocsExample = new(
        "Outreach sample",
        [
            new ReportResultSection(
                "Client profile",
                [
                    new Table(
                        "Sexual orientation",
                        [new TableBase("n", 1794)],
                        [new TableColumn(string.Empty)],
                        [
                            new TableRow("Heterosexual", RowKind.Category, [new CountCell(1609, 1794)]),
                            new TableRow("Total LBG", RowKind.Category, [new CountCell(40, 1794)]),
                            new TableRow("Bisexual", RowKind.SubCategory, [new CountCell(26, 1794)]),
                            new TableRow("Gay", RowKind.SubCategory, [new CountCell(4, 1794)]),
                            new TableRow("Total", RowKind.Total, [new CountCell(1794, 1794, showPercent: false)]),
                            new TableRow("Missing", RowKind.Missing, [new CountCell(84, 1794)]),
                        ]),
                    new Table(
                        "Case length",
                        [new TableBase("n", 0)],
                        [new TableColumn(string.Empty)],
                        [
                            new TableRow("0 to 1 month", RowKind.Category, [new CountCell(0, 0)]),
                            new TableRow("Average case length (median)", RowKind.Statistic, [new StatisticCell(null, "-")]),
                        ],
                        ["No case has closed yet."]),
                ]),
            new ReportResultSection(
                "Support and interventions",
                [
                    new Table(
                        "Needs & Support matrix",
                        [new TableBase("n (Needs)", 1086), new TableBase("n (Support)", 1086)],
                        [new TableColumn("Needs", Base: 1086), new TableColumn("Support", Base: 1086), new TableColumn("Improved safety", "Impact", 841)],
                        [
                            new TableRow("Safety", RowKind.Category, [null, new CountCell(841, 1086), new CountCell(656, 841)]),
                            new TableRow("Housing", RowKind.Category, [new CountCell(390, 1086), new CountCell(298, 390), new CountCell(212, 298)]),
                            new TableRow("Average age (mean)", RowKind.Statistic, [new StatisticCell(36.4m, "36.4 years"), null, null]),
                        ]),
                ]),
        ]);

    [Theory]
    [InlineData(OutputFormat.Text, "text")]
    [InlineData(OutputFormat.Markdown, "markdown")]
    [InlineData(OutputFormat.Csv, "csv")]
    [InlineData(OutputFormat.Json, "json")]
    public void Render_DocsExample_IsWhatOutputFormatsMdShows(OutputFormat format, string block)
    {
        var path = Path.Combine(Repository.Root(), "docs", "output-formats.md");
        var markdown = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var shown = FormatBlock().Matches(markdown).Single(m => m.Groups["name"].Value == block).Groups["body"].Value;

        // The page shows CSV with LF line ends; the renderer writes CRLF as RFC 4180 asks.
        var rendered = TableRenderer.Render(DocsExample, format).Replace("\r\n", "\n", StringComparison.Ordinal);

        // UPDATE_DOCS=1 rewrites the example from the renderer (then review the diff of the page).
        if (Environment.GetEnvironmentVariable("UPDATE_DOCS") == "1" && shown != rendered)
        {
            lock (DocsPage)
            {
                var current = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
                var match = FormatBlock().Matches(current).Single(m => m.Groups["name"].Value == block).Groups["body"];
                File.WriteAllText(path, current[..match.Index] + rendered + current[(match.Index + match.Length)..]);
                shown = rendered;
            }
        }

        Assert.True(shown == rendered, $"docs/output-formats.md shows a different {block} example. The renderer writes:\n{rendered}");
    }


    private static readonly object DocsPage = new();

    // An example block is fenced with four backticks so Markdown output (which holds none) fits inside it.
    [GeneratedRegex(@"<!-- example: (?<name>[a-z]+) -->\n````[a-z]*\n(?<body>(?:(?!````).*\n)*)````", RegexOptions.CultureInvariant)]
    private static partial Regex FormatBlock();
}
