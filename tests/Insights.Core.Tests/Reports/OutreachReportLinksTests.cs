using Insights.Core.Disclosure;
using Insights.Core.Model;
using Insights.Core.Reports;
using Insights.Core.Tabulation;
using Insights.Synthetic;
using Xunit;

namespace Insights.Core.Tests.Reports;

/// <summary>
/// <see cref="OutreachReport.Links"/>: the numbers the built-in report prints twice, declared from the definition.
/// The tests check the declarations against the numbers of several datasets, whole and split into groups, and
/// that disclosure control then treats both copies alike.
/// </summary>
public sealed class OutreachReportLinksTests
{
    private static readonly Lazy<ReportResult> Exact = new(() => OutreachReport.Evaluate(new Dataset(ExactDataset.Create())));

    private static ReportResult Sampled(int cases, ulong seed) => OutreachReport.Evaluate(new Dataset([.. SampledDataset.Generate(cases, seed)]));

    /// <summary>The value a term names, read from the table as printed before any suppression.</summary>
    private static long Value(Table table, TableTerm term) => term.Kind switch
    {
        TableTermKind.Cell => ((CountCell)table.Rows[term.Row].Cells[term.Column]!).Count,
        TableTermKind.CellBase => ((CountCell)table.Rows[term.Row].Cells[term.Column]!).Base,
        TableTermKind.Base => table.Bases[term.Column].N,
        _ => throw new InvalidOperationException($"A link names {term}, which a table does not print."),
    };

    private static void AssertEveryLinkHolds(ReportResult result, int expected)
    {
        var tables = result.Tables.ToList();
        var links = OutreachReport.Links(result);

        Assert.Equal(expected, links.Count);
        Assert.All(links, link => Assert.True(
            Value(tables[link.FirstTable], link.First) == Value(tables[link.SecondTable], link.Second),
            $"'{tables[link.FirstTable].Title}' {link.First} is not '{tables[link.SecondTable].Title}' {link.Second}"));
    }

    // Declared pairs: 7 profile n's = clients engaged, 5 diverse-group rows, 1 CYPS n, 5 key findings = matrix
    // numbers, and per support area 6 repeats of the matrix plus the impacts' shared base (11 areas), plus the need
    // = support base of the 10 areas other than safety: 7 + 5 + 1 + 5 + 11 * 7 + 10 = 105.
    private const int Declared = 105;

    [Fact]
    public void Links_ExactDataset_EveryDeclaredPairResolvesAndTheTwoNumbersAreEqual()
        => AssertEveryLinkHolds(Exact.Value, Declared);

    [Theory]
    [InlineData(300, 1UL)]
    [InlineData(2_000, 7UL)]
    [InlineData(5_000, 2019UL)]
    public void Links_SampledDatasets_TheTwoNumbersAreEqual(int cases, ulong seed)
        => AssertEveryLinkHolds(Sampled(cases, seed), Declared);

    [Fact]
    public void Links_ReportSplitByRegion_LinkEachGroupToItsOwnGroup()
    {
        var cases = ReportCase.From(new Dataset([.. SampledDataset.Generate(3_000, 11)]));
        var grouped = OutreachReport.Definition.GroupBy(r => (Region?)r.Case.Service.Region).Evaluate(cases);
        var groups = Labels.All<Region>().Count;

        AssertEveryLinkHolds(grouped, Declared * groups);
    }

    [Fact]
    public void Links_SomeSectionsOnly_LinksOnlyTheTablesPresent()
    {
        var profileOnly = OutreachReport.Section(OutreachReport.SectionTitles.ClientProfile).Evaluate(ReportCase.From(new Dataset(ExactDataset.Create())));
        var summaryAndSupport = OutreachReport.Definition
            .WithSections(s => s.Title is OutreachReport.SectionTitles.KeyFindings or OutreachReport.SectionTitles.SupportAndInterventions)
            .Evaluate(ReportCase.From(new Dataset(ExactDataset.Create())));

        Assert.Empty(OutreachReport.Links(profileOnly));

        // The 5 key findings on the matrix and the 87 repeats within Support and interventions.
        AssertEveryLinkHolds(summaryAndSupport, 5 + (11 * 7) + 10);
    }

    [Fact]
    public void Links_ADifferentReport_NoLinks()
    {
        var table = new Table("At a glance", [], [new TableColumn(string.Empty)], [new TableRow("Clients engaged", RowKind.Category, [new CountCell(3, 0, showPercent: false)])]);
        var other = new ReportResult("Other", [new ReportResultSection("Elsewhere", [table])]);

        Assert.Empty(OutreachReport.Links(other));
        Assert.Throws<ArgumentNullException>(() => OutreachReport.Links(null!));
    }

    [Fact]
    public void Suppression_WithTheLinks_WithholdsBothCopiesOrNeither()
    {
        // A small sample by region: many counts below 10, so suppression (primary and secondary) reaches the
        // summary pages and the matrix.
        var cases = ReportCase.From(new Dataset([.. SampledDataset.Generate(400, 5)]));
        var grouped = OutreachReport.Definition.GroupBy(r => (Region?)r.Case.Service.Region).Evaluate(cases);
        var options = new SuppressionOptions(10) { Links = OutreachReport.Links(grouped) };

        var protectedReport = Suppression.Apply(grouped, options);

        var tables = protectedReport.Tables.ToList();
        var withheld = 0;
        foreach (var link in options.Links)
        {
            // A number withheld as a secret (a count or an n) is printed nowhere else: not as a count, not as an n,
            // and not as the base printed with a published cell. A cell's base may go unprinted with its withheld
            // cell while its value stays public elsewhere: that discloses nothing.
            var (first, second) = (tables[link.FirstTable], tables[link.SecondTable]);
            if (IsWithheldSecret(first, link.First))
            {
                Assert.False(IsPrinted(second, link.Second), $"'{first.Title}' {link.First} is withheld, but '{second.Title}' prints it as {link.Second}");
                withheld++;
            }

            if (IsWithheldSecret(second, link.Second))
            {
                Assert.False(IsPrinted(first, link.First), $"'{second.Title}' {link.Second} is withheld, but '{first.Title}' prints it as {link.First}");
                withheld++;
            }
        }

        Assert.True(withheld > 0, "no linked number was withheld: the test proves nothing");
        Assert.True(DisclosureAudit.Check(protectedReport, options).Passed);
    }

    [Fact]
    public void Suppression_WithoutTheLinks_WouldPrintAWithheldNumberElsewhere()
    {
        // Why the links are needed: tables protected one by one withhold a number in one that another prints.
        var cases = ReportCase.From(new Dataset([.. SampledDataset.Generate(400, 5)]));
        var grouped = OutreachReport.Definition.GroupBy(r => (Region?)r.Case.Service.Region).Evaluate(cases);
        var links = OutreachReport.Links(grouped);

        var tables = Suppression.Apply(grouped, new SuppressionOptions(10)).Tables.ToList();

        Assert.Contains(links, link =>
            (IsWithheldSecret(tables[link.FirstTable], link.First) && IsPrinted(tables[link.SecondTable], link.Second))
            || (IsWithheldSecret(tables[link.SecondTable], link.Second) && IsPrinted(tables[link.FirstTable], link.First)));
    }

    private static bool IsWithheldSecret(Table table, TableTerm term) => term.Kind switch
    {
        TableTermKind.Base => table.Bases[term.Column].IsSuppressed,
        TableTermKind.Cell => table.Rows[term.Row].Cells[term.Column] is SuppressedCell,
        _ => false,
    };

    private static bool IsPrinted(Table table, TableTerm term) => term.Kind switch
    {
        TableTermKind.Base => !table.Bases[term.Column].IsSuppressed,
        _ => table.Rows[term.Row].Cells[term.Column] is CountCell,
    };
}
