using Insights.Core.Frames;
using Insights.Core.Ingestion;
using Insights.Core.Reports;
using Insights.Core.Serialization;
using Insights.Core.Tabular;
using Insights.Parquet;

namespace Insights.Cli.Commands;

/// <summary>
/// Parquet input for <c>report</c> and <c>validate</c>: a file ending in <c>.parquet</c> or a folder holding
/// <c>cases.parquet</c>. A file that is not Parquet or whose schema does not fit the layout is invalid input (exit
/// code 1), named by file and column.
/// </summary>
internal static class ParquetInput
{
    /// <summary>Returns whether <paramref name="path"/> is Parquet input (never standard input).</summary>
    internal static bool Is(string path) => path != CaseFile.StandardInput && ParquetCases.IsParquet(path);

    /// <summary>Reads every case and every row of the other tables, handing each result to <paramref name="result"/> in order; the summary adds up every file's rows.</summary>
    /// <exception cref="CommandFailure">The input is unreadable or does not fit the layout (exit code 1).</exception>
    internal static ReadSummary Read(string path, Action<ReadResult> result)
        => Total(Reading(path, () => ParquetCases.Read(path, result)));

    /// <summary>Streams the cases into frames of the report; the summary adds up every file's rows.</summary>
    /// <exception cref="CommandFailure">The input is unreadable or does not fit the layout (exit code 1).</exception>
    internal static (CaseFrameSet<ReportCase> Frames, ReadSummary Summary) ReadFrames(string path, FrameReadOptions options)
    {
        var (frames, summaries) = Reading(path, () => ParquetCases.ReadFrames(path, options));
        return (frames, Total(summaries));
    }

    private static ReadSummary Total(IReadOnlyList<TableReadSummary> summaries)
        => new(summaries.Sum(s => s.Summary.Accepted), summaries.Sum(s => s.Summary.Rejected), summaries.Sum(s => s.Summary.Warnings));

    private static T Reading<T>(string path, Func<T> read)
    {
        try
        {
            return CaseFile.Reading(path, read);
        }
        catch (CaseTableException e)
        {
            throw CommandFailure.InvalidInput(e.Message, e);
        }
        catch (FileNotFoundException e)
        {
            throw CommandFailure.InvalidInput($"input '{CliText.Escape(path)}' does not exist or has no cases.parquet.", e);
        }
    }
}
