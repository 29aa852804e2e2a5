using Insights.Core.Serialization;
using Insights.Core.Tests.Generators;
using Insights.Tests;
using Xunit;
using static Insights.Core.Tests.Serialization.ReaderInvariants;

namespace Insights.Core.Tests.Serialization;

/// <summary>
/// Inputs the fuzzer (scripts/fuzz-reader.sh, docs/fuzzing.md) found breaking the reader's contract, kept in
/// tests/Insights.Core.Fuzz/crashes/ as afl-fuzz saved them. Each is read both ways and must keep the whole
/// contract of <see cref="ReaderInvariants"/>: no exception, one result per non-blank line, no message quoting
/// its line, messages printable ASCII.
/// </summary>
public class FuzzFindingsTests
{
    [Theory]
    // TryReadId (the case id shown in a rejection) calls Utf8JsonReader.GetString on "\ud83d"-style escapes,
    // which throws InvalidOperationException out of the enumeration; the rest of the file is never read.
    [InlineData("afl-000009-lone-high-surrogate-escape-in-id.jsonl")]
    [InlineData("afl-000002-lone-low-surrogate-escape-in-a-key-after-a-valid-line.jsonl")]
    [InlineData("afl-000005-lone-low-surrogate-escape-in-a-key-among-garbage.jsonl")]
    public void Read_FuzzFinding_KeepsTheContract(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Repository.Root(), "tests", "Insights.Core.Fuzz", "crashes", file));
        var text = Wtf8.Decode(bytes);
        var lines = LinesOf(text);

        var (fromBytes, bytesError) = ReadAll(CaseReader.Read(new MemoryStream(bytes)));
        var (fromText, textError) = ReadAll(CaseReader.Read(new StringReader(text)));

        List<string> problems =
        [
            .. Check(lines, fromBytes, bytesError, Checks.All).Select(p => "Read(Stream): " + p),
            .. Check(lines, fromText, textError, Checks.All).Select(p => "Read(TextReader): " + p),
        ];
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(6)));
    }
}
