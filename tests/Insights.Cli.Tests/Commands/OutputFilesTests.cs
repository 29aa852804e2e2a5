using System.Runtime.Versioning;
using Insights.Cli.Commands;

namespace Insights.Cli.Tests.Commands;

/// <summary>OutputFiles called directly: what happens to the target, the temporary file and the inputs.</summary>
public sealed partial class OutputFilesTests : IDisposable
{
    private const string Old = "the file as it was before the run\n";

    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Write_NewFile_WritesItAndLeavesNoTemporaryFile()
    {
        var target = _directory.File("new.txt");

        OutputFiles.Write(target, TextWriter.Null, writer => writer.Write("report\n"), []);

        Assert.Equal("report\n", File.ReadAllText(target));
        Assert.Equal(["new.txt"], Entries());
    }

    [Fact]
    public void Write_ExistingFile_IsReplaced()
    {
        var target = Existing("old.txt");

        OutputFiles.Write(target, TextWriter.Null, writer => writer.Write("new\n"), []);

        Assert.Equal("new\n", File.ReadAllText(target));
        Assert.Equal(["old.txt"], Entries());
    }

    [Fact]
    public void Write_WhileWriting_TargetIsUntouchedAndTheTemporaryFileIsHiddenBesideIt()
    {
        var target = Existing("cases.jsonl");
        string[]? during = null;
        string? targetDuring = null;

        OutputFiles.Write(target, stream =>
        {
            stream.Write("x"u8);
            stream.Flush();
            during = Entries();
            targetDuring = File.ReadAllText(target);
        }, []);

        Assert.Equal(Old, targetDuring);
        Assert.NotNull(during);
        Assert.Equal(2, during.Length);
        Assert.Matches(@"^\.cases\.jsonl\.[0-9a-f]{12}\.tmp$", Assert.Single(during, name => name != "cases.jsonl"));
        Assert.Equal(["cases.jsonl"], Entries());
    }

    [Fact]
    public void Write_FailingWriter_LeavesTheExistingFileAndNoTemporaryFile()
    {
        var target = Existing("report.txt");

        var failure = Assert.Throws<CommandFailure>(() => OutputFiles.Write(target, TextWriter.Null, writer =>
        {
            writer.Write(new string('y', 200_000));
            throw new IOException("No space left on device");
        }, []));

        Assert.Equal(1, failure.ExitCode);
        Assert.Equal($"writing output file '{target}' failed: No space left on device.", failure.Message);
        Assert.Equal(Old, File.ReadAllText(target));
        Assert.Equal(["report.txt"], Entries());
    }

    [Fact]
    public void Write_WriterThrowsUnexpectedly_PropagatesLeavingTheExistingFileAndNoTemporaryFile()
    {
        var target = Existing("report.txt");

        Assert.Throws<InvalidOperationException>(() => OutputFiles.Write(target, stream =>
        {
            stream.Write(new byte[100_000]);
            throw new InvalidOperationException("a bug");
        }, []));

        Assert.Equal(Old, File.ReadAllText(target));
        Assert.Equal(["report.txt"], Entries());
    }

    [Fact]
    public void Write_InterruptedWrite_LeavesNoFileAtTheTarget()
    {
        // What Ctrl+C does to a run that stops on cancellation; the signal itself is tested on the real process.
        var target = _directory.File("cases.jsonl");

        Assert.Throws<OperationCanceledException>(() => OutputFiles.Write(target, stream =>
        {
            stream.Write(new byte[100_000]);
            throw new OperationCanceledException();
        }, []));

        Assert.Empty(Entries());
    }

    [Fact]
    public void Write_LoneSurrogateInAFile_FailsWithoutTouchingTheTarget()
    {
        // Files are strict UTF-8: half a character is a bug to report, not a U+FFFD to hide in a report.
        var target = Existing("report.txt");

        Assert.ThrowsAny<ArgumentException>(() => OutputFiles.Write(target, TextWriter.Null, writer => writer.Write("half \uD83D"), []));

        Assert.Equal(Old, File.ReadAllText(target));
        Assert.Equal(["report.txt"], Entries());
    }

    [Fact]
    public void Write_MissingFolder_ExitsOneAndCreatesNothing()
    {
        var target = Path.Combine(_directory.File("absent"), "report.txt");

        var failure = Assert.Throws<CommandFailure>(() => OutputFiles.Write(target, TextWriter.Null, _ => Assert.Fail("Nothing may be written."), []));

        Assert.Equal(1, failure.ExitCode);
        Assert.Equal($"cannot create output file '{target}': a folder on its path does not exist.", failure.Message);
        Assert.Empty(Entries());
    }

    [Fact]
    public void Write_Directory_ExitsOneAndLeavesIt()
    {
        var target = _directory.File("folder");
        Directory.CreateDirectory(target);

        var failure = Assert.Throws<CommandFailure>(() => OutputFiles.Write(target, TextWriter.Null, _ => Assert.Fail("Nothing may be written."), []));

        Assert.Equal(1, failure.ExitCode);
        Assert.Equal($"cannot create output file '{target}': it is a directory.", failure.Message);
        Assert.True(Directory.Exists(target));
    }

    [Fact]
    public void Write_NameNeedingEscapes_IsEscapedInTheMessage()
    {
        var target = Path.Combine(_directory.File("absent"), "a\nb\u202Ec\U0001F600.txt");

        var failure = Assert.Throws<CommandFailure>(() => OutputFiles.Write(target, TextWriter.Null, _ => { }, []));

        Assert.Contains(@"a\u000Ab\u202Ec\uD83D\uDE00.txt", failure.Message, StringComparison.Ordinal);
        Assert.All(failure.Message, c => Assert.InRange(c, ' ', '~'));
    }

    [Fact]
    public void Write_LongName_KeepsTheTemporaryNameWithinTheFileSystemsLimit()
    {
        // 250 bytes of UTF-8 (two bytes a character): the temporary name would be 268 without shortening.
        var target = _directory.File(new string('é', 125));

        OutputFiles.Write(target, TextWriter.Null, writer => writer.Write("ok"), []);

        Assert.Equal("ok", File.ReadAllText(target));
        Assert.Single(Entries());
    }

    [Fact]
    public void Write_NullPath_WritesToStandardOutput()
    {
        using var standardOutput = new StringWriter();

        OutputFiles.Write(null, standardOutput, writer => writer.Write("report"), [_directory.File("in.jsonl")]);

        Assert.Equal("report", standardOutput.ToString());
    }

    [UnixFact]
    [UnsupportedOSPlatform("windows")]
    public void Write_NewFile_IsReadableByItsOwnerOnly()
    {
        var target = _directory.File("new.txt");

        OutputFiles.Write(target, TextWriter.Null, writer => writer.Write("x"), []);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(target));
    }

    [UnixFact]
    [UnsupportedOSPlatform("windows")]
    public void Write_ExistingFile_KeepsItsPermissions()
    {
        var target = Existing("shared.txt");
        var mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
        File.SetUnixFileMode(target, mode);

        OutputFiles.Write(target, TextWriter.Null, writer => writer.Write("x"), []);

        Assert.Equal(mode, File.GetUnixFileMode(target));
    }

    [UnixFact]
    public void Write_SymbolicLink_ReplacesItsTargetAndKeepsTheLink()
    {
        var real = Existing("real.txt");
        var link = _directory.File("link.txt");
        File.CreateSymbolicLink(link, "real.txt");

        OutputFiles.Write(link, TextWriter.Null, writer => writer.Write("new"), []);

        Assert.Equal("real.txt", new FileInfo(link).LinkTarget);
        Assert.Equal("new", File.ReadAllText(real));
        Assert.Equal(["link.txt", "real.txt"], Entries());
    }

    [UnixFact]
    public void Write_DanglingSymbolicLink_CreatesItsTarget()
    {
        var link = _directory.File("link.txt");
        File.CreateSymbolicLink(link, "real.txt");

        OutputFiles.Write(link, TextWriter.Null, writer => writer.Write("new"), []);

        Assert.Equal("real.txt", new FileInfo(link).LinkTarget);
        Assert.Equal("new", File.ReadAllText(_directory.File("real.txt")));
    }

    private string Existing(string name)
    {
        var path = _directory.File(name);
        File.WriteAllText(path, Old);
        return path;
    }

    /// <summary>The names in the test's folder, in order.</summary>
    private string[] Entries() => [.. Directory.EnumerateFileSystemEntries(_directory.Path).Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal)];
}
