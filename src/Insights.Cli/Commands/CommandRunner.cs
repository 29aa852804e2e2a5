using System.CommandLine;
using System.CommandLine.Parsing;

namespace Insights.Cli.Commands;

/// <summary>
/// Runs a command's body, turning an expected failure into its message on standard error and its exit code, and
/// anything unexpected into one line and <see cref="ExitCodes.InternalError"/>.
/// </summary>
internal static class CommandRunner
{
    /// <summary>Runs <paramref name="body"/> and returns its exit code, or the exit code of what it threw.</summary>
    internal static int Run(CliConsole console, ParseResult parseResult, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (CommandFailure failure)
        {
            console.Error.WriteLine($"error: {failure.Message}");
            if (failure.ExitCode == ExitCodes.WrongUsage)
            {
                console.Error.WriteLine(UsageHint(parseResult));
            }

            return failure.ExitCode;
        }
        catch (IOException e)
        {
            // Files are opened and read through OutputFiles and CaseFile, which name them; what is left is
            // standard output or error failing, e.g. a closed pipe.
            console.Error.WriteLine($"error: {CliText.Escape(e.Message)}");
            return ExitCodes.InvalidInput;
        }
        catch (Exception e)
        {
            console.Error.WriteLine(InternalError(e));
            return ExitCodes.InternalError;
        }
    }

    /// <summary>
    /// The one line printed for an unexpected exception: its type only. The message may quote a record of the
    /// input, which must never reach a terminal or a log, and a stack trace helps no one reading a report.
    /// </summary>
    internal static string InternalError(Exception exception) => $"error: internal error ({exception.GetType().Name}); please report it";

    /// <summary>Points to the help of the command that was run: <c>Run 'insights report --help' for usage.</c></summary>
    internal static string UsageHint(ParseResult parseResult)
    {
        var names = new List<string>();
        for (var result = parseResult.CommandResult; result is not null; result = result.Parent as CommandResult)
        {
            names.Add(result.Command.Name);
        }

        names.Reverse();
        return $"Run '{string.Join(' ', names)} --help' for usage.";
    }
}
