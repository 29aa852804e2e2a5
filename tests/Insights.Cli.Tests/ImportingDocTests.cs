using System.Text.RegularExpressions;
using Insights.Tests;

namespace Insights.Cli.Tests;

/// <summary>The worked example of docs/importing.md runs: its export and mappings give the validate output the page shows.</summary>
public sealed partial class ImportingDocTests : IDisposable
{
    private static readonly Lazy<string> Page = new(() => File.ReadAllText(Path.Combine(Repository.Root(), "docs", "importing.md")).Replace("\r\n", "\n", StringComparison.Ordinal));

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "insights-import-doc-" + Guid.NewGuid().ToString("N"));

    public ImportingDocTests()
    {
        Directory.CreateDirectory(_folder);
        foreach (var name in new[] { "export.csv", "mapping-first.json", "mapping.json" })
        {
            File.WriteAllText(Path.Combine(_folder, name), Example(name));
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("mapping-first.json", "validate-first", 1)]
    [InlineData("mapping.json", "validate-complete", 0)]
    public void WorkedExample_Validate_PrintsWhatThePageShows(string mapping, string output, int exitCode)
    {
        var result = CliRun.InProcess("validate", "--input", Path.Combine(_folder, "export.csv"), "--mapping", Path.Combine(_folder, mapping));

        Assert.Equal(Example(output), result.Out);
        Assert.Equal(exitCode, result.ExitCode);
    }

    [Fact]
    public void WorkedExample_Report_TabulatesTheFiveCases()
    {
        var result = CliRun.InProcess("report", "--input", Path.Combine(_folder, "export.csv"), "--mapping", Path.Combine(_folder, "mapping.json"), "--section", "Service inputs");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Cases used in the analysis  n=5", result.Out, StringComparison.Ordinal);
        Assert.Contains("Exit forms                               3", result.Out, StringComparison.Ordinal);
    }

    private static string Example(string name)
    {
        var match = ExampleBlock().Matches(Page.Value).SingleOrDefault(m => m.Groups["name"].Value == name);
        Assert.True(match is not null, $"docs/importing.md has no example '{name}'.");
        return match.Groups["body"].Value;
    }

    [GeneratedRegex(@"<!-- import-example: (?<name>[a-z.-]+) -->\n```[a-z]*\n(?<body>(?:(?!```).*\n)*)```", RegexOptions.CultureInvariant)]
    private static partial Regex ExampleBlock();
}
