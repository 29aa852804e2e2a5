using System.Diagnostics;
using System.Text.RegularExpressions;
using Insights.Cli.Commands;
using Insights.Core.Formatting;
using Insights.Core.Model;
using Insights.Core.Reports;
using Insights.Core.Tabulation;
using Insights.Synthetic;
using Xunit.Abstractions;

namespace Insights.Cli.Tests.Commands;

/// <summary>
/// A fact that needs a Chromium to run headless: skipped, with the reason, without one; except in CI (CI=true), which
/// installs Debian's (.ci/run), where a missing browser fails the test instead of hiding it.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Path is null && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = "No Chromium found (chromium, chromium-browser or google-chrome on PATH, or /usr/bin/chromium): install one with 'apt-get install chromium' to run the browser tests.";
        }
    }
}

/// <summary>The Chromium the browser tests run, found as <c>report --format pdf</c> finds one.</summary>
internal static class Chromium
{
    internal static readonly string? Path = Find();

    /// <summary>Gets the browser, failing the test when there is none (in CI, where it is not skipped).</summary>
    internal static string Required => Path ?? throw new InvalidOperationException("Chromium is required for the browser tests in CI: .ci/run installs it with 'apt-get install chromium'.");

    private static string? Find()
    {
        try
        {
            return ChromiumPdf.Browser(null, Environment.GetEnvironmentVariable("PATH"), ChromiumPdf.DebianChromium);
        }
        catch (CommandFailure)
        {
            return null;
        }
    }
}

/// <summary>The whole report as the command writes it, in a folder of its own, shared by the browser tests.</summary>
public sealed class HtmlReportFile : IDisposable
{
    private readonly TempDirectory _directory = new();

    public HtmlReportFile()
    {
        Folder = _directory.Path;
        Page = _directory.File("report.html");
        var result = CliRun.InProcess("report", "--format", "html", "--output", Page);
        Assert.True(result.ExitCode == 0, result.ToString());
        Html = File.ReadAllText(Page);
        Report = OutreachReport.Definition.EvaluateParallel(ReportCase.From(new Dataset(ExactDataset.Create()))).WithHeading(OutreachReport.DefaultHeading);
    }

    internal string Folder { get; }

    internal string Page { get; }

    internal string Html { get; }

    internal ReportResult Report { get; }

    public void Dispose() => _directory.Dispose();
}

/// <summary>
/// The HTML report opened in headless Chromium: every table and chart there, no script error, no request, no
/// horizontal overflow at 1280 and 390 pixels, a PDF that prints, and screenshots of the summary pages. The page's
/// own script records what it did as attributes of <c>&lt;html&gt;</c>, which <c>--dump-dom</c> shows. Few browser
/// runs, each a few seconds: CI runs them all.
/// </summary>
public sealed partial class ReportHtmlBrowserTests(HtmlReportFile file, ITestOutputHelper output) : IClassFixture<HtmlReportFile>
{
    [ChromiumFact]
    public void Page_At1280_EveryTableAndChartDrawnWithoutErrorsRequestsOrOverflow()
    {
        var dom = Run("--window-size=1280,900", "--dump-dom", new Uri(file.Page).AbsoluteUri);
        var root = RootAttributes(dom);

        Assert.Equal(file.Report.Tables.Count(), TableStart().Count(dom));
        var canvases = Regex.Count(file.Html, "<canvas ");
        Assert.True(canvases > 50, $"only {canvases} charts in the page");
        Assert.Equal(canvases.ToString(System.Globalization.CultureInfo.InvariantCulture), root.GetValueOrDefault("data-charts-drawn"));
        Assert.Equal(canvases, Regex.Count(dom, "<canvas [^>]*data-drawn=\"true\""));
        Assert.Equal("0", root.GetValueOrDefault("data-errors"));
        Assert.False(root.ContainsKey("data-csp-violations"), $"a request was blocked: {root.GetValueOrDefault("data-csp-blocked")}");
        Assert.True(root.GetValueOrDefault("data-overflow") == "false", $"wider than the window: {root.GetValueOrDefault("data-overflow-element")}");
    }

    [ChromiumFact]
    public void Page_At390_NoHorizontalOverflow()
    {
        // Headless Chromium's window is at least 500 pixels wide, so the page is opened in a 390-pixel frame of a
        // wrapper page, which copies the page's attributes to its own root once it has loaded.
        var frame = System.IO.Path.Combine(file.Folder, "frame-390.html");
        File.WriteAllText(frame, """
            <!DOCTYPE html><html><body style="margin:0">
            <iframe id="f" src="report.html" style="width:390px;height:900px;border:0"></iframe>
            <script>
            document.getElementById('f').addEventListener('load', function () {
              var root = this.contentDocument.documentElement;
              Array.prototype.forEach.call(root.attributes, function (a) {
                if (a.name.indexOf('data-') === 0) document.documentElement.setAttribute('data-frame-' + a.name.substring(5), a.value);
              });
            });
            </script></body></html>
            """);

        var root = RootAttributes(Run("--allow-file-access-from-files", "--window-size=800,900", "--dump-dom", new Uri(frame).AbsoluteUri));

        Assert.Equal("390", root.GetValueOrDefault("data-frame-viewport-width"));
        Assert.Equal(Regex.Count(file.Html, "<canvas ").ToString(System.Globalization.CultureInfo.InvariantCulture), root.GetValueOrDefault("data-frame-charts-drawn"));
        Assert.Equal("0", root.GetValueOrDefault("data-frame-errors"));
        Assert.True(root.GetValueOrDefault("data-frame-overflow") == "false", $"wider than 390 pixels: {root.GetValueOrDefault("data-frame-overflow-element")}");
    }

    [ChromiumFact]
    public void ReportFormatPdf_PrintsEverySectionOnPagesOfItsOwnWithABookmarkEach()
    {
        var pdf = System.IO.Path.Combine(file.Folder, "report.pdf");

        var result = CliRun.InProcess("report", "--format", "pdf", "--output", pdf);

        Assert.True(result.ExitCode == 0, result.ToString());
        var bytes = File.ReadAllBytes(pdf);
        Assert.True(bytes.AsSpan().StartsWith("%PDF-"u8), "not a PDF");
        var pages = Regex.Count(System.Text.Encoding.Latin1.GetString(bytes), "/Type\\s*/Page[^s]");

        // The print stylesheet starts every section on a new page, so there are at least as many pages as sections.
        Assert.True(pages >= file.Report.Sections.Count, $"{pages} pages for {file.Report.Sections.Count} sections");

        // Its bookmarks: the report's title, and under it one per section, in the report's order.
        var report = Assert.Single(PdfOutline.Read(bytes));
        Assert.Equal(file.Report.Title, report.Title);
        Assert.Equal(file.Report.Sections.Select(s => s.Title), report.Children.Select(b => b.Title));
        output.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"PDF: {pages} pages, {bytes.Length} bytes"));
    }

    [ChromiumFact]
    public void SummaryPages_Screenshots()
    {
        // The summary sections alone, so that the screenshot shows them and nothing else.
        string[] titles = ["At a glance", "Outreach service of 100", "Key findings"];
        var summary = file.Report with { Sections = [.. file.Report.Sections.Where(s => titles.Contains(s.Title))] };
        Assert.Equal(titles, summary.Sections.Select(s => s.Title));
        var page = System.IO.Path.Combine(file.Folder, "summary.html");
        File.WriteAllText(page, TableRenderer.Render(summary, OutputFormat.Html));
        var folder = System.IO.Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        var shot = System.IO.Path.Combine(folder, "html-report-summary.png");
        File.Delete(shot);

        Run("--window-size=1280,2000", "--screenshot=" + shot, new Uri(page).AbsoluteUri);

        var bytes = File.ReadAllBytes(shot);
        Assert.True(bytes.AsSpan().StartsWith((byte[])[0x89, (byte)'P', (byte)'N', (byte)'G']), "not a PNG");
        Assert.True(bytes.Length > 20_000, $"a {bytes.Length}-byte screenshot is a blank page");
        output.WriteLine($"screenshot of {string.Join(", ", summary.Sections.Select(s => s.Title))}: {shot}");
    }

    /// <summary>Runs the browser headless on one page and returns what it printed (the DOM, for --dump-dom).</summary>
    private string Run(params string[] arguments)
    {
        var profile = System.IO.Path.Combine(file.Folder, "profile-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo(Chromium.Required)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run", "--disable-extensions", "--disable-dev-shm-usage",
            "--user-data-dir=" + profile, "--virtual-time-budget=10000", .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("Chromium did not finish within 2 minutes.");
        }

        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"Chromium exited with {process.ExitCode}: {stderr.GetAwaiter().GetResult()}");
        return stdout.GetAwaiter().GetResult();
    }

    private static Dictionary<string, string> RootAttributes(string dom)
    {
        var root = RootElement().Match(dom);
        Assert.True(root.Success, "no <html> element in the dumped DOM");
        return Attribute().Matches(root.Value).ToDictionary(a => a.Groups["name"].Value, a => a.Groups["value"].Value, StringComparer.Ordinal);
    }

    [GeneratedRegex("<html[^>]*>")]
    private static partial Regex RootElement();

    [GeneratedRegex("(?<name>[a-z-]+)=\"(?<value>[^\"]*)\"")]
    private static partial Regex Attribute();

    [GeneratedRegex("<table[ >]")]
    private static partial Regex TableStart();
}
