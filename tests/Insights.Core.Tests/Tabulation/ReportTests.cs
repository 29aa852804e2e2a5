using FsCheck.Fluent;
using FsCheck.Xunit;
using FsCheck;
using Insights.Core.Formatting;
using Insights.Core.Tabulation;
using Xunit;

namespace Insights.Core.Tests.Tabulation;

public sealed class ReportTests
{
    public static Report<Person> Everything { get; } = new(
        "Every tabulator",
        [
            new ReportSection<Person>("First half", [.. Catalogue.All.Take(Catalogue.All.Count / 2).Select(d => d.Definition)]),
            new ReportSection<Person>("Empty section", []),
            new ReportSection<Person>("Second half", [.. Catalogue.All.Skip(Catalogue.All.Count / 2).Select(d => d.Definition)]),
        ]);

    /// <summary>Datasets large enough for several partitions (the parallel path splits per 1,024 records).</summary>
    public static Arbitrary<(Person[] People, int Threads)> LargeArbitrary()
        => Arb.From(
            from count in Gen.Frequency((1, Gen.Choose(0, 50)), (3, Gen.Choose(1024, 6000)))
            from people in Gen.ArrayOf(TabulationGenerators.Person, count)
            from threads in Gen.Choose(1, 5)
            select (people, threads));

    [Property(Arbitrary = new[] { typeof(ReportTests) }, MaxTest = 12)]
    public void EvaluateParallel_AnyDataAndThreads_SameAsEvaluate((Person[] People, int Threads) input)
    {
        var sequential = TableRenderer.Render(Everything.Evaluate(input.People), OutputFormat.Json);
        var parallel = TableRenderer.Render(Everything.EvaluateParallel(input.People, input.Threads), OutputFormat.Json);
        Assert.Equal(sequential, parallel);
    }

    [Property(Arbitrary = new[] { typeof(TabulationGenerators) }, MaxTest = 40)]
    public void Evaluate_AnyData_EachTableAsEvaluatedAlone(Person[] people)
    {
        var result = Everything.Evaluate(people);
        var alone = Everything.Sections.SelectMany(s => s.Tables).Select(t => TableRenderer.Render(t.Evaluate(people), OutputFormat.Json));
        Assert.Equal(alone, result.Tables.Select(t => TableRenderer.Render(t, OutputFormat.Json)));
        Assert.Equal(Everything.Sections.Select(s => s.Title), result.Sections.Select(s => s.Title));
    }

    [Fact]
    public void WithSections_KeepsOnlyThoseChosen()
    {
        var kept = Everything.WithSections(s => s.Title != "Empty section").Evaluate([]);
        Assert.Equal(["First half", "Second half"], kept.Sections.Select(s => s.Title));
    }
}
