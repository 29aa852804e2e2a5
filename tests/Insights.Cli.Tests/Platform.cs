using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Insights.Cli.Tests;

/// <summary>A fact about Unix behaviour (modes, devices, signals); skipped on Windows.</summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "Unix only.";
        }
    }
}

/// <summary>A fact that needs Linux: hard links recognised by inode, /dev/full.</summary>
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "Linux only.";
        }
    }
}

/// <summary>A theory that needs Linux.</summary>
public sealed class LinuxTheoryAttribute : TheoryAttribute
{
    public LinuxTheoryAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "Linux only.";
        }
    }
}

/// <summary>What .NET cannot do itself: hard links, FIFOs and signals to another process.</summary>
internal static class Platform
{
    internal const int SigInt = 2;
    internal const int SigTerm = 15;

    /// <summary>Makes <paramref name="link"/> a hard link of <paramref name="existing"/> (no .NET API does).</summary>
    internal static void HardLink(string existing, string link) => Tool("ln", existing, link);

    /// <summary>Makes a FIFO at <paramref name="path"/>.</summary>
    internal static void MakeFifo(string path) => Tool("mkfifo", path);

    /// <summary>Sends <paramref name="signal"/> to the process, as <c>kill</c> or a terminal would.</summary>
    internal static void Signal(Process process, int signal)
    {
        if (Kill(process.Id, signal) != 0)
        {
            throw new InvalidOperationException($"kill({process.Id}, {signal}) failed with errno {Marshal.GetLastPInvokeError()}.");
        }
    }

    private static void Tool(string name, params string[] args)
    {
        var start = new ProcessStartInfo(name) { UseShellExecute = false, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{name} failed: {error}");
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
