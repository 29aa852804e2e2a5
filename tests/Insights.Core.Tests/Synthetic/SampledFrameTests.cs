using FsCheck;
using FsCheck.Xunit;
using Insights.Core.Formatting;
using Insights.Core.Model;
using Insights.Core.Reports;
using Insights.Synthetic;
using Xunit;

namespace Insights.Core.Tests.Synthetic;

public sealed class SampledFrameTests
{
    private static string Json(Insights.Core.Tabulation.ReportResult result) => TableRenderer.Render(result, OutputFormat.Json);

    [Property(MaxTest = 8)]
    public bool Generate_SameReportAsTheSampledCases(PositiveInt count, ulong seed)
    {
        var n = 1 + (count.Get % 3_000);
        var expected = Json(OutreachReport.Evaluate(new Dataset(SampledDataset.Generate(n, seed))));
        var frame = SampledFrame.Generate(n, seed);
        return frame.RowCount == n && Json(frame.EvaluateParallel()) == expected;
    }

    [Fact]
    public void Generate_MoreThanOneBlock_SameReportAsTheSampledCases()
    {
        const int Count = 1_100_000;
        var frame = SampledFrame.Generate(Count, 5);
        Assert.Equal(Count, frame.RowCount);
        var objects = OutreachReport.Definition.EvaluateParallel(ReportCase.From(new Dataset(SampledDataset.Generate(Count, 5))));
        Assert.Equal(Json(objects), Json(frame.EvaluateParallel()));
    }

    [Fact]
    public void Generate_CountBelowOne_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => SampledFrame.Generate(0, 1));
}
