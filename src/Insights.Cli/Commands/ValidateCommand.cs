using System.CommandLine;
using System.Globalization;
using Insights.Core.Serialization;

namespace Insights.Cli.Commands;

/// <summary><c>insights validate</c>: checks a case file record by record without tabulating it.</summary>
internal sealed class ValidateCommand
{
    private readonly CliConsole _console;
    private readonly Option<string> _input = CliOptions.InputFile("Case file to check: JSON Lines (one case a line; '-' reads standard input), a Parquet file (*.parquet) or a folder holding cases.parquet.", required: true);

    internal ValidateCommand(CliConsole console)
    {
        _console = console;
        Command = new Command(
            "validate",
            "Check a JSON Lines case file on all cores: print one line per rejected record and one per data-quality warning on a kept record (line number, case id where known, field, reason; warnings marked 'warning'), then 'read N, accepted A, rejected R'. Exit code 0 when no record is rejected, 1 otherwise.")
        {
            _input,
        };
        Command.SetAction(parseResult => CommandRunner.Run(_console, parseResult, () => Execute(parseResult)));
    }

    internal Command Command { get; }

    private int Execute(ParseResult parseResult)
    {
        var output = _console.Out;
        var path = parseResult.GetValue(_input)!;
        Func<string, Action<ReadResult>, ReadSummary> read = ParquetInput.Is(path) ? ParquetInput.Read : CaseFile.Read;
        var summary = read(path, result =>
        {
            if (result.Rejection is { } rejection)
            {
                output.Write(CaseFile.Describe(rejection) + "\n");
            }

            foreach (var warning in result.Warnings)
            {
                output.Write(CaseFile.Describe(warning) + "\n");
            }
        });
        output.Write(string.Create(
            CultureInfo.InvariantCulture,
            $"read {summary.Read}, accepted {summary.Accepted}, rejected {summary.Rejected}\n"));
        output.Flush();
        return summary.Rejected == 0 ? ExitCodes.Success : ExitCodes.InvalidInput;
    }
}
