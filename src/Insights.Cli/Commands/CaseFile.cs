using Insights.Core.Serialization;

namespace Insights.Cli.Commands;

/// <summary>Reads a JSON Lines case file for a command, turning a missing or unreadable file into exit code 1.</summary>
internal static class CaseFile
{
    /// <summary>The --input value that means standard input.</summary>
    internal const string StandardInput = "-";

    /// <summary>
    /// Opens <paramref name="path"/> for reading (<c>-</c> is standard input); a missing or unreadable file is
    /// invalid input (exit code 1).
    /// </summary>
    /// <exception cref="CommandFailure">The file does not exist or cannot be opened.</exception>
    internal static Stream Open(string path)
    {
        if (path == StandardInput)
        {
            return Console.OpenStandardInput(1 << 16);
        }

        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, FileOptions.SequentialScan);
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
    }

    /// <summary>
    /// Reads every non-blank line of <paramref name="path"/> on all cores, handing each result to
    /// <paramref name="result"/> in file order, one at a time.
    /// </summary>
    /// <exception cref="CommandFailure">The file does not exist or cannot be read (exit code 1).</exception>
    internal static ReadSummary Read(string path, Action<ReadResult> result)
    {
        using var stream = Open(path);
        return Reading(path, () => ParallelCaseReader.Read(stream, result));
    }

    /// <summary>Runs a read, reporting a failure of reading the file itself as invalid input (exit code 1).</summary>
    internal static T Reading<T>(string path, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CommandFailure.InvalidInput($"reading input file '{CliText.Escape(path)}' failed: {CliText.Reason(e)}.", e);
        }
    }

    /// <summary>
    /// Describes a finding on one line: <c>line 12, case C-17, field exit.closureDate: reason</c>, with
    /// <c>warning: </c> before the reason of a warning. Everything outside printable ASCII is escaped so that no
    /// input can split the line or drive a terminal.
    /// </summary>
    internal static string Describe(Finding finding) => finding.ToString();
}
