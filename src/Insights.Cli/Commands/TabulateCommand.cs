using System.CommandLine;
using System.Globalization;
using Insights.Core.Ingestion;
using Insights.Core.Model;
using Insights.Core.Reports;
using Insights.Core.Tabulation;

namespace Insights.Cli.Commands;

/// <summary>
/// <c>insights tabulate</c>: counts a case file into a report state file (docs/states.md) instead of a report, so
/// that parts counted apart (by service, on several machines) merge with <c>insights merge</c> into the report
/// of the whole, without any record leaving its part.
/// </summary>
internal sealed class TabulateCommand
{
    private readonly CliConsole _console;
    private readonly Option<string> _input = CliOptions.InputFile(
        "Cases to count: a JSON Lines file ('-' reads standard input), a folder of CSV tables (cases.csv, children.csv, ...) or a CSV file of cases, a Parquet file (*.parquet) or a folder holding cases.parquet; read exactly as 'report --input' reads it.",
        required: true);

    private readonly Option<string> _mapping = CliOptions.Mapping();

    private readonly Option<string> _stateOut = new("--state-out")
    {
        Description = "Write the report's state (its counters, the definition's fingerprint, the records read and the keyed hashes of the clients counted) to this file, replaced if it exists (docs/states.md).",
        HelpName = "PATH",
        Required = true,
    };

    private readonly Option<string> _section = CliOptions.Section("Count only the sections whose title contains this text (ignoring case). The state is then of another definition: it merges only with states counted with the same --section.");

    private readonly Option<string> _service = CliOptions.Service("Count");

    private readonly Option<string> _region = CliOptions.Region("Count");

    private readonly Option<DateOnly?> _from = CliOptions.Date("--from", "Count only cases whose intake date is on or after this date (inclusive).");
    private readonly Option<DateOnly?> _to = CliOptions.Date("--to", "Count only cases whose intake date is on or before this date (inclusive).");

    private readonly Option<bool> _skipInvalid = new("--skip-invalid")
    {
        Description = "Count the valid records and skip the rejected ones (listed on standard error, counted in the state) instead of failing with exit code 1.",
    };

    private readonly Option<string> _clientKey = new("--client-key")
    {
        Description = $"A secret of at least {ClientKey.MinimumSecretLength} characters, agreed by the services whose states are merged, that keys the hashes of the client ids in the state, so that no one without it can test whether a client id is in a state. Default: a key derived from the report definition, which anyone can compute. Every part of a merge needs the same key.",
        HelpName = "SECRET",
    };

    internal TabulateCommand(CliConsole console)
    {
        _console = console;
        Command = new Command(
            "tabulate",
            "Count cases into a report state file instead of a report: parts counted apart merge with 'insights merge' into exactly the report of all their cases. Prints 'read N, accepted A, rejected R' when done. Keep each client's cases in one part (split by client or by service): a merge refuses parts that share a client.")
        {
            _input, _mapping, _stateOut, _section, _service, _region, _from, _to, _skipInvalid, _clientKey,
        };
        Command.SetAction(parseResult => CommandRunner.Run(_console, parseResult, () => Execute(parseResult)));
    }

    internal Command Command { get; }

    private int Execute(ParseResult parseResult)
    {
        var from = parseResult.GetValue(_from);
        var to = parseResult.GetValue(_to);
        if (from is { } f && to is { } t && f > t)
        {
            throw CommandFailure.WrongUsage($"--from {Date(f)} is after --to {Date(t)}.");
        }

        var definition = SelectSections(parseResult.GetValue(_section));
        var region = ReportCommand.ParseRegion(parseResult.GetValue(_region));
        var key = ParseKey(parseResult.GetValue(_clientKey), definition);
        var serviceId = parseResult.GetValue(_service);
        var stateOut = parseResult.GetValue(_stateOut)!;
        if (string.IsNullOrWhiteSpace(stateOut))
        {
            throw CommandFailure.WrongUsage("--state-out needs a file path.");
        }

        var inputPath = parseResult.GetValue(_input)!;
        var input = CaseInput.Of(inputPath, parseResult.GetValue(_mapping));
        var inputFiles = input.Files();
        OutputFiles.RefuseInputAsOutput(stateOut, inputFiles);

        // Where runs on the reader's in-order thread, once per accepted case, so the sets need no lock.
        var services = new HashSet<string>(StringComparer.Ordinal);
        var clients = new HashSet<ClientId>();
        var options = new FrameReadOptions
        {
            Report = definition,
            Where = c =>
            {
                services.Add(c.Service.Id.Value);
                var counted = (serviceId is null || string.Equals(c.Service.Id.Value, serviceId, StringComparison.Ordinal))
                    && (region is null || c.Service.Region == region)
                    && (from is null || c.IntakeDate >= from)
                    && (to is null || c.IntakeDate <= to);
                if (counted)
                {
                    clients.Add(c.Client);
                }

                return counted;
            },
            Findings = result =>
            {
                if (result.Rejection is { } rejection)
                {
                    _console.Error.WriteLine(CaseFile.Describe(rejection));
                }
            },
        };

        var (frames, summary) = input.ReadFrames(options);
        if (summary.Warnings > 0)
        {
            _console.Error.WriteLine($"note: {Count(summary.Warnings)} data-quality {(summary.Warnings == 1 ? "warning" : "warnings")} on kept records (they are counted; 'insights validate' lists them).");
        }

        if (summary.Rejected > 0 && !parseResult.GetValue(_skipInvalid))
        {
            throw CommandFailure.InvalidInput(
                $"{Count(summary.Rejected)} of {Count(summary.Read)} records in '{CliText.Escape(inputPath)}' were rejected (listed above); no state was written. Fix them, or pass --skip-invalid to count the valid records only.");
        }

        if (serviceId is not null && !services.Contains(serviceId))
        {
            throw CommandFailure.WrongUsage($"no case belongs to a service with id '{CliText.Escape(serviceId)}'. Services: {ReportCommand.ListIds(services)}.");
        }

        var state = frames.Tabulate()
            .WithRecords(new RecordCounts(summary.Read, summary.Accepted, summary.Rejected))
            .WithClients(ClientSet.Of(clients, key));
        OutputFiles.Write(stateOut, stream => ReportStateFile.Write(state, stream), inputFiles);
        _console.Out.Write(string.Create(CultureInfo.InvariantCulture, $"read {summary.Read}, accepted {summary.Accepted}, rejected {summary.Rejected}\n"));
        _console.Out.Flush();
        return ExitCodes.Success;
    }

    private static ClientKey ParseKey(string? secret, Report<ReportCase> definition)
    {
        if (secret is null)
        {
            return ClientKey.ForDefinition(definition.Fingerprint);
        }

        if (secret.Length < ClientKey.MinimumSecretLength)
        {
            // The secret itself is never printed: it may be a real key typed by mistake with a character missing.
            throw CommandFailure.WrongUsage($"--client-key needs at least {ClientKey.MinimumSecretLength} characters; the one given has {secret.Length}.");
        }

        return ClientKey.Shared(secret);
    }

    private static Report<ReportCase> SelectSections(string? section)
    {
        if (section is null)
        {
            return OutreachReport.Definition;
        }

        if (string.IsNullOrWhiteSpace(section))
        {
            throw CommandFailure.WrongUsage($"--section needs part of a section title. Sections: {string.Join("; ", OutreachReport.SectionNames)}.");
        }

        try
        {
            return OutreachReport.Section(section);
        }
        catch (ArgumentException)
        {
            throw CommandFailure.WrongUsage($"no section of the report has '{CliText.Escape(section)}' in its title. Sections: {string.Join("; ", OutreachReport.SectionNames)}.");
        }
    }

    private static string Date(DateOnly date) => date.ToString(CliOptions.DateFormat, CultureInfo.InvariantCulture);

    private static string Count(long count) => count.ToString("#,0", CultureInfo.InvariantCulture);
}
