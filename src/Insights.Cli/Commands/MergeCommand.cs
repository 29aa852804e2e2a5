using System.CommandLine;
using System.Globalization;
using Insights.Core.Reports;
using Insights.Core.Tabulation;

namespace Insights.Cli.Commands;

/// <summary>
/// <c>insights merge</c>: merges report state files written by <c>insights tabulate</c> and renders the report of
/// them all, exactly as <c>report --input</c> renders the report of all their cases.
/// </summary>
internal sealed class MergeCommand
{
    private const string FieldPrefix = "The state file's ";
    private const string FilePrefix = "The state file ";
    private readonly CliConsole _console;

    private readonly Argument<string[]> _states = new("STATE")
    {
        Description = "State files written by 'insights tabulate' for the same report definition (the same --section); each client's cases in one of them.",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string> _format = CliOptions.Format();
    private readonly Option<string> _output = CliOptions.OutputFile("Write the report to this file (UTF-8, replaced if it exists) instead of standard output.", required: false);

    private readonly Option<string> _title = new("--title")
    {
        Description = "The report's title (one line). Default: \"" + ReportCommand.InputTitle + "\", as 'report --input' gives.",
        HelpName = "TEXT",
    };

    private readonly Option<string> _period = new("--period")
    {
        Description = "The period the data cover, printed under the title (one line). Default: none.",
        HelpName = "TEXT",
    };

    private readonly Option<string> _source = new("--source")
    {
        Description = "Where the data come from, printed under the title (one line). Default: none.",
        HelpName = "TEXT",
    };

    private readonly StatisticsCliOptions _statistics = new();

    private readonly Option<int?> _suppressBelow = ReportOutput.SuppressBelow();

    internal MergeCommand(CliConsole console)
    {
        _console = console;
        Command = new Command(
            "merge",
            "Merge report state files (from 'insights tabulate') and print the report of all of them: the same report, byte for byte, as 'report --input' of all their cases. Refuses, with exit code 1, states of different report definitions and states that counted the same client.")
        {
            _states, _format, _output, _title, _period, _source, _suppressBelow,
        };

        foreach (var option in _statistics.All)
        {
            Command.Options.Add(option);
        }

        Command.SetAction(parseResult => CommandRunner.Run(_console, parseResult, () => Execute(parseResult)));
    }

    internal Command Command { get; }

    private int Execute(ParseResult parseResult)
    {
        var paths = parseResult.GetValue(_states)!;
        var format = parseResult.GetValue(_format)!;
        var output = parseResult.GetValue(_output);
        ReportOutput.RefuseBinaryToTerminal(format, output);
        var statistics = _statistics.Read(parseResult, referenceGroup: null);
        var heading = Heading(parseResult);
        OutputFiles.RefuseInputAsOutput(output, paths);

        var states = paths.Select(Read).ToArray();
        for (var i = 1; i < states.Length; i++)
        {
            if (!string.Equals(states[i].Fingerprint, states[0].Fingerprint, StringComparison.Ordinal))
            {
                throw CommandFailure.InvalidInput(
                    $"'{CliText.Escape(paths[i])}' was counted for another report definition than '{CliText.Escape(paths[0])}' (definition fingerprint {states[i].Fingerprint[..12]}… against {states[0].Fingerprint[..12]}…): tabulate every part with the same options (--section) and the same version of insights.");
            }
        }

        ReportState merged;
        try
        {
            merged = ReportState.Combine(states);
        }
        catch (StateMergeException e)
        {
            throw CommandFailure.InvalidInput($"cannot merge the {states.Length} states: {e.Message}", e);
        }

        var definition = DefinitionOf(merged);
        ReportResult result;
        try
        {
            result = definition.Finish(merged).WithHeading(heading);
        }
        catch (Exception e) when (e is OverflowException or ArgumentException or InvalidOperationException or IndexOutOfRangeException)
        {
            // Counters that no data could give (a base below its parts, sums beyond range) from an edited file.
            throw CommandFailure.InvalidInput("the merged counters cannot be finished into the report: they are not counts any data gives (a state file was edited or damaged).", e);
        }

        // Statistics, then disclosure control, on the merged result only, never on a part: suppressing parts before
        // merging would both lose counts and let small cells be recovered by difference.
        result = ReportOutput.Disclosed(parseResult, _suppressBelow, _statistics.Apply(parseResult, result, statistics));
        var rejectedNotice = merged.Records.Rejected > 0
            ? $"Rejected records: {Count(merged.Records.Rejected)} of {Count(merged.Records.Read)} read when the parts were tabulated; they are not counted in this report."
            : null;
        ReportOutput.Write(_console, format, output, result, rejectedNotice, paths);
        return ExitCodes.Success;
    }

    /// <summary>Reads one state file; a missing, unreadable or invalid file is invalid input (exit code 1), named with the field that is wrong.</summary>
    private static ReportState Read(string path)
    {
        var shown = CliText.Escape(path);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, FileOptions.SequentialScan);
            return ReportStateFile.Read(stream);
        }
        catch (ReportStateFormatException e)
        {
            // The library's messages start with "The state file's field …" or "The state file is …"; the file's name takes that place.
            var reason = e.Message.StartsWith(FieldPrefix, StringComparison.Ordinal) ? ": " + e.Message[FieldPrefix.Length..]
                : e.Message.StartsWith(FilePrefix, StringComparison.Ordinal) ? " " + e.Message[FilePrefix.Length..]
                : ": " + e.Message;
            throw CommandFailure.InvalidInput($"state file '{shown}'{reason}", e);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw CommandFailure.InvalidInput($"state file '{shown}' does not exist.", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException && Directory.Exists(path))
        {
            throw CommandFailure.InvalidInput($"state file '{shown}' is a directory, not a file.", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw CommandFailure.InvalidInput($"cannot read state file '{shown}': {CliText.Reason(e)}.", e);
        }
    }

    /// <summary>
    /// The definition a state was counted for: the Outreach report with the sections the state lists, which must
    /// have the state's fingerprint (a state of another version of insights, or of a report made with the
    /// library, has none here).
    /// </summary>
    private static Report<ReportCase> DefinitionOf(ReportState state)
    {
        var sections = state.Sections.ToHashSet(StringComparer.Ordinal);
        var definition = OutreachReport.Definition.WithSections(s => sections.Contains(s.Title));
        if (!string.Equals(definition.Fingerprint, state.Fingerprint, StringComparison.Ordinal) || definition.Sections.Count != state.Sections.Count)
        {
            throw CommandFailure.InvalidInput(
                $"the states were counted for a report definition (fingerprint {state.Fingerprint[..12]}…) that this version of insights does not have: merge them with the version that tabulated them.");
        }

        return definition;
    }

    private ReportHeading Heading(ParseResult parseResult)
    {
        var title = parseResult.GetValue(_title) ?? ReportCommand.InputTitle;
        var period = parseResult.GetValue(_period);
        var source = parseResult.GetValue(_source);
        foreach (var (name, text) in new[] { ("--title", title), ("--period", period), ("--source", source) })
        {
            if (text is not null && string.IsNullOrWhiteSpace(text))
            {
                throw CommandFailure.WrongUsage($"{name} needs some text.");
            }
        }

        return new ReportHeading(CliText.Escape(title), period is null ? null : CliText.Escape(period), source is null ? null : CliText.Escape(source));
    }

    private static string Count(long count) => count.ToString("#,0", CultureInfo.InvariantCulture);
}
