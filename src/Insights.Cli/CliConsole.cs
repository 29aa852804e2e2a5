namespace Insights.Cli;

/// <summary>Where the commands write: standard output, standard error, and whether standard error is a file or pipe.</summary>
/// <param name="Out">Standard output: reports and validation results.</param>
/// <param name="Error">Standard error: errors, rejections while reporting, notes and progress.</param>
/// <param name="ErrorIsRedirected">Whether standard error goes to a file or pipe rather than a terminal; progress is then printed as plain lines.</param>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, bool ErrorIsRedirected);
