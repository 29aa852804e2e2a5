using System.Diagnostics;
using System.Net;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Insights.Tests;
using Xunit.Abstractions;

namespace Insights.Cli.Tests.Notebooks;

/// <summary>
/// A fact that runs a notebook with dotnet-repl, which it installs from NuGet. It runs everywhere unless
/// INSIGHTS_NOTEBOOK_TESTS=0 says not to; with CI=true it always runs, so a tool that cannot be installed fails CI.
/// </summary>
public sealed class NotebookFactAttribute : FactAttribute
{
    public NotebookFactAttribute()
    {
        if (string.Equals(Environment.GetEnvironmentVariable("INSIGHTS_NOTEBOOK_TESTS"), "0", StringComparison.Ordinal)
            && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = "INSIGHTS_NOTEBOOK_TESTS=0: the notebook is not run.";
        }
    }
}

/// <summary>
/// docs/notebooks/first-table.ipynb as a user runs it: Insights.Core and Insights.Synthetic packed into a folder feed
/// under a version of their own (so no NuGet cache serves an older build), the notebook's feed path and version
/// replaced by those, and the notebook run headless by dotnet-repl. The package's .NET Interactive extension must then
/// show each table as the library's HTML table, with no error in any cell.
/// </summary>
public sealed partial class NotebookTests(ITestOutputHelper output)
{
    private const string DotnetReplVersion = "0.3.259";

    // What the committed notebook says, for a user to follow (docs/getting-started.md#a-notebook); the test replaces both.
    private const string FeedPlaceholder = "/tmp/insights-feed";
    private const string VersionPlaceholder = "0.1.0";

    private static readonly string Root = Repository.Root();

    [Fact]
    public void FirstTableNotebook_AsCommitted_HasNoOutputsAndLoadsThePackagesFromTheDocumentedFeed()
    {
        var text = File.ReadAllText(Path.Combine(Root, "docs", "notebooks", "first-table.ipynb"));
        using var notebook = JsonDocument.Parse(text);
        var cells = notebook.RootElement.GetProperty("cells").EnumerateArray().ToList();

        Assert.All(cells.Where(c => c.GetProperty("cell_type").GetString() == "code"), c => Assert.Empty(c.GetProperty("outputs").EnumerateArray()));
        var source = string.Concat(cells.SelectMany(c => c.GetProperty("source").EnumerateArray()).Select(s => s.GetString()));
        Assert.Contains($"#i \"nuget: {FeedPlaceholder}\"", source, StringComparison.Ordinal);
        Assert.Contains($"#r \"nuget: Insights.Core, {VersionPlaceholder}\"", source, StringComparison.Ordinal);
        Assert.Contains($"#r \"nuget: Insights.Synthetic, {VersionPlaceholder}\"", source, StringComparison.Ordinal);

        // The version a user's "dotnet pack" gives, so the notebook finds what getting-started tells them to make.
        var props = File.ReadAllText(Path.Combine(Root, "Directory.Build.props"));
        Assert.Contains($"<VersionPrefix>{VersionPlaceholder}</VersionPrefix>", props, StringComparison.Ordinal);
    }

    [NotebookFact]
    public async Task FirstTableNotebook_RunByDotnetRepl_ShowsTheTablesAsHtmlWithoutErrors()
    {
        using var work = new TempDirectory();
        var version = "0.1.0-notebook." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture)
            + "." + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var feed = work.File("feed");
        try
        {
            foreach (var project in new[] { "Insights.Core", "Insights.Synthetic" })
            {
                await Pack(project, feed, version);
            }

            var repl = await InstallDotnetRepl();
            var notebook = File.ReadAllText(Path.Combine(Root, "docs", "notebooks", "first-table.ipynb"))
                .Replace($"nuget: {FeedPlaceholder}", "nuget: " + feed, StringComparison.Ordinal)
                .Replace($", {VersionPlaceholder}\\\"", $", {version}\\\"", StringComparison.Ordinal);
            var input = work.File("first-table.ipynb");
            var result = work.File("first-table.out.ipynb");
            File.WriteAllText(input, notebook);

            var run = await Run(repl, work.Path, TimeSpan.FromMinutes(5), "--run", input, "--output-path", result, "--exit-after-run");
            Assert.True(run.ExitCode == 0, "dotnet-repl failed: " + run);

            using var ran = JsonDocument.Parse(File.ReadAllText(result));
            // Code cells: the packages, the referral status table, the ethnicity table, the first section of the report.
            var cells = ran.RootElement.GetProperty("cells").EnumerateArray().Where(c => c.GetProperty("cell_type").GetString() == "code").ToList();
            var outputs = cells.Select(c => c.GetProperty("outputs").EnumerateArray().ToList()).ToList();
            var errors = outputs.SelectMany(o => o).Where(o => o.GetProperty("output_type").GetString() == "error"
                || (o.GetProperty("output_type").GetString() == "stream" && o.GetProperty("name").GetString() == "stderr")).ToList();
            Assert.True(errors.Count == 0, "a cell failed: " + string.Join("\n", errors.Select(e => e.GetRawText())));

            // The package's extension script ran when the package was loaded.
            Assert.Contains(outputs[0], o => Data(o, "text/plain").Contains("interactive-extensions/dotnet/extension.dib", StringComparison.Ordinal));

            var status = Html(outputs[1]);
            Assert.Equal("Referral status n=1,820", Caption(status));
            Assert.Contains("<th scope=\"row\"", status, StringComparison.Ordinal);
            Assert.Matches("New client</th><td[^>]*>1,346 <span[^>]*>74%</span></td>", status);

            var ethnicity = Html(outputs[2]);
            Assert.Equal("Ethnicity n=1,794", Caption(ethnicity));

            var report = Html(outputs[3]);
            Assert.Contains("class=\"insights-report\"", report, StringComparison.Ordinal);
            Assert.Contains(">At a glance</h3>", report, StringComparison.Ordinal);

            // The library's fragment, not .NET Interactive's view of the object's properties; nothing that runs.
            foreach (var html in new[] { status, ethnicity, report })
            {
                Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("dni-", html, StringComparison.Ordinal);
            }
        }
        finally
        {
            RemoveFromPackageCache(version);
        }
    }

    /// <summary>The one text/html output of a cell that shows a table or report.</summary>
    private static string Html(List<JsonElement> outputs)
    {
        var html = outputs.Select(o => Data(o, "text/html")).Where(h => h.Contains("<table", StringComparison.Ordinal)).ToList();
        Assert.Single(html);
        return html[0];
    }

    private static string Caption(string html)
        => Spaces().Replace(WebUtility.HtmlDecode(Tag().Replace(CaptionElement().Match(html).Groups["content"].Value, string.Empty)), " ").Trim();

    private static string Data(JsonElement output, string mimeType)
        => output.TryGetProperty("data", out var data) && data.TryGetProperty(mimeType, out var value)
            ? value.ValueKind == JsonValueKind.Array ? string.Concat(value.EnumerateArray().Select(v => v.GetString())) : value.GetString() ?? string.Empty
            : string.Empty;

    /// <summary>Packs a project of src/ as it was built for these tests (same configuration), under <paramref name="version"/>.</summary>
    private async Task Pack(string project, string feed, string version)
    {
        var configuration = typeof(NotebookTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        var folder = Path.Combine(Root, "src", project);
        var built = File.Exists(Path.Combine(folder, "bin", configuration, "net10.0", project + ".dll"));
        string[] args = ["pack", folder, "-c", configuration, "-o", feed, "-p:Version=" + version, .. built ? new[] { "--no-build" } : []];
        var pack = await Run("dotnet", Root, TimeSpan.FromMinutes(5), args);
        Assert.True(pack.ExitCode == 0, $"dotnet pack {project} failed: {pack}");
    }

    /// <summary>Installs dotnet-repl into a tool path of its own (once per machine and version) and returns the command.</summary>
    private async Task<string> InstallDotnetRepl()
    {
        var toolPath = Path.Combine(Path.GetTempPath(), "insights-dotnet-repl-" + DotnetReplVersion);
        var command = Path.Combine(toolPath, OperatingSystem.IsWindows() ? "dotnet-repl.exe" : "dotnet-repl");
        if (!File.Exists(command))
        {
            var install = await Run("dotnet", Root, TimeSpan.FromMinutes(5), "tool", "install", "dotnet-repl", "--version", DotnetReplVersion, "--tool-path", toolPath);
            Assert.True(install.ExitCode == 0, $"'dotnet tool install dotnet-repl --version {DotnetReplVersion}' failed (set INSIGHTS_NOTEBOOK_TESTS=0 to skip this test outside CI): {install}");
        }

        return command;
    }

    /// <summary>Removes the packages made for this run from the NuGet global packages folder, where each run would add two.</summary>
    private static void RemoveFromPackageCache(string version)
    {
        var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        foreach (var id in new[] { "insights.core", "insights.synthetic" })
        {
            var folder = Path.Combine(cache, id, version);
            try
            {
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
            catch (IOException)
            {
                // A leftover cached package must not fail a test that passed.
            }
        }
    }

    private async Task<CliResult> Run(string fileName, string workingDirectory, TimeSpan timeout, params string[] args)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var error = process.StandardError.ReadToEndAsync();
        var text = process.StandardOutput.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileName(fileName)} {string.Join(' ', args)} did not finish within {timeout}.");
        }

        var result = new CliResult(process.ExitCode, await text, await error);
        output.WriteLine($"{Path.GetFileName(fileName)} {string.Join(' ', args)}: exit {result.ExitCode}");
        return result;
    }

    [GeneratedRegex("<caption[^>]*>(?<content>.*?)</caption>", RegexOptions.Singleline)]
    private static partial Regex CaptionElement();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex("\\s+")]
    private static partial Regex Spaces();
}
