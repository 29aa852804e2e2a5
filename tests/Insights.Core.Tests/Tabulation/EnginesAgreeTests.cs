using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Insights.Core.Frames;
using Insights.Core.Model;
using Insights.Core.Reports;
using Insights.Core.Tabulation;
using Insights.Core.Tests.Generators;
using Xunit;

namespace Insights.Core.Tests.Tabulation;

/// <summary>
/// The object engine and the frame engine run one description, so they must add exactly the same counters: not
/// only print the same tables. Compared here counter by counter, on one thread and on several, for every
/// definition of the test catalogue (every tabulator kind and modifier), for the catalogue as one report (where
/// the object engine shares predicates between tables), and for the whole Outreach report.
/// </summary>
public sealed class EnginesAgreeTests
{
    [Property(Arbitrary = [typeof(TabulationGenerators)], MaxTest = 60)]
    public void EveryCatalogueDefinition_SameCountersInEveryEngine(Split split)
    {
        foreach (var (name, definition) in Catalogue.All.Concat(Catalogue.Discovered(split.People)))
        {
            AssertEnginesAgree(name, definition, split.People);
        }
    }

    [Property(Arbitrary = [typeof(TabulationGenerators)], MaxTest = 40)]
    public void WholeCatalogueAsOneReport_SameCountersAsEachTableAlone(Split split)
    {
        var report = new Report<Person>("Catalogue", [new ReportSection<Person>("All", [.. Catalogue.All.Select(d => d.Definition)])]);
        long[] expected = [.. Catalogue.All.SelectMany(d => StateCounters(d.Definition, split.People))];
        Assert.Equal(expected, report.Count(split.People));
        Assert.Equal(expected, report.CountParallel(split.People, 3, minimumPartition: 1));
        var frame = CaseFrame<Person>.Build(report, split.People);
        Assert.Equal(expected, frame.CountAll());
        Assert.Equal(expected, frame.CountParallel(3, minimumPartitionRows: 64));
    }

    [Theory]
    [MemberData(nameof(Catalogue.Names), MemberType = typeof(Catalogue))]
    public void EmptyAndOneRecordInputs_SameCountersInEveryEngine(string name)
    {
        var definition = Catalogue.Named(name);
        AssertEnginesAgree(name, definition, []);
        foreach (var person in TabulationGenerators.Person.Sample(20, 7))
        {
            AssertEnginesAgree(name, definition, [person]);
        }
    }

    [Property(Arbitrary = [typeof(CaseGenerators.Arbitraries)], MaxTest = 30)]
    public void OutreachReport_SameCountersInEveryEngine(IReadOnlyList<Case> cases)
    {
        var rows = ReportCase.From(new Dataset(cases));
        var report = OutreachReport.Definition;
        long[] expected = [.. report.AllTables.SelectMany(t => StateCounters(t, rows))];
        Assert.Equal(expected, report.Count(rows));
        Assert.Equal(expected, report.CountParallel(rows, 3, minimumPartition: 1));
        var frame = CaseFrame<ReportCase>.Build(report, rows);
        Assert.Equal(expected, frame.CountAll());
        Assert.Equal(expected, frame.CountParallel(3, minimumPartitionRows: 64));
    }

    [Property(Arbitrary = [typeof(CaseGenerators.Arbitraries)], MaxTest = 15)]
    public void OutreachReport_GroupedAtRunTime_SameCountersInEveryEngine_AndGroupsAddUpToTheWhole(IReadOnlyList<Case> cases)
    {
        var rows = ReportCase.From(new Dataset(cases));
        var whole = OutreachReport.Definition.Count(rows);
        var byRegion = OutreachReport.Definition.GroupBy(r => (Insights.Core.Model.Region?)r.Case.Service.Region);
        var grouped = AssertReportEnginesAgree(byRegion, rows);

        // Every case has a region, so each table's groups add up to the ungrouped table, counter by counter.
        var regions = Labels.All<Insights.Core.Model.Region>().Count;
        var (start, groupedStart) = (0, 0);
        foreach (var table in OutreachReport.Definition.AllTables)
        {
            for (var c = 0; c < table.Counting.Width; c++)
            {
                long sum = 0;
                for (var g = 0; g < regions; g++)
                {
                    sum += grouped[groupedStart + (g * table.Counting.Width) + c];
                }

                Assert.Equal(whole[start + c], sum);
            }

            start += table.Counting.Width;
            groupedStart += regions * table.Counting.Width;
        }

        if (cases.Count > 0)
        {
            var services = Categories.Discover(cases.Select(c => c.Service.Id.Value));
            AssertReportEnginesAgree(OutreachReport.Definition.GroupBy(r => r.Case.Service.Id.Value, services), rows);
        }
    }

    [Fact]
    public void UnknownValue_RejectedCategories_BothEnginesThrowWithoutQuotingTheValue()
    {
        var table = Tabulate.SingleChoice("Team", (Person p) => p.Team, Categories.Listed(Person.Teams));
        Person[] people = [Person.Blank with { Team = "Jane Doe, 12 Acacia Avenue" }];
        var report = new Report<Person>("One", [new ReportSection<Person>("Only", [table])]);
        var fromObjects = Assert.Throws<UnknownCategoryException>(() => table.Evaluate(people));
        var fromFrame = Assert.Throws<UnknownCategoryException>(() => CaseFrame<Person>.Build(report, people));
        foreach (var message in new[] { fromObjects.Message, fromFrame.Message })
        {
            Assert.DoesNotContain("Jane", message, StringComparison.Ordinal);
            Assert.Contains("4 categories", message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void FilterSharedByTablesWithOtherFilters_TestedOnlyOnRowsEachTableReaches()
    {
        // One delegate in two tables, each behind a filter of its own; it throws on a record without an age, which
        // both outer filters keep out (a later Where is tested first), so the frame may share its results but must
        // never run it on those records.
        Func<Person, bool> adult = p => p.Age!.Value >= 18;
        var byColour = Tabulate.SingleChoice("Colour", (Person p) => p.Favourite).Where(adult).Where(p => p.Age is not null);
        var byRegion = Tabulate.SingleChoice("Region", (Person p) => p.Region).Where(adult).Where(p => p.Age is > 30);
        var report = new Report<Person>("Shared", [new ReportSection<Person>("Only", [byColour, byRegion])]);
        var people = Enumerable.Range(0, 200).Select(i => Person.Blank with
        {
            Age = i % 3 == 0 ? null : i % 70,
            Favourite = (Colour)(i % 3),
            Region = i % 2 == 0 ? Region.North : Region.South,
        }).ToArray();
        long[] expected = [.. StateCounters(byColour, people), .. StateCounters(byRegion, people)];
        var frame = CaseFrame<Person>.Build(report, people);
        Assert.Equal(expected, frame.CountAll());
        Assert.Equal(expected, report.Count(people));
    }

    private static long[] AssertReportEnginesAgree(Report<ReportCase> report, IReadOnlyList<ReportCase> rows)
    {
        long[] expected = [.. report.AllTables.SelectMany(t => StateCounters(t, rows))];
        AssertSame(report.Title, "report, one pass", expected, report.Count(rows));
        AssertSame(report.Title, "report, threads", expected, report.CountParallel(rows, 3, minimumPartition: 1));
        var frame = CaseFrame<ReportCase>.Build(report, rows);
        AssertSame(report.Title, "frame", expected, frame.CountAll());
        AssertSame(report.Title, "frame, threads", expected, frame.CountParallel(3, minimumPartitionRows: 64));
        return expected;
    }

    private static void AssertEnginesAgree(string name, Tabulator<Person> definition, Person[] people)
    {
        var expected = StateCounters(definition, people);
        Assert.Equal(definition.Counting.Width, expected.Length);
        var report = new Report<Person>("One", [new ReportSection<Person>("Only", [definition])]);
        AssertSame(name, "report, one pass", expected, report.Count(people));
        AssertSame(name, "report, threads", expected, report.CountParallel(people, 3, minimumPartition: 1));
        var frame = CaseFrame<Person>.Build(report, people);
        AssertSame(name, "frame", expected, frame.CountAll());
        AssertSame(name, "frame, threads", expected, frame.CountParallel(3, minimumPartitionRows: 64));
    }

    private static long[] StateCounters<T>(Tabulator<T> definition, IEnumerable<T> items)
    {
        var state = definition.CreateState();
        foreach (var item in items)
        {
            state.Add(item);
        }

        return state.Counters.ToArray();
    }

    private static void AssertSame(string name, string engine, long[] expected, long[] actual)
    {
        if (!expected.AsSpan().SequenceEqual(actual))
        {
            var first = Enumerable.Range(0, Math.Min(expected.Length, actual.Length)).FirstOrDefault(i => expected[i] != actual[i], -1);
            Assert.Fail($"{name}: the {engine} engine differs from the object state (lengths {expected.Length} and {actual.Length}; first difference at counter {first}).");
        }
    }
}
