using System.Diagnostics;
using Insights.Core.Formatting;
using Insights.Core.Reports;
using Insights.Core.Tabulation;

namespace Insights.Benchmarks;

/// <summary>
/// <c>check [CASES]</c>: a quick run, without BenchmarkDotNet, of what the benchmarks rely on: the frame written
/// from the generator's draws gives the same report as the frame of the generated case objects, DuckDB counts
/// what the frame counts, and rough timings.
/// </summary>
internal static class Checks
{
    internal static int Run(int cases)
    {
        var failures = 0;
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var calibrated = Insights.Synthetic.ExactDataset.Create();
        var calibratedBytes = GC.GetTotalMemory(forceFullCollection: true) - before;
        Console.WriteLine($"The {calibrated.Count:N0} calibrated cases, each with records of its own, hold {calibratedBytes:N0} bytes: {(double)calibratedBytes / calibrated.Count:F0} bytes per case.");
        _ = BenchmarkData.ExactFrame;
        var watch = Stopwatch.StartNew();
        var sources = BenchmarkData.SampledSources(cases, BenchmarkData.Seed);
        var drawn = watch.Elapsed.TotalSeconds;
        var frame = BenchmarkData.SampledFrame(cases, BenchmarkData.Seed);
        Console.WriteLine($"Frame of {cases:N0} sampled cases written from the draws in {watch.Elapsed.TotalSeconds - drawn:F2} s (of which {drawn:F2} s drawing): {frame.Bytes:N0} bytes, {(double)frame.Bytes / frame.RowCount:F1} bytes per case.");

        // Above a million cases the object path takes minutes; the frame's own report is then the reference
        // (the frame tests and SampledFrameTests compare the two paths).
        var fromObjects = cases <= 1_000_000 ? ObjectReport(cases) : Json(frame.EvaluateParallel());
        failures += Check("frame written from the draws = report over the generated objects", cases > 1_000_000 || Json(frame.EvaluateParallel()) == fromObjects);

        using (var duckDb = DuckDbReport.Load(BenchmarkData.ExactFrame, sources, Environment.ProcessorCount))
        {
            var expected = frame.CountAll();
            watch.Restart();
            var actual = duckDb.CountAll();
            Console.WriteLine($"DuckDB: {duckDb.ColumnCount:N0} columns, {duckDb.QueryCount} queries, counted in {watch.Elapsed.TotalSeconds:F2} s.");
            failures += Check("DuckDB's counters = the frame's", actual.AsSpan().SequenceEqual(expected));
            failures += Check("DuckDB's report = the objects' report (the frame's above a million cases)", Json(duckDb.Evaluate()) == fromObjects);
        }

        for (var run = 0; run < 3; run++)
        {
            watch.Restart();
            frame.Evaluate();
            var single = watch.Elapsed.TotalMilliseconds;
            watch.Restart();
            frame.EvaluateParallel();
            Console.WriteLine($"Frame: {single:F0} ms on one thread, {watch.Elapsed.TotalMilliseconds:F0} ms on {Environment.ProcessorCount}.");
        }

        var counters = frame.CountAll();
        for (var run = 0; run < 3; run++)
        {
            watch.Restart();
            frame.CountAll();
            var count = watch.Elapsed.TotalMilliseconds;
            watch.Restart();
            frame.Report.Finish(counters);
            Console.WriteLine($"Frame: counting {count:F0} ms, finishing the tables {watch.Elapsed.TotalMilliseconds:F0} ms.");
        }

        StorageProfile.Print(frame);
        var tables = frame.Report.AllTables;
        var cost = new List<(double Ms, int Table)>();
        for (var t = 0; t < tables.Count; t++)
        {
            var slice = counters.AsSpan(frame.CounterOffsets[t], frame.CounterOffsets[t + 1] - frame.CounterOffsets[t]);
            tables[t].Finish(slice);
            watch.Restart();
            for (var k = 0; k < 5; k++)
            {
                tables[t].Finish(slice);
            }

            cost.Add((watch.Elapsed.TotalMilliseconds / 5, t));
        }

        foreach (var (ms, t) in cost.OrderByDescending(c => c.Ms).Take(12))
        {
            Console.WriteLine($"  finish {ms,7:F2} ms  table {t} {tables[t].GetType().Name} counters {frame.CounterOffsets[t + 1] - frame.CounterOffsets[t]}: {tables[t].Title}");
        }

        Console.WriteLine(failures == 0 ? "All checks passed." : $"{failures} check(s) failed.");
        return failures == 0 ? 0 : 1;
    }

    /// <summary><c>profile [CASES]</c>: the sampled frame's counting time by kind of column, and whole evaluations.</summary>
    internal static int Profile(int cases)
    {
        var watch = Stopwatch.StartNew();
        var frame = BenchmarkData.SampledFrame(cases, BenchmarkData.Seed);
        Console.WriteLine($"Frame of {cases:N0} sampled cases in {watch.Elapsed.TotalSeconds:F2} s (calibration included): {frame.Bytes:N0} bytes, {(double)frame.Bytes / frame.RowCount:F1} bytes per case.");
        StorageProfile.Print(frame);
        for (var run = 0; run < 5; run++)
        {
            watch.Restart();
            frame.Evaluate();
            var single = watch.Elapsed.TotalMilliseconds;
            watch.Restart();
            frame.EvaluateParallel();
            Console.WriteLine($"Frame: {single:F0} ms on one thread, {watch.Elapsed.TotalMilliseconds:F0} ms on {Environment.ProcessorCount}.");
        }

        return 0;
    }

    /// <summary>The report over the generated case objects, which are dropped before anything is timed.</summary>
    private static string ObjectReport(int cases)
    {
        var watch = Stopwatch.StartNew();
        var objects = BenchmarkData.SampledCases(cases, BenchmarkData.Seed);
        Console.WriteLine($"The same cases as objects in {watch.Elapsed.TotalSeconds:F2} s.");
        return Json(OutreachReport.Definition.EvaluateParallel(objects));
    }

    private static string Json(ReportResult result) => TableRenderer.Render(result, OutputFormat.Json);

    private static int Check(string what, bool passed)
    {
        Console.WriteLine($"{(passed ? "ok  " : "FAIL")} {what}");
        return passed ? 0 : 1;
    }
}
