using System.CommandLine;
using System.Globalization;
using Insights.Core.Disclosure;
using Insights.Core.Formatting;
using Insights.Core.Reports;
using Insights.Core.Tabulation;

namespace Insights.Cli.Commands;

/// <summary>
/// How <c>report</c> and <c>merge</c> write a report: the same formats, the same refusals of a binary format without
/// a file, and the count of rejected records as a notice under the report's heading (CSV, which has no place for it,
/// and the formats a terminal does not show as text, also on standard error).
/// </summary>
internal static class ReportOutput
{
    /// <summary>The --suppress-below option of report and merge.</summary>
    internal static Option<int?> SuppressBelow() => new("--suppress-below")
    {
        Description = "Disclosure control: withhold every count from 1 to K-1 (and statistics of fewer than K records), printed as [c] with a footnote, and the other figures from which they could be worked out (K at least 2; see docs/disclosure.md).",
        HelpName = "K",
    };

    /// <summary>The report with disclosure control applied when --suppress-below is given: always last, on the finished (merged, annotated) report.</summary>
    internal static ReportResult Disclosed(ParseResult parseResult, Option<int?> suppressBelow, ReportResult result)
    {
        if (parseResult.GetValue(suppressBelow) is not { } threshold)
        {
            return result;
        }

        if (threshold < 2)
        {
            throw CommandFailure.WrongUsage($"--suppress-below {threshold.ToString(CultureInfo.InvariantCulture)}: K must be at least 2 (counts from 1 to K-1 are withheld).");
        }

        // The built-in report prints some counts twice (summary pages, the matrix and its areas): both copies are
        // withheld or neither.
        return Suppression.Apply(result, new SuppressionOptions(threshold) { Links = OutreachReport.Links(result) });
    }

    /// <summary>
    /// Refuses, as wrong usage and before any work, a binary format (xlsx, pdf) without an --output file, or with an
    /// --output that is the terminal, whose bytes would garble it; and pdf when no Chromium is found to print it.
    /// </summary>
    internal static void RefuseBinaryToTerminal(string name, string? output)
    {
        if (!CliOptions.IsBinary(name))
        {
            return;
        }

        var what = name == CliOptions.Pdf ? "a binary PDF" : "a binary Excel workbook";
        if (output is null)
        {
            throw CommandFailure.WrongUsage($"--format {name} writes {what}, which cannot go to standard output: give the file to write with --output, e.g. --output report.{name}.");
        }

        if (string.Equals(output, "/dev/tty", StringComparison.Ordinal)
            || (!Console.IsOutputRedirected && output is "/dev/stdout" or "/dev/fd/1" or "/proc/self/fd/1"))
        {
            throw CommandFailure.WrongUsage($"--format {name} writes {what}, and '{CliText.Escape(output)}' is the terminal: give a file with --output, e.g. --output report.{name}.");
        }

        if (name == CliOptions.Pdf)
        {
            _ = ChromiumPdf.Browser();
        }
    }

    /// <summary>Writes the report in the format named to <paramref name="path"/> or standard output; a binary format always has a path (see <see cref="RefuseBinaryToTerminal"/>).</summary>
    internal static void Write(CliConsole console, string name, string? path, ReportResult result, string? rejectedNotice, IReadOnlyList<string> inputs)
    {
        var format = CliOptions.IsBinary(name) ? (OutputFormat?)null : CliOptions.FormatNamed(name);
        if (rejectedNotice is not null)
        {
            // Text and Markdown are read where they are written; CSV has no place for a notice, and JSON, HTML, PDF and
            // the workbook are opened later, so the count goes to standard error as well, beside the rejections.
            if (format is not (OutputFormat.Text or OutputFormat.Markdown))
            {
                console.Error.WriteLine(rejectedNotice);
            }

            if (format is not OutputFormat.Csv)
            {
                result = result.WithNotice(rejectedNotice);
            }
        }

        if (format is null)
        {
            if (name == CliOptions.Pdf)
            {
                // Rendered before the output file is opened: printing takes seconds, and a failure leaves nothing behind.
                var browser = ChromiumPdf.Browser();
                var pdf = ChromiumPdf.Print(browser, TableRenderer.Render(result, OutputFormat.Html));
                OutputFiles.Write(path!, stream => stream.Write(pdf), inputs);
            }
            else
            {
                OutputFiles.Write(path!, stream => XlsxRenderer.Write(result, stream), inputs);
            }

            return;
        }

        OutputFiles.Write(path, console.Out, writer => TableRenderer.Write(result, format.Value, writer), inputs);
    }
}
