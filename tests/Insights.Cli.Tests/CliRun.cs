using System.Diagnostics;
using System.Globalization;

namespace Insights.Cli.Tests;

/// <summary>What a run of the command printed and returned.</summary>
internal sealed record CliResult(int ExitCode, string Out, string Error)
{
    internal string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    internal string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Truncate(Out)}\n--- stderr ---\n{Truncate(Error)}";

    private static string Truncate(string text) => text.Length <= 4000 ? text : text[..4000] + "…";
}

/// <summary>Runs the <c>insights</c> command in this process (fast) or as a real process (exit codes as a shell sees them).</summary>
internal static class CliRun
{
    internal static CliResult InProcess(params string[] args) => InProcess(errorIsRedirected: true, args);

    internal static CliResult InProcess(bool errorIsRedirected, params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using var error = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var exitCode = InsightsCli.Run(args, new CliConsole(output, error, errorIsRedirected));
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Runs the built <c>insights.dll</c> (copied next to this test assembly) with <c>dotnet</c>.</summary>
    internal static CliResult Process(params string[] args) => ProcessWithInput(null, args);

    /// <summary>
    /// Runs the built <c>insights.dll</c> with <paramref name="standardInput"/> piped to its standard input (closed
    /// at the end), or with no standard input redirected when it is <see langword="null"/>. The command reads standard
    /// input from the process's own file descriptor, so only a real process can be given one.
    /// </summary>
    internal static CliResult ProcessWithInput(byte[]? standardInput, params string[] args)
    {
        using var process = Start(standardInput is not null, args);
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        if (standardInput is not null)
        {
            // Written while the output is read, so neither side can block on a full pipe.
            using var input = process.StandardInput.BaseStream;
            input.Write(standardInput);
        }

        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "insights did not finish within 2 minutes.");
        return new CliResult(process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
    }

    /// <summary>Starts the built <c>insights.dll</c> with its standard output and error redirected, for a test that must act while it runs.</summary>
    internal static Process Start(params string[] args) => Start(redirectInput: false, args);

    private static Process Start(bool redirectInput, string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "insights.dll");
        Assert.True(File.Exists(dll), $"The built command is expected at {dll}.");
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = redirectInput,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return System.Diagnostics.Process.Start(start)!;
    }

    /// <summary>The dotnet host running these tests, so the child process uses the same runtime.</summary>
    private static string DotnetHost()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(host) && File.Exists(host))
        {
            return host;
        }

        var current = Environment.ProcessPath;
        return current is not null && Path.GetFileNameWithoutExtension(current).Equals("dotnet", StringComparison.OrdinalIgnoreCase) ? current : "dotnet";
    }
}

/// <summary>A directory for one test's files, deleted afterwards.</summary>
internal sealed class TempDirectory : IDisposable
{
    internal TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "insights-cli-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    internal string Path { get; }

    internal string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary directory must not fail a test that passed.
        }
    }
}
