using System.CommandLine;
using System.Globalization;

namespace Insights.Cli.Commands;

/// <summary><c>insights validate</c>: checks a case file record by record without tabulating it.</summary>
internal sealed class ValidateCommand
{
    private readonly CliConsole _console;
    private readonly Option<string> _input = CliOptions.InputFile("JSON Lines case file to check, one case a line.", required: true);

    internal ValidateCommand(CliConsole console)
    {
        _console = console;
        Command = new Command(
            "validate",
            "Check a JSON Lines case file: print one line per rejected record (line number, case id where known, field, reason), then 'read N, accepted A, rejected R'. Exit code 0 when every record is accepted, 1 otherwise.")
        {
            _input,
        };
        Command.SetAction(parseResult => CommandRunner.Run(_console, parseResult, () => Execute(parseResult)));
    }

    internal Command Command { get; }

    private int Execute(ParseResult parseResult)
    {
        var output = _console.Out;
        var summary = CaseFile.Read(parseResult.GetValue(_input)!, accepted: null, rejection => output.Write(CaseFile.Describe(rejection) + "\n"));
        output.Write(string.Create(
            CultureInfo.InvariantCulture,
            $"read {summary.Read}, accepted {summary.Accepted}, rejected {summary.Rejected}\n"));
        output.Flush();
        return summary.Rejected == 0 ? ExitCodes.Success : ExitCodes.InvalidInput;
    }
}
