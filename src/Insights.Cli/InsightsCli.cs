using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using Insights.Cli.Commands;

namespace Insights.Cli;

/// <summary>The <c>insights</c> command line: builds the commands, parses, and maps every outcome to an exit code.</summary>
internal static class InsightsCli
{
    internal const string Name = "insights";

    internal static int Run(string[] args, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);

        // Not a RootCommand: that takes its name from the entry assembly, which is the test host when the
        // commands run in-process, and help must say "insights" wherever it runs.
        var root = new Command(Name, "Tabulate domestic-abuse outreach case records into the Insights Outreach report, generate synthetic case files, and validate case files.")
        {
            new HelpOption(),
            new VersionOption(),
            new ReportCommand(console).Command,
            new SynthCommand(console).Command,
            new ValidateCommand(console).Command,
        };

        var parseResult = root.Parse(args);

        // System.CommandLine reports wrong usage with exit code 1, which this tool keeps for invalid input data.
        if (parseResult.Action is ParseErrorAction)
        {
            foreach (var error in parseResult.Errors)
            {
                console.Error.WriteLine($"error: {error.Message}");
            }

            console.Error.WriteLine(CommandRunner.UsageHint(parseResult));
            return ExitCodes.WrongUsage;
        }

        return parseResult.Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error });
    }
}
