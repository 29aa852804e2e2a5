using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Insights.Benchmarks;

/// <summary>A summary column dividing a quantity per operation by the mean time: cases per second, megabytes per second.</summary>
internal sealed class ThroughputColumn(string name, string legend, Func<BenchmarkCase, double?> perOperation, double scale) : IColumn
{
    /// <summary>Cases per second, for benchmarks with a <c>Cases</c> parameter (millions).</summary>
    internal static readonly ThroughputColumn CasesPerSecond = new(
        "Mcases/s",
        "Millions of cases per second: the Cases parameter divided by the mean",
        c => c.Descriptor.Type == typeof(MemoryBandwidthBenchmarks) ? null : CasesOf(c),
        1e6);

    /// <summary>
    /// Megabytes (10^6 bytes) per second: the bytes a benchmark reads or writes per operation (the frame's
    /// columns for a frame scan, the file for JSON Lines, 1 GiB for the bandwidth probe) divided by the mean.
    /// </summary>
    internal static readonly ThroughputColumn MegabytesPerSecond = new(
        "MB/s",
        "Megabytes (10^6 bytes) per second: the bytes a benchmark scans, reads or writes per operation divided by the mean",
        BytesOf,
        1e6);

    public string Id => "Throughput." + ColumnName;

    public string ColumnName => name;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => legend;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        if (mean is not > 0 || perOperation(benchmarkCase) is not { } quantity)
        {
            return "-";
        }

        var perSecond = quantity / (mean.Value / 1e9) / scale;
        return perSecond.ToString(perSecond >= 100 ? "N0" : "N2", CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    private static int? CasesOf(BenchmarkCase benchmarkCase)
        => benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Cases")?.Value is int cases ? cases : null;

    private static double? BytesOf(BenchmarkCase benchmarkCase)
    {
        var type = benchmarkCase.Descriptor.Type;
        var method = benchmarkCase.Descriptor.WorkloadMethod.Name;
        if (type == typeof(MemoryBandwidthBenchmarks))
        {
            return MemoryBandwidthBenchmarks.Bytes;
        }

        if (CasesOf(benchmarkCase) is not { } cases)
        {
            return null;
        }

        return (type.Name, method) switch
        {
            (nameof(FullReportBenchmarks), nameof(FullReportBenchmarks.Frame) or nameof(FullReportBenchmarks.FrameParallel)) => Sidecar.Read($"frame-bytes-{cases}"),
            (nameof(JsonLinesReadBenchmarks), _) => Sidecar.Read($"jsonl-bytes-{cases}"),
            (nameof(ParquetReadBenchmarks), _) => Sidecar.Read($"parquet-bytes-{cases}"),
            (nameof(GeneratorBenchmarks), nameof(GeneratorBenchmarks.ToJsonLines)) => Sidecar.Read($"generated-bytes-{cases}"),
            _ => null,
        };
    }
}
