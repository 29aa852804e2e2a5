using System.Text.RegularExpressions;
using System.Xml.Linq;
using Insights.Core.Formatting;
using Insights.Core.Model;
using Insights.Core.Tabulation;
using Insights.Synthetic;
using Insights.Tests;
using Xunit;

namespace Insights.Core.Tests.Packaging;

/// <summary>
/// The README packed into every package (docs/package/README.md), read on nuget.org or in an IDE, away from the
/// repository: every link absolute and to a page that exists, and its first table what the code prints. The code itself
/// runs in docs/notebooks/first-table.ipynb, against the packed packages (NotebookTests in Insights.Cli.Tests).
/// </summary>
public sealed partial class PackageReadmeTests
{
    private const string DocsUrl = "https://github.com/insights-core/Insights.Core/blob/main/docs/";

    private static readonly string Root = Repository.Root();

    private static readonly string Readme = File.ReadAllText(Path.Combine(Root, "docs", "package", "README.md"));

    [Fact]
    public void PackageReadme_Links_AreAbsoluteAndNameDocsThatExist()
    {
        var links = Link().Matches(Readme).Select(m => m.Groups["target"].Value).ToList();

        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.StartsWith("https://", link, StringComparison.Ordinal));
        var docs = links.Where(l => l.StartsWith(DocsUrl, StringComparison.Ordinal)).ToList();
        Assert.Contains(DocsUrl + "getting-started.md", docs);
        foreach (var link in docs)
        {
            var (page, anchor) = link[DocsUrl.Length..].Split('#', 2) is [var p, var a] ? (p, a) : (link[DocsUrl.Length..], null);
            var file = Path.Combine(Root, "docs", page.Replace('/', Path.DirectorySeparatorChar));
            Assert.True(File.Exists(file), $"{link}: docs/{page} does not exist");
            if (anchor is not null)
            {
                var headings = File.ReadLines(file).Where(l => l.StartsWith('#')).Select(l => Slug(l.TrimStart('#').Trim()));
                Assert.True(headings.Contains(anchor), $"{link}: docs/{page} has no heading #{anchor}");
            }
        }

        // Every address is one of the repository's (RepositoryUrl in Directory.Build.props).
        var repository = XDocument.Load(Path.Combine(Root, "Directory.Build.props")).Descendants("RepositoryUrl").Single().Value;
        Assert.All(links, link => Assert.StartsWith(repository + "/", link, StringComparison.Ordinal));
    }

    [Fact]
    public void PackageReadme_IsThePackedReadmeWithTheIcon()
    {
        var props = XDocument.Load(Path.Combine(Root, "Directory.Build.props"));
        var packed = props.Descendants("None").Select(n => (string?)n.Attribute("Include")).ToList();

        Assert.Contains("$(MSBuildThisFileDirectory)docs/package/README.md", packed);
        Assert.Contains("$(MSBuildThisFileDirectory)docs/package/icon.png", packed);
        Assert.Equal("README.md", props.Descendants("PackageReadmeFile").Single().Value);
        Assert.Equal("icon.png", props.Descendants("PackageIcon").Single().Value);

        // The icon is a PNG (its signature), as scripts/package/make-icon.py draws it.
        var icon = File.ReadAllBytes(Path.Combine(Root, "docs", "package", "icon.png"));
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, icon[..8]);
    }

    [Fact]
    public void PackageReadme_FirstTable_PrintsWhatTheReadmeShowsAndIsTheNotebooksCode()
    {
        var blocks = CodeBlock().Matches(Readme).ToList();
        var code = blocks.Single(b => b.Groups["language"].Value == "csharp").Groups["code"].Value;
        var shown = blocks.Single(b => b.Groups["language"].Value == "text").Groups["code"].Value;

        Assert.True(code.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length <= 10, "the first table takes more than ten lines");

        // The README's code, evaluated here.
        var dataset = new Dataset(ExactDataset.Create());
        var status = Tabulate.SingleChoice("Referral status", (Case c) => c.ReferralStatus)
            .WithLayout(RowLayout<ReferralStatus>.AllAnswers.Total())
            .WithMissing(MissingAnswers.Hidden);
        Assert.Equal(TableRenderer.Render(status.Evaluate(dataset.Cases), OutputFormat.Text).TrimEnd(), shown.TrimEnd());

        // The same statements as the notebook, which runs them against the packages (the notebook shows the table as
        // a cell's value, so needs neither Console.Write nor Formatting), and the script of getting-started.md.
        var notebook = File.ReadAllText(Path.Combine(Root, "docs", "notebooks", "first-table.ipynb")).Replace("\\\"", "\"", StringComparison.Ordinal);
        var statements = code.Split('\n').Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith("Console.", StringComparison.Ordinal) && !l.StartsWith("using ", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, statements.Count);
        Assert.All(statements, line => Assert.Contains(line, notebook, StringComparison.Ordinal));
        Assert.Contains("status.Evaluate(dataset.Cases)", notebook, StringComparison.Ordinal);
        Assert.Contains(code, File.ReadAllText(Path.Combine(Root, "docs", "getting-started.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void PackageReadme_SaysWhatEachPackageIsForAndThatTheExampleNeedsInsightsSynthetic()
    {
        foreach (var package in new[] { "**Insights.Core**", "**Insights.Synthetic**", "**Insights.Cli**", "**Insights.Parquet**" })
        {
            Assert.Contains(package, Readme, StringComparison.Ordinal);
        }

        Assert.Contains("error CS0234", Readme, StringComparison.Ordinal);
        Assert.Contains("ClientProfileCases", Readme, StringComparison.Ordinal);
        Assert.Contains("c.Intake.Profile.Ethnicity", Readme, StringComparison.Ordinal);
    }

    /// <summary>GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens.</summary>
    private static string Slug(string heading)
        => string.Concat(heading.ToLowerInvariant().Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_')).Replace(' ', '-');

    [GeneratedRegex("\\]\\((?<target>[^)\\s]+)\\)")]
    private static partial Regex Link();

    [GeneratedRegex("```(?<language>\\w+)\\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();
}
