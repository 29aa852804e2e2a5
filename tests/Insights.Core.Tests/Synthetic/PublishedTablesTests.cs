using System.Globalization;
using System.Reflection;
using Insights.Synthetic.Published;
using Xunit;

namespace Insights.Core.Tests.Synthetic;

/// <summary>
/// The generator's copy of the report (Published/*.cs) against the independent transcription in
/// Fixtures/report-percent-cells.csv: every count cell present in both must agree, so a slip in either
/// transcription shows up here rather than as a calibrated dataset that reproduces a wrong number.
/// </summary>
public class PublishedTablesTests
{
    private static IEnumerable<PublishedTable> AllTables() =>
        typeof(PublishedTable).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(PublishedTable).Namespace && t.Name.StartsWith("Published", StringComparison.Ordinal))
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.NonPublic))
            .Where(f => f.FieldType == typeof(PublishedTable))
            .Select(f => (PublishedTable)f.GetValue(null)!);

    [Fact]
    public void PublishedTables_CountCells_AgreeWithFixtureTranscription()
    {
        var fixture = FixtureCsv.Read("report-percent-cells.csv")
            .ToDictionary(r => (r["table"], r["row"], r["column"]), r => int.Parse(r["count"], CultureInfo.InvariantCulture));
        var compared = 0;
        var differences = new List<string>();
        foreach (var table in AllTables())
        {
            foreach (var row in table.Rows)
            {
                var counts = table.CountsOf(row);
                for (var j = 0; j < counts.Count; j++)
                {
                    var column = table.Columns.Count > 0 && counts.Count == table.Columns.Count ? table.Columns[j] : "";
                    if (fixture.TryGetValue((table.Title, row, column), out var expected))
                    {
                        compared++;
                        if (expected != counts[j])
                        {
                            differences.Add($"{table.Title} | {row} | {column}: fixture {expected}, Published {counts[j]}");
                        }
                    }
                }
            }
        }

        Assert.Empty(differences);
        Assert.True(compared > 1200, $"only {compared} cells were found in the fixture");
    }

    [Fact]
    public void PublishedTables_Titles_AreUnique()
    {
        var titles = AllTables().Select(t => t.Title).ToList();

        Assert.Equal(titles.Count, titles.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void ReportDeviations_ChangeOnlyTheContradictedRows()
    {
        Assert.Equal(491, PublishedClientProfile.AdverseChildhoodExperience.Count("Missing"));
        Assert.Equal(267, ReportDeviations.AdverseChildhoodExperience.Count("Missing"));
        Assert.Equal(1820, ReportDeviations.AdverseChildhoodExperience.Rows.Sum(r => ReportDeviations.AdverseChildhoodExperience.Count(r)));
        Assert.Equal(277, ReportDeviations.ChildContactConflict.Rows.Sum(r => ReportDeviations.ChildContactConflict.Count(r)));
        Assert.Equal(277, ReportDeviations.ChildContactUsedToAbuse.Rows.Sum(r => ReportDeviations.ChildContactUsedToAbuse.Count(r)));
        Assert.Equal(PublishedExit.ChildContactConflict.Count("No"), ReportDeviations.ChildContactConflict.Count("No"));
    }
}
