#if PROBE
using System.Diagnostics;
using Insights.Core.Tabular;
using Xunit;
using Xunit.Abstractions;

namespace Insights.Core.Tests.Tabular;

public sealed class CsvSpeedProbe(ITestOutputHelper output)
{
    [Fact]
    public void Probe()
    {
        const string Folder = "/tmp/insights-benchmarks/sampled-100000-seed-2019-csv";
        for (var round = 0; round < 2; round++)
        {
            var clock = Stopwatch.StartNew();
            long n = 0;
            using (var s = File.OpenRead(Path.Combine(Folder, "cases.csv")))
            {
                foreach (var row in CsvRows.Read(s))
                {
                    n += row.Cells?.Length ?? 0;
                }
            }

            var parse = clock.Elapsed;
            var reader = new TableSetReader(new CsvTableSource(CaseCsv.FindTables(Folder), CaseMapping.None), CaseMapping.None);
            long bytes = 0;
            foreach (var block in reader.Records())
            {
                foreach (var line in block.Lines)
                {
                    bytes += line.Bytes.Length;
                }
            }

            var records = clock.Elapsed - parse;
            clock.Restart();
            CaseCsv.Read(Folder, _ => { });
            output.WriteLine($"parse {parse.TotalMilliseconds:F0} ms, records {records.TotalMilliseconds:F0} ms ({bytes / 100000} json bytes a case), full read {clock.Elapsed.TotalMilliseconds:F0} ms");
        }
    }
}
#endif
