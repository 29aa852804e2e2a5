using System.Globalization;
using System.Text;
using Insights.Core.Model;
using Insights.Core.Serialization;

namespace Insights.Cli.Commands;

/// <summary>Reads a JSON Lines case file for a command, turning a missing or unreadable file into exit code 1.</summary>
internal static class CaseFile
{
    /// <summary>The longest reason printed; the reader already keeps reasons short, this only bounds the line.</summary>
    private const int MaxReasonLength = 300;

    /// <summary>
    /// Reads every non-blank line of <paramref name="path"/>, handing each accepted case to <paramref name="accepted"/>
    /// (when given) and each rejection to <paramref name="rejected"/>, in file order.
    /// </summary>
    /// <exception cref="CommandFailure">The file does not exist or cannot be read (exit code 1).</exception>
    internal static ReadSummary Read(string path, Action<Case>? accepted, Action<Rejection> rejected)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw CommandFailure.InvalidInput($"input file '{CliText.Escape(path)}' does not exist.", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException && Directory.Exists(path))
        {
            // .NET reports opening a directory as "Access to the path is denied", which sends people to check permissions.
            throw CommandFailure.InvalidInput($"input '{CliText.Escape(path)}' is a directory, not a file.", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw CommandFailure.InvalidInput($"cannot open input file '{CliText.Escape(path)}': {CliText.Reason(e)}.", e);
        }

        var summary = ReadSummary.Empty;
        using (stream)
        {
            using var results = CaseReader.Read(stream).GetEnumerator();
            while (Next(results, path, summary))
            {
                var result = results.Current;
                summary = summary.Add(result);
                if (result.IsAccepted)
                {
                    accepted?.Invoke(result.Case);
                }
                else
                {
                    rejected(result.Rejection);
                }
            }
        }

        return summary;
    }

    /// <summary>Moves to the next record; only failures of reading the file itself are reported as such.</summary>
    private static bool Next(IEnumerator<ReadResult> results, string path, ReadSummary summary)
    {
        try
        {
            return results.MoveNext();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CommandFailure.InvalidInput($"reading input file '{path}' failed after {summary.Read.ToString(CultureInfo.InvariantCulture)} records: {e.Message}", e);
        }
    }

    /// <summary>
    /// Describes a rejection on one line: <c>line 12, case C-17, field exit.closureDate: reason</c>. Control
    /// characters are escaped so that no input can split the line or drive a terminal.
    /// </summary>
    internal static string Describe(Rejection rejection)
    {
        var reason = rejection.Reason.Length <= MaxReasonLength ? rejection.Reason : string.Concat(rejection.Reason.AsSpan(0, MaxReasonLength), "…");
        var line = string.Create(
            CultureInfo.InvariantCulture,
            $"line {rejection.LineNumber}, case {rejection.CaseId ?? "unknown"}, field {rejection.Field}: {reason}");
        return EscapeControlCharacters(line);
    }

    private static string EscapeControlCharacters(string text)
    {
        if (!text.Any(char.IsControl))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (char.IsControl(c))
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
