using System.Text;
using FsCheck.Xunit;
using Insights.Core.Formatting;
using Insights.Core.Model;
using Insights.Core.Reports;
using Insights.Core.Serialization;
using Insights.Core.Tests.Generators;
using Xunit;

namespace Insights.Core.Tests.Reports;

public sealed class OutreachFramesTests
{
    [Property(Arbitrary = [typeof(CaseGenerators.Arbitraries)], MaxTest = 25)]
    public bool ReadJsonLines_ValidAndHostileLines_SameReportAsAcceptedCases(IReadOnlyList<Case> cases)
    {
        var text = new StringBuilder();
        foreach (var c in cases)
        {
            text.Append(CaseJsonLines.Serialize(c)).Append('\n');
            text.Append("{\"id\": \"truncated").Append('\n');
        }

        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        var rejections = new List<Rejection>();
        var (frame, summary) = OutreachFrames.ReadJsonLines(() => new MemoryStream(bytes), rejections.Add);

        var expected = TableRenderer.Render(OutreachReport.Evaluate(new Dataset(cases)), OutputFormat.Json);
        return TableRenderer.Render(frame.EvaluateParallel(), OutputFormat.Json) == expected
            && summary.Accepted == cases.Count
            && summary.Rejected == cases.Count
            && rejections.Count == cases.Count;
    }

    [Fact]
    public void Build_ExactDataset_SameReportAsObjects()
    {
        var dataset = new Dataset(Insights.Synthetic.ExactDataset.Create());
        var frame = OutreachFrames.Build(dataset);
        Assert.Equal(dataset.Cases.Count, frame.RowCount);
        Assert.Equal(
            TableRenderer.Render(OutreachReport.Evaluate(dataset), OutputFormat.Json),
            TableRenderer.Render(frame.EvaluateParallel(), OutputFormat.Json));
    }
}
