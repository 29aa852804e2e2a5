using System.Text.Json;
using Insights.Core.Frames;
using Insights.Core.Model;
using Insights.Core.Serialization;

namespace Insights.Core.Reports;

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
    /// Streams JSON Lines cases into frames without keeping a case object, on all cores, with the results of
    /// <see cref="CaseReader"/> and of the report over the accepted cases. A first pass parses and checks every line
    /// (rejections and warnings, duplicate ids) and finds each client's profile case (the earliest intake, ties to
    /// the smaller case id, as <see cref="Dataset"/> does); a second pass parses the accepted lines again and stores
    /// their answers, one frame per thread. Memory is the frames (about 250 bytes a case), about 40 bytes a record
    /// for the duplicate-id check, one entry per client, and two bits per line.
    /// </summary>
    /// <param name="utf8Json">The input. A stream that cannot seek (a pipe, standard input) is copied while it is read to
    /// a temporary file that only this user can read and that is deleted when reading ends.</param>
    /// <param name="options">What to tabulate and where findings go.</param>
    /// <returns>The frames and how many lines were accepted and rejected.</returns>
    /// <exception cref="IOException">The input could not be read, or changed between the two passes.</exception>
    public static (CaseFrameSet<ReportCase> Frames, ReadSummary Summary) ReadJsonLines(Stream utf8Json, FrameReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= new FrameReadOptions();
        if (utf8Json.CanSeek)
        {
            var start = utf8Json.Position;
            return ReadTwice(utf8Json, () => utf8Json.Seek(start, SeekOrigin.Begin), options);
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
        return ReadTwice(tee, () => spool.Seek(0, SeekOrigin.Begin), options, secondPass: spool);
    }

    private static (CaseFrameSet<ReportCase>, ReadSummary) ReadTwice(Stream first, Action rewind, FrameReadOptions options, Stream? secondPass = null)
    {
        var where = options.Where;
        var findings = options.Findings;
        var tabulated = new LineBits();
        var earliest = new Dictionary<ClientId, (DateOnly Intake, string Id, long Line)>();
        var summary = ParallelCaseReader.Run<object?>(
            first,
            _ => null,
            result =>
            {
                if (!result.IsAccepted || result.Warnings.Count > 0)
                {
                    findings?.Invoke(result);
                }

                if (result.Case is not { } c || (where is not null && !where(c)))
                {
                    return;
                }

                tabulated.Set(result.LineNumber);
                if (!earliest.TryGetValue(c.Client, out var current) || IsEarlier(c.IntakeDate, c.Id.Value, current.Intake, current.Id))
                {
                    earliest[c.Client] = (c.IntakeDate, c.Id.Value, result.LineNumber);
                }
            },
            accepted: null,
            options.DegreeOfParallelism);

        var profile = new LineBits();
        foreach (var (_, _, line) in earliest.Values)
        {
            profile.Set(line);
        }

        earliest.Clear();
        rewind();
        var frames = new List<CaseFrame<ReportCase>>();
        var stored = 0L;
        ParallelCaseReader.ForEachLine(
            secondPass ?? first,
            _ =>
            {
                var frame = new CaseFrame<ReportCase>(OutreachReport.Definition);
                lock (frames)
                {
                    frames.Add(frame);
                }

                return frame;
            },
            (frame, line) =>
            {
                if (!tabulated.Get(line.Number))
                {
                    return;
                }

                var c = JsonSerializer.Deserialize(line.Bytes.Span, CaseJson.CaseInfo)
                    ?? throw new IOException("The input changed between the two passes of reading it.");
                frame.Add(new ReportCase(c, profile.Get(line.Number)));
                Interlocked.Increment(ref stored);
            },
            options.DegreeOfParallelism);

        if (stored != tabulated.Count)
        {
            throw new IOException("The input changed between the two passes of reading it.");
        }

        return (new CaseFrameSet<ReportCase>(OutreachReport.Definition, frames), summary);
    }

    private static bool IsEarlier(DateOnly intake, string id, DateOnly currentIntake, string currentId)
        => intake != currentIntake ? intake < currentIntake : string.CompareOrdinal(id, currentId) < 0;

    /// <summary>One bit per line number, growing as lines are read; read concurrently once filled.</summary>
    private sealed class LineBits
    {
        private ulong[] _words = new ulong[1024];

        internal long Count { get; private set; }

        internal void Set(long line)
        {
            var word = (int)(line >> 6);
            if (word >= _words.Length)
            {
                Array.Resize(ref _words, Math.Max(word + 1, _words.Length * 2));
            }

            var bit = 1UL << (int)(line & 63);
            if ((_words[word] & bit) == 0)
            {
                _words[word] |= bit;
                Count++;
            }
        }

        internal bool Get(long line)
        {
            var word = line >> 6;
            return word < _words.Length && (_words[word] & (1UL << (int)(line & 63))) != 0;
        }
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
