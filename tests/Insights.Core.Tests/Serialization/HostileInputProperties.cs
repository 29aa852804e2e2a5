using System.Text;
using FsCheck.Xunit;
using Insights.Core.Serialization;
using Insights.Core.Tests.Generators;
using Xunit;
using static Insights.Core.Tests.Serialization.ReaderInvariants;

namespace Insights.Core.Tests.Serialization;

/// <summary>
/// The reader tested as an attacker would: streams of hostile lines (<see cref="HostileLines"/>) mixed with valid
/// and blank ones, read through both entry points, must keep the contract of <see cref="ReaderInvariants"/>.
/// A counterexample is shown shrunk, every line as an escaped C# string.
/// </summary>
public class HostileInputProperties
{
    private const int StreamTests = 80;
    private const int LineTests = 8;

    [Property(Arbitrary = new[] { typeof(HostileLines.StreamArbitrary) }, MaxTest = StreamTests)]
    public void Read_HostileStream_ThrowsNothing(HostileInput input)
    {
        foreach (var read in ReadBothWays(input))
        {
            if (read.Error is { } error)
            {
                Assert.Fail($"{read.EntryPoint}: {error.GetType().FullName} escaped after {read.Results.Count} result(s): {Show(error.Message)}\n{error.StackTrace}");
            }
        }
    }

    [Property(Arbitrary = new[] { typeof(HostileLines.StreamArbitrary) }, MaxTest = StreamTests)]
    public void Read_HostileStream_GivesOneResultPerNonBlankLineAndAcceptsTheValidOnes(HostileInput input)
    {
        foreach (var read in ReadBothWays(input))
        {
            var problems = CheckRead(read.Lines, read.Results, read.Error);
            for (var i = 0; i < input.Lines.Count; i++)
            {
                if (input.Lines[i].PristineId is { } id && read.Results.FirstOrDefault(r => r.LineNumber == i + 1) is { IsAccepted: false } result)
                {
                    problems.Add($"line {i + 1}: the valid case {id} was rejected: {Show(result.Rejection!.ToString())}");
                }
            }

            Fail(read.EntryPoint, problems);
        }
    }

    [Property(Arbitrary = new[] { typeof(HostileLines.StreamArbitrary) }, MaxTest = StreamTests)]
    public void Read_HostileStream_MessagesNeverQuoteTheLine(HostileInput input)
    {
        foreach (var read in ReadBothWays(input))
        {
            Fail(read.EntryPoint, CheckMessages(read.Lines, read.Results, Checks.NoQuotes, input.Secret));
        }
    }

    [Property(Arbitrary = new[] { typeof(HostileLines.StreamArbitrary) }, MaxTest = StreamTests)]
    public void Read_HostileStream_MessagesArePrintableAscii(HostileInput input)
    {
        foreach (var read in ReadBothWays(input))
        {
            Fail(read.EntryPoint, CheckMessages(read.Lines, read.Results, Checks.PrintableAscii, input.Secret));
        }
    }

    [Property(Arbitrary = new[] { typeof(HostileLines.ShortLineArbitrary) }, MaxTest = LineTests)]
    public void Read_LineCutAtEveryPosition_ThrowsNothingAndGivesOneResultPerPrefix(HostileInput input)
    {
        foreach (var read in ReadEveryPrefix(input))
        {
            Fail(read.EntryPoint, CheckRead(read.Lines, read.Results, read.Error));
        }
    }

    [Property(Arbitrary = new[] { typeof(HostileLines.ShortLineArbitrary) }, MaxTest = LineTests)]
    public void Read_LineCutAtEveryPosition_MessagesNeitherQuoteItNorLeavePrintableAscii(HostileInput input)
    {
        foreach (var read in ReadEveryPrefix(input))
        {
            Fail(read.EntryPoint, CheckMessages(read.Lines, read.Results, Checks.All, input.Secret));
        }
    }

    [Fact]
    public void Generators_ShowInputsAsEscapedStrings()
    {
        var input = new HostileInput("Jane Doe", [new InputLine([(byte)'{', 0xED, 0xA0, 0x80, 0xFF, .. Encoding.UTF8.GetBytes("\"\u202E\U0001F600"), .. Enumerable.Repeat((byte)'a', 20)], "test", null, CrLf: true)], finalNewline: true);

        Assert.Equal(
            "secret \"Jane Doe\", 1 line(s):\n  1 [test, CRLF, 33 bytes] \"{\\uD800\\xFF\\\"\\u202E\\U0001F600{'a' x 20}\"",
            input.ToString());
        Assert.Equal("{\uD800\uFFFD\"\u202E\U0001F600" + new string('a', 20) + "\r\n", input.Text);
    }

    [Fact]
    public void ReaderInvariants_FindARepeatedRunOfTheLineButNotOfTheFieldOrTheVocabulary()
    {
        const string Line = "{\"id\":\"C-1\",\"service\":{\"region\":\"Jane Doe Street\"}}";
        var leaking = new Message("Reason", "unknown code 'Jane Doe Street' for service.region; expected one of NorthEast", "service.region", "C-1");
        var fine = new Message("Reason", "service.region must be a code string such as 'NorthEast'", "service.region", "C-1");

        Assert.Equal("Jane Doe", FindQuote(leaking, Line, new Lazy<string>(Line), null));
        Assert.Null(FindQuote(fine, Line, new Lazy<string>(Line), null));
        Assert.NotNull(FindQuote(fine with { Text = "region is Jane Doe" }, "x", new Lazy<string>("x"), "Jane Doe"));

        // The reader's own words around a field name are not a quote, even when the line happens to hold them;
        // a code with something added is.
        var wrongType = new Message("Reason", "intake.profile has a value of the wrong JSON type", "intake.profile", null);
        Assert.Null(FindQuote(wrongType, "{\"intake\":{\"profile \":1}}", new Lazy<string>(string.Empty), null));
        var almostACode = new Message("Reason", "unknown code 'NorthEastbuse' for service.region", "service.region", null);
        Assert.Equal("rthEastb", FindQuote(almostACode, "{\"region\":\"NorthEastbuse\"}", new Lazy<string>(string.Empty), null));
    }

    /// <summary>Reads the input through <see cref="CaseReader.Read(Stream)"/> and through <see cref="CaseReader.Read(TextReader)"/>.</summary>
    private static IEnumerable<Read> ReadBothWays(HostileInput input)
    {
        var lines = LinesOf(input.Text);
        var (fromBytes, bytesError) = ReadAll(CaseReader.Read(new MemoryStream(input.Bytes)));
        yield return new Read("Read(Stream)", lines, fromBytes, bytesError);
        var (fromText, textError) = ReadAll(CaseReader.Read(new StringReader(input.Text)));
        yield return new Read("Read(TextReader)", lines, fromText, textError);
    }

    /// <summary>Reads every prefix of the input's one line, each on a line of its own: cut at every byte for the stream, at every char for the text.</summary>
    private static IEnumerable<Read> ReadEveryPrefix(HostileInput input)
    {
        var bytes = input.Lines[0].Bytes;
        var byteLines = new List<string>();
        var all = new List<byte>();
        for (var cut = 1; cut <= bytes.Length; cut++)
        {
            byteLines.Add(Wtf8.Decode(bytes.AsSpan(0, cut)));
            all.AddRange(bytes.AsSpan(0, cut));
            all.Add((byte)'\n');
        }

        var (fromBytes, bytesError) = ReadAll(CaseReader.Read(new MemoryStream([.. all])));
        yield return new Read("Read(Stream) of every prefix", byteLines, fromBytes, bytesError);

        var text = input.Lines[0].Text;
        var textLines = Enumerable.Range(1, text.Length).Select(cut => text[..cut]).ToList();
        var (fromText, textError) = ReadAll(CaseReader.Read(new StringReader(string.Join('\n', textLines))));
        yield return new Read("Read(TextReader) of every prefix", textLines, fromText, textError);
    }

    private static void Fail(string entryPoint, List<string> problems)
    {
        if (problems.Count > 0)
        {
            Assert.Fail($"{entryPoint}: {problems.Count} problem(s), the first {Math.Min(5, problems.Count)}:\n" + string.Join("\n", problems.Take(5)));
        }
    }

    private sealed record Read(string EntryPoint, List<string> Lines, List<ReadResult> Results, Exception? Error);
}
