using Insights.Core.Frames;
using Insights.Core.Ingestion;
using Insights.Core.Reports;
using Insights.Core.Serialization;
using Insights.Core.Tabular;
using Insights.Parquet;

namespace Insights.Cli.Commands;

/// <summary>
/// An --input of any of the formats the commands read: a JSON Lines file (or <c>-</c>, standard input), a folder of
/// CSV tables in the flat layout (or of a service's export with a mapping file), one CSV file of cases, or Parquet
/// (a file ending in <c>.parquet</c>, or a folder holding <c>cases.parquet</c>).
/// </summary>
internal sealed class CaseInput
{
    private CaseInput(string path, InputKind kind, CaseMapping mapping)
    {
        Path = path;
        Kind = kind;
        Mapping = mapping;
    }

    internal enum InputKind
    {
        JsonLines,
        Csv,
        Parquet,
    }

    internal string Path { get; }

    internal InputKind Kind { get; }

    internal CaseMapping Mapping { get; }

    /// <summary>Decides what <paramref name="path"/> holds: a folder or a <c>.csv</c> file (or any file with a mapping) is CSV tables; anything else JSON Lines.</summary>
    /// <exception cref="CommandFailure">The mapping file cannot be read, or a mapping is given for JSON Lines.</exception>
    internal static CaseInput Of(string path, string? mappingPath)
    {
        var isParquet = path != CaseFile.StandardInput && ParquetCases.IsParquet(path);
        var isCsv = !isParquet && path != CaseFile.StandardInput
            && (Directory.Exists(path) || path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || mappingPath is not null);
        if (!isCsv && mappingPath is not null)
        {
            throw CommandFailure.WrongUsage("--mapping applies to CSV input (a folder of tables or a .csv file).");
        }

        var mapping = mappingPath is null ? CaseMapping.None : LoadMapping(mappingPath);

        return new CaseInput(path, isParquet ? InputKind.Parquet : isCsv ? InputKind.Csv : InputKind.JsonLines, mapping);
    }

    /// <summary>Gets the files the input reads, for refusing an output that would overwrite one.</summary>
    internal IReadOnlyList<string> Files()
    {
        if (Kind != InputKind.Csv)
        {
            return Kind == InputKind.Parquet && Directory.Exists(Path) ? [.. Directory.GetFiles(Path, "*.parquet")] : [Path];
        }

        try
        {
            return [.. CaseCsv.FindTables(Path, Mapping).Values];
        }
        catch (Exception e) when (e is FileNotFoundException or CaseTableException)
        {
            return [Path];
        }
    }

    /// <summary>Reads every record, handing each result to <paramref name="result"/> in order; returns the counts of each file (one entry for JSON Lines).</summary>
    /// <exception cref="CommandFailure">The input is missing, unreadable or has an unusable header (exit code 1).</exception>
    internal IReadOnlyList<TableReadSummary> Read(Action<ReadResult> result)
    {
        if (Kind == InputKind.JsonLines)
        {
            var summary = CaseFile.Read(Path, result);
            return [new TableReadSummary(System.IO.Path.GetFileName(Path), summary)];
        }

        if (Kind == InputKind.Parquet)
        {
            return Reading(() => ParquetCases.Read(Path, result));
        }

        return Reading(() => CaseCsv.Read(Path, result, new CsvReadOptions { Mapping = Mapping }));
    }

    /// <summary>Reads the input as <see cref="Read"/> does, also listing what the mapping does not cover.</summary>
    /// <exception cref="CommandFailure">The input is missing, unreadable or has an unusable header (exit code 1).</exception>
    internal MappingCheck CheckMapping(Action<ReadResult> result) => Reading(() => MappingCheck.Run(Path, Mapping, result));

    /// <summary>Reads the input into the report's frames.</summary>
    /// <exception cref="CommandFailure">The input is missing, unreadable or has an unusable header (exit code 1).</exception>
    internal (CaseFrameSet<ReportCase> Frames, ReadSummary Summary) ReadFrames(FrameReadOptions options)
    {
        if (Kind == InputKind.JsonLines)
        {
            using var stream = CaseFile.Open(Path);
            return CaseFile.Reading(Path, () => OutreachFrames.ReadJsonLines(stream, options));
        }

        var (frames, summaries) = Kind == InputKind.Parquet
            ? Reading(() => ParquetCases.ReadFrames(Path, options))
            : Reading(() => OutreachFrames.ReadCsv(Path, options, Mapping));
        return (frames, Total(summaries));
    }

    /// <summary>The counts over all files: every row read, accepted or rejected.</summary>
    internal static ReadSummary Total(IReadOnlyList<TableReadSummary> summaries)
        => summaries.Aggregate(ReadSummary.Empty, (sum, s) => sum + s.Summary);

    private T Reading<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (CaseTableException e)
        {
            throw CommandFailure.InvalidInput(e.Message, e);
        }
        catch (FileNotFoundException e) when (Directory.Exists(Path))
        {
            throw CommandFailure.InvalidInput($"input folder '{CliText.Escape(Path)}' has no cases.csv (or the cases file its mapping names): a folder is read as CSV tables (docs/importing.md).", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return CaseFile.Reading<T>(Path, () => throw e);
        }
    }

    private static CaseMapping LoadMapping(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            return CaseMapping.Load(stream);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw CommandFailure.InvalidInput($"mapping file '{CliText.Escape(path)}' does not exist.", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CommandFailure.InvalidInput($"cannot read mapping file '{CliText.Escape(path)}': {CliText.Reason(e)}.", e);
        }
        catch (FormatException e)
        {
            throw CommandFailure.InvalidInput($"mapping file '{CliText.Escape(path)}': {CliText.Escape(e.Message)}", e);
        }
    }
}
