using Insights.Core.Model;
using Insights.Core.Serialization;
using Insights.Core.Tabular;
using Insights.Core.Tests.Generators;
using Insights.Core.Tests.Serialization;

namespace Insights.Core.Tests.Tabular;

/// <summary>The findings only CSV tables can give, each from a small folder of tables (docs/data-format.md lists them).</summary>
internal static class TableFindingExamples
{
    internal static IEnumerable<FindingExample> All()
    {
        var valid = Tables(SampleCases.Minimal("C-17", "P-1", new DateOnly(2019, 2, 1)));
        var closed = Tables(SampleCases.Minimal("C-17", "P-1", new DateOnly(2019, 2, 1)) with { Exit = SampleCases.MinimalExit(new DateOnly(2019, 3, 1)) });

        yield return Example(
            "a quoted field not closed",
            valid.With("cases.csv", "C-18,\"P-2"),
            Reject("cases.csv", 3, "C-18", "$", FindingKind.NotCsv, "not valid CSV: a quoted field is not closed before the end of the file"));
        yield return Example(
            "a review of a case not in cases.csv",
            valid.With("reviews.csv", "C-99,2019-03-01,,,,,,"),
            Reject("reviews.csv", 2, "C-99", "case", FindingKind.OrphanRow, "no row of cases.csv has this case"));
        yield return Example(
            "a police report number given twice",
            closed.With("police-reports.csv", "C-17,1,,,,").With("police-reports.csv", "C-17,1,,,,"),
            Reject("police-reports.csv", 3, "C-17", "report", FindingKind.DuplicateKey, "report was already given for this case on line 2"));
        yield return Example(
            "a case whose child row is not valid CSV",
            valid.With("children.csv", "C-17,Years1To3,\"x\"y"),
            Reject("cases.csv", 2, "C-17", "$", FindingKind.RowRejected, "a row of this case in children.csv is rejected (line 2)"));
        yield return Example(
            "a review of a rejected case",
            new Dictionary<string, string>(valid) { ["cases.csv"] = valid["cases.csv"].Replace("2019-02-01", "2019-02-31", StringComparison.Ordinal) }.With("reviews.csv", "C-17,2019-03-01,,,,,,"),
            Reject("reviews.csv", 2, "C-17", "case", FindingKind.CaseRejected, "the row was not used: its case is rejected (cases.csv line 2)"));
    }

    private static FindingExample Example(string name, IReadOnlyDictionary<string, string> tables, Finding expected) => new(name, null, null, expected, tables);

    private static Finding Reject(string file, long line, string? caseId, string column, FindingKind kind, string reason)
        => new Finding(line, caseId, column, kind, Severity.Rejection, reason).In(file, line, column);

    private static Dictionary<string, string> Tables(Case c)
    {
        var writers = CaseLayout.Default.Tables.ToDictionary(t => t.FileName, _ => new StringWriter());
        CaseCsv.Write([c], t => writers[t.FileName]);
        return writers.ToDictionary(p => p.Key, p => p.Value.ToString());
    }

    private static Dictionary<string, string> With(this Dictionary<string, string> tables, string file, string row)
        => new(tables) { [file] = tables[file] + row + "\r\n" };
}
