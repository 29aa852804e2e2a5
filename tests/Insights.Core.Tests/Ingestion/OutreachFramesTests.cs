using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Insights.Core.Formatting;
using Insights.Core.Ingestion;
using Insights.Core.Model;
using Insights.Core.Reports;
using Insights.Core.Serialization;
using Insights.Core.Tabulation;
using Insights.Core.Tests.Generators;
using Insights.Core.Tests.Serialization;
using Insights.Core.Tests.Support;
using Insights.Synthetic;
using Xunit;

namespace Insights.Core.Tests.Ingestion;

public sealed class OutreachFramesTests
{
    /// <summary>The filters a property picks from: none, and three that drop some clients' profile cases.</summary>
    private static readonly Func<Case, bool>?[] Filters =
    [
        null,
        c => c.IntakeDate.Day % 2 == 0,
        c => c.Service.Region is Region.London or Region.Wales,
        c => c.Exit is not null,
    ];

    private static string Json(ReportResult result) => TableRenderer.Render(result, OutputFormat.Json);

    /// <summary>The report of the object path: the accepted cases (as <see cref="CaseReader"/> accepts them) in a dataset, filtered as <see cref="Dataset.Where"/> does.</summary>
    private static (ReportResult Report, Dataset Dataset, List<ReadResult> Results) ObjectPath(byte[] bytes, Func<Case, bool>? where)
    {
        var results = CaseReader.Read(new MemoryStream(bytes)).ToList();
        var dataset = new Dataset(results.Where(r => r.IsAccepted).Select(r => r.Case!));
        if (where is not null)
        {
            dataset = dataset.Where(where);
        }

        return (OutreachReport.Definition.Evaluate(ReportCase.From(dataset)), dataset, results);
    }

    private static Gen<(byte[] Bytes, int Filter, bool Seekable, int Degree, int Piece)> Input() =>
        from cases in MessyCases.Dataset
        let valid = cases.Select(CaseJsonLines.Serialize).ToArray()
        from hostile in Gen.ListOf(MutatedLines.LineOrEdit(Gen.Elements(valid.DefaultIfEmpty(FindingExamples.Valid).ToArray())))
        from order in Gen.Shuffle(valid.Select(Encoding.UTF8.GetBytes).Concat(hostile).ToArray())
        from filter in Gen.Choose(0, Filters.Length - 1)
        from seekable in Gen.Elements(true, false)
        from degree in Gen.Choose(1, 3)
        from piece in Gen.Elements(1, 100, 1 << 16)
        select (ReadResults.Join(order), filter, seekable, degree, piece);

    [Property(MaxTest = 40)]
    public Property ReadJsonLines_MessyCasesAndHostileLines_SameReportAsTheObjectPath()
        => Prop.ForAll(Arb.From(Input()), input =>
        {
            var (bytes, filter, seekable, degree, piece) = input;
            var where = Filters[filter];
            var (expected, dataset, results) = ObjectPath(bytes, where);
            var findings = new List<ReadResult>();
            using var spool = new SpoolFolder();

            var (frames, summary) = OutreachFrames.ReadJsonLines(
                seekable ? new MemoryStream(bytes) : new TrickleStream(bytes, piece),
                new FrameReadOptions { Where = where, Findings = findings.Add, DegreeOfParallelism = degree, SpoolFolder = spool.Path });

            Assert.Equal(Json(expected), Json(frames.Evaluate()));
            Assert.Equal(dataset.Cases.Count, frames.RowCount);
            Assert.Equal(ReadSummary.Of(results), summary);
            ReadResults.AssertSame(results.Where(r => !r.IsAccepted || r.Warnings.Count > 0).ToList(), findings);
            Assert.Empty(Directory.GetFileSystemEntries(spool.Path));
        });

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ReadJsonLines_SameDayIntakesOfOneClient_ProfileIsTheSmallerId(bool seekable)
    {
        // Ordinal order puts C-10 before C-9: C-10 is the profile case although C-9 comes first in the file.
        var day = new DateOnly(2019, 1, 1);
        Case[] cases =
        [
            SampleCases.Minimal("C-9", "P-1", day).WithProfile(p => p with { Age = 30 }),
            SampleCases.Minimal("C-1", "P-1", day.AddDays(1)).WithProfile(p => p with { Age = 50 }),
            SampleCases.Minimal("C-10", "P-1", day).WithProfile(p => p with { Age = 40 }),
            SampleCases.Minimal("C-2", "P-2", day.AddDays(5)).WithProfile(p => p with { Age = 60 }),
            SampleCases.Minimal("C-3", "P-2", day.AddDays(4)).WithProfile(p => p with { Age = 70 }),
        ];
        var bytes = Encoding.UTF8.GetBytes(CaseJsonLines.ToText(cases));
        var dataset = new Dataset(cases);
        Assert.Equal(["C-10", "C-3"], dataset.ClientProfileCases.Select(c => c.Id.Value));

        var (frames, summary) = OutreachFrames.ReadJsonLines(seekable ? new MemoryStream(bytes) : new TrickleStream(bytes, 13), new FrameReadOptions { DegreeOfParallelism = 2 });

        Assert.Equal(new ReadSummary(5, 0), summary);
        Assert.Equal(Json(OutreachReport.Evaluate(dataset)), Json(frames.Evaluate()));
    }

    [Fact]
    public void ReadJsonLines_FilterDropsTheEarliestCase_ProfileIsChosenAmongTheRest()
    {
        var day = new DateOnly(2019, 1, 1);
        Case[] cases =
        [
            SampleCases.Minimal("C-1", "P-1", day).WithProfile(p => p with { Age = 30 }),
            SampleCases.Minimal("C-2", "P-1", day.AddDays(1)).WithProfile(p => p with { Age = 50 }),
        ];
        var bytes = Encoding.UTF8.GetBytes(CaseJsonLines.ToText(cases));
        bool Later(Case c) => c.IntakeDate > day;

        var (frames, _) = OutreachFrames.ReadJsonLines(new MemoryStream(bytes), new FrameReadOptions { Where = Later });

        Assert.Equal(Json(OutreachReport.Evaluate(new Dataset(cases).Where(Later))), Json(frames.Evaluate()));
        Assert.NotEqual(Json(OutreachReport.Evaluate(new Dataset(cases))), Json(frames.Evaluate()));
    }

    [Fact]
    public void ReadJsonLines_SeekableStreamNotAtTheStart_ReadsFromItsPosition()
    {
        var lines = Encoding.UTF8.GetBytes(CaseJsonLines.ToText([SampleCases.Minimal("C-1"), SampleCases.Minimal("C-2", "P-2")]));
        var stream = new MemoryStream([.. "not a case\n"u8.ToArray(), .. lines]) { Position = "not a case\n".Length };

        var (frames, summary) = OutreachFrames.ReadJsonLines(stream);

        Assert.Equal(new ReadSummary(2, 0), summary);
        Assert.Equal(2, frames.RowCount);
    }

    [Fact]
    public void ReadJsonLines_NonSeekableInput_IsSpooledToAnOwnerOnlyFileThatIsDeletedAfterwards()
    {
        var cases = Enumerable.Range(0, 50).Select(i => SampleCases.Minimal("C-" + i, "P-" + i)).ToArray();
        var bytes = Encoding.UTF8.GetBytes(CaseJsonLines.ToText(cases));
        using var spool = new SpoolFolder();
        var seen = new List<string>();

        var (frames, _) = OutreachFrames.ReadJsonLines(new TrickleStream(bytes, 100), new FrameReadOptions
        {
            SpoolFolder = spool.Path,
            Where = _ =>
            {
                var files = Directory.GetFiles(spool.Path);
                seen.AddRange(files);
                foreach (var f in files)
                {
                    if (!OperatingSystem.IsWindows())
                    {
                        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(f));
                    }
                }

                return true;
            },
        });

        Assert.Equal(50, frames.RowCount);
        Assert.Single(seen.Distinct());
        Assert.Empty(Directory.GetFileSystemEntries(spool.Path));
    }

    [Fact]
    public void ReadJsonLines_DethronedLineGoneWhenReadAgain_ThrowsIOException()
    {
        // C-1 is stored as P-1's profile case until C-2, an earlier case of P-1, comes; C-1 is then read again at
        // its offset, where the changed input has nothing left.
        var first = Encoding.UTF8.GetBytes(CaseJsonLines.ToText(
            [SampleCases.Minimal("C-1", "P-1", new DateOnly(2018, 6, 1)), SampleCases.Minimal("C-2", "P-1", new DateOnly(2018, 5, 1))]));
        var second = Encoding.UTF8.GetBytes("\n");

        Assert.Throws<IOException>(() => OutreachFrames.ReadJsonLines(new ChangingStream(first, second)));
    }

    [Fact]
    public void ReadJsonLines_DethronedLineBrokenWhenReadAgain_ThrowsIOException()
    {
        // The contract: "The input could not be read, or changed while it was read" is an IOException.
        var dethroned = CaseJsonLines.Serialize(SampleCases.Minimal("C-1", "P-1", new DateOnly(2018, 6, 1)));
        var first = Encoding.UTF8.GetBytes(CaseJsonLines.ToText(
            [SampleCases.Minimal("C-1", "P-1", new DateOnly(2018, 6, 1)), SampleCases.Minimal("C-2", "P-1", new DateOnly(2018, 5, 1))]));
        var second = Encoding.UTF8.GetBytes(new string('x', dethroned.Length) + "\n");

        Assert.Throws<IOException>(() => OutreachFrames.ReadJsonLines(new ChangingStream(first, second)));
    }

    [Fact]
    public void ReadJsonLines_EmptyInput_GivesAnEmptyReport()
    {
        var (frames, summary) = OutreachFrames.ReadJsonLines(new MemoryStream());

        Assert.Equal(ReadSummary.Empty, summary);
        Assert.Equal(0, frames.RowCount);
        Assert.Equal(Json(OutreachReport.Evaluate(new Dataset([]))), Json(frames.Evaluate()));
    }

    [Fact]
    public void ReadJsonLines_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => OutreachFrames.ReadJsonLines(null!));
    }

    [Fact]
    public void Build_ExactDataset_SameReportAsObjects()
    {
        var dataset = new Dataset(ExactDataset.Create());
        var frame = OutreachFrames.Build(dataset);
        Assert.Equal(dataset.Cases.Count, frame.RowCount);
        Assert.Equal(Json(OutreachReport.Evaluate(dataset)), Json(frame.EvaluateParallel()));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ReadJsonLines_ExactDatasetFile_GivesTheDefaultReportInEveryFormat(bool seekable)
    {
        // `insights report` tabulates the exact dataset's objects; `synth --mode exact` then `report --input` must print the same.
        var cases = ExactDataset.Create();
        using var file = new MemoryStream();
        CaseJsonLines.Write(file, cases);
        var bytes = file.ToArray();
        var findings = new List<ReadResult>();

        var (frames, summary) = OutreachFrames.ReadJsonLines(
            seekable ? new MemoryStream(bytes) : new TrickleStream(bytes, 1 << 16),
            new FrameReadOptions { Findings = findings.Add });

        // The five cases closed before intake (the report's "Errors") are kept with a warning each.
        Assert.Equal(new ReadSummary(1820, 0, 5), summary);
        Assert.Equal(5, findings.Count);
        Assert.All(findings, r => Assert.Equal("exit.closureDate", Assert.Single(r.Warnings).Field));
        var objects = OutreachReport.Definition.EvaluateParallel(ReportCase.From(new Dataset(cases)));
        var fromFile = frames.Evaluate();
        foreach (var format in Enum.GetValues<OutputFormat>())
        {
            Assert.Equal(TableRenderer.Render(objects, format), TableRenderer.Render(fromFile, format));
        }
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(20261201UL)]
    public void ReadJsonLines_SampledDatasetFile_ValidatesAndGivesTheSampledFramesReport(ulong seed)
    {
        const int Count = 20_000;
        using var file = new MemoryStream();
        CaseJsonLines.Write(file, SampledDataset.Generate(Count, seed));
        var bytes = file.ToArray();

        var validated = ParallelCaseReader.Read(new MemoryStream(bytes), _ => { }, degreeOfParallelism: 2);
        var (frames, summary) = OutreachFrames.ReadJsonLines(new MemoryStream(bytes));

        Assert.Equal(0, validated.Rejected);
        Assert.Equal(Count, validated.Accepted);
        Assert.Equal(validated, summary);
        Assert.Equal(Json(SampledFrame.Generate(Count, seed).EvaluateParallel()), Json(frames.Evaluate()));
    }

    /// <summary>A temporary folder for spool files, deleted afterwards.</summary>
    private sealed class SpoolFolder : IDisposable
    {
        internal SpoolFolder() => Directory.CreateDirectory(Path);

        internal string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "insights-spool-test-" + Guid.NewGuid().ToString("N"));

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }

    /// <summary>A seekable stream whose bytes change once it is rewound: an input changed while it is read.</summary>
    private sealed class ChangingStream(byte[] first, byte[] second) : Stream
    {
        private MemoryStream _current = new(first);

        public override bool CanRead => true;

        public override bool CanSeek => true;

        public override bool CanWrite => false;

        public override long Length => _current.Length;

        public override long Position { get => _current.Position; set => Seek(value, SeekOrigin.Begin); }

        public override int Read(byte[] buffer, int offset, int count) => _current.Read(buffer, offset, count);

        public override long Seek(long offset, SeekOrigin origin)
        {
            if (_current.Position > 0)
            {
                _current = new MemoryStream(second);
            }

            return _current.Seek(offset, origin);
        }

        public override void Flush()
        {
        }

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
