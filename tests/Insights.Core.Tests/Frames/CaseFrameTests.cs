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

public sealed class CaseFrameTests
{
    private static string Json(Insights.Core.Tabulation.ReportResult result) => TableRenderer.Render(result, OutputFormat.Json);

    [Property(Arbitrary = [typeof(CaseGenerators.Arbitraries)], MaxTest = 40)]
    public bool Evaluate_RandomDataset_SameReportAsObjects(IReadOnlyList<Case> cases)
    {
        var rows = ReportCase.From(new Dataset(cases));
        var expected = Json(OutreachReport.Definition.Evaluate(rows));
        var frame = CaseFrame<ReportCase>.Build(OutreachReport.Definition, rows);
        return Json(frame.Evaluate()) == expected && Json(frame.EvaluateParallel(3)) == expected;
    }

    [Property(Arbitrary = [typeof(CaseGenerators.Arbitraries)], MaxTest = 30)]
    public bool AddAndAddRange_RowsInBatchesOfAnySize_SameCountersAsOneAtATime(IReadOnlyList<Case> cases, PositiveInt seed)
    {
        // Many rows, so that batches of up to 64 start at every offset within a word of the bit columns.
        var rows = ReportCase.From(new Dataset(cases));
        var many = Enumerable.Range(0, 5).SelectMany(_ => rows).ToArray();
        var oneByOne = new CaseFrame<ReportCase>(OutreachReport.Definition);
        foreach (var row in many)
        {
            oneByOne.Add(row);
        }

        var batched = new CaseFrame<ReportCase>(OutreachReport.Definition);
        var random = new Random(seed.Get);
        for (var at = 0; at < many.Length;)
        {
            var count = Math.Min(many.Length - at, random.Next(4) == 0 ? 1 : random.Next(0, 150));
            batched.AddRange(many.AsSpan(at, count));
            at += count;
        }

        return batched.RowCount == many.Length && oneByOne.CountAll().SequenceEqual(batched.CountAll())
            && Json(batched.Evaluate()) == Json(OutreachReport.Definition.Evaluate(many));
    }

    [Property(Arbitrary = [typeof(CaseGenerators.Arbitraries)], MaxTest = 20)]
    public bool AddCopyOf_CopiedRows_SameReportAsTheCopiedObjects(IReadOnlyList<Case> cases, PositiveInt seed)
    {
        var rows = ReportCase.From(new Dataset(cases));
        if (rows.Count == 0)
        {
            return true;
        }

        var source = CaseFrame<ReportCase>.Build(OutreachReport.Definition, rows);
        var random = new Random(seed.Get);
        var picks = Enumerable.Range(0, 3 * rows.Count).Select(_ => random.Next(rows.Count)).ToArray();
        var copy = new CaseFrame<ReportCase>(OutreachReport.Definition);
        foreach (var pick in picks)
        {
            copy.AddCopyOf(source, pick);
        }

        return Json(copy.EvaluateParallel()) == Json(OutreachReport.Definition.Evaluate(picks.Select(p => rows[p])));
    }

    [Fact]
    public void EvaluateParallel_ManyChunks_SameAsSingleThread()
    {
        var cases = CaseGenerators.Dataset.Sample(40, 1).First();
        var rows = ReportCase.From(new Dataset(cases));
        var source = CaseFrame<ReportCase>.Build(OutreachReport.Definition, rows);
        var frame = new CaseFrame<ReportCase>(OutreachReport.Definition);
        var random = new Random(7);
        for (var i = 0; i < 70_000 && rows.Count > 0; i++)
        {
            frame.AddCopyOf(source, random.Next(rows.Count));
        }

        Assert.Equal(Json(frame.Evaluate()), Json(frame.EvaluateParallel(4)));
    }

    [Fact]
    public void Evaluate_EmptyFrame_SameAsNoObjects()
    {
        var frame = new CaseFrame<ReportCase>(OutreachReport.Definition);
        Assert.Equal(0, frame.RowCount);
        Assert.Equal(Json(OutreachReport.Definition.Evaluate([])), Json(frame.EvaluateParallel()));
    }

    [Fact]
    public void AddCopyOf_FrameOfAnotherReport_Throws()
    {
        var other = OutreachReport.Section("Service inputs");
        var source = new CaseFrame<ReportCase>(other);
        var frame = new CaseFrame<ReportCase>(OutreachReport.Definition);
        Assert.Throws<ArgumentException>(() => frame.AddCopyOf(source, 0));
    }
}
