namespace Insights.Core.Formatting;

/// <summary>The formats <see cref="TableRenderer"/> writes.</summary>
public enum OutputFormat
{
    /// <summary>Plain text laid out like the published report: cells separated by two or more spaces, <c>\n</c> line ends.</summary>
    Text,

    /// <summary>GitHub-flavoured Markdown: one pipe table per table, sections as headings, <c>\n</c> line ends.</summary>
    Markdown,

    /// <summary>Tidy RFC 4180 CSV: one line per non-blank cell, CRLF line ends.</summary>
    Csv,

    /// <summary>JSON (UTF-8 text, indented, <c>\n</c> line ends); the schema is described in docs/output-formats.md.</summary>
    Json,

    /// <summary>
    /// One self-contained HTML document (UTF-8, <c>\n</c> line ends): a contents sidebar, every table as an accessible
    /// table with a chart beside it where one helps (Chart.js, embedded with its licence), summary panels of large
    /// figures, and a print stylesheet. It loads nothing when opened; see docs/output-formats.md.
    /// </summary>
    Html,
}
