using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Insights.Core.Model;
using Insights.Core.Serialization;
using Insights.Core.Tabular;
using Insights.Core.Tests.Generators;
using Xunit;

namespace Insights.Core.Tests.Tabular;

/// <summary>
/// CSV tables tested as an attacker would: valid tables with hostile cells and rows put in (quotes, line ends,
/// astral characters, bidi controls, invalid UTF-8, huge cells, a secret that must never be printed). Reading never
/// throws, every row is accepted or rejected, and no message quotes the input or leaves printable ASCII.
/// </summary>
public sealed class HostileTablesProperties
{
    /// <summary>Text that may appear in a record but never in a message: it is not a valid id, path or wording of ours.</summary>
    private const string Secret = "Jane Doe, 12 Acacia Avenue";

    private static readonly string[] Hostile =
    [
        Secret, "\"" + Secret, Secret + "\"\"", "😀" + Secret, "\u202E" + Secret, "\u2028", "line\nend", "cr\ronly", "\"", ",,,", "[]",
        "tru", "12.5", "-0", "99999999999", "2019-02-30", "  ", "Yes;Yes", new string('x', 5000),
    ];

    private static readonly Gen<(int Table, int Row, int Column, string Value, bool Raw)[]> Edits =
        Gen.ListOf(
            Gen.Choose(0, 5).SelectMany(table => Gen.Choose(0, 30).SelectMany(row => Gen.Choose(0, 200).SelectMany(column =>
                Gen.Elements(Hostile).SelectMany(value => Gen.Elements(true, false).Select(raw => (table, row, column, value, raw)))))))
        .Select(l => l.Take(12).ToArray());

    public static class Arbitraries
    {
        public static Arbitrary<(int Table, int Row, int Column, string Value, bool Raw)[]> Edits() => Arb.From(HostileTablesProperties.Edits);
    }

    [Property(Arbitrary = [typeof(CaseGenerators.Arbitraries), typeof(Arbitraries)], MaxTest = 60)]
    public void Read_HostileTables_NeverThrows_CountsEveryRow_AndNeverQuotesTheInput(IReadOnlyList<Case> cases, (int Table, int Row, int Column, string Value, bool Raw)[] edits)
    {
        using var folder = new TempFolder();
        CaseCsv.Write(cases, folder.Path);
        var tables = CaseLayout.Default.Tables;
        var files = tables.Select(t => CsvRows.Read(new MemoryStream(File.ReadAllBytes(folder.File(t.FileName)))).Select(row => (Cells: row.Cells!, Raw: (string?)null)).ToList()).ToList();
        foreach (var (t, r, c, value, raw) in edits)
        {
            var rows = files[t];
            var at = 1 + (r % Math.Max(1, rows.Count));
            if (raw || at >= rows.Count)
            {
                // Raw text as a row of its own: unquoted, so at times broken CSV.
                rows.Insert(Math.Min(at, rows.Count), (Array.Empty<string?>(), value));
            }
            else if (rows[at].Raw is null)
            {
                rows[at].Cells[c % rows[at].Cells.Length] = value;
            }
        }

        for (var t = 0; t < tables.Count; t++)
        {
            var writer = new StringWriter();
            foreach (var (cells, raw) in files[t])
            {
                if (raw is null)
                {
                    CsvRows.Write(writer, cells);
                }
                else
                {
                    writer.Write(raw + "\r\n");
                }
            }

            File.WriteAllText(folder.File(tables[t].FileName), writer.ToString());
        }

        File.AppendAllBytes(folder.File("cases.csv"), [0xC3, 0x28, (byte)',', 0xFF, (byte)'\n']);

        var results = new List<ReadResult>();
        var summaries = CaseCsv.Read(folder.Path, results.Add, new CsvReadOptions { DegreeOfParallelism = 2 });

        var findings = results.SelectMany(r => r.Warnings.Prepend(r.Rejection)).OfType<Finding>().Select(f => f.ToString()).ToList();
        Assert.All(findings, f => Assert.DoesNotContain("Acacia", f, StringComparison.Ordinal));
        Assert.All(findings, f => Assert.DoesNotContain("Jane Doe", f, StringComparison.Ordinal));
        Assert.All(findings, f => Assert.False(f.Any(ch => ch is < ' ' or > '~'), f));
        Assert.All(summaries, s => Assert.Equal(s.Summary.Read, s.Summary.Accepted + s.Summary.Rejected));
        Assert.Equal(results.Count(r => !r.IsAccepted), summaries.Sum(s => s.Summary.Rejected) - DoubleCounted(results));
    }

    // A case rejected because of a value in a row of another table is one result that rejects two rows (the case and that row).
    private static long DoubleCounted(List<ReadResult> results)
        => results.Count(r => r.Rejection is { File: not "cases.csv" and not null, Kind: not (FindingKind.OrphanRow or FindingKind.CaseRejected or FindingKind.NotCsv or FindingKind.DuplicateKey) });
}
