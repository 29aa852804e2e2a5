using System.Globalization;
using Insights.Core.Formatting;
using Insights.Core.Model;
using Insights.Core.Tabulation;
using Xunit;
using Agreement = Insights.Core.Tests.Tabulation.Agreement;

namespace Insights.Core.Tests.Formatting;

// Tables transcribed from the published report (Insights Outreach England and Wales 2018-19) into
// Fixtures/Tabulation/*.tsv, tab-separated exactly as the report's text prints them. Each test builds records
// whose answers have the report's counts, tabulates them, and checks the text renderer prints the report's rows:
// the percentages, nets and bases are computed by the library, never copied from the fixture. The report prints
// counts plainly (1346), the text format with thousands separators (1,346): the fixtures' counts are compared so.
public sealed partial class TableRendererTests
{
    public enum ReferralStatus
    {
        [Label("New client")] NewClient,
        [Label("Repeat to service")] RepeatToService,
        [Label("Continuing case")] ContinuingCase,
    }

    public enum Orientation
    {
        [Label("Heterosexual")] Heterosexual,
        [Label("Bisexual")] Bisexual,
        [Label("Gay")] Gay,
        [Label("Lesbian")] Lesbian,
        [Label("Other")] Other,
        [Label("Not disclosed")] NotDisclosed,
        [Label("Don't know")] DontKnow,
    }

    [Fact]
    public void Render_ReferralStatusFromTheReport_PrintsTheReportsRows()
    {
        var fixture = ReportFixture.Load("referral-status.tsv");
        var records = fixture.Rows.Where(r => r.Label != "Total")
            .SelectMany(r => Enumerable.Repeat<ReferralStatus?>(Labels.Parse<ReferralStatus>(r.Label), r.Count(0)))
            .ToArray();
        var definition = Tabulate.SingleChoice("Referral status", (ReferralStatus? status) => status)
            .WithLayout(RowLayout<ReferralStatus>.AllAnswers.Total())
            .WithMissing(MissingAnswers.Hidden);

        var text = TableRenderer.Render(definition.Evaluate(records), OutputFormat.Text);

        var lines = text.Split('\n');
        Assert.Equal("Referral status  n=1,820", lines[0]);
        Assert.Equal(fixture.Rows.Select(r => AsPrinted(r.Fields)), lines[1..^2].Select(SplitCells));
        Assert.Contains("New client         1,346   74%", lines);
        Assert.Contains("Continuing case       73  4.0%", lines);
        Assert.Equal("Total              1,820", lines[4]);
    }

    [Fact]
    public void Render_SexualOrientationFromTheReport_ParentNetWithSubRows()
    {
        var fixture = ReportFixture.Load("sexual-orientation.tsv");
        var records = fixture.Rows.Where(r => r.Label != "Total LBG")
            .SelectMany(r => Enumerable.Repeat(r.Label == "Missing" ? null : (Orientation?)Labels.Parse<Orientation>(r.Label.Replace("└ ", string.Empty, StringComparison.Ordinal)), r.Count(0)))
            .ToArray();
        var lgb = new[] { Orientation.Bisexual, Orientation.Gay, Orientation.Lesbian, Orientation.Other };
        var definition = Tabulate.SingleChoice("Sexual Orientation", (Orientation? o) => o)
            .WithLayout(rows => rows
                .Answers(Orientation.Heterosexual)
                .Parent("Total LBG", lgb).SubAnswers(lgb)
                .Answers(Orientation.NotDisclosed, Orientation.DontKnow));

        var table = definition.Evaluate(records);
        var text = TableRenderer.Render(table, OutputFormat.Text);

        var lines = text.Split('\n');
        Assert.Equal("Sexual Orientation  n=" + fixture.N!.Value.ToString("#,0", CultureInfo.InvariantCulture), lines[0]);
        Assert.Equal("Sexual Orientation  n=1,794", lines[0]);
        Assert.Equal(fixture.Rows.Select(r => AsPrinted(r.Fields)), lines[1..^2].Select(SplitCells));
        Assert.Equal(RowKind.SubCategory, table.Row("Bisexual")!.Kind);
        Assert.Contains(lines, l => l.StartsWith("└ Bisexual ", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_ClientReportedOutcomesFromTheReport_TotalAgreeAndMissingShownSeparately()
    {
        var grid = ReportFixture.Load("client-reported-outcomes.tsv");
        var missing = ReportFixture.Load("client-reported-outcomes-missing.tsv");
        var items = grid.Headers[1].Split('\t').Where(f => f.Length > 0).ToArray();
        var itemBases = grid.Headers[0].Split('\t').Where(f => f.Length > 0).Select(f => long.Parse(f.Replace("n= ", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture)).ToArray();
        const int exits = 1086;
        var answered = Labels.All<Agreement>().Select(a => grid.Rows.Single(r => r.Label == Labels.Of(a))).ToArray();

        // One list of answers per item, the report's count of each answer then missing answers, up to 1,086 exits.
        var perItem = items.Select((_, i) => answered
                .SelectMany(row => Enumerable.Repeat<Agreement?>(Labels.Parse<Agreement>(row.Label), row.Count(i)))
                .Concat(Enumerable.Repeat<Agreement?>(null, missing.Rows.Single().Count(i)))
                .ToArray())
            .ToArray();
        Assert.All(perItem, answers => Assert.Equal(exits, answers.Length));
        var records = Enumerable.Range(0, exits).Select(r => perItem.Select(answers => answers[r]).ToArray()).ToArray();
        var definition = Tabulate.Grid("Client reported outcomes", [.. items.Select((item, i) => new GridItem<Agreement?[], Agreement>(item, r => r[i]))])
            .WithLayout(RowLayout<Agreement>.AllAnswers.Net("Total Agree", Agreement.StronglyAgree, Agreement.Agree))
            .WithMissing(MissingAnswers.ShownSeparately);

        var table = definition.Evaluate(records);
        var text = TableRenderer.Render(table, OutputFormat.Text);

        var lines = text.Split('\n');
        Assert.Equal("Client reported outcomes  " + string.Join("  ", items.Select((item, i) => string.Create(CultureInfo.InvariantCulture, $"n ({item})={itemBases[i]:#,0}"))), lines[0]);
        Assert.StartsWith("Client reported outcomes  n (Feel safer)=717  n (Improved wellbeing)=716", lines[0], StringComparison.Ordinal);
        Assert.Equal(items, SplitCells(lines[1]));
        Assert.Equal(grid.Headers[2].Split('\t').Where(f => f.Length > 0), SplitCells(lines[2]));
        Assert.Equal([.. grid.Rows.Select(r => AsPrinted(r.Fields)), AsPrinted(missing.Rows.Single().Fields)], lines[3..^2].Select(SplitCells));
        Assert.Matches("^Total Agree +624 +87% ", lines[^4]);
        Assert.Matches("^Missing +369 +34% ", lines[^3]);
        Assert.Equal(exits, table.Row("Missing")!.CountAt(0)!.Base);
    }

    // The report prints counts plainly (1346); the text format groups thousands (1,346), as every count it shows.
    private static string[] AsPrinted(string[] fields)
        => [.. fields.Select(f => long.TryParse(f, NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count.ToString("#,0", CultureInfo.InvariantCulture) : f)];

    private static string[] SplitCells(string line) => [.. System.Text.RegularExpressions.Regex.Split(line, " {2,}").Where(f => f.Length > 0)];

    /// <summary>A table as the report's text prints it: a title line, header lines starting with a tab, then rows.</summary>
    private sealed record ReportFixture(string Title, long? N, IReadOnlyList<string> Headers, IReadOnlyList<FixtureRow> Rows)
    {
        public static ReportFixture Load(string name)
        {
            var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Tabulation", name)).Where(l => l.Length > 0).ToArray();
            var title = lines[0].Split('\t').Where(f => f.Length > 0).ToArray();
            var n = title.Skip(1).Select(f => f.Replace("n=", string.Empty, StringComparison.Ordinal).Trim()).Where(f => f.Length > 0).Select(f => (long?)long.Parse(f, CultureInfo.InvariantCulture)).FirstOrDefault();
            return new ReportFixture(
                title[0],
                n,
                [.. lines.Skip(1).Where(l => l.StartsWith('\t'))],
                [.. lines.Skip(1).Where(l => !l.StartsWith('\t')).Select(l => new FixtureRow([.. l.Split('\t').Where(f => f.Length > 0)]))]);
        }
    }

    private sealed record FixtureRow(string[] Fields)
    {
        public string Label => Fields[0];

        public int Count(int column) => int.Parse(Fields[1 + (2 * column)], CultureInfo.InvariantCulture);
    }
}
