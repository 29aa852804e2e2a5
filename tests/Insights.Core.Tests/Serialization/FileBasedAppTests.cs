using System.Diagnostics;
using Insights.Tests;
using Xunit;

namespace Insights.Core.Tests.Serialization;

/// <summary>
/// The analyst's workflow: a file-based app (<c>dotnet run file.cs</c>, whose defaults include PublishAot, so
/// reflection-based JSON is off) that references the library with <c>#:project</c>, builds cases in code,
/// validates, writes, reads and tabulates them. The app checks itself and prints "ok".
/// </summary>
public class FileBasedAppTests
{
    [Fact]
    public async Task ReadWriteCasesApp_RunWithFileBasedDefaults_PrintsOk()
    {
        var folder = Path.Combine(Repository.Root(), "tests", "FileBasedApps");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("run");
        start.ArgumentList.Add("read-write-cases.cs");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        await process.WaitForExitAsync(timeout.Token);

        Assert.True(process.ExitCode == 0, $"exit code {process.ExitCode}\n{output}\n{await error}");
        Assert.EndsWith("ok", output.TrimEnd(), StringComparison.Ordinal);
    }
}
