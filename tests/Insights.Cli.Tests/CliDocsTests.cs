using System.Text.RegularExpressions;
using Insights.Tests;

namespace Insights.Cli.Tests;

/// <summary>docs/cli.md shows real output and documents every option, so the page cannot drift from the command.</summary>
public sealed partial class CliDocsTests(CaseFiles files) : IClassFixture<CaseFiles>
{
    private static readonly Lazy<string> Page = new(() => File.ReadAllText(Path.Combine(Repository.Root(), "docs", "cli.md")).Replace("\r\n", "\n", StringComparison.Ordinal));

    [Fact]
    public void Docs_ReportExample_IsPartOfTheReport()
    {
        var shown = Example("report-referral-status");

        var report = CliRun.InProcess("report").Out;

        Assert.Contains("\n" + shown, report, StringComparison.Ordinal);
    }

    [Fact]
    public void Docs_ValidateExample_IsWhatValidatePrintsForTheExactFile()
    {
        var shown = Example("validate-exact");

        var result = CliRun.InProcess("validate", "--input", files.Exact);

        Assert.Equal(shown, result.Out);
    }

    [Theory]
    [InlineData("report")]
    [InlineData("synth")]
    [InlineData("codebook")]
    [InlineData("validate")]
    [InlineData("tabulate")]
    [InlineData("merge")]
    public void Docs_EveryOptionInHelp_IsDocumented(string command)
    {
        var help = CliRun.InProcess(command, "--help").Out;
        var section = Page.Value[Page.Value.IndexOf($"## `insights {command}`", StringComparison.Ordinal)..];

        var options = OptionName().Matches(help).Select(m => m.Value).Distinct().Where(o => o != "--help").ToArray();

        Assert.NotEmpty(options);
        Assert.All(options, option => Assert.Contains($"`{option}`", section, StringComparison.Ordinal));
    }

    [Fact]
    public void Docs_EveryExitCode_IsInTheExitCodeTable()
    {
        var section = Page.Value[Page.Value.IndexOf("## Exit codes", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 1, StringComparison.Ordinal)];

        var codes = typeof(Insights.Cli.Commands.ExitCodes).GetFields(System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic)
            .Select(f => (int)f.GetRawConstantValue()!).ToArray();

        Assert.Equal([0, 1, 2, 70], codes.Order());
        Assert.All(codes, code => Assert.Contains($"\n| {code} | ", section, StringComparison.Ordinal));
    }

    private static string Example(string name)
    {
        var match = ExampleBlock().Matches(Page.Value).SingleOrDefault(m => m.Groups["name"].Value == name);
        Assert.True(match is not null, $"docs/cli.md has no example '{name}'.");
        return match.Groups["body"].Value;
    }


    [GeneratedRegex(@"<!-- cli-example: (?<name>[a-z-]+) -->\n```\n(?<body>(?:(?!```).*\n)*)```", RegexOptions.CultureInvariant)]
    private static partial Regex ExampleBlock();

    [GeneratedRegex(@"(?<=\s)--[a-z][a-z0-9-]*", RegexOptions.CultureInvariant)]
    private static partial Regex OptionName();
}
