using System.Text;
using System.Text.RegularExpressions;
using Insights.Core.Formatting;
using Insights.Core.Model;
using Insights.Core.Tabulation;
using Xunit;
using Insights.Tests;

namespace Insights.Core.Tests.Tabulation.DocsSamples;

/// <summary>
/// Keeps docs/tabulators.md honest: every sample's code is the code between the markers in this file (checked
/// character for character), and the output block under it is what that code prints.
/// </summary>
public sealed partial class DocsSamplesTests
{
    [Fact]
    public void SingleChoice_Sample_PrintsTheDocumentedOutput()
    {
        // sample: single-choice
        var referral = Tabulate.SingleChoice("Referral status", (Client c) => c.Referral)
            .WithLayout(rows => rows.Answers(Referral.New, Referral.Repeat, Referral.Continuing).Total());
        Console.Write(TableRenderer.Render(referral.Evaluate(Data.Clients), OutputFormat.Text));

        var route = Tabulate.SingleChoice("Primary referral route", (Client c) => c.Route)
            .WithLayout(rows => rows
                .Answers(Route.Self, Route.Police)
                .Parent("Health services", Route.Doctor, Route.Hospital).SubAnswers(Route.Doctor, Route.Hospital)
                .Net("Any agency", Route.Police, Route.Doctor, Route.Hospital)
                .Answers(Route.DontKnow))
            .WithMissing(MissingAnswers.Excluded);
        Console.Write(TableRenderer.Render(route.Evaluate(Data.Clients), OutputFormat.Text));
        // end sample
        AssertPrinted("single-choice");
    }

    [Fact]
    public void MultiSelect_Sample_PrintsTheDocumentedOutput()
    {
        // sample: multi-select
        var harm = Tabulate.MultiSelect("Types of abuse at intake", (Client c) => c.Harm)
            .WithLayout(rows => rows
                .Answers(Harm.Physical, Harm.Sexual)
                .Net("Physical or sexual", Harm.Physical, Harm.Sexual)
                .Answers(Harm.Emotional, Harm.Financial, Harm.None))
            .WithSetSizeStatistic(SetSizeStatistic.MeanOfAtLeastOne("Average number of types (mean)", decimals: 1), Harm.None)
            .WithSetSizeStatistic(SetSizeStatistic.CountAtLeast("Experiencing multiple types", 2), Harm.None);
        Console.Write(TableRenderer.Render(harm.Evaluate(Data.Clients), OutputFormat.Text));
        // end sample
        AssertPrinted("multi-select");
    }

    [Fact]
    public void Categories_Sample_PrintsTheDocumentedOutput()
    {
        // sample: categories
        // A string answer over categories you give, in printed order; any other value counts as "Other worker".
        var workers = Categories.Listed("Asha", "Ben", "Chloe").WithOther("Other worker");
        var byWorker = Tabulate.SingleChoice("Caseworker", (Client c) => c.Worker, workers)
            .WithLayout(rows => rows.Answers("Asha", "Ben").Net("Asha or Ben", "Asha", "Ben").Answers("Chloe").Other().Total());
        Console.Write(TableRenderer.Render(byWorker.Evaluate(Data.Clients), OutputFormat.Text));

        // A yes/no value, with the labels you give (true first).
        var closed = Tabulate.SingleChoice("Has the case closed?", (Client c) => (bool?)c.Exited, Categories.Boolean("Closed", "Open"));
        Console.Write(TableRenderer.Render(closed.Evaluate(Data.Clients), OutputFormat.Text));

        // Categories discovered from the data (ascending, ordinal for strings), here to group another table by them.
        var everyWorker = Categories.Discover(Data.Clients.Select(c => c.Worker));
        var referralByWorker = Tabulate.SingleChoice("Referral status", (Client c) => c.Referral)
            .WithLayout(rows => rows.Answers(Referral.New, Referral.Repeat))
            .WithMissing(MissingAnswers.Excluded)
            .GroupBy(c => c.Worker, everyWorker);
        Console.Write(TableRenderer.Render(referralByWorker.Evaluate(Data.Clients), OutputFormat.Text));
        // end sample
        AssertPrinted("categories");
    }

    [Fact]
    public void OwnTabulator_Sample_PrintsTheDocumentedOutput()
    {
        // sample: own-tabulator
        var rates = new RateTabulator<Client>(
            "Per 1,000 clients",
            ("supported with safety", c => c.SafetySupport),
            ("with a housing need", c => c.HousingNeed));
        Console.Write(TableRenderer.Render(rates.Evaluate(Data.Clients), OutputFormat.Text));

        // Both engines run the description: a frame of the same records gives the same table.
        var report = new Report<Client>("Rates", [new ReportSection<Client>("Rates", [rates])]);
        var frame = Insights.Core.Frames.CaseFrame<Client>.Build(report, Data.Clients);
        Console.Write(TableRenderer.Render(frame.Evaluate().Tables.Single(), OutputFormat.Text) == TableRenderer.Render(rates.Evaluate(Data.Clients), OutputFormat.Text)
            ? "The frame gives the same table.\n"
            : "The frame differs!\n");
        // end sample
        AssertPrinted("own-tabulator");
    }

    [Fact]
    public void Grid_Sample_PrintsTheDocumentedOutput()
    {
        // sample: grid
        var outcomes = Tabulate.Grid(
                "Client reported outcomes",
                new GridItem<Client, Scale>("Feel safer", c => c.FeelSafer),
                new GridItem<Client, Scale>("Improved wellbeing", c => c.Wellbeing))
            .WithLayout(RowLayout<Scale>.AllAnswers.Net("Total Agree", Scale.StronglyAgree, Scale.Agree))
            .WithMissing(MissingAnswers.ShownSeparately)
            .WithNotes("Percentages exclude missing answers, which are shown over all clients.");
        Console.Write(TableRenderer.Render(outcomes.Evaluate(Data.Clients), OutputFormat.Text));

        var byItem = Tabulate.Grid(
                "Outcomes by item",
                new GridItem<Client, Scale>("Feel safer", c => c.FeelSafer),
                new GridItem<Client, Scale>("Improved wellbeing", c => c.Wellbeing))
            .WithOrientation(GridOrientation.ItemsAsRows)
            .WithMissing(MissingAnswers.Hidden);
        Console.Write(TableRenderer.Render(byItem.Evaluate(Data.Clients), OutputFormat.Text));
        // end sample
        AssertPrinted("grid");
    }

    [Fact]
    public void IntakeVsExit_Sample_PrintsTheDocumentedOutput()
    {
        // sample: intake-vs-exit
        var living = Tabulate.IntakeVsExit("Living arrangement at exit", (Client c) => c.HomeAtIntake, c => c.HomeAtExit)
            .Where(c => c.Exited);
        Console.Write(TableRenderer.Render(living.Evaluate(Data.Clients), OutputFormat.Text));
        // end sample
        AssertPrinted("intake-vs-exit");
    }

    [Fact]
    public void Counts_Sample_PrintsTheDocumentedOutput()
    {
        // sample: counts
        // Needs over every exit; support over those in need; impact over those supported.
        var matrix = Tabulate.Counts<Client>("Needs & Support matrix")
            .WithColumn("Needs", c => c.Exited)
            .WithColumn("Support", c => c.Exited)
            .WithColumn("Improved", c => c.Exited, group: "Impact")
            .WithRow(
                "Safety",
                null,
                new CountRule<Client>(c => c.SafetySupport),
                new CountRule<Client>(c => c.SafetyImproved, inBase: c => c.SafetySupport))
            .WithRow(
                "Housing",
                new CountRule<Client>(c => c.HousingNeed),
                new CountRule<Client>(c => c.HousingSupport, inBase: c => c.HousingNeed),
                new CountRule<Client>(c => c.HousingImproved, inBase: c => c.HousingSupport));
        Console.Write(TableRenderer.Render(matrix.Evaluate(Data.Clients), OutputFormat.Text));

        var ofHundred = Tabulate.CountsWithoutBases<Client>("Outreach service of 100")
            .WithColumn(string.Empty, _ => true)
            .WithRow("will be new to the service", c => c.Referral == Referral.New)
            .WithRow("self referrals", c => c.Route == Route.Self)
            .WithDisplay(CountDisplay.PerHundred);
        Console.Write(TableRenderer.Render(ofHundred.Evaluate(Data.Clients), OutputFormat.Text));
        // end sample
        AssertPrinted("counts");
    }

    [Fact]
    public void Numeric_Sample_PrintsTheDocumentedOutput()
    {
        // sample: numeric
        var caseLength = Tabulate.Numeric("Case length", (Client c) => c.CaseLengthDays, maximum: 400)
            .WithBand("0 to 1 month", 0, 60)
            .WithBand("2 to 3 months", 61, 121)
            .WithBand("4 months +", 122)
            .WithStatistic(new NumericStatistic("Average case length (median)", Average.Median, unit: "weeks", divisor: 7))
            .WithStatistic(new NumericStatistic("Average case length (mean)", Average.Mean, decimals: 1, unit: "days"))
            .WithErrors()
            .WithMissing(MissingAnswers.Excluded)
            .Where(c => c.Exited);
        Console.Write(TableRenderer.Render(caseLength.Evaluate(Data.Clients), OutputFormat.Text));
        // end sample
        AssertPrinted("numeric");
    }

    [Fact]
    public void WhereGroupByStack_Sample_PrintsTheDocumentedOutput()
    {
        // sample: where-groupby-stack
        var referral = Tabulate.SingleChoice("Referral status", (Client c) => c.Referral)
            .WithLayout(rows => rows.Answers(Referral.New, Referral.Repeat, Referral.Continuing).Total());

        // Where: only the clients who experienced physical abuse are in the base.
        var physicalOnly = referral.Where(c => c.Harm?.Contains(Harm.Physical) == true)
            .Titled("Referral status of those experiencing physical abuse");
        Console.Write(TableRenderer.Render(physicalOnly.Evaluate(Data.Clients), OutputFormat.Text));

        // GroupBy: one column group per area, each with its own n; clients without an area are left out.
        Console.Write(TableRenderer.Render(referral.GroupBy(c => c.Area).Evaluate(Data.Clients), OutputFormat.Text));

        // Stack: the rows of several definitions under the first one's title and n.
        var stacked = Tabulate.Stack(
            "Referral status",
            referral,
            Tabulate.Counts<Client>("Derived", _ => true).WithRow("New clients who referred themselves", c => c.Referral == Referral.New && c.Route == Route.Self));
        Console.Write(TableRenderer.Render(stacked.Evaluate(Data.Clients), OutputFormat.Text));
        // end sample
        AssertPrinted("where-groupby-stack");
    }

    [Fact]
    public void RulesAndFields_Sample_PrintsTheDocumentedOutput()
    {
        // sample: rules
        // Fields: each answer named and read one way; rules made from the same field compare as equal.
        var harm = new Field<Client, EnumSet<Harm>>("intake.harm", c => c.Harm);
        var route = new Field<Client, Route>("referral.route", c => c.Route);
        var closedPhysical = Rule.Of<Client>(c => c.Exited) & harm.Contains(Harm.Physical);

        var routes = Tabulate.Counts("Closed cases with physical abuse", closedPhysical)
            .WithRow("Referred by the police", route.Is(Route.Police))
            .WithRow("Self or GP referral", route.IsAnyOf(Route.Self, Route.Doctor))
            .WithRow("Route not recorded", route.IsMissing());
        var referral = Tabulate.SingleChoice("Referral status of the same cases", (Client c) => c.Referral).Where(closedPhysical);

        // Both tables filter on the same rule, so each engine tests it once per record.
        var report = new Report<Client>("Rules", [new ReportSection<Client>("Physical abuse", [routes, referral])]);
        Console.Write(TableRenderer.Render(report.Evaluate(Data.Clients), OutputFormat.Text));
        // end sample
        AssertPrinted("rules");
    }

    [Fact]
    public void ReportAndMerging_Sample_PrintsTheDocumentedOutput()
    {
        // sample: report
        var referral = Tabulate.SingleChoice("Referral status", (Client c) => c.Referral)
            .WithLayout(rows => rows.Answers(Referral.New, Referral.Repeat, Referral.Continuing).Total());
        var harm = Tabulate.MultiSelect("Types of abuse at intake", (Client c) => c.Harm).WithMissing(MissingAnswers.Excluded);
        var report = new Report<Client>(
            "Outreach sample",
            [
                new ReportSection<Client>("Service inputs", [referral]),
                new ReportSection<Client>("History of abuse", [harm]),
            ]);

        // One pass over the records for every table; EvaluateParallel gives the same result on several threads.
        ReportResult result = report.Evaluate(Data.Clients);
        Console.Write(TableRenderer.Render(result, OutputFormat.Text));

        // Partial counts merge: count each service's records apart (even on another machine), then combine.
        var north = referral.CreateState();
        north.AddRange(Data.Clients.Where(c => c.Area == Area.North));
        var elsewhere = referral.CreateState();
        elsewhere.AddRange(Data.Clients.Where(c => c.Area != Area.North));
        var merged = TableState<Client>.Combine(north, elsewhere).ToTable();
        Console.Write(TableRenderer.Render(merged, OutputFormat.Text) == TableRenderer.Render(result.Sections[0].Tables[0], OutputFormat.Text)
            ? "Merged states give the same table.\n"
            : "Merged states differ!\n");
        // end sample
        AssertPrinted("report");
    }

    [Fact]
    public void Docs_EveryCodeSample_IsTheCodeThisTestRuns()
    {
        var source = SourceSamples();
        var docs = DocBlocks("sample");
        Assert.Equal(source.Keys.Order(StringComparer.Ordinal), docs.Keys.Where(k => k != "header").Order(StringComparer.Ordinal));
        foreach (var (name, code) in source)
        {
            Assert.True(code == docs[name], $"The code of sample '{name}' in docs/tabulators.md differs from DocsSamplesTests.cs:\n{code}");
        }
    }

    [Fact]
    public void Docs_EveryOutputBlock_BelongsToASample()
    {
        var outputs = DocBlocks("output");
        Assert.Equal(SourceSamples().Keys.Where(k => k is not "types" and not "rate-tabulator").Order(StringComparer.Ordinal), outputs.Keys.Order(StringComparer.Ordinal));
    }

    private void AssertPrinted(string sample)
    {
        var expected = DocBlocks("output")[sample];
        var printed = Console.Printed;

        // UPDATE_DOCS=1 rewrites the output block from what the sample prints (then review the diff of the page).
        if (Environment.GetEnvironmentVariable("UPDATE_DOCS") == "1" && expected != printed)
        {
            lock (DocsPage)
            {
                var path = Path.Combine(Repository.Root(), "docs", "tabulators.md");
                var markdown = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
                var block = DocBlock().Matches(markdown).Single(m => m.Groups["kind"].Value == "output" && m.Groups["name"].Value == sample).Groups["body"];
                File.WriteAllText(path, markdown[..block.Index] + printed + markdown[(block.Index + block.Length)..]);
                expected = printed;
            }
        }
        Assert.True(expected == printed, $"docs/tabulators.md shows a different output for '{sample}'. The code prints:\n{printed}");
    }


    private static readonly object DocsPage = new();

    /// <summary>The code blocks (or output blocks) of docs/tabulators.md, each after its <c>&lt;!-- kind: name --&gt;</c> marker.</summary>
    private static Dictionary<string, string> DocBlocks(string kind)
    {
        var markdown = File.ReadAllText(Path.Combine(Repository.Root(), "docs", "tabulators.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        return DocBlock().Matches(markdown)
            .Where(m => m.Groups["kind"].Value == kind)
            .ToDictionary(m => m.Groups["name"].Value, m => m.Groups["body"].Value, StringComparer.Ordinal);
    }

    /// <summary>The code between <c>// sample: name</c> and <c>// end sample</c> in this file, without its indentation.</summary>
    private static Dictionary<string, string> SourceSamples()
    {
        var path = Path.Combine(Repository.Root(), "tests", "Insights.Core.Tests", "Tabulation", "DocsSamplesTests.cs");
        var lines = File.ReadAllLines(path);
        var samples = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Length; i++)
        {
            var start = SourceMarker().Match(lines[i]);
            if (!start.Success)
            {
                continue;
            }

            var indent = lines[i].Length - lines[i].TrimStart().Length;
            var body = new StringBuilder();
            for (i++; lines[i].Trim() != "// end sample"; i++)
            {
                body.Append(lines[i].Length >= indent ? lines[i][indent..] : lines[i].TrimStart()).Append('\n');
            }

            samples.Add(start.Groups["name"].Value, body.ToString());
        }

        return samples;
    }

    [GeneratedRegex(@"<!-- (?<kind>sample|output): (?<name>[a-z-]+) -->\n```[a-z]*\n(?<body>(?:(?!```).*\n)*)```", RegexOptions.CultureInvariant)]
    private static partial Regex DocBlock();

    [GeneratedRegex(@"^\s*// sample: (?<name>[a-z-]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex SourceMarker();

    // The samples write to Console as a script would; inside this class that name means this capture instead.
    private static class Console
    {
        private static readonly StringBuilder Output = new();

        public static string Printed
        {
            get
            {
                var text = Output.ToString();
                Output.Clear();
                return text;
            }
        }

        public static void Write(string text) => Output.Append(text);
    }
}

// sample: types
enum Referral { [Label("New client")] New, [Label("Repeat to service")] Repeat, [Label("Continuing case")] Continuing }

enum Route { [Label("Self")] Self, [Label("Police")] Police, [Label("GP")] Doctor, [Label("Hospital")] Hospital, [Label("Don't know")] DontKnow }

enum Harm { [Label("Physical")] Physical, [Label("Sexual")] Sexual, [Label("Emotional")] Emotional, [Label("Financial")] Financial, [Label("None")] None }

enum Scale { [Label("Strongly agree")] StronglyAgree, [Label("Agree")] Agree, [Label("Not certain")] NotCertain, [Label("Disagree")] Disagree, [Label("Disagree strongly")] DisagreeStrongly }

enum Home { [Label("Living together")] Together, [Label("Not living together")] Apart, [Label("Don't know")] DontKnow }

enum Area { [Label("North")] North, [Label("South")] South }

record Client(
    Referral? Referral, Route? Route, EnumSet<Harm>? Harm, Area? Area, bool Exited,
    Scale? FeelSafer, Scale? Wellbeing, Home? HomeAtIntake, Home? HomeAtExit, long? CaseLengthDays,
    bool SafetySupport, bool SafetyImproved, bool HousingNeed, bool HousingSupport, bool HousingImproved, string? Worker);


static class Data
{
    // Forty made-up clients; each answer cycles with its own period so the tables have some variety.
    public static Client[] Clients { get; } = [.. Enumerable.Range(0, 40).Select(i => new Client(
        Referral: i % 10 == 9 ? null : (Referral)(i % 7 % 3),
        Route: i % 11 == 10 ? null : (Route)(i % 5),
        Harm: i % 13 == 12 ? null : i * 7 % 16 is var bits and > 0 ? EnumSet.Of([.. Labels.All<Harm>().Where(h => (bits & (1 << (int)h)) != 0)]) : EnumSet.Of(Harm.None),
        Area: i % 9 == 8 ? null : (Area)(i % 2),
        Exited: i % 4 != 3,
        FeelSafer: i % 6 == 5 ? null : (Scale)(i * 3 % 5 % 4),
        Wellbeing: i % 8 == 7 ? null : (Scale)(i % 5),
        HomeAtIntake: (Home)(i % 3),
        HomeAtExit: i % 12 == 11 ? null : (Home)(i % 5 == 0 ? 0 : 1 + (i % 2)),
        CaseLengthDays: i % 17 == 16 ? -3 : i % 10 == 5 ? null : i * 11 % 190,
        SafetySupport: i % 5 != 0,
        SafetyImproved: i % 3 != 0,
        HousingNeed: i % 3 == 0,
        HousingSupport: i % 6 == 0,
        HousingImproved: i % 12 == 0,
        Worker: i % 7 == 6 ? null : i % 10 == 3 ? "Dev" : (i % 3) switch { 0 => "Asha", 1 => "Ben", _ => "Chloe" }))];
}
// end sample

// sample: rate-tabulator
// A kind of table of your own: for each rule, how many per 1,000 records in the base follow it. Its description
// says what it counts (counter 0: every record; counter 1 + i: the records that follow rule i); CreateTable turns
// those counters into rows.
sealed class RateTabulator<T>(string title, params (string Label, Func<T, bool> Rule)[] rules)
    : Tabulator<T>(title, Tally.Concat([Tally.Count<T>(), .. rules.Select(r => Tally.Where(r.Rule, Tally.Count<T>()))]))
{
    protected override Table CreateTable(ReadOnlySpan<long> counters)
    {
        var n = counters[0];
        var rows = new List<TableRow>();
        for (var i = 0; i < rules.Length; i++)
        {
            // Whole numbers per 1,000, halves away from zero; a dash when there is no record.
            var text = n == 0 ? "-" : Math.Round(counters[1 + i] * 1000m / n, MidpointRounding.AwayFromZero).ToString(System.Globalization.CultureInfo.InvariantCulture);
            rows.Add(new TableRow(rules[i].Label, RowKind.Statistic, [new StatisticCell(n == 0 ? null : decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture), text)]));
        }

        return new Table(Title, [new TableBase("n", n)], [new TableColumn(string.Empty)], rows);
    }
}
// end sample
