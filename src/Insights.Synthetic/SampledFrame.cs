using Insights.Core.Frames;
using Insights.Core.Ingestion;
using Insights.Core.Model;
using Insights.Core.Reports;
using Insights.Synthetic.Sampled;

namespace Insights.Synthetic;

/// <summary>
/// The cases of <see cref="SampledDataset"/> written straight into a frame of the <see cref="OutreachReport"/>,
/// without making any case object: each sampled case is a copy of a calibrated case with new ids, dates moved
/// and a service drawn, none of which a report table reads, so its row is a copy of the calibrated case's row.
/// </summary>
/// <remarks>
/// The frame equals <c>OutreachFrames.Build(new Dataset(SampledDataset.Generate(count, seed)))</c> for the same
/// count and seed; a test checks it. Memory is the frame's own: a few hundred bytes per case.
/// </remarks>
public static class SampledFrame
{
    // Rows are copied in blocks, so the list of sources never grows with the count.
    private const int Block = 1 << 20;
    private static readonly Lazy<CaseFrame<ReportCase>> Calibrated = new(() => OutreachFrames.Build(new Dataset(ExactDataset.Cases)));

    /// <summary>Generates <paramref name="count"/> sampled cases from <paramref name="seed"/> into a new frame.</summary>
    /// <param name="count">How many cases, from 1 to <see cref="int.MaxValue"/> (a frame's limit).</param>
    /// <param name="seed">The seed; the same seed gives the cases <see cref="SampledDataset.Generate"/> gives.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is below 1.</exception>
    public static CaseFrame<ReportCase> Generate(int count, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var source = Calibrated.Value;
        var frame = new CaseFrame<ReportCase>(OutreachReport.Definition);
        frame.Reserve(count);
        var rows = new int[Math.Min(count, Block)];
        var filled = 0;
        foreach (var draw in SampledDraws.Draw(count, seed))
        {
            rows[filled++] = draw.Source;
            if (filled == rows.Length)
            {
                frame.AddCopiesOf(source, rows);
                filled = 0;
            }
        }

        frame.AddCopiesOf(source, rows.AsSpan(0, filled));
        return frame;
    }
}
