using System.Diagnostics;
using System.Text;

namespace Insights.Cli.Commands;

/// <summary>
/// <c>report --format pdf</c>: the HTML report printed by a locally installed Chromium in headless mode, whose print
/// stylesheet paginates it. The browser is the one named by <see cref="EnvironmentVariable"/>, else the first of
/// <c>chromium</c>, <c>chromium-browser</c>, <c>google-chrome</c>, <c>google-chrome-stable</c> on PATH, else
/// <c>/usr/bin/chromium</c>.
/// </summary>
internal static class ChromiumPdf
{
    /// <summary>The environment variable that names the browser to use; when set, no other is looked for.</summary>
    internal const string EnvironmentVariable = "INSIGHTS_CHROMIUM";

    /// <summary>How long printing may take before the browser is stopped.</summary>
    internal static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

    /// <summary>Returns the browser to print with, or throws a usage error that says how to install one.</summary>
    /// <exception cref="CommandFailure">No browser was found (exit code 2).</exception>
    internal static string Browser()
        => Browser(Environment.GetEnvironmentVariable(EnvironmentVariable), Environment.GetEnvironmentVariable("PATH"), DebianChromium);

    /// <summary>The Chromium of Debian's <c>chromium</c> package, looked for when none is on PATH.</summary>
    internal const string DebianChromium = "/usr/bin/chromium";

    /// <summary>
    /// Returns <paramref name="configured"/> when it is set, else the first browser of <see cref="Names"/> in the
    /// folders of <paramref name="path"/>, else <paramref name="fallback"/> when it exists.
    /// </summary>
    /// <exception cref="CommandFailure">No browser was found, or <paramref name="configured"/> names no file (exit code 2).</exception>
    internal static string Browser(string? configured, string? path, string fallback)
    {
        if (!string.IsNullOrEmpty(configured))
        {
            return File.Exists(configured)
                ? Path.GetFullPath(configured)
                : throw CommandFailure.WrongUsage($"--format pdf prints with the browser that {EnvironmentVariable} names, '{CliText.Escape(configured)}', and there is no such file. Point it at a Chromium, or unset it to look for one on PATH.");
        }

        foreach (var folder in (path ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in Names)
            {
                var candidate = Path.Combine(folder, OperatingSystem.IsWindows() ? name + ".exe" : name);
                if (File.Exists(candidate))
                {
                    return Path.GetFullPath(candidate);
                }
            }
        }

        return File.Exists(fallback)
            ? fallback
            : throw CommandFailure.WrongUsage(
                "--format pdf prints the HTML report with a local Chromium, and none was found (chromium, chromium-browser, google-chrome or google-chrome-stable on PATH, or " + fallback + "). "
                + $"Install one (Debian and Ubuntu: apt-get install chromium), or set {EnvironmentVariable} to a browser's path; or write --format html and print it from any browser.");
    }

    /// <summary>Prints <paramref name="html"/> to PDF with <paramref name="browser"/> and returns the PDF's bytes.</summary>
    /// <exception cref="CommandFailure">The browser failed, took longer than <see cref="Timeout"/>, or wrote no PDF (exit code 1).</exception>
    internal static byte[] Print(string browser, string html)
    {
        // A folder only this user can open (CreateTempSubdirectory makes it 0700 on Unix): the page holds the report's
        // figures, and the browser's profile goes there too, so that no profile of the user's is touched or locked.
        var folder = Directory.CreateTempSubdirectory("insights-pdf-");
        try
        {
            var page = Path.Combine(folder.FullName, "report.html");
            var pdf = Path.Combine(folder.FullName, "report.pdf");
            File.WriteAllText(page, html, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            var start = new ProcessStartInfo(browser)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };

            // --no-sandbox: Chromium refuses to start as root with its sandbox (CI, containers). The page is our own
            // and its Content-Security-Policy forbids every request. The virtual time budget lets the charts be
            // drawn before the page is printed.
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-extensions", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + Path.Combine(folder.FullName, "profile"), "--no-pdf-header-footer", "--virtual-time-budget=10000",

                // Bookmarks from the page's headings: a reader of the PDF moves between sections as in the sidebar.
                "--generate-pdf-document-outline",
                "--print-to-pdf=" + pdf, new Uri(page).AbsoluteUri,
            })
            {
                start.ArgumentList.Add(argument);
            }

            Run(start);
            var bytes = File.Exists(pdf) ? File.ReadAllBytes(pdf) : [];
            return bytes.AsSpan().StartsWith("%PDF"u8)
                ? bytes
                : throw CommandFailure.InvalidInput($"the browser '{CliText.Escape(browser)}' wrote no PDF; try --format html and print it from a browser.");
        }
        finally
        {
            try
            {
                folder.Delete(recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A leftover folder in the temporary directory, readable only by this user, is the lesser problem.
            }
        }
    }

    private static void Run(ProcessStartInfo start)
    {
        using var process = Process.Start(start) ?? throw CommandFailure.InvalidInput($"could not start the browser '{CliText.Escape(start.FileName)}'.");

        // Both pipes drained while waiting, so the browser never blocks on a full one.
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw CommandFailure.InvalidInput($"the browser '{CliText.Escape(start.FileName)}' did not print the PDF within {Timeout.TotalMinutes.ToString("0", System.Globalization.CultureInfo.InvariantCulture)} minutes and was stopped.");
        }

        process.WaitForExit();
        _ = output.GetAwaiter().GetResult();
        var messages = error.GetAwaiter().GetResult();
        if (process.ExitCode != 0)
        {
            var last = messages.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).TakeLast(3);
            throw CommandFailure.InvalidInput($"the browser '{CliText.Escape(start.FileName)}' failed to print the PDF (exit code {process.ExitCode}): {CliText.Escape(string.Join(" / ", last))}");
        }
    }
}
