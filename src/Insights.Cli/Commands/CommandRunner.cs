using System.CommandLine;
using System.CommandLine.Parsing;

namespace Insights.Cli.Commands;

/// <summary>Runs a command's body, turning an expected failure into its message on standard error and its exit code.</summary>
internal static class CommandRunner
{
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
            console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.InvalidInput;
        }
    }

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
