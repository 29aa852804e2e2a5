using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Insights.Core.Formatting;
using Insights.Core.Frames;
using Insights.Core.Model;
using Insights.Core.Reports;
using Insights.Core.Tests.Generators;
using Xunit;

namespace Insights.Core.Tests.Frames;

/// <summary>Bulk copies of frame rows (AddCopiesOf) against one-by-one copies (AddCopyOf), and the bit-matrix transpose behind them.</summary>
public sealed class FrameCopierTests
{
    private static string Json(Insights.Core.Tabulation.ReportResult result) => TableRenderer.Render(result, OutputFormat.Json);

    [Property(Arbitrary = [typeof(CaseGenerators.Arbitraries)], MaxTest = 25)]
    public bool AddCopiesOf_RandomRows_SameColumnsAndReportAsOneByOne(IReadOnlyList<Case> cases, PositiveInt seed, NonNegativeInt alreadyThere)
    {
        var rows = ReportCase.From(new Dataset(cases));
        if (rows.Count == 0)
        {
            return true;
        }

        var source = CaseFrame<ReportCase>.Build(OutreachReport.Definition, rows);
        var random = new Random(seed.Get);

        // Rows already in the frame leave it off a 64-row word boundary; the count is rarely a multiple of 64.
        var head = Enumerable.Range(0, alreadyThere.Get % 100).Select(_ => random.Next(rows.Count)).ToArray();
        var picks = Enumerable.Range(0, random.Next(1, 400)).Select(_ => random.Next(rows.Count)).ToArray();
        var oneByOne = new CaseFrame<ReportCase>(OutreachReport.Definition);
        var bulk = new CaseFrame<ReportCase>(OutreachReport.Definition);
        foreach (var pick in head.Concat(picks))
        {
            oneByOne.AddCopyOf(source, pick);
        }

        foreach (var pick in head)
        {
            bulk.AddCopyOf(source, pick);
        }

        bulk.AddCopiesOf(source, picks);
        return bulk.RowCount == oneByOne.RowCount
            && SameColumns(bulk, oneByOne)
            && Json(bulk.EvaluateParallel()) == Json(OutreachReport.Definition.Evaluate(head.Concat(picks).Select(p => rows[p])));
    }

    [Fact]
    public void AddCopiesOf_ManyRowsFromSmallSource_SameCountsAsOneByOne()
    {
        var rows = ReportCase.From(new Dataset(Cases(60)));
        var source = CaseFrame<ReportCase>.Build(OutreachReport.Definition, rows);
        var random = new Random(11);
        var picks = Enumerable.Range(0, 40_000).Select(_ => random.Next(rows.Count)).ToArray();
        var oneByOne = new CaseFrame<ReportCase>(OutreachReport.Definition);
        foreach (var pick in picks)
        {
            oneByOne.AddCopyOf(source, pick);
        }

        var bulk = new CaseFrame<ReportCase>(OutreachReport.Definition);
        bulk.Reserve(picks.Length);
        bulk.AddCopiesOf(source, picks.AsSpan(0, 25_000));
        bulk.AddCopiesOf(source, picks.AsSpan(25_000));

        Assert.Equal(oneByOne.CountAll(), bulk.CountAll());
        Assert.Equal(Json(oneByOne.Evaluate()), Json(bulk.EvaluateParallel(3)));
    }

    [Fact]
    public void Evaluate_SeveralChunksOfRows_SameReportAsObjects()
    {
        // More rows than three of the frame's counting chunks (262,144 rows), split over threads unevenly.
        var rows = ReportCase.From(new Dataset(Cases(40)));
        var source = CaseFrame<ReportCase>.Build(OutreachReport.Definition, rows);
        var random = new Random(5);
        var picks = Enumerable.Range(0, 800_003).Select(_ => random.Next(rows.Count)).ToArray();
        var frame = new CaseFrame<ReportCase>(OutreachReport.Definition);
        frame.AddCopiesOf(source, picks);

        var expected = Json(OutreachReport.Definition.EvaluateParallel([.. picks.Select(p => rows[p])]));
        Assert.Equal(expected, Json(frame.Evaluate()));
        Assert.Equal(expected, Json(frame.EvaluateParallel(3)));
    }

    [Fact]
    public void AddCopiesOf_FewRowsFromLargerSource_SameColumnsAsOneByOne()
    {
        // A source much larger than the copy takes the direct (non-transposing) path.
        var rows = ReportCase.From(new Dataset(Cases(80)));
        var source = CaseFrame<ReportCase>.Build(OutreachReport.Definition, rows);
        var picks = new[] { rows.Count - 1, 0, rows.Count / 2 };
        var oneByOne = new CaseFrame<ReportCase>(OutreachReport.Definition);
        foreach (var pick in picks)
        {
            oneByOne.AddCopyOf(source, pick);
        }

        var bulk = new CaseFrame<ReportCase>(OutreachReport.Definition);
        bulk.AddCopiesOf(source, picks);

        Assert.True(SameColumns(bulk, oneByOne));
    }

    [Fact]
    public void AddCopiesOf_ItsOwnRows_SameAsOneByOne()
    {
        var rows = ReportCase.From(new Dataset(Cases(30)));
        var frame = CaseFrame<ReportCase>.Build(OutreachReport.Definition, rows);
        var picks = Enumerable.Range(0, 100).Select(i => i % rows.Count).ToArray();
        frame.AddCopiesOf(frame, picks);

        Assert.Equal(Json(OutreachReport.Definition.Evaluate(rows.Concat(picks.Select(p => rows[p])))), Json(frame.Evaluate()));
    }

    [Fact]
    public void AddCopiesOf_RowOutsideTheSource_ThrowsAndAddsNothing()
    {
        var rows = ReportCase.From(new Dataset(Cases(10)));
        var source = CaseFrame<ReportCase>.Build(OutreachReport.Definition, rows);
        var frame = new CaseFrame<ReportCase>(OutreachReport.Definition);

        Assert.Throws<ArgumentOutOfRangeException>(() => frame.AddCopiesOf(source, [0, rows.Count]));
        Assert.Throws<ArgumentOutOfRangeException>(() => frame.AddCopiesOf(source, [-1]));
        Assert.Equal(0, frame.RowCount);
    }

    [Fact]
    public void AddCopiesOf_FrameOfAnotherReport_Throws()
    {
        var source = new CaseFrame<ReportCase>(OutreachReport.Section("Service inputs"));
        var frame = new CaseFrame<ReportCase>(OutreachReport.Definition);

        Assert.Throws<ArgumentException>(() => frame.AddCopiesOf(source, [0]));
    }

    [Property(MaxTest = 200)]
    public bool Transpose_RandomMatrix_SwapsRowsAndColumns(ulong[] seedWords)
    {
        var matrix = new ulong[64];
        for (var i = 0; i < 64; i++)
        {
            matrix[i] = seedWords.Length == 0 ? 0 : seedWords[i % seedWords.Length] * (ulong)(i + 1) * 0x9E37_79B9_7F4A_7C15UL;
        }

        var transposed = (ulong[])matrix.Clone();
        var transposedByWord = (ulong[])matrix.Clone();
        FrameCopier.Transpose(transposed);
        FrameCopier.TransposeScalar(transposedByWord);
        for (var row = 0; row < 64; row++)
        {
            for (var column = 0; column < 64; column++)
            {
                var expected = (matrix[row] >> column) & 1;
                if (((transposed[column] >> row) & 1) != expected || ((transposedByWord[column] >> row) & 1) != expected)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>The largest of a few generated datasets of up to <paramref name="size"/> cases: never empty.</summary>
    private static IReadOnlyList<Case> Cases(int size) => CaseGenerators.Dataset.Sample(size, 10).MaxBy(d => d.Count)!;

    private static bool SameColumns(CaseFrame<ReportCase> left, CaseFrame<ReportCase> right)
    {
        var leftColumns = left.ColumnarTables.SelectMany(t => t.Columns).ToArray();
        var rightColumns = right.ColumnarTables.SelectMany(t => t.Columns).ToArray();
        var leftSparse = left.ColumnarTables.SelectMany(t => t.SparseEntries).ToArray();
        var rightSparse = right.ColumnarTables.SelectMany(t => t.SparseEntries).ToArray();
        return leftColumns.Length == rightColumns.Length
            && leftColumns.Zip(rightColumns).All(pair => Enumerable.Range(0, left.RowCount).All(row => pair.First.ValueAt(row) == pair.Second.ValueAt(row)))
            && leftSparse.SequenceEqual(rightSparse);
    }
}
