using BenchmarkDotNet.Attributes;
using Insights.Core.Disclosure;
using Insights.Core.Model;
using Insights.Core.Reports;
using Insights.Core.Tabulation;
using Insights.Synthetic;

namespace Insights.Benchmarks;

/// <summary>
/// Disclosure control of the whole Outreach report over the calibrated dataset (1,820 cases), as published and
/// split by service (22 columns a table, most of them sparse), against tabulating the same report from the
/// same cases in the same run: suppression should cost about what tabulating costs, not minutes.
/// </summary>
[MemoryDiagnoser]
public class DisclosureBenchmarks
{
    private IReadOnlyList<ReportCase> _cases = null!;
    private Report<ReportCase> _definition = null!;
    private ReportResult _report = null!;

    /// <summary>Gets the two shapes measured: the report as published, and split by service.</summary>
    [Params("whole", "by service")]
    public string Shape { get; set; } = "whole";

    /// <summary>Gets the threshold K.</summary>
    [Params(5, 10)]
    public int Threshold { get; set; }

    [GlobalSetup]
    public void SetUp()
    {
        _cases = ReportCase.From(new Dataset(ExactDataset.Create()));
        var services = _cases.Select(c => c.Case.Service).DistinctBy(s => s.Id).OrderBy(s => s.Id.Value, StringComparer.Ordinal)
            .Select(s => (s.Id.Value, $"{s.Name} ({s.Id.Value})"));
        _definition = Shape == "whole" ? OutreachReport.Definition : OutreachReport.Definition.GroupBy(r => r.Case.Service.Id.Value, Categories.Labelled(services));
        _report = _definition.Evaluate(_cases);
        var withheld = Suppression.Apply(_report, new SuppressionOptions(Threshold)).Tables.Sum(t => t.Rows.Sum(r => r.Cells.Count(c => c is SuppressedCell)));
        Console.WriteLine($"// {Shape}, K = {Threshold}: {_report.Tables.Count()} tables, {withheld:N0} cells withheld");
    }

    /// <summary>The anchor: tabulating the report from the cases (objects, one thread).</summary>
    [Benchmark(Baseline = true)]
    public ReportResult Tabulate() => _definition.Evaluate(_cases);

    [Benchmark]
    public ReportResult Suppress() => Suppression.Apply(_report, new SuppressionOptions(Threshold));
}
