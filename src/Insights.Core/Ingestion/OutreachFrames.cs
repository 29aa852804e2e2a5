using System.Text.Json;
using Insights.Core.Frames;
using Insights.Core.Model;
using Insights.Core.Reports;
using Insights.Core.Serialization;
using Insights.Core.Tabular;
using Insights.Core.Tabulation;

namespace Insights.Core.Ingestion;

/// <summary>Options for streaming a JSON Lines file into frames of the <see cref="OutreachReport"/>.</summary>
public sealed class FrameReadOptions
{
    /// <summary>Gets which accepted cases are tabulated; the client-profile rule is applied among them, as <see cref="Dataset.Where"/> does.</summary>
    /// <value>The default value is <see langword="null"/>: every accepted case.</value>
    public Func<Case, bool>? Where { get; init; }

    /// <summary>
    /// Gets a callback that receives, in input order and one at a time, every rejected line and every accepted
    /// line with warnings.
    /// </summary>
    /// <value>The default value is <see langword="null"/>: findings are only counted.</value>
    public Action<ReadResult>? Findings { get; init; }

    /// <summary>Gets how many threads parse and fill frames.</summary>
    /// <value>The default value is <see langword="null"/>: the processor count.</value>
    public int? DegreeOfParallelism { get; init; }

    /// <summary>
    /// Gets the report definition the frames are built for: the Outreach report, or one made from it (its sections
    /// selected with <see cref="Report{T}.WithSections"/>, its tables grouped with <see cref="Report{T}.GroupBy{TKey}(Func{T, TKey?})"/>).
    /// </summary>
    /// <value>The default value is <see langword="null"/>: <see cref="OutreachReport.Definition"/>.</value>
    public Report<ReportCase>? Report { get; init; }

    /// <summary>Gets the folder for the temporary copy of an input that cannot be read twice (a pipe).</summary>
    /// <value>The default value is <see langword="null"/>: <see cref="Path.GetTempPath"/>.</value>
    public string? SpoolFolder { get; init; }
}

/// <summary>Builds columnar frames of the <see cref="OutreachReport"/> from datasets or from JSON Lines files.</summary>
public static class OutreachFrames
{
    /// <summary>Builds a frame of the Outreach report holding every case of <paramref name="dataset"/>.</summary>
    public static CaseFrame<ReportCase> Build(Dataset dataset) => CaseFrame<ReportCase>.Build(OutreachReport.Definition, ReportCase.From(dataset));

    /// <summary>
    /// Streams JSON Lines cases into frames without keeping a case object, in one pass on all cores, with the
    /// results of <see cref="CaseReader"/> and of the report over the accepted cases. Lines are parsed and checked in
    /// parallel and committed in order (rejections, warnings, duplicate ids); each accepted case is stored in its
    /// thread's frame as its client's profile case (the first in <see cref="ProfileCaseOrder"/>, as
    /// <see cref="Dataset"/> does) when it is the earliest seen so far. A case that a later line shows not to be the
    /// profile case after all is read again at the end and its row replaced, exactly. Memory is the frames (about
    /// 330 bytes a case), 36 to 72 bytes a record for the duplicate-id check and about 75 bytes a client (its profile case: a table entry and the case id's bytes, no object).
    /// </summary>
    /// <param name="utf8Json">The input. A stream that cannot seek (a pipe, standard input) is copied while it is read to
    /// a temporary file that only this user can read and that is deleted when reading ends.</param>
    /// <param name="options">What to tabulate and where findings go.</param>
    /// <returns>The frames and how many lines were accepted and rejected.</returns>
    /// <exception cref="IOException">The input could not be read, or changed while it was read.</exception>
    public static (CaseFrameSet<ReportCase> Frames, ReadSummary Summary) ReadJsonLines(Stream utf8Json, FrameReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= new FrameReadOptions();
        if (utf8Json.CanSeek)
        {
            return ReadOnce(utf8Json, utf8Json, utf8Json.Position, options);
        }

        var spoolPath = Path.Combine(options.SpoolFolder ?? Path.GetTempPath(), $"insights-spool-{Guid.NewGuid():N}.jsonl");
        var spoolOptions = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.ReadWrite,
            Share = FileShare.None,
            Options = FileOptions.DeleteOnClose,
            BufferSize = 1 << 16,
        };
        if (!OperatingSystem.IsWindows())
        {
            spoolOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var spool = new FileStream(spoolPath, spoolOptions);
        using var tee = new TeeStream(utf8Json, spool);
        return ReadOnce(tee, spool, 0, options);
    }

    private const int NotTabulated = 0;
    private const int OtherCase = 1;
    private const int ProfileCase = 2;

    private static (CaseFrameSet<ReportCase>, ReadSummary) ReadOnce(Stream input, Stream again, long start, FrameReadOptions options)
        => Read(
            (ordered, accepted) => ParallelCaseReader.Run(input, CreateFrame(options), ordered, accepted, options.DegreeOfParallelism),
            (offset, length) =>
            {
                var bytes = new byte[length];
                Case? c;
                try
                {
                    again.Seek(start + offset, SeekOrigin.Begin);
                    again.ReadExactly(bytes);
                    c = JsonSerializer.Deserialize(bytes, CaseJson.CaseInfo);
                }
                catch (Exception e) when (e is JsonException or ArgumentException or EndOfStreamException)
                {
                    throw new IOException("The input changed while it was read: a line accepted before no longer reads.", e);
                }

                return c ?? throw new IOException("The input changed while it was read: a line accepted before no longer reads.");
            },
            options,
            options.Findings);

    /// <summary>
    /// Streams cases from CSV tables (<see cref="CaseCsv.Read"/>: a folder of the layout's tables, or one cases
    /// file) into frames, as <see cref="ReadJsonLines"/> does for JSON Lines: no case object is kept, findings go to
    /// <see cref="FrameReadOptions.Findings"/> in order (each case's result, and each rejected row of the other
    /// tables). The tables of repeated records are held in memory while the cases stream.
    /// </summary>
    /// <param name="path">A folder of CSV tables or a CSV file of cases.</param>
    /// <param name="options">What to tabulate and where findings go.</param>
    /// <param name="mapping">How a service's own export maps to the layout; by default none.</param>
    /// <returns>The frames, and the counts of each file.</returns>
    /// <exception cref="Tabular.CaseTableException">A header is unusable, or the mapping does not fit the layout.</exception>
    /// <exception cref="IOException">A file could not be read, or changed while it was read.</exception>
    public static (CaseFrameSet<ReportCase> Frames, IReadOnlyList<TableReadSummary> Summaries) ReadCsv(string path, FrameReadOptions? options = null, CaseMapping? mapping = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        mapping ??= CaseMapping.None;
        return ReadTables(new TableSetReader(new CsvTableSource(CaseCsv.FindTables(path, mapping), mapping), mapping), options);
    }

    /// <summary>
    /// Streams the cases of a source of tables other than CSV (<see cref="ICaseTableSource"/>, e.g. Parquet files)
    /// into frames, exactly as <see cref="ReadCsv"/> does for CSV tables.
    /// </summary>
    /// <param name="source">The tables.</param>
    /// <param name="options">What to tabulate and where findings go.</param>
    /// <returns>The frames, and the counts of each file.</returns>
    /// <exception cref="Tabular.CaseTableException">A header is unusable.</exception>
    /// <exception cref="IOException">A file could not be read, or changed while it was read.</exception>
    public static (CaseFrameSet<ReportCase> Frames, IReadOnlyList<TableReadSummary> Summaries) ReadTables(ICaseTableSource source, FrameReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        return ReadTables(CaseTables.Reader(source), options);
    }

    /// <summary>Streams the cases of any source of tables (CSV, Parquet) into frames; see <see cref="ReadCsv"/>.</summary>
    internal static (CaseFrameSet<ReportCase> Frames, IReadOnlyList<TableReadSummary> Summaries) ReadTables(TableSetReader reader, FrameReadOptions? options)
    {
        options ??= new FrameReadOptions();
        IReadOnlyList<TableReadSummary> summaries = [];
        var findings = options.Findings;
        var (frames, _) = Read(
            (ordered, accepted) =>
            {
                summaries = CaseCsv.Run(
                    reader,
                    r =>
                    {
                        if (!r.IsAccepted || r.Warnings.Count > 0)
                        {
                            findings?.Invoke(r);
                        }
                    },
                    options.DegreeOfParallelism,
                    CreateFrame(options),
                    ordered,
                    accepted);
                return ReadSummary.Empty;
            },
            reader.ReadAgain,
            options,
            findings: null);
        return (frames, summaries);
    }

    private static Func<int, FrameBatch> CreateFrame(FrameReadOptions options)
    {
        var report = options.Report ?? OutreachReport.Definition;
        return _ => new FrameBatch(new CaseFrame<ReportCase>(report));
    }

    /// <summary>A worker's frame and the cases it has accepted but not yet stored: a frame stores rows fastest 64 at a time.</summary>
    private sealed class FrameBatch(CaseFrame<ReportCase> frame)
    {
        private readonly ReportCase[] _rows = new ReportCase[64];
        private int _count;

        internal CaseFrame<ReportCase> Frame => frame;

        internal bool IsEmpty => _count == 0 && frame.RowCount == 0;

        internal void Add(ReportCase row)
        {
            _rows[_count++] = row;
            if (_count == _rows.Length)
            {
                Store();
            }
        }

        /// <summary>Stores what is waiting; called after each batch and once when reading ends.</summary>
        internal void Store()
        {
            frame.AddRange(_rows.AsSpan(0, _count));
            Array.Clear(_rows, 0, _count);
            _count = 0;
        }
    }

    /// <summary>The engine of both formats: <paramref name="run"/> reads with the given in-order and per-worker callbacks; <paramref name="again"/> reads one record again by its offset and length.</summary>
    private static (CaseFrameSet<ReportCase>, ReadSummary) Read(
        Func<Func<ReadResult, RawLine, int>, Action<FrameBatch, ReadResult, int>, ReadSummary> run,
        Func<long, int, Case> again,
        FrameReadOptions options,
        Action<ReadResult>? findings)
    {
        var where = options.Where;
        var report = options.Report ?? OutreachReport.Definition;

        // Each client's profile case so far: a case stored as the profile case is "dethroned" when a later line
        // holds an earlier case of the same client; it is then read again and its profile-case row replaced.
        var profile = new ProfileCases();
        var dethroned = new List<(long Offset, int Length)>();
        var batches = new List<FrameBatch>();
        var summary = run(
            (result, line) =>
            {
                if (!result.IsAccepted || result.Warnings.Count > 0)
                {
                    findings?.Invoke(result);
                }

                if (result.Case is not { } c || (where is not null && !where(c)))
                {
                    return NotTabulated;
                }

                if (!profile.Offer(c.Client, c.IntakeDate, c.Id, line.Offset, checked((int)line.Length), out var replaced))
                {
                    return OtherCase;
                }

                if (replaced is { } earlier)
                {
                    dethroned.Add(earlier);
                }

                return ProfileCase;
            },
            (batch, result, tag) =>
            {
                if (batch.IsEmpty)
                {
                    lock (batches)
                    {
                        if (!batches.Contains(batch))
                        {
                            batches.Add(batch);
                        }
                    }
                }

                batch.Add(new ReportCase(result.Case!, tag == ProfileCase));
            });

        // The workers have finished: what each still holds is stored on this thread.
        var frames = new List<CaseFrame<ReportCase>>(batches.Count + 1);
        foreach (var batch in batches)
        {
            batch.Store();
            frames.Add(batch.Frame);
        }

        profile.Clear();
        var removed = new CaseFrame<ReportCase>(report);
        var replaced = new CaseFrame<ReportCase>(report);
        // In file order: a source that reads a whole block to give one record (a Parquet row group) then reads
        // each block once, and a file is read forwards. Frames count, so the order of their rows does not matter.
        dethroned.Sort();
        foreach (var (offset, length) in dethroned)
        {
            var c = again(offset, length);
            removed.Add(new ReportCase(c, IsClientProfile: true));
            replaced.Add(new ReportCase(c, IsClientProfile: false));
        }

        frames.Add(replaced);
        return (new CaseFrameSet<ReportCase>(report, frames, [removed]), summary);
    }

    /// <summary>Reads from a stream and writes every byte read to a copy.</summary>
    private sealed class TeeStream(Stream source, Stream copy) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = source.Read(buffer, offset, count);
            copy.Write(buffer, offset, read);
            return read;
        }

        public override void Flush() => copy.Flush();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
