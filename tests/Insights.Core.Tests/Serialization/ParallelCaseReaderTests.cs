using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Insights.Core.Model;
using Insights.Core.Serialization;
using Insights.Core.Tests.Generators;
using Insights.Core.Tests.Support;
using Xunit;

namespace Insights.Core.Tests.Serialization;

public class ParallelCaseReaderTests
{
    private static readonly int[] Degrees = [1, 2, 3, 7];

    private static readonly byte[][] Blanks = [[], " "u8.ToArray(), "\t \r"u8.ToArray()];

    /// <summary>Lines of messy cases (warned, repeated ids, renamed services), hostile lines and blank lines, in random order.</summary>
    private static Gen<byte[]> MixedInput(int blockFactor = 1) =>
        from cases in MessyCases.Dataset
        let valid = cases.Select(CaseJsonLines.Serialize).ToArray()
        from hostile in Gen.ListOf(MutatedLines.LineOrEdit(Gen.Elements(valid.DefaultIfEmpty(FindingExamples.Valid).ToArray())))
        from blanks in Gen.ListOf(Gen.Elements(Blanks))
        from order in Gen.Shuffle(valid.Select(Encoding.UTF8.GetBytes).Concat(hostile).Concat(blanks).ToArray())
        from lastEnded in Gen.Elements(true, false)
        select Join(order, lastEnded);

    private static byte[] Join(IEnumerable<byte[]> lines, bool lastEnded = true)
    {
        var bytes = ReadResults.Join(lines);
        return lastEnded || bytes.Length == 0 ? bytes : bytes[..^1];
    }

    private static List<ReadResult> Sequential(byte[] bytes) => CaseReader.Read(new MemoryStream(bytes)).ToList();

    private static (List<ReadResult> Results, ReadSummary Summary) Parallel(byte[] bytes, int degree, Stream? stream = null)
    {
        var results = new List<ReadResult>();
        var summary = ParallelCaseReader.Read(stream ?? new MemoryStream(bytes), results.Add, degree);
        return (results, summary);
    }

    private static void AssertSameAsSequential(byte[] bytes)
    {
        var expected = Sequential(bytes);
        foreach (var degree in Degrees)
        {
            var (results, summary) = Parallel(bytes, degree);
            ReadResults.AssertSame(expected, results);
            Assert.Equal(ReadSummary.Of(expected), summary);
        }
    }

    [Property(MaxTest = 60)]
    public Property Read_RandomMixOfValidWarnedAndHostileLines_SameResultsAsCaseReader()
        => Prop.ForAll(Arb.From(MixedInput()), AssertSameAsSequential);

    [Fact]
    public void Read_EmptyInput_GivesNothing()
    {
        foreach (var degree in Degrees)
        {
            var (results, summary) = Parallel([], degree);
            Assert.Empty(results);
            Assert.Equal(ReadSummary.Empty, summary);
        }
    }

    [Fact]
    public void Read_OnlyBlankLines_GivesNothing()
    {
        AssertSameAsSequential(Join(Blanks));
        Assert.Empty(Parallel(Join(Blanks), 3).Results);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Read_SingleLine_SameAsCaseReader(bool ended)
    {
        var bytes = Join([Encoding.UTF8.GetBytes(FindingExamples.Valid)], ended);

        AssertSameAsSequential(bytes);
        Assert.True(Assert.Single(Parallel(bytes, 2).Results).IsAccepted);
    }

    [Fact]
    public void Read_MoreLinesThanTwoBlocks_SameResultsAsCaseReader()
    {
        // Blocks are 512 non-blank lines: about 1,100 lines cross two block boundaries. Ids repeat and services
        // change name across blocks, so the checks across records must run in line order.
        var random = new Random(20261201);
        var cases = Gen.Sample(MessyCases.Dataset, 1, new Rnd(7UL), 40).Single();
        var pool = Gen.Sample(CaseGenerators.Case, 1_100, new Rnd(11UL), 10).ToArray();
        var lines = new List<byte[]>();
        var i = 0;
        while (lines.Count < 1_100)
        {
            var c = pool[i] with { Id = new CaseId("C-" + i) };
            i++;
            var roll = random.Next(20);
            var line = roll switch
            {
                0 => Encoding.UTF8.GetBytes(CaseJsonLines.Serialize(MessyCases.Warn(c, random))),
                1 => Encoding.UTF8.GetBytes(CaseJsonLines.Serialize(c with { Id = new CaseId("C-" + random.Next(i)) })),
                2 => Encoding.UTF8.GetBytes(CaseJsonLines.Serialize(c with { Service = c.Service with { Name = "Renamed " + random.Next(3) } })),
                3 => Encoding.UTF8.GetBytes(MutatedLines.Edit(CaseJsonLines.Serialize(c), random)),
                4 => Encoding.UTF8.GetBytes(CaseJsonLines.Serialize(c)[..random.Next(40)]),
                5 => Blanks[random.Next(Blanks.Length)],
                _ => Encoding.UTF8.GetBytes(CaseJsonLines.Serialize(c)),
            };
            lines.Add(line);
        }

        lines.AddRange(cases.Select(c => Encoding.UTF8.GetBytes(CaseJsonLines.Serialize(c))));
        var bytes = Join(lines);

        var expected = Sequential(bytes);
        Assert.True(expected.Count > 1_024, "more than two blocks of non-blank lines");
        Assert.Contains(expected, r => r.Rejection?.Kind == FindingKind.DuplicateId && r.LineNumber > 512);
        Assert.Contains(expected, r => r.Warnings.Any(w => w.Kind == FindingKind.ServiceMismatch) && r.LineNumber > 1_024);
        AssertSameAsSequential(bytes);
    }

    [Fact]
    public void Read_ByteOrderMarkAndCrLf_SameAsCaseReader()
    {
        var text = "\uFEFF" + FindingExamples.Valid + "\r\n\r\n" + FindingExamples.Replace(FindingExamples.Valid, "C-17", "C-18") + "\r\n";

        AssertSameAsSequential(Encoding.UTF8.GetBytes(text));
        Assert.Equal([1L, 3L], Parallel(Encoding.UTF8.GetBytes(text), 2).Results.Select(r => r.LineNumber));
    }

    [Fact]
    public void Read_LineOverOneMebibyte_SameAsCaseReader()
    {
        AssertSameAsSequential(Join([Encoding.UTF8.GetBytes(FindingExamples.TooLong), Encoding.UTF8.GetBytes(FindingExamples.Valid)]));
    }

    [Fact]
    public void Read_StreamInTinyPieces_SameAsCaseReader()
    {
        var bytes = Join(Enumerable.Range(0, 600).Select(i => Encoding.UTF8.GetBytes(FindingExamples.Replace(FindingExamples.Valid, "C-17", "C-" + i))));

        var (results, summary) = Parallel(bytes, 3, new TrickleStream(bytes, 7));

        ReadResults.AssertSame(Sequential(bytes), results);
        Assert.Equal(new ReadSummary(600, 0), summary);
    }

    [Fact]
    public void Read_Callback_IsNeverCalledConcurrently()
    {
        var bytes = Join(Enumerable.Range(0, 3_000).Select(i => Encoding.UTF8.GetBytes(FindingExamples.Replace(FindingExamples.Valid, "C-17", "C-" + i))));
        var inside = 0;
        var overlaps = 0;
        var calls = 0;

        ParallelCaseReader.Read(
            new MemoryStream(bytes),
            _ =>
            {
                if (Interlocked.Increment(ref inside) != 1)
                {
                    Interlocked.Increment(ref overlaps);
                }

                calls++;
                Thread.SpinWait(50);
                Interlocked.Decrement(ref inside);
            },
            degreeOfParallelism: 4);

        Assert.Equal(0, overlaps);
        Assert.Equal(3_000, calls);
    }

    [Fact]
    public void Read_CallbackThrows_TheExceptionReachesTheCaller()
    {
        var bytes = Join(Enumerable.Range(0, 2_000).Select(i => Encoding.UTF8.GetBytes(FindingExamples.Replace(FindingExamples.Valid, "C-17", "C-" + i))));
        var seen = 0;

        var thrown = Assert.Throws<InvalidOperationException>(() => ParallelCaseReader.Read(
            new MemoryStream(bytes),
            result =>
            {
                if (++seen == 700)
                {
                    throw new InvalidOperationException("stop");
                }
            },
            degreeOfParallelism: 3));

        Assert.Equal("stop", thrown.Message);
        Assert.Equal(700, seen);
    }

    [Fact]
    public void Read_StreamFails_TheIOExceptionReachesTheCaller()
    {
        var bytes = Join(Enumerable.Range(0, 2_000).Select(i => Encoding.UTF8.GetBytes(FindingExamples.Replace(FindingExamples.Valid, "C-17", "C-" + i))));

        Assert.Throws<IOException>(() => ParallelCaseReader.Read(new TrickleStream(bytes, 4096, failAfter: 100_000), _ => { }, degreeOfParallelism: 2));
    }

    [Fact]
    public void Read_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => ParallelCaseReader.Read(null!, _ => { }));
        Assert.Throws<ArgumentNullException>(() => ParallelCaseReader.Read(new MemoryStream(), null!));
    }
}

/// <summary>A stream that cannot seek and hands out at most a few bytes a read, optionally failing after some bytes.</summary>
internal sealed class TrickleStream(byte[] bytes, int pieceSize, long failAfter = long.MaxValue) : Stream
{
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_position >= failAfter)
        {
            throw new IOException("The test stream failed on purpose.");
        }

        var n = (int)Math.Min(Math.Min(count, pieceSize), bytes.Length - _position);
        Array.Copy(bytes, _position, buffer, offset, n);
        _position += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
