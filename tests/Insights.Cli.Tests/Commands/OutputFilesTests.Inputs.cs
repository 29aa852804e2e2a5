using Insights.Cli.Commands;

namespace Insights.Cli.Tests.Commands;

/// <summary>An output that is the input, however it is named, is refused before anything is written.</summary>
public sealed partial class OutputFilesTests
{
    public enum Spelling
    {
        SamePath,
        Relative,
        DotSlash,
        ThroughParent,
        SymbolicLink,
        LinkedFolder,
        HardLink,
    }

    [Theory]
    [InlineData(Spelling.SamePath)]
    [InlineData(Spelling.Relative)]
    [InlineData(Spelling.DotSlash)]
    [InlineData(Spelling.ThroughParent)]
    public void Write_OutputIsTheInput_IsRefusedAndTheInputKept(Spelling spelling)
    {
        AssertRefused(spelling);
    }

    [UnixFact]
    public void Write_OutputIsASymbolicLinkToTheInput_IsRefused() => AssertRefused(Spelling.SymbolicLink);

    [UnixFact]
    public void Write_OutputIsTheInputThroughALinkedFolder_IsRefused() => AssertRefused(Spelling.LinkedFolder);

    [LinuxFact]
    public void Write_OutputIsAHardLinkOfTheInput_IsRefused() => AssertRefused(Spelling.HardLink);

    [Fact]
    public void Write_OutputIsAnotherFileWithTheSameContent_IsWritten()
    {
        var input = Existing("in.jsonl");
        var output = Existing("copy.jsonl");

        OutputFiles.Write(output, TextWriter.Null, writer => writer.Write("new"), [input]);

        Assert.Equal("new", File.ReadAllText(output));
        Assert.Equal(Old, File.ReadAllText(input));
    }

    [Fact]
    public void Write_InputThatDoesNotExist_IsNoReasonToRefuse()
    {
        var output = _directory.File("report.txt");

        OutputFiles.Write(output, TextWriter.Null, writer => writer.Write("new"), [_directory.File("absent.jsonl")]);

        Assert.Equal("new", File.ReadAllText(output));
    }

    [Fact]
    public void Report_OutputIsTheInput_ExitsTwoAndKeepsTheInput()
    {
        var input = _directory.File("cases.jsonl");
        Assert.Equal(0, CliRun.InProcess("synth", "--cases", "30", "--output", input).ExitCode);
        var before = File.ReadAllBytes(input);

        var result = CliRun.InProcess("report", "--input", input, "--skip-invalid", "--output", "./" + Path.GetRelativePath(Environment.CurrentDirectory, input));

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.StartsWith("error: the output './", result.Error, StringComparison.Ordinal);
        Assert.Contains("' is the input file; choose another output path.\nRun 'insights report --help' for usage.\n", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Out);
        Assert.Equal(before, File.ReadAllBytes(input));
        Assert.Equal(["cases.jsonl"], Entries());
    }

    private void AssertRefused(Spelling spelling)
    {
        var input = Existing("in.jsonl");
        var output = spelling switch
        {
            Spelling.SamePath => input,
            Spelling.Relative => Path.GetRelativePath(Environment.CurrentDirectory, input),
            Spelling.DotSlash => "." + Path.DirectorySeparatorChar + Path.GetRelativePath(Environment.CurrentDirectory, input),
            Spelling.ThroughParent => Path.Combine(_directory.Path, "sub", "..", "in.jsonl"),
            Spelling.SymbolicLink => Link(_directory.File("link.jsonl"), "in.jsonl"),
            Spelling.LinkedFolder => Path.Combine(Link(_directory.File("folder"), _directory.Path), "in.jsonl"),
            Spelling.HardLink => HardLink(input, _directory.File("hard.jsonl")),
            _ => throw new ArgumentOutOfRangeException(nameof(spelling)),
        };
        if (spelling == Spelling.ThroughParent)
        {
            Directory.CreateDirectory(_directory.File("sub"));
        }

        var entries = Entries();

        var failure = Assert.Throws<CommandFailure>(() => OutputFiles.Write(output, TextWriter.Null, _ => Assert.Fail("Nothing may be written."), [input]));

        Assert.Equal(2, failure.ExitCode);
        Assert.Equal($"the output '{output}' is the input file; choose another output path.", failure.Message);
        Assert.Equal(Old, File.ReadAllText(input));
        Assert.Equal(entries, Entries());
    }

    private static string Link(string link, string target)
    {
        File.CreateSymbolicLink(link, target);
        return link;
    }

    private static string HardLink(string existing, string link)
    {
        Platform.HardLink(existing, link);
        return link;
    }
}
