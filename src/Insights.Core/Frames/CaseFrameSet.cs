using Insights.Core.Tabulation;

namespace Insights.Core.Frames;

/// <summary>
/// Several frames of the same report, filled independently (for example one per thread while reading a file),
/// evaluated together: each frame's counts are taken on its own thread and the counts merged, so the result is
/// identical to that of one frame holding every row.
/// </summary>
/// <typeparam name="T">The record type the report counts.</typeparam>
public sealed class CaseFrameSet<T>
{
    private readonly CaseFrame<T>[] _frames;

    /// <summary>Creates a set of <paramref name="frames"/>, all built for <paramref name="report"/>.</summary>
    /// <exception cref="ArgumentException">A frame was built for another report definition.</exception>
    public CaseFrameSet(Report<T> report, IEnumerable<CaseFrame<T>> frames)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(frames);
        _frames = [.. frames];
        if (_frames.Any(f => !ReferenceEquals(f.Report, report)))
        {
            throw new ArgumentException("Every frame of a set must be built for the set's report definition.", nameof(frames));
        }

        Report = report;
    }

    /// <summary>Gets the report definition.</summary>
    public Report<T> Report { get; }

    /// <summary>Gets the frames.</summary>
    public IReadOnlyList<CaseFrame<T>> Frames => _frames;

    /// <summary>Gets the number of rows in all frames.</summary>
    public long RowCount => _frames.Sum(f => (long)f.RowCount);

    /// <summary>Gets the bytes held by all frames' columns.</summary>
    public long Bytes => _frames.Sum(f => f.Bytes);

    /// <summary>Evaluates the report over every row of every frame, a frame per thread; the counts are merged.</summary>
    public ReportResult Evaluate()
    {
        var partials = new long[_frames.Length][];
        Parallel.For(0, _frames.Length, i => partials[i] = _frames[i].CountAll());
        var total = new long[Report.CounterCount];
        foreach (var partial in partials)
        {
            Counter.AddInto(total, partial);
        }

        return Report.Finish(total);
    }
}
