using System.Diagnostics;

namespace Insights.Cli.Tests.Commands;

/// <summary>Outputs of the real process: concurrent runs on one device, and runs stopped by a signal.</summary>
public sealed class OutputFilesProcessTests
{
    [UnixFact]
    public void Synth_ThreeConcurrentRunsToDevNull_AllExitZero()
    {
        var runs = Enumerable.Range(0, 3).Select(_ => CliRun.Start("synth", "--cases", "50000", "--output", "/dev/null")).ToArray();
        try
        {
            var errors = runs.Select(run => run.StandardError.ReadToEndAsync()).ToArray();
            foreach (var run in runs)
            {
                Assert.True(run.WaitForExit(TimeSpan.FromMinutes(2)), "synth did not finish within 2 minutes.");
            }

            Assert.All(runs.Zip(errors), pair => Assert.True(pair.First.ExitCode == 0, pair.Second.GetAwaiter().GetResult()));
        }
        finally
        {
            foreach (var run in runs)
            {
                Stop(run);
            }
        }
    }

    [LinuxTheory]
    [InlineData(Platform.SigTerm, false)]
    [InlineData(Platform.SigTerm, true)]
    [InlineData(Platform.SigInt, false)]
    public void Synth_StoppedBySignal_LeavesTheTargetAsItWasAndNoTemporaryFile(int signal, bool targetExists)
    {
        using var directory = new TempDirectory();
        var target = directory.File("cases.jsonl");
        if (targetExists)
        {
            File.WriteAllText(target, "earlier cases\n");
        }

        // Far more cases than are written before the signal: the run is stopped long before its end.
        using var run = CliRun.Start("synth", "--cases", "100000000", "--output", target);
        try
        {
            var error = run.StandardError.ReadToEndAsync();
            var temporary = WaitForTemporaryFile(directory.Path, run);

            Platform.Signal(run, signal);

            if (!run.WaitForExit(TimeSpan.FromSeconds(30)))
            {
                // A shell makes its background jobs ignore SIGINT, and the child inherits that: then the run must
                // simply go on, its temporary file intact.
                Assert.Equal(Platform.SigInt, signal);
                Assert.True(File.Exists(temporary), "An ignored signal deleted the temporary file.");
                return;
            }

            Assert.True(run.ExitCode == 128 + signal, $"exit {run.ExitCode}: {error.GetAwaiter().GetResult()}");
            Assert.Equal(targetExists ? ["cases.jsonl"] : [], Directory.EnumerateFileSystemEntries(directory.Path).Select(Path.GetFileName));
            if (targetExists)
            {
                Assert.Equal("earlier cases\n", File.ReadAllText(target));
            }
        }
        finally
        {
            Stop(run);
        }
    }

    /// <summary>Waits until the run has written its first mebibyte to its temporary file, and returns that file.</summary>
    private static string WaitForTemporaryFile(string folder, Process run)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(1))
        {
            Assert.False(run.HasExited, "synth ended before it could be stopped.");
            var temporary = Directory.GetFiles(folder, ".cases.jsonl.*.tmp").SingleOrDefault();
            if (temporary is not null && new FileInfo(temporary).Length > 1 << 20)
            {
                return temporary;
            }

            Thread.Sleep(20);
        }

        throw new TimeoutException("synth wrote no temporary file within a minute.");
    }

    private static void Stop(Process run)
    {
        if (!run.HasExited)
        {
            run.Kill();
            run.WaitForExit();
        }
    }
}
