using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using Insights.Cli.Commands;

namespace Insights.Cli;

/// <summary>The <c>insights</c> command line: builds the commands, parses, and maps every outcome to an exit code.</summary>
internal static class InsightsCli
{
    internal const string Name = "insights";

    /// <summary>
    /// Runs with the process's standard streams, written as UTF-8 without a byte order mark on every platform, so
    /// that labels such as "└ Yes, …" survive and piped output is byte-identical to an --output file. Standard
    /// output is buffered (validation can print a line per record); standard error is not, so progress and
    /// errors show as they happen.
    /// </summary>
    internal static int RunOnConsole(string[] args)
    {
        var stdout = new StreamWriter(Console.OpenStandardOutput(), OutputFiles.Utf8, bufferSize: 1 << 16);
        using var stderr = new StreamWriter(Console.OpenStandardError(), OutputFiles.Utf8) { AutoFlush = true };
        var exitCode = Run(args, new CliConsole(stdout, stderr, Console.IsErrorRedirected));
        try
        {
            stdout.Dispose();
        }
        catch (IOException e) when (exitCode == ExitCodes.Success)
        {
            // For example a reader that closed the pipe early; any earlier failure has been reported already.
            stderr.WriteLine($"error: writing to standard output failed: {e.Message}");
            exitCode = ExitCodes.InvalidInput;
        }
        catch (IOException)
        {
        }

        return exitCode;
    }

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
