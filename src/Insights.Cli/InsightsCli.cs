using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Text;
using Insights.Cli.Commands;

namespace Insights.Cli;

/// <summary>The <c>insights</c> command line: builds the commands, parses, and maps every outcome to an exit code.</summary>
internal static class InsightsCli
{
    internal const string Name = "insights";

    /// <summary>
    /// UTF-8 without a byte order mark that writes U+FFFD for a lone surrogate (say, a message that cut an emoji
    /// in half) instead of throwing: nothing printed may crash the process.
    /// </summary>
    internal static readonly Encoding ConsoleUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>
    /// Runs with the process's standard streams, written as UTF-8 without a byte order mark on every platform, so
    /// that labels such as "└ Yes, …" survive and piped output is byte-identical to an --output file. Standard
    /// output is buffered (validation can print a line per record); standard error is not, so progress and
    /// errors show as they happen.
    /// </summary>
    internal static int RunOnConsole(string[] args)
    {
        var stdout = new StreamWriter(Console.OpenStandardOutput(), ConsoleUtf8, bufferSize: 1 << 16);
        using var stderr = new StreamWriter(Console.OpenStandardError(), ConsoleUtf8) { AutoFlush = true };
        var exitCode = Run(args, new CliConsole(stdout, stderr, Console.IsErrorRedirected));
        try
        {
            stdout.Dispose();
        }
        catch (IOException e) when (exitCode == ExitCodes.Success)
        {
            // For example a reader that closed the pipe early; any earlier failure has been reported already.
            stderr.WriteLine($"error: writing to standard output failed: {CliText.Escape(e.Message)}");
            exitCode = ExitCodes.InvalidInput;
        }
        catch (IOException)
        {
        }

        return exitCode;
    }

    /// <summary>Parses <paramref name="args"/>, runs the command and returns its exit code (0, 1, 2 or 70; docs/cli.md).</summary>
    internal static int Run(string[] args, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        try
        {
            return Parse(args, console);
        }
        catch (Exception e)
        {
            // Commands catch their own failures (CommandRunner); this catches the rest, such as a bug in help.
            console.Error.WriteLine(CommandRunner.InternalError(e));
            return ExitCodes.InternalError;
        }
    }

    private static int Parse(string[] args, CliConsole console)
    {

        // Not a RootCommand: that takes its name from the entry assembly, which is the test host when the
        // commands run in-process, and help must say "insights" wherever it runs.
        var root = new Command(Name, "Tabulate domestic-abuse outreach case records into the Insights Outreach report, generate synthetic case files, validate case files, and count parts into state files that merge into one report. Exit codes: 0 success, 1 invalid input data or a file that cannot be read or written, 2 wrong usage, 70 internal error (a bug; please report it).")
        {
            new HelpOption(),
            new VersionOption(),
            new ReportCommand(console).Command,
            new SynthCommand(console).Command,
            new CodebookCommand(console).Command,
            new ValidateCommand(console).Command,
            new TabulateCommand(console).Command,
            new MergeCommand(console).Command,
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

        // No default exception handler: it prints the exception with its message and stack trace.
        return parseResult.Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false });
    }
}
