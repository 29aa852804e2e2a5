using System.CommandLine;
using System.Globalization;
using Insights.Core.Serialization;
using Insights.Core.Tabular;

namespace Insights.Cli.Commands;

/// <summary><c>insights validate</c>: checks a case file (or a folder of CSV tables) record by record without tabulating it.</summary>
internal sealed class ValidateCommand
{
    /// <summary>The most unmapped values listed per column; the rest are counted.</summary>
    private const int MaxValuesListed = 50;

    /// <summary>Unmapped values longer than this are cut (they are the export's wordings, but may be anything).</summary>
    private const int MaxValueLength = 60;

    private readonly CliConsole _console;
    private readonly Option<string> _input = CliOptions.InputFile("Cases to check: a JSON Lines file ('-' reads standard input), a folder of CSV tables (cases.csv, children.csv, ...) or a CSV file of cases, a Parquet file (*.parquet) or a folder holding cases.parquet.", required: true);
    private readonly Option<string> _mapping = CliOptions.Mapping();

    internal ValidateCommand(CliConsole console)
    {
        _console = console;
        Command = new Command(
            "validate",
            "Check cases on all cores: print one line per rejected record and one per data-quality warning on a kept record (file for CSV tables, line number, case id where known, field or column, reason; warnings marked 'warning'), then 'read N, accepted A, rejected R'. With --mapping, first list every column and value the mapping does not cover, with counts, so the mapping can be completed in one pass. Exit code 0 when no record is rejected (and, with --mapping, nothing is unmapped), 1 otherwise.")
        {
            _input, _mapping,
        };
        Command.SetAction(parseResult => CommandRunner.Run(_console, parseResult, () => Execute(parseResult)));
    }

    internal Command Command { get; }

    private int Execute(ParseResult parseResult)
    {
        var output = _console.Out;
        var input = CaseInput.Of(parseResult.GetValue(_input)!, parseResult.GetValue(_mapping));
        void Print(ReadResult result)
        {
            if (result.Rejection is { } rejection)
            {
                output.Write(CaseFile.Describe(rejection) + "\n");
            }

            foreach (var warning in result.Warnings)
            {
                output.Write(CaseFile.Describe(warning) + "\n");
            }
        }

        IReadOnlyList<TableReadSummary> summaries;
        var unmapped = false;
        if (parseResult.GetValue(_mapping) is not null)
        {
            var check = input.CheckMapping(Print);
            summaries = check.Summaries;
            unmapped = WriteMappingReport(check);
        }
        else
        {
            summaries = input.Read(Print);
        }

        if (input.Kind != CaseInput.InputKind.JsonLines)
        {
            foreach (var (file, summary) in summaries)
            {
                output.Write(CliText.Escape(file) + ": " + summary + "\n");
            }
        }

        var total = CaseInput.Total(summaries);
        output.Write(string.Create(CultureInfo.InvariantCulture, $"read {total.Read}, accepted {total.Accepted}, rejected {total.Rejected}\n"));
        output.Flush();
        return total.Rejected == 0 && !unmapped ? ExitCodes.Success : ExitCodes.InvalidInput;
    }

    /// <summary>Prints the columns and values the mapping leaves out; returns whether there are any.</summary>
    private bool WriteMappingReport(MappingCheck check)
    {
        var output = _console.Out;
        foreach (var (file, column) in check.UnmappedColumns)
        {
            output.Write($"{CliText.Escape(file)}: unmapped column \"{Cut(column)}\": not in the layout and not in the mapping (map it, or map it to null to leave it out)\n");
        }

        foreach (var group in check.UnmappedValues.GroupBy(v => (v.File, v.Column, v.LayoutColumn)))
        {
            var (file, column, layoutColumn) = group.Key;
            var values = group.OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal).ToList();
            foreach (var value in values.Take(MaxValuesListed))
            {
                output.Write(string.Create(CultureInfo.InvariantCulture, $"{CliText.Escape(file)}: unmapped value \"{Cut(value.Value)}\" in column \"{Cut(column)}\" ({layoutColumn}): {value.Count:#,0} {(value.Count == 1 ? "row" : "rows")}\n"));
            }

            if (values.Count > MaxValuesListed)
            {
                output.Write(string.Create(CultureInfo.InvariantCulture, $"{CliText.Escape(file)}: column \"{Cut(column)}\" ({layoutColumn}) has {values.Count - MaxValuesListed:#,0} more unmapped values\n"));
            }
        }

        var count = check.UnmappedColumns.Count + check.UnmappedValues.Count;
        output.Write(count == 0
            ? "mapping: every column and value is mapped\n"
            : string.Create(CultureInfo.InvariantCulture, $"mapping: {check.UnmappedColumns.Count:#,0} unmapped {(check.UnmappedColumns.Count == 1 ? "column" : "columns")}, {check.UnmappedValues.Count:#,0} unmapped {(check.UnmappedValues.Count == 1 ? "value" : "values")}\n"));
        return count > 0;
    }

    private static string Cut(string text)
        => CliText.Escape(text.Length > MaxValueLength ? text[..MaxValueLength] : text).Replace("\"", "\\u0022", StringComparison.Ordinal) + (text.Length > MaxValueLength ? "..." : string.Empty);
}
