using System.CommandLine;
using Insights.Core.Tabular;

namespace Insights.Cli.Commands;

/// <summary><c>insights codebook</c>: writes every column of the flat layout with its type and codes, the starting point of a mapping file.</summary>
internal sealed class CodebookCommand
{
    private readonly CliConsole _console;
    private readonly Option<string> _output = CliOptions.OutputFile("Write the codebook to this CSV file (UTF-8, replaced if it exists) instead of standard output.", required: false);

    internal CodebookCommand(CliConsole console)
    {
        _console = console;
        Command = new Command(
            "codebook",
            "Write the codebook of the CSV layout: one row per column of each table (cases.csv, children.csv, ...) and code, with the column's type, whether it is required, its range, and each code with the label the report prints. Start a mapping file from it (docs/importing.md).")
        {
            _output,
        };
        Command.SetAction(parseResult => CommandRunner.Run(_console, parseResult, () => Execute(parseResult)));
    }

    internal Command Command { get; }

    private int Execute(ParseResult parseResult)
    {
        OutputFiles.Write(parseResult.GetValue(_output), _console.Out, Codebook.Write, inputs: []);
        return ExitCodes.Success;
    }
}
