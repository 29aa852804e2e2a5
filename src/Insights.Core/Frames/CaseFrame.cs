using Insights.Core.Tabulation;

namespace Insights.Core.Frames;

/// <summary>
/// A columnar store of the answers a report definition reads: one small integer code per single-choice answer
/// (with its own code for missing), one bit column per multi-select answer and per count rule, and integer
/// columns for numbers. Build it once from records; evaluate the whole report in one pass over its rows, on one
/// thread or on all cores, with results identical to evaluating the report over the records.
/// </summary>
/// <typeparam name="T">The record type the report counts.</typeparam>
/// <remarks>A frame is tied to the report definition it was built for. It is not thread-safe while rows are added; evaluation may run concurrently.</remarks>
public sealed class CaseFrame<T>
{
    // Every column is read once, so chunks need not fit in a cache; they are long so that each column is read as
    // a long sequential run, which the hardware prefetches well (with 16K-row chunks a bit column was 2 KB per
    // chunk and scanning ran at half the speed). A multiple of 64 keeps bit counts whole words.
    private const int ChunkRows = 262_144;

    // Below this many rows per thread, starting threads costs more than it saves.
    private const int MinimumPartitionRows = 16_384;

    // Rows are stored up to 64 at a time: each part of a table's description then runs over the whole batch and
    // writes a word of each bit column at once (row by row, the ingestion path spent half its time here).
    private const int BatchRows = 64;
    private readonly IColumnarTable<T>[] _tables;
    private readonly RuleAnswers? _answers;
    private readonly int[] _offsets;
    private FrameStorage? _storage;
    private int _reservedRows;

    /// <summary>Creates an empty frame for <paramref name="report"/>.</summary>
    public CaseFrame(Report<T> report)
    {
        ArgumentNullException.ThrowIfNull(report);
        Report = report;
        var tables = report.AllTables.Select(t => new TallyColumnar<T>(t.Counting)).ToArray();
        // One plan of every table's filters: a rule that several tables test (IsMatched in about a hundred tables
        // of the Outreach report) is tested once a row, and only on the rows a table using it reaches.
        var rules = RulePlan<T>.Of(tables.SelectMany(t => t.Filters));
        foreach (var table in tables)
        {
            table.Share(rules);
        }

        _answers = rules.CreateAnswers();

        _tables = tables;
        _offsets = [.. report.Offsets];
    }

    /// <summary>Gets the report definition the frame stores answers for.</summary>
    public Report<T> Report { get; }

    /// <summary>Gets the number of rows.</summary>
    public int RowCount { get; private set; }

    internal IReadOnlyList<IColumnarTable<T>> ColumnarTables => _tables;

    internal IReadOnlyList<int> CounterOffsets => _offsets;

    /// <summary>Counts every row on the calling thread into the report's counter vector.</summary>
    internal long[] CountAll() => Count(0, RowCount);

    /// <summary>Gets the bytes held by the frame's columns (capacity included).</summary>
    public long Bytes => _tables.Sum(t => t.Bytes);

    /// <summary>Builds a frame for <paramref name="report"/> from <paramref name="rows"/>.</summary>
    public static CaseFrame<T> Build(Report<T> report, IEnumerable<T> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var frame = new CaseFrame<T>(report);
        var batch = new T[BatchRows];
        var count = 0;
        foreach (var row in rows)
        {
            batch[count++] = row;
            if (count == BatchRows)
            {
                frame.AddRange(batch);
                count = 0;
            }
        }

        frame.AddRange(batch.AsSpan(0, count));
        return frame;
    }

    /// <summary>Stores the answers of one more record.</summary>
    /// <exception cref="InvalidOperationException">The frame already holds <see cref="int.MaxValue"/> rows.</exception>
    public void Add(T row) => AddRange(new ReadOnlySpan<T>(in row));

    /// <summary>Stores the answers of several more records, in order: the same rows as adding them one by one, faster.</summary>
    /// <exception cref="InvalidOperationException">The frame would exceed <see cref="int.MaxValue"/> rows.</exception>
    public void AddRange(ReadOnlySpan<T> rows)
    {
        if ((long)RowCount + rows.Length > int.MaxValue)
        {
            throw new InvalidOperationException("A frame holds at most int.MaxValue rows.");
        }

        for (var start = 0; start < rows.Length; start += BatchRows)
        {
            var batch = rows.Slice(start, Math.Min(BatchRows, rows.Length - start));
            _answers?.NextBatch();
            foreach (var table in _tables)
            {
                table.AppendBatch(batch, _answers);
            }

            RowCount += batch.Length;
        }
    }

    /// <summary>Appends a copy of row <paramref name="row"/> of <paramref name="source"/>, a frame of the same report: no record object is read or made.</summary>
    /// <exception cref="ArgumentException"><paramref name="source"/> was built for another report.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> is not a row of <paramref name="source"/>.</exception>
    internal void AddCopyOf(CaseFrame<T> source, int row)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (!ReferenceEquals(source.Report, Report))
        {
            throw new ArgumentException("Rows can be copied only between frames of the same report definition.", nameof(source));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, source.RowCount);
        for (var i = 0; i < _tables.Length; i++)
        {
            _tables[i].AppendCopy(source._tables[i], row);
        }

        RowCount++;
    }

    /// <summary>
    /// Appends copies of the rows <paramref name="rows"/> of <paramref name="source"/>, a frame of the same report,
    /// in that order, column by column: the same rows as copying them one at a time, much faster.
    /// </summary>
    /// <param name="source">The frame whose rows are copied (it may be this frame).</param>
    /// <param name="rows">The source rows to copy; a row may appear any number of times.</param>
    /// <param name="degreeOfParallelism">How many threads write columns; by default the processor count.</param>
    /// <exception cref="ArgumentException"><paramref name="source"/> was built for another report.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A row is not a row of <paramref name="source"/>.</exception>
    /// <exception cref="InvalidOperationException">The frame would exceed <see cref="int.MaxValue"/> rows.</exception>
    public void AddCopiesOf(CaseFrame<T> source, ReadOnlySpan<int> rows, int? degreeOfParallelism = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (!ReferenceEquals(source.Report, Report))
        {
            throw new ArgumentException("Rows can be copied only between frames of the same report definition.", nameof(source));
        }

        foreach (var row in rows)
        {
            if (row < 0 || row >= source.RowCount)
            {
                throw new ArgumentOutOfRangeException(nameof(rows), row, $"Row {row} is not a row of the source frame, which has {source.RowCount} rows.");
            }
        }

        if ((long)RowCount + rows.Length > int.MaxValue)
        {
            throw new InvalidOperationException("A frame holds at most int.MaxValue rows.");
        }

        if (ReferenceEquals(source, this) || (long)rows.Length * 8 < source.RowCount)
        {
            // Copying from itself, the columns would grow while they are read; copying a few rows of a large
            // source, preparing the whole source costs more than the copy. Either way, take the rows one by one.
            foreach (var row in rows.ToArray())
            {
                AddCopyOf(source, row);
            }

            return;
        }

        // Bit columns are written a word at a time, so rows are first copied one by one up to a word boundary.
        var head = Math.Min(rows.Length, (64 - (RowCount & 63)) & 63);
        for (var i = 0; i < head; i++)
        {
            AddCopyOf(source, rows[i]);
        }

        var rest = rows[head..].ToArray();
        if (rest.Length > 0)
        {
            FrameCopier.AppendRows(Storage, source.Storage, source.RowCount, rest, Math.Max(_reservedRows, RowCount + rest.Length), Math.Max(1, degreeOfParallelism ?? Environment.ProcessorCount));
            RowCount += rest.Length;
        }
    }

    /// <summary>
    /// Sizes every column for <paramref name="rows"/> rows, so a frame filled to that size holds no spare capacity;
    /// sparse columns, whose size depends on the data, are sized from the density of the first bulk copy.
    /// Reserving never changes the rows or the counts; a smaller number than reserved before is ignored.
    /// </summary>
    /// <param name="rows">How many rows the frame will hold in all.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rows"/> is negative.</exception>
    public void Reserve(int rows)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        _reservedRows = Math.Max(_reservedRows, rows);
        foreach (var column in Storage.Bits)
        {
            column.Reserve(rows);
        }

        foreach (var column in Storage.Codes)
        {
            column.Reserve(rows);
        }

        foreach (var column in Storage.Integers)
        {
            column.Reserve(rows);
        }
    }

    /// <summary>Gets the frame's storage columns, in an order shared by every frame of the same report.</summary>
    internal FrameStorage Storage => _storage ??= CollectStorage();

    private FrameStorage CollectStorage()
    {
        var storage = new FrameStorage();
        foreach (var table in _tables)
        {
            table.CollectStorage(storage);
        }

        return storage;
    }

    /// <summary>Evaluates the whole report over the frame on the calling thread.</summary>
    public ReportResult Evaluate() => Report.Finish(Count(0, RowCount));

    /// <summary>
    /// Counts every row, on all cores, into a portable state (<see cref="ReportState"/>) that merges with the states
    /// of other parts; every row counts as a record read and accepted and no clients are recorded (see
    /// <see cref="CaseFrameSet{T}.Tabulate"/>).
    /// </summary>
    public ReportState Tabulate() => Report.State(CountParallel(), RecordCounts.AllAccepted(RowCount), clients: null);

    /// <summary>
    /// Evaluates the whole report with the rows split into one contiguous partition per thread; the partitions'
    /// counts are merged. The result is identical to <see cref="Evaluate"/>.
    /// </summary>
    /// <param name="degreeOfParallelism">The number of partitions; by default the processor count.</param>
    public ReportResult EvaluateParallel(int? degreeOfParallelism = null) => Report.Finish(CountParallel(degreeOfParallelism));

    /// <summary>Counts the rows in one contiguous partition per thread and merges the partitions' counters.</summary>
    /// <param name="degreeOfParallelism">The number of partitions at most; by default the processor count.</param>
    /// <param name="minimumPartitionRows">The fewest rows a partition has (tests use 64 to split small frames).</param>
    internal long[] CountParallel(int? degreeOfParallelism = null, int minimumPartitionRows = MinimumPartitionRows)
    {
        var parts = Math.Max(1, Math.Min(degreeOfParallelism ?? Environment.ProcessorCount, RowCount / Math.Max(64, minimumPartitionRows)));
        var partials = new long[parts][];
        Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts }, part =>
        {
            // Partition bounds fall on 64-row boundaries so no bit word is shared by two partitions.
            var start = (int)(((long)RowCount * part / parts) & ~63L);
            var end = part == parts - 1 ? RowCount : (int)(((long)RowCount * (part + 1) / parts) & ~63L);
            partials[part] = Count(start, end);
        });

        for (var part = 1; part < parts; part++)
        {
            Counter.AddInto(partials[0], partials[part]);
        }

        return partials[0];
    }

    private long[] Count(int start, int end)
    {
        var counters = new long[Report.CounterCount];
        for (var chunk = start; chunk < end; chunk += ChunkRows)
        {
            var chunkEnd = Math.Min(end, chunk + ChunkRows);
            for (var i = 0; i < _tables.Length; i++)
            {
                _tables[i].Accumulate(chunk, chunkEnd, counters.AsSpan(_offsets[i], _offsets[i + 1] - _offsets[i]));
            }
        }

        return counters;
    }
}
