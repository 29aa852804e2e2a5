using System.CommandLine;
using System.Globalization;
using Insights.Core.Frames;
using Insights.Core.Ingestion;
using Insights.Core.Model;
using Insights.Core.Reports;
using Insights.Core.Serialization;
using Insights.Core.Statistics;
using Insights.Core.Tabulation;
using Insights.Synthetic;

namespace Insights.Cli.Commands;

/// <summary><c>insights report</c>: tabulates a case file, or the built-in exact dataset, into the Outreach report.</summary>
internal sealed class ReportCommand
{
    private readonly CliConsole _console;
    private readonly Option<string> _input = CliOptions.InputFile(
        "Cases to tabulate: a JSON Lines file, one case a line ('-' reads standard input), a folder of CSV tables (cases.csv, children.csv, ...) or a CSV file of cases, a Parquet file (*.parquet) or a folder holding cases.parquet; cases are streamed on all cores, never held in memory. Without it the built-in exact dataset (1,820 cases that reproduce the published report) is tabulated.",
        required: false);

    private readonly Option<string> _mapping = CliOptions.Mapping();

    private readonly Option<string> _format = CliOptions.Format();
    private readonly Option<string> _output = CliOptions.OutputFile("Write the report to this file (UTF-8, replaced if it exists) instead of standard output.", required: false);

    private readonly Option<string> _section = CliOptions.Section("Print only the sections whose title contains this text (ignoring case), e.g. \"Client profile\" or \"justice\".");

    private readonly Option<string> _service = CliOptions.Service("Tabulate");

    private readonly Option<string> _region = CliOptions.Region("Tabulate");

    private readonly Option<string> _by = new("--by")
    {
        Description = "Split every table by region or by service: one column group per region, or per service in the data (in the order of their ids). With --input, grouping by service reads the file twice (the first pass lists its services), so the input must be a file.",
        HelpName = "region|service",
    };

    private readonly Option<DateOnly?> _from = CliOptions.Date("--from", "Tabulate only cases whose intake date is on or after this date (inclusive).");
    private readonly Option<DateOnly?> _to = CliOptions.Date("--to", "Tabulate only cases whose intake date is on or before this date (inclusive).");

    private readonly Option<bool> _skipInvalid = new("--skip-invalid")
    {
        Description = "With --input: tabulate the valid records and skip the rejected ones (listed on standard error, counted at the top of the report) instead of failing with exit code 1.",
    };

    private readonly Option<int?> _sampled = new("--sampled")
    {
        Description = "Generate this many sampled cases in memory (1 to 2,147,483,647), straight into the report's columnar frame, and tabulate them on all cores. Not with --input or the filters.",
        HelpName = "N",
    };

    private readonly Option<ulong?> _seed = new("--seed")
    {
        Description = "With --sampled: the generator's seed (default 1); the same N and seed give the same report.",
        HelpName = "S",
    };

    private readonly Option<string> _title = new("--title")
    {
        Description = "The report's title (one line). Default: the published report's title for the built-in data; \"" + InputTitle + "\" with --input, which never claims the published 2018-19 period for your data.",
        HelpName = "TEXT",
    };

    private readonly Option<string> _period = new("--period")
    {
        Description = "The period the data cover, printed under the title (one line), e.g. \"April 2024 to March 2025\". Default: none.",
        HelpName = "TEXT",
    };

    private readonly Option<string> _source = new("--source")
    {
        Description = "Where the data come from, printed under the title (one line), e.g. \"case system export, 2 May 2025\". Default: none.",
        HelpName = "TEXT",
    };

    private readonly Option<string> _compareService = new("--compare-service")
    {
        Description = "Put every table's figures for the service with this id beside those of all other services, each cell compared (difference with its interval and a two-proportion test; * where significant after adjustment, see --adjust and --alpha).",
        HelpName = "ID",
    };

    private readonly StatisticsCliOptions _statistics = new();

    private readonly Option<int?> _suppressBelow = ReportOutput.SuppressBelow();

    private readonly Option<bool> _timings = new("--timings")
    {
        Description = "Print how long reading or generating, tabulating and writing took, and the frame's size, to standard error.",
    };

    internal ReportCommand(CliConsole console)
    {
        _console = console;
        Command = new Command("report", "Tabulate case records into the Insights Outreach report (every table, or the sections chosen).")
        {
            _input, _mapping, _format, _output, _section, _service, _region, _by, _compareService, _from, _to, _skipInvalid, _sampled, _seed, _title, _period, _source, _suppressBelow, _timings,
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
        if (parseResult.GetValue(_from) is { } from && parseResult.GetValue(_to) is { } to && from > to)
        {
            throw CommandFailure.WrongUsage($"--from {Date(from)} is after --to {Date(to)}.");
        }

        if (parseResult.GetValue(_skipInvalid) && parseResult.GetResult(_input) is null)
        {
            throw CommandFailure.WrongUsage("--skip-invalid applies to an --input file only.");
        }

        if (parseResult.GetResult(_mapping) is not null && parseResult.GetResult(_input) is null)
        {
            throw CommandFailure.WrongUsage("--mapping applies to an --input of CSV tables only.");
        }

        RefuseBinaryToTerminal(parseResult);
        var compared = parseResult.GetValue(_compareService);
        if (compared is not null && (parseResult.GetResult(_by) is not null || parseResult.GetResult(_service) is not null))
        {
            throw CommandFailure.WrongUsage("--compare-service splits the report into one service and all the others: it does not combine with --by or --service.");
        }

        if (compared is not null && parseResult.GetValue(_sampled) is not null)
        {
            throw CommandFailure.WrongUsage("--compare-service applies to the built-in data or an --input file, not to --sampled.");
        }

        var statistics = _statistics.Read(parseResult, compared is null ? null : OtherServices);
        var heading = Heading(parseResult);
        if (parseResult.GetValue(_sampled) is { } sampled)
        {
            return ExecuteSampled(parseResult, sampled, heading, statistics);
        }

        if (parseResult.GetResult(_seed) is not null)
        {
            throw CommandFailure.WrongUsage("--seed applies to --sampled only.");
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var definition = SelectSections(parseResult.GetValue(_section));
        var region = ParseRegion(parseResult.GetValue(_region));
        var by = ParseGrouping(parseResult.GetValue(_by));
        var inputPath = parseResult.GetValue(_input);

        if (inputPath is null)
        {
            var dataset = Filter(new Dataset(ExactDataset.Create()), parseResult.GetValue(_service), region, parseResult.GetValue(_from), parseResult.GetValue(_to));
            var built = clock.Elapsed;
            if (compared is not null && !dataset.Services.Any(s => string.Equals(s.Id.Value, compared, StringComparison.Ordinal)))
            {
                throw UnknownService(compared, dataset.Services.Select(s => s.Id.Value));
            }

            var grouped = compared is null ? Grouped(definition, by, dataset.Services) : ComparingService(definition, compared);
            var exact = _statistics.Apply(parseResult, grouped.EvaluateParallel(ReportCase.From(dataset)).WithHeading(heading), statistics);
            var done = clock.Elapsed;
            WriteReport(parseResult, exact, null, inputs: []);
            if (parseResult.GetValue(_timings))
            {
                WriteTimings("build the exact dataset", built, done - built, clock.Elapsed - done, $"{Count(dataset.Cases.Count)} cases, objects");
            }

            return ExitCodes.Success;
        }

        var input = CaseInput.Of(inputPath, parseResult.GetValue(_mapping));
        var inputFiles = input.Files();
        OutputFiles.RefuseInputAsOutput(parseResult.GetValue(_output), inputFiles);
        var report = compared is not null ? ComparingService(OutreachReport.Definition, compared)
            : by == Grouping.Service ? Grouped(OutreachReport.Definition, by, ListServices(input))
            : Grouped(OutreachReport.Definition, by, []);
        var (frames, summary, services) = ReadIntoFrames(input, report, parseResult.GetValue(_service), region, parseResult.GetValue(_from), parseResult.GetValue(_to));
        if (summary.Rejected > 0 && !parseResult.GetValue(_skipInvalid))
        {
            throw CommandFailure.InvalidInput(
                $"{Count(summary.Rejected)} of {Count(summary.Read)} records in '{CliText.Escape(inputPath)}' were rejected (listed above); no report was written. Fix them, or pass --skip-invalid to tabulate the valid records only.");
        }

        if ((parseResult.GetValue(_service) ?? compared) is { } serviceId && !services.Contains(serviceId))
        {
            throw UnknownService(serviceId, services);
        }

        var read = clock.Elapsed;
        var full = frames.Evaluate();
        var keep = definition.Sections.Select(s => s.Title).ToHashSet(StringComparer.Ordinal);
        var result = _statistics.Apply(parseResult, (full with { Sections = [.. full.Sections.Where(s => keep.Contains(s.Title))] }).WithHeading(heading), statistics);
        var tabulated = clock.Elapsed;

        var rejectedNotice = summary.Rejected > 0
            ? $"Rejected records: {Count(summary.Rejected)} of {Count(summary.Read)} read; they are not counted in this report."
            : null;
        WriteReport(parseResult, result, rejectedNotice, inputFiles);
        if (parseResult.GetValue(_timings))
        {
            var bytesPerCase = frames.RowCount == 0 ? 0 : (double)frames.Bytes / frames.RowCount;
            WriteTimings("read and validate into frames", read, tabulated - read, clock.Elapsed - tabulated, $"{Count(frames.RowCount)} cases, frames {bytesPerCase.ToString("0", CultureInfo.InvariantCulture)} bytes a case, {Environment.ProcessorCount} cores");
        }

        return ExitCodes.Success;
    }

    /// <summary>
    /// Streams the input into the report's frames (no case objects kept), printing each rejection on standard
    /// error and a count of warnings; returns the frames, the counts and every service id seen.
    /// </summary>
    private (CaseFrameSet<ReportCase> Frames, ReadSummary Summary, HashSet<string> Services) ReadIntoFrames(CaseInput input, Report<ReportCase> report, string? serviceId, Region? region, DateOnly? from, DateOnly? to)
    {
        var services = new HashSet<string>(StringComparer.Ordinal);
        var options = new FrameReadOptions
        {
            Report = report,
            Where = c =>
            {
                services.Add(c.Service.Id.Value);
                return (serviceId is null || string.Equals(c.Service.Id.Value, serviceId, StringComparison.Ordinal))
                    && (region is null || c.Service.Region == region)
                    && (from is null || c.IntakeDate >= from)
                    && (to is null || c.IntakeDate <= to);
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
            _console.Error.WriteLine($"note: {Count(summary.Warnings)} data-quality {(summary.Warnings == 1 ? "warning" : "warnings")} on kept records (they are tabulated; 'insights validate' lists them).");
        }

        return (frames, summary, services);
    }

    /// <summary>The label of the reference group of --compare-service.</summary>
    internal const string OtherServices = "All other services";

    /// <summary>The label of the compared group of --compare-service.</summary>
    internal const string ThisService = "This service";

    private static CommandFailure UnknownService(string serviceId, IEnumerable<string> services)
    {
        const int MaxListed = 30;
        var ids = services.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var listed = string.Join(", ", ids.Take(MaxListed)) + (ids.Count > MaxListed ? $", … ({Count(ids.Count)} services)" : string.Empty);
        return CommandFailure.WrongUsage($"no case belongs to a service with id '{CliText.Escape(serviceId)}'. Services: {listed}.");
    }

    /// <summary>The report with every table split into the service <paramref name="serviceId"/> and all the others.</summary>
    private static Report<ReportCase> ComparingService(Report<ReportCase> report, string serviceId)
    {
        var groups = Categories.Labelled([(true, ThisService), (false, OtherServices)]);
        return report.GroupBy(r => (bool?)string.Equals(r.Case.Service.Id.Value, serviceId, StringComparison.Ordinal), groups);
    }

    private int ExecuteSampled(ParseResult parseResult, int count, ReportHeading heading, StatisticsOptions statistics)
    {
        if (count < 1)
        {
            throw CommandFailure.WrongUsage($"--sampled needs a count from 1 to {Count(int.MaxValue)}; got {count}.");
        }

        if (parseResult.GetResult(_input) is not null || parseResult.GetResult(_service) is not null || parseResult.GetResult(_region) is not null || parseResult.GetResult(_by) is not null
            || parseResult.GetResult(_from) is not null || parseResult.GetResult(_to) is not null || parseResult.GetValue(_skipInvalid))
        {
            throw CommandFailure.WrongUsage("--sampled generates its own cases: it does not combine with --input, --service, --region, --by, --from, --to or --skip-invalid.");
        }

        var section = parseResult.GetValue(_section);
        var keep = SelectSections(section).Sections.Select(s => s.Title).ToHashSet(StringComparer.Ordinal);
        var seed = parseResult.GetValue(_seed) ?? 1UL;

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var frame = SampledFrame.Generate(count, seed);
        var generated = clock.Elapsed;
        var full = frame.EvaluateParallel();
        var result = _statistics.Apply(parseResult, (full with { Sections = [.. full.Sections.Where(s => keep.Contains(s.Title))] }).WithHeading(heading), statistics);
        var tabulated = clock.Elapsed;
        WriteReport(parseResult, result, null, inputs: []);
        if (parseResult.GetValue(_timings))
        {
            var bytesPerCase = (double)frame.Bytes / frame.RowCount;
            WriteTimings("generate into the frame", generated, tabulated - generated, clock.Elapsed - tabulated, $"{Count(frame.RowCount)} cases, frame {bytesPerCase.ToString("0", CultureInfo.InvariantCulture)} bytes a case, {Environment.ProcessorCount} cores");
        }

        return ExitCodes.Success;
    }

    private void WriteTimings(string firstStep, TimeSpan first, TimeSpan tabulate, TimeSpan write, string what)
    {
        static string Ms(TimeSpan t) => t.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms";
        _console.Error.WriteLine($"timings: {firstStep} {Ms(first)}; tabulate {Ms(tabulate)}; write {Ms(write)} ({what})");
    }

    private void RefuseBinaryToTerminal(ParseResult parseResult) => ReportOutput.RefuseBinaryToTerminal(parseResult.GetValue(_format)!, parseResult.GetValue(_output));

    private void WriteReport(ParseResult parseResult, ReportResult result, string? rejectedNotice, IReadOnlyList<string> inputs)
        => ReportOutput.Write(_console, parseResult.GetValue(_format)!, parseResult.GetValue(_output), ReportOutput.Disclosed(parseResult, _suppressBelow, result), rejectedNotice, inputs);

    /// <summary>The title a report of the user's own data gets when --title is not given.</summary>
    internal const string InputTitle = "Insights outreach report";

    /// <summary>
    /// The heading from --title, --period and --source, each escaped to printable ASCII as everything printed is;
    /// the published report's title for the built-in data, <see cref="InputTitle"/> for an --input file.
    /// </summary>
    private ReportHeading Heading(ParseResult parseResult)
    {
        var title = parseResult.GetValue(_title) ?? (parseResult.GetResult(_input) is null ? OutreachReport.DefaultHeading.Title : InputTitle);
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

    private enum Grouping
    {
        None,
        Region,
        Service,
    }

    private static Grouping ParseGrouping(string? text) => text?.ToLowerInvariant() switch
    {
        null => Grouping.None,
        "region" => Grouping.Region,
        "service" => Grouping.Service,
        _ => throw CommandFailure.WrongUsage($"--by takes 'region' or 'service', not '{CliText.Escape(text)}'."),
    };

    /// <summary>The report with every table split by region or by the services given (ordinal order of their ids), or as it is.</summary>
    private static Report<ReportCase> Grouped(Report<ReportCase> report, Grouping by, IEnumerable<Service> services)
    {
        switch (by)
        {
            case Grouping.Region:
                return report.GroupBy(r => (Region?)r.Case.Service.Region);
            case Grouping.Service:
                var list = services.DistinctBy(s => s.Id).OrderBy(s => s.Id.Value, StringComparer.Ordinal).ToList();
                if (list.Count == 0)
                {
                    return report;
                }

                // Services are labelled by name; a name two services share gets each one's id too, so groups stay apart.
                var shared = list.GroupBy(s => s.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
                var groups = Categories.Labelled(list.Select(s => (s.Id.Value, CliText.Escape(shared.Contains(s.Name) ? $"{s.Name} ({s.Id.Value})" : s.Name))));
                return report.GroupBy(r => r.Case.Service.Id.Value, groups);
            default:
                return report;
        }
    }

    /// <summary>The services of the accepted records of a file, read in a first pass (rejections are reported by the second).</summary>
    private static List<Service> ListServices(CaseInput input)
    {
        if (input.Path == CaseFile.StandardInput)
        {
            throw CommandFailure.WrongUsage("--by service reads the input twice, so it needs a file, not standard input.");
        }

        var services = new Dictionary<ServiceId, Service>();
        input.Read(result =>
        {
            if (result.Case is { } c)
            {
                services.TryAdd(c.Service.Id, c.Service);
            }
        });
        return [.. services.Values];
    }

    /// <summary>The region a --region value names (label or code, ignoring case); wrong usage for anything else.</summary>
    internal static Region? ParseRegion(string? text)
    {
        if (text is null)
        {
            return null;
        }

        foreach (var region in Labels.All<Region>())
        {
            if (string.Equals(text, Labels.Of(region), StringComparison.OrdinalIgnoreCase)
                || string.Equals(text, Labels.CodeOf(region), StringComparison.OrdinalIgnoreCase))
            {
                return region;
            }
        }

        throw CommandFailure.WrongUsage($"'{CliText.Escape(text)}' is not a region. Regions: {string.Join("; ", Labels.All<Region>().Select(Labels.Of))}.");
    }

    private static Dataset Filter(Dataset dataset, string? serviceId, Region? region, DateOnly? from, DateOnly? to)
    {
        if (serviceId is not null && !dataset.Services.Any(s => string.Equals(s.Id.Value, serviceId, StringComparison.Ordinal)))
        {
            const int MaxListed = 30;
            var ids = dataset.Services.Select(s => s.Id.Value).Order(StringComparer.Ordinal).ToList();
            var listed = string.Join(", ", ids.Take(MaxListed)) + (ids.Count > MaxListed ? $", … ({Count(ids.Count)} services)" : string.Empty);
            throw CommandFailure.WrongUsage($"no case belongs to a service with id '{CliText.Escape(serviceId)}'. Services: {listed}.");
        }

        if (serviceId is null && region is null && from is null && to is null)
        {
            return dataset;
        }

        return dataset.Where(c =>
            (serviceId is null || string.Equals(c.Service.Id.Value, serviceId, StringComparison.Ordinal))
            && (region is null || c.Service.Region == region)
            && (from is null || c.IntakeDate >= from)
            && (to is null || c.IntakeDate <= to));
    }

    /// <summary>The service ids of an error message, in ordinal order: the first 30, then how many there are.</summary>
    internal static string ListIds(IEnumerable<string> services)
    {
        const int MaxListed = 30;
        var ids = services.Order(StringComparer.Ordinal).ToList();
        return string.Join(", ", ids.Take(MaxListed)) + (ids.Count > MaxListed ? $", … ({Count(ids.Count)} services)" : string.Empty);
    }

    private static string Date(DateOnly date) => date.ToString(CliOptions.DateFormat, CultureInfo.InvariantCulture);

    private static string Count(long count) => count.ToString("#,0", CultureInfo.InvariantCulture);
}
