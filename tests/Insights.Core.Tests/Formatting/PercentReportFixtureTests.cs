using System.Globalization;
using System.Text;
using Xunit;

namespace Insights.Core.Tests.Formatting;

/// <summary>
/// Every count/percentage cell printed in the published report (Insights Outreach England and Wales 2018-19),
/// transcribed with the base its table states or, where the table leaves it unstated, the base worked out in
/// docs/rounding.md. <see cref="Percent.Format"/> must print each one as the report did.
/// </summary>
public class PercentReportFixtureTests
{
    private const string CellsFile = "report-percent-cells.csv";
    private const string ExcludedFile = "report-percent-cells-excluded.csv";

    // The report has 1,311 count/% cells; all but the few listed in the excluded file are in the fixture.
    private const int MinimumCells = 1200;

    [Fact]
    public void Fixture_HasEveryReportCell_AtLeast1200Rows()
    {
        var cells = ReadCsv(CellsFile, ["table", "row", "column", "count", "base", "printed"]);

        Assert.True(cells.Count >= MinimumCells, $"{CellsFile} has {cells.Count} rows, expected at least {MinimumCells}");
        Assert.Equal(cells.Count, cells.Select(c => (c["table"], c["row"], c["column"])).Distinct().Count());
    }

    [Fact]
    public void Format_EveryReportCell_PrintsAsPublished()
    {
        var cells = ReadCsv(CellsFile, ["table", "row", "column", "count", "base", "printed"]);

        var mismatches = cells
            .Select(c => (cell: c, actual: Percent.Format(ParseLong(c["count"]), ParseLong(c["base"]))))
            .Where(x => x.actual != x.cell["printed"])
            .Select(x => $"{x.cell["table"]} / {x.cell["row"]} / {x.cell["column"]}: {x.cell["count"]} of {x.cell["base"]} printed {x.cell["printed"]}, got {x.actual}")
            .ToList();

        Assert.NotEmpty(cells);
        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    /// <summary>An excluded cell must really be irreproducible: with the base its table states, the rule prints something else.</summary>
    [Fact]
    public void ExcludedCells_WithStatedBase_DoNotReproduceAndSayWhy()
    {
        var excluded = ReadCsv(ExcludedFile, ["table", "row", "column", "count", "base", "printed", "why"]);

        Assert.NotEmpty(excluded);
        Assert.All(excluded, cell =>
        {
            Assert.False(string.IsNullOrWhiteSpace(cell["why"]));
            if (cell["base"].Length > 0)
            {
                Assert.NotEqual(cell["printed"], Percent.Format(ParseLong(cell["count"]), ParseLong(cell["base"])));
            }
        });
    }

    private static long ParseLong(string text) => long.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);

    private static List<Dictionary<string, string>> ReadCsv(string name, string[] header)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", name);
        var records = ParseCsv(File.ReadAllText(path, Encoding.UTF8));
        Assert.Equal(header, records[0]);
        return records.Skip(1)
            .Select(fields =>
            {
                Assert.Equal(header.Length, fields.Length);
                return header.Zip(fields).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
            })
            .ToList();
    }

    /// <summary>RFC 4180: fields separated by commas, optionally in double quotes with "" for a quote; LF or CRLF.</summary>
    private static List<string[]> ParseCsv(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                fields.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                records.Add([.. fields]);
                fields.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        Assert.False(quoted, "unterminated quoted field");
        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add([.. fields]);
        }

        return records;
    }
}
