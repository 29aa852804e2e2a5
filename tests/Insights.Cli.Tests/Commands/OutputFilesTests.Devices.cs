using Insights.Cli.Commands;

namespace Insights.Cli.Tests.Commands;

/// <summary>Devices and FIFOs are written to directly, shared with other writers, and never deleted.</summary>
public sealed partial class OutputFilesTests
{
    [UnixFact]
    public void Write_DevNull_Succeeds()
    {
        OutputFiles.Write("/dev/null", TextWriter.Null, writer => writer.Write(new string('x', 200_000)), []);

        Assert.Equal(FileKind.Other, FileProbe.Stat("/dev/null").Kind);
    }

    [UnixFact]
    public void Write_DevNullFromThreeWritersAtOnce_AllSucceed()
    {
        // The barrier holds all three open together, which an exclusive lock on the device made fail.
        using var barrier = new Barrier(3);
        var writers = Enumerable.Range(0, 3).Select(_ => Task.Run(() => OutputFiles.Write("/dev/null", stream =>
        {
            Assert.True(barrier.SignalAndWait(TimeSpan.FromSeconds(30)), "The three writers were never open at once.");
            stream.Write(new byte[100_000]);
        }, []))).ToArray();

        Task.WaitAll(writers, TimeSpan.FromSeconds(60));

        Assert.All(writers, writer => Assert.Equal(TaskStatus.RanToCompletion, writer.Status));
    }

    [UnixFact]
    public void Write_SymbolicLinkToDevNull_WritesThroughAndKeepsTheLink()
    {
        var link = _directory.File("sink");
        File.CreateSymbolicLink(link, "/dev/null");

        OutputFiles.Write(link, TextWriter.Null, writer => writer.Write("x"), []);

        Assert.Equal("/dev/null", new FileInfo(link).LinkTarget);
        Assert.Equal(["sink"], Entries());
    }

    [LinuxFact]
    public void Write_FailingCharacterDevice_IsNeverDeleted()
    {
        // Every write to /dev/full fails with "no space left"; before, the failure deleted the path it wrote to,
        // which run as root removes the device node itself.
        var failure = Assert.Throws<CommandFailure>(() => OutputFiles.Write("/dev/full", TextWriter.Null, writer => writer.Write(new string('x', 200_000)), []));

        Assert.Equal(1, failure.ExitCode);
        Assert.StartsWith("writing output file '/dev/full' failed: ", failure.Message, StringComparison.Ordinal);
        Assert.Equal(FileKind.Other, FileProbe.Stat("/dev/full").Kind);
    }

    [LinuxFact]
    public void Synth_OutputToAFailingDevice_ExitsOneAndKeepsTheDevice()
    {
        var result = CliRun.InProcess("synth", "--cases", "2000", "--output", "/dev/full");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.StartsWith("error: writing output file '/dev/full' failed: ", result.Error, StringComparison.Ordinal);
        Assert.Equal(FileKind.Other, FileProbe.Stat("/dev/full").Kind);
    }

    [LinuxFact]
    public void Write_Fifo_IsWrittenToAndStaysAFifo()
    {
        var fifo = _directory.File("pipe");
        Platform.MakeFifo(fifo);
        var reader = Task.Run(() => File.ReadAllText(fifo));

        OutputFiles.Write(fifo, TextWriter.Null, writer => writer.Write("through the pipe"), []);

        Assert.True(reader.Wait(TimeSpan.FromSeconds(30)), "The reader never saw the end of the data.");
        Assert.Equal("through the pipe", reader.Result);
        Assert.Equal(FileKind.Other, FileProbe.Stat(fifo).Kind);
        Assert.Equal(["pipe"], Entries());
    }
}
