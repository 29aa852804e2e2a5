using System.CommandLine;
using System.Globalization;
using Insights.Core.Model;
using Insights.Core.Serialization;
using Insights.Core.Tabular;
using Insights.Parquet;
using Insights.Synthetic;

namespace Insights.Cli.Commands;

/// <summary><c>insights synth</c>: writes a synthetic case file as JSON Lines.</summary>
internal sealed class SynthCommand
{
    /// <summary>Below this many cases a run is quick enough that progress lines would only be noise.</summary>
    internal const long ProgressThreshold = 100_000;

    private const string Sampled = "sampled";
    private const string Exact = "exact";

    private readonly CliConsole _console;

    private readonly Option<long?> _cases = new("--cases", "-n")
    {
        Description = string.Create(CultureInfo.InvariantCulture, $"Number of cases to generate, 1 to {SampledDataset.MaxCount:#,0} (sampled mode; required there). Exact mode always writes its 1,820 cases and ignores this."),
        HelpName = "N",
        CustomParser = result => CliOptions.ParseWholeNumber(result, minimum: 1L, maximum: SampledDataset.MaxCount),
    };

    private readonly Option<ulong> _seed = new("--seed")
    {
        Description = "Seed of the sampled generator, 0 to 18446744073709551615; the same --cases and --seed always write the same bytes. Ignored in exact mode.",
        HelpName = "S",
        DefaultValueFactory = _ => 1,
        CustomParser = result => CliOptions.ParseWholeNumber(result, minimum: 0UL, maximum: ulong.MaxValue) ?? 0,
    };

    private readonly Option<string> _mode = new("--mode", "-m")
    {
        Description = "sampled (default): N cases drawn from the exact dataset's clients with fresh ids, dates and services, written one at a time so memory stays flat. exact: the 1,820 cases that reproduce every published table. Both include cases closed before their intake date, which the report counts as \"Errors\": validate keeps them with a warning.",
        HelpName = "exact|sampled",
        DefaultValueFactory = _ => Sampled,
        CustomParser = result => CliOptions.ParseChoice(result, [Exact, Sampled], "a mode"),
    };

    private const string JsonLines = "jsonl";
    private const string Csv = "csv";
    private const string Parquet = "parquet";

    private readonly Option<string> _output = CliOptions.OutputFile("Where to write: for jsonl a file (UTF-8, one case a line, replaced if it exists); for csv a folder (created if needed) that gets cases.csv, children.csv, reviews.csv, police-reports.csv, incidents.csv and civil-orders.csv; for parquet a file ending in .parquet, or a folder of one file per table.", required: true);

    private readonly Option<string> _format = new("--format", "-f")
    {
        Description = "jsonl (default; parquet when --output ends in .parquet): JSON Lines, one case a line (docs/data-format.md). csv: the flat layout, one CSV table of cases and one per repeated kind of record (docs/importing.md). parquet: one file when --output ends in .parquet (repeated records as lists of structs), else a folder of one flat file per table (cases.parquet, children.parquet, ...).",
        HelpName = "jsonl|csv|parquet",
        CustomParser = result => CliOptions.ParseChoice(result, [JsonLines, Csv, Parquet], "a case format"),
    };

    internal SynthCommand(CliConsole console)
    {
        _console = console;
        Command = new Command("synth", "Generate synthetic cases as JSON Lines, CSV tables or Parquet: the exact dataset behind the published report, or any number of sampled cases.")
        {
            _cases, _seed, _mode, _format, _output,
        };
        Command.SetAction(parseResult => CommandRunner.Run(_console, parseResult, () => Execute(parseResult)));
    }

    internal Command Command { get; }

    private int Execute(ParseResult parseResult)
    {
        var path = parseResult.GetValue(_output)!;
        var mode = parseResult.GetValue(_mode);
        var requested = parseResult.GetValue(_cases);
        if (mode == Sampled && requested is null)
        {
            throw CommandFailure.WrongUsage("option '--cases' is required with --mode sampled.");
        }

        IEnumerable<Case> cases;
        long count;
        if (mode == Exact)
        {
            if (parseResult.GetResult(_cases) is not null || parseResult.GetResult(_seed) is { Implicit: false })
            {
                _console.Error.WriteLine("note: --mode exact always writes the 1,820 cases of the exact dataset; --cases and --seed are ignored.");
            }

            var exact = ExactDataset.Create();
            cases = exact;
            count = exact.Count;
        }
        else
        {
            count = requested!.Value;
            cases = SampledDataset.Generate(count, parseResult.GetValue(_seed));
            if (count >= ProgressThreshold)
            {
                cases = ProgressReporter.Report(cases, count, "cases written", _console.Error, _console.ErrorIsRedirected);
            }
        }

        var format = parseResult.GetValue(_format) ?? (path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase) ? Parquet : JsonLines);
        switch (format)
        {
            case Csv:
                WriteTables(path, cases, CaseCsv.Write);
                break;
            case Parquet:
                WriteTables(path, cases, (c, p) => ParquetCases.Write(c, p));
                break;
            default:
                OutputFiles.Write(path, stream => CaseJsonLines.Write(stream, cases), inputs: []);
                break;
        }

        _console.Error.WriteLine($"Wrote {count.ToString("#,0", CultureInfo.InvariantCulture)} {(count == 1 ? "case" : "cases")} to '{CliText.Escape(path)}'.");
        return ExitCodes.Success;
    }

    /// <summary>Writes the tables into a folder; each file appears only when all are complete (CaseCsv.Write).</summary>
    private static void WriteTables(string folder, IEnumerable<Case> cases, Action<IEnumerable<Case>, string> write)
    {
        if (File.Exists(folder) && !folder.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase))
        {
            throw CommandFailure.WrongUsage($"that format writes a folder of tables, and '{CliText.Escape(folder)}' is a file.");
        }

        try
        {
            write(cases, folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CommandFailure.InvalidInput($"cannot write the tables into '{CliText.Escape(folder)}': {CliText.Reason(e)}.", e);
        }
    }
}
