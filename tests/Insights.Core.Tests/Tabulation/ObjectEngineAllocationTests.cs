using Insights.Core.Model;
using Insights.Core.Reports;
using Insights.Synthetic;
using Xunit;

namespace Insights.Core.Tests.Tabulation;

/// <summary>
/// The object engine allocates nothing per record once a table's state exists (issue 9, item 6): a rule that
/// allocates (a lambda capturing the record, a LINQ query over it) costs a collection every few thousand records
/// on millions of them, so each table of the Outreach report is checked on its own, by name.
/// </summary>
public sealed class ObjectEngineAllocationTests
{
    // Records per measurement: enough that a quarter of a byte per record stands above the runtime's one-off costs.
    // Only the passes after the first over the same state are measured, so a state's own memory (its counters, the
    // kept answers of its shared rules, made on the first record) lands in the warm-up pass.
    private const int Records = 4_000;

    [Fact]
    public void EveryOutreachTable_CountsRecordsWithoutAllocating()
    {
        var cases = ReportCase.From(new Dataset(SampledDataset.Generate(Records, seed: 11)));
        var allocating = new List<string>();
        foreach (var table in OutreachReport.Definition.Sections.SelectMany(s => s.Tables))
        {
            var warm = table.CreateState();
            foreach (var c in cases)
            {
                warm.Add(c);
            }

            // The least of three passes: a one-off cost of the runtime's (a few KB, seen once in CI) lands in one
            // pass, while an allocation per record shows in every pass.
            var bytes = long.MaxValue;
            for (var pass = 0; pass < 3; pass++)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                foreach (var c in cases)
                {
                    warm.Add(c);
                }

                bytes = Math.Min(bytes, GC.GetAllocatedBytesForCurrentThread() - before);
            }

            if (bytes >= Records / 4)
            {
                allocating.Add($"{table.Title}: {bytes:N0} bytes over {Records:N0} records");
            }
        }

        Assert.True(allocating.Count == 0, "Tables that allocate per record:\n" + string.Join("\n", allocating));
    }
}
