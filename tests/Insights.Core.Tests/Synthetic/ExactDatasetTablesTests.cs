using Insights.Core.Model;
using Insights.Synthetic;
using Insights.Synthetic.Published;
using Xunit;
using Xunit.Abstractions;

namespace Insights.Core.Tests.Synthetic;

/// <summary>
/// Tabulates the exact dataset with plain LINQ, by the rules in the report-semantics notes, and compares
/// every row of every published table with the report's count. The expected counts are the report's
/// (the Published tables, which <see cref="PublishedTablesTests"/> checks against the independent
/// transcription in Fixtures/report-percent-cells.csv); the rows the report contradicts use the corrected
/// figure of <see cref="ReportDeviations"/>.
/// </summary>
public partial class ExactDatasetTablesTests(ITestOutputHelper output)
{
    private static readonly IReadOnlyList<Case> All = ExactDataset.Create();
    private static readonly IReadOnlyList<Case> Profile = new Dataset(All).ClientProfileCases;
    private static readonly Case[] Matched = [.. All.Where(c => c.Exit is not null)];

    private static ExitForm Exit(Case c) => c.Exit!;

    public static TheoryData<string> TableNames => [.. Checks.Keys];

    [Theory]
    [MemberData(nameof(TableNames))]
    public void Table_ComputedFromExactDataset_MatchesPublishedCounts(string name)
    {
        var (table, tally) = Checks[name];
        var mismatches = Compare(table, tally()).Where(r => !r.Matches).Select(r => r.Describe()).ToList();

        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    [Fact]
    public void AllTables_ComputedFromExactDataset_ReproduceEveryPublishedRow()
    {
        var rows = Checks.Values.SelectMany(check => Compare(check.Table, check.Tally())).ToList();
        var cells = rows.Count;
        var matching = rows.Count(r => r.Matches);
        var tableRows = rows.Select(r => (r.Table, r.Row)).Distinct().Count();
        output.WriteLine($"{Checks.Count} tables, {tableRows} rows, {cells} count cells: {matching} match the published counts.");

        Assert.Equal(cells, matching);
        Assert.True(cells > 1100, $"only {cells} cells checked");
    }

    private sealed record CellResult(string Table, string Row, string Column, int Expected, int Actual)
    {
        public bool Matches => Expected == Actual;

        public string Describe() => $"{Table} | {Row} | {Column}: published {Expected}, dataset {Actual}";
    }

    private static IEnumerable<CellResult> Compare(PublishedTable table, Tally tally)
    {
        foreach (var row in table.Rows)
        {
            var counts = table.CountsOf(row);
            for (var j = 0; j < counts.Count; j++)
            {
                var column = table.Columns.Count > 0 ? table.Columns[j] : "";
                yield return new CellResult(table.Title, row, column, counts[j], tally[row, column]);
            }
        }
    }

    private static readonly Dictionary<string, (PublishedTable Table, Func<Tally> Tally)> Checks = new(StringComparer.Ordinal);

    private static void Check(PublishedTable table, Func<Tally> tally) => Checks.Add(table.Title, (table, tally));

    static ExactDatasetTablesTests()
    {
        ServiceInputs();
        ClientProfile();
        AbuseHistory();
        Needs();
        CaseReview();
        ExitTables();
        SupportTables();
        Justice();
    }
}
