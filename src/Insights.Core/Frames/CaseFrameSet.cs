using Insights.Core.Tabulation;

namespace Insights.Core.Frames;

/// <summary>
/// Several frames of the same report, filled independently (for example one per thread while reading a file),
/// evaluated together: each frame's counts are taken on its own thread and the counts merged, so the result is
/// identical to that of one frame holding every row. A set may also hold <see cref="Removed"/> frames: copies of
/// rows that were counted but turned out to be counted wrongly (a reader learns only later in a file which case
/// is a client's profile case); their counts are subtracted, which is exact because a frame's counts are sums
/// over its rows.
/// </summary>
/// <typeparam name="T">The record type the report counts.</typeparam>
public sealed class CaseFrameSet<T>
{
    private readonly CaseFrame<T>[] _frames;
    private readonly CaseFrame<T>[] _removed;

    /// <summary>Creates a set of <paramref name="frames"/> less the rows of <paramref name="removed"/>, all built for <paramref name="report"/>.</summary>
    /// <exception cref="ArgumentException">A frame was built for another report definition.</exception>
    public CaseFrameSet(Report<T> report, IEnumerable<CaseFrame<T>> frames, IEnumerable<CaseFrame<T>>? removed = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(frames);
        _frames = [.. frames];
        _removed = [.. removed ?? []];
        if (_frames.Concat(_removed).Any(f => !ReferenceEquals(f.Report, report)))
        {
            throw new ArgumentException("Every frame of a set must be built for the set's report definition.", nameof(frames));
        }

        Report = report;
    }

    /// <summary>Gets the report definition.</summary>
    public Report<T> Report { get; }

    /// <summary>Gets the frames whose rows are counted.</summary>
    public IReadOnlyList<CaseFrame<T>> Frames => _frames;

    /// <summary>Gets the frames whose rows are subtracted (each a copy of a row of <see cref="Frames"/>).</summary>
    public IReadOnlyList<CaseFrame<T>> Removed => _removed;

    /// <summary>Gets the number of rows counted: those of <see cref="Frames"/> less those of <see cref="Removed"/>.</summary>
    public long RowCount => _frames.Sum(f => (long)f.RowCount) - _removed.Sum(f => (long)f.RowCount);

    /// <summary>Gets the bytes held by all frames' columns.</summary>
    public long Bytes => _frames.Concat(_removed).Sum(f => f.Bytes);

    /// <summary>Evaluates the report over the rows counted, a frame per thread; the counts are merged.</summary>
    public ReportResult Evaluate() => Report.Finish(Count());

    /// <summary>
    /// Counts the rows into a portable state (<see cref="ReportState"/>) that merges with the states of other parts
    /// and is finished by <see cref="Report{T}.Finish(ReportState)"/>: the same counters as <see cref="Evaluate"/>
    /// finishes. Every row counted counts as a record read and accepted and no clients are recorded; a reader that
    /// knows more gives them with <see cref="ReportState.WithRecords"/> and <see cref="ReportState.WithClients"/>.
    /// </summary>
    public ReportState Tabulate() => Report.State(Count(), RecordCounts.AllAccepted(RowCount), clients: null);

    /// <summary>The counters of the rows counted: those of every frame less those of the removed frames.</summary>
    private long[] Count()
    {
        var all = _frames.Concat(_removed).ToArray();
        var partials = new long[all.Length][];
        Parallel.For(0, all.Length, i => partials[i] = all[i].CountAll());
        var total = new long[Report.CounterCount];
        for (var i = 0; i < _frames.Length; i++)
        {
            Counter.AddInto(total, partials[i]);
        }

        for (var i = _frames.Length; i < all.Length; i++)
        {
            var removed = partials[i];
            for (var c = 0; c < total.Length; c++)
            {
                total[c] = checked(total[c] - removed[c]);
            }
        }

        return total;
    }
}
