using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Insights.Core.Formatting;
using Insights.Core.Ingestion;
using Insights.Core.Model;
using Insights.Core.Reports;
using Insights.Core.Serialization;
using Insights.Core.Tabular;
using Insights.Core.Tests.Generators;
using Insights.Synthetic;
using Xunit;

namespace Insights.Core.Tests.Tabular;

public sealed class CaseCsvTests
{
    [Property(Arbitrary = [typeof(CaseGenerators.Arbitraries)], MaxTest = 40)]
    public void WriteThenRead_AnyDataset_GivesEqualCasesAndEveryRowAccepted(IReadOnlyList<Case> cases)
    {
        using var folder = new TempFolder();
        CaseCsv.Write(cases, folder.Path);

        var read = new List<ReadResult>();
        var summaries = CaseCsv.Read(folder.Path, read.Add, new CsvReadOptions { DegreeOfParallelism = 2 });

        var rejected = read.Where(r => !r.IsAccepted).Select(r => r.Rejection!.ToString()).ToList();
        Assert.Empty(rejected);
        Assert.Equal(cases.Select(CaseJsonLines.Serialize), read.Select(r => CaseJsonLines.Serialize(r.Case!)));
        Assert.Equal(cases.Count, summaries.Single(s => s.File == "cases.csv").Summary.Accepted);
        Assert.All(summaries, s => Assert.Equal(0, s.Summary.Rejected));
    }

    [Fact]
    public void ExactDataset_ThroughCsvFrames_GivesTheDefaultReport()
    {
        var cases = ExactDataset.Create();
        using var folder = new TempFolder();
        CaseCsv.Write(cases, folder.Path);

        var findings = new List<ReadResult>();
        var (frames, summaries) = OutreachFrames.ReadCsv(folder.Path, new FrameReadOptions { Findings = findings.Add });

        Assert.Equal(1820, summaries[0].Summary.Accepted);
        Assert.All(summaries, s => Assert.Equal(0, s.Summary.Rejected));
        Assert.Equal(5, findings.Count);
        Assert.All(findings, r => Assert.Equal("cases.csv", Assert.Single(r.Warnings).File));
        var objects = OutreachReport.Definition.EvaluateParallel(ReportCase.From(new Dataset(cases)));
        Assert.Equal(TableRenderer.Render(objects, OutputFormat.Text), TableRenderer.Render(frames.Evaluate(), OutputFormat.Text));
    }

    [Fact]
    public void SampledDataset_ThroughCsvFrames_GivesTheSameReportAsJsonLines()
    {
        var cases = SampledDataset.Generate(3000, 7).ToList();
        using var folder = new TempFolder();
        CaseCsv.Write(cases, folder.Path);
        using var json = new MemoryStream();
        CaseJsonLines.Write(json, cases);
        json.Position = 0;

        var (fromCsv, _) = OutreachFrames.ReadCsv(folder.Path, new FrameReadOptions { DegreeOfParallelism = 2 });
        var (fromJson, _) = OutreachFrames.ReadJsonLines(json, new FrameReadOptions { DegreeOfParallelism = 2 });

        Assert.Equal(TableRenderer.Render(fromJson.Evaluate(), OutputFormat.Json), TableRenderer.Render(fromCsv.Evaluate(), OutputFormat.Json));
    }
}

/// <summary>A temporary folder deleted when disposed.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "insights-test-" + Guid.NewGuid().ToString("N"));

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
