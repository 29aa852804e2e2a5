using System.Text.Json;

namespace Insights.Cli.Tests.Commands;

public sealed partial class ReportCommandTests
{
    private const string PublishedTitle = "Insights outreach England and Wales dataset 2018-19";

    [Fact]
    public void Report_PairedTests_McNemarUnderMultipleTypesOfAbuse()
    {
        var result = CliRun.InProcess("report", "--section", "Client outcomes and profile of abuse at exit", "--paired-tests");

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.OutLines;
        var table = Array.IndexOf(lines, "Multiple types of abuse  n=1,086");
        Assert.True(table > 0, result.Out);
        Assert.Contains(lines.Skip(table), l => l.StartsWith("Test (Clients experiencing multiple types of abuse): McNemar, chi-square", StringComparison.Ordinal) && l.EndsWith("(significant)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Test: Stuart-Maxwell on 3 categories", StringComparison.Ordinal));
    }

    [Fact]
    public void Report_StatisticsFromFramesAndObjects_TheSame()
    {
        string[] statistics = ["--section", "exit", "--ci", "95", "--paired-tests", "--compare-service", "outreach-03", "--format", "json", "--title", PublishedTitle];
        var objects = CliRun.InProcess(["report", .. statistics]);
        var frames = CliRun.InProcess(["report", "--input", files.Exact, .. statistics]);

        Assert.True(objects.ExitCode == 0, objects.ToString());
        Assert.True(frames.ExitCode == 0, frames.ToString());
        Assert.Equal(objects.Out, frames.Out);
        Assert.Contains("\"comparison\"", objects.Out, StringComparison.Ordinal);
        Assert.Contains("\"interval\"", objects.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_CompareService_ThisServiceBesideAllOthersWithIntervals()
    {
        var result = CliRun.InProcess("report", "--section", "Client profile", "--compare-service", "outreach-03", "--ci", "90", "--interval", "clopper-pearson", "--adjust", "bh", "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        var age = json.RootElement.GetProperty("sections")[0].GetProperty("tables")[0];
        Assert.Equal(["This service", "All other services"], age.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("group").GetString()));
        Assert.Equal("Clopper-Pearson exact", age.GetProperty("intervals").GetProperty("method").GetString());
        Assert.Equal(0.9, age.GetProperty("intervals").GetProperty("level").GetDouble());
        var cell = age.GetProperty("rows")[0].GetProperty("cells")[0];
        Assert.True(cell.GetProperty("comparison").GetProperty("p_adjusted").GetDouble() >= cell.GetProperty("comparison").GetProperty("p").GetDouble());
        Assert.Contains(age.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("Benjamini-Hochberg", StringComparison.Ordinal));
    }

    [Fact]
    public void Report_NoStatisticsOptions_NoStatisticsPrinted()
    {
        var result = CliRun.InProcess("report", "--section", "exit");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("Test", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("[", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--ci", "100")]
    [InlineData("--ci", "0")]
    [InlineData("--ci", "ninety")]
    [InlineData("--alpha", "-1")]
    [InlineData("--interval", "wald")]
    [InlineData("--adjust", "bonferroni")]
    [InlineData("--mcnemar", "fisher")]
    public void Report_BadStatisticsValue_WrongUsage(string option, string value)
    {
        var result = CliRun.InProcess("report", option, value);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Empty(result.Out);
    }

    [Fact]
    public void Report_GroupTestsWithoutBy_TestsTheKeyFindingsByAgeGroup()
    {
        var result = CliRun.InProcess("report", "--section", "Key findings", "--group-tests", "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = System.Text.Json.JsonDocument.Parse(result.Out);
        var tables = json.RootElement.GetProperty("sections").EnumerateArray().SelectMany(s => s.GetProperty("tables").EnumerateArray()).ToList();
        var living = tables.Single(t => t.GetProperty("title").GetString() == "Living with the perpetrator by age group");
        Assert.Contains(living.GetProperty("tests").EnumerateArray(), t => t.GetProperty("test").GetString()!.Contains("chi-square", StringComparison.OrdinalIgnoreCase));
        Assert.All(tables.Where(t => !t.GetProperty("title").GetString()!.Contains("by age group", StringComparison.Ordinal)), t => Assert.False(t.TryGetProperty("tests", out var tests) && tests.GetArrayLength() > 0));
    }

    [Theory]
    [InlineData("--compare-service", "outreach-01", "--by", "region")]
    [InlineData("--compare-service", "outreach-01", "--service", "outreach-02")]
    [InlineData("--compare-service", "no-such-service")]
    [InlineData("--interval", "wilson-cc")]
    [InlineData("--mcnemar", "exact")]
    [InlineData("--compare-service", "outreach-01", "--sampled", "100")]
    public void Report_StatisticsOptionsThatDoNotApply_WrongUsage(params string[] options)
    {
        var result = CliRun.InProcess(["report", .. options]);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Empty(result.Out);
    }
}

public sealed partial class ReportCommandTests
{
    [Fact]
    public void Report_StatisticsWithSuppression_NoTestOrComparisonBesideAWithheldNumber()
    {
        var result = CliRun.InProcess("report", "--section", "Client outcomes and profile of abuse at exit", "--paired-tests", "--compare-service", "outreach-03", "--suppress-below", "5", "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        var tables = json.RootElement.GetProperty("sections").EnumerateArray().SelectMany(s => s.GetProperty("tables").EnumerateArray()).ToArray();
        foreach (var table in tables)
        {
            var cells = table.GetProperty("rows").EnumerateArray().SelectMany(r => r.GetProperty("cells").EnumerateArray()).ToArray();
            var withheld = cells.Any(c => c.ValueKind == JsonValueKind.Object && c.TryGetProperty("suppressed", out _))
                || result.Out.Length == 0;
            if (withheld || table.GetProperty("bases").EnumerateArray().Any(b => b.TryGetProperty("suppressed", out _)))
            {
                Assert.False(table.TryGetProperty("tests", out _), table.GetProperty("title").GetString());
                Assert.DoesNotContain(cells, c => c.ValueKind == JsonValueKind.Object && c.TryGetProperty("comparison", out _));
            }
        }

        Assert.Contains("[c]", result.Out, StringComparison.Ordinal);
    }
}
