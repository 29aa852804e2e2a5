using System.Globalization;
using System.Text;

namespace Insights.Cli.Tests.Commands;

/// <summary>Files no honest tool writes: each bad line must be rejected on its own, and the counts must add up.</summary>
public sealed class HostileInputTests(CaseFiles files) : IClassFixture<CaseFiles>
{
    [Fact]
    public void Validate_HostileFile_RejectsEachBadLineAndAcceptsTheRest()
    {
        var file = HostileFile.Write(files);

        var result = CliRun.InProcess("validate", "--input", file.Path);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Empty(result.Error);
        var lines = result.OutLines;
        Assert.Equal(file.RejectedLines.Count + 1, lines.Length);
        Assert.Equal(file.RejectedLines, lines[..^1].Select(LineNumber));
        Assert.All(lines[..^1], line => Assert.Matches(@"^line \d+, case [^,]+, field [^:]+: ", line));
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"read {file.Read}, accepted {file.Accepted}, rejected {file.RejectedLines.Count}"), lines[^1]);
        Assert.All(lines, line => Assert.True(line.Length < 1000, $"A rejection line of {line.Length} characters."));
        Assert.DoesNotContain(lines, line => line.Any(char.IsControl));
    }

    [Fact]
    public void Validate_DuplicateCaseId_NamesTheCase()
    {
        var file = HostileFile.Write(files);

        var lines = CliRun.InProcess("validate", "--input", file.Path).OutLines;

        var duplicate = Assert.Single(lines, line => LineNumber(line) == file.DuplicateLine);
        Assert.Contains($", case {file.DuplicateId}, ", duplicate, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_HostileFile_ExitsOneWithoutAReport()
    {
        var file = HostileFile.Write(files);

        var result = CliRun.InProcess("report", "--input", file.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Equal(file.RejectedLines, result.ErrorLines.Where(l => l.StartsWith("line ", StringComparison.Ordinal)).Select(LineNumber));
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_HostileFileSkipInvalid_TabulatesTheAcceptedRecords()
    {
        var file = HostileFile.Write(files);

        var result = CliRun.InProcess("report", "--input", file.Path, "--skip-invalid", "--section", "Service inputs");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(
            string.Create(CultureInfo.InvariantCulture, $"Rejected records: {file.RejectedLines.Count} of {file.Read} read; they are not counted in this report."),
            result.OutLines[2]);
        Assert.Contains(result.OutLines, line => ReportCommandTests.Cells(line) is ["Referral status", var n] && n == "n=" + file.Accepted.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(file.RejectedLines.Count, result.ErrorLines.Count(l => l.StartsWith("line ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Validate_HostileFileAsProcess_ExitsOneWithoutCrashing()
    {
        var file = HostileFile.Write(files);

        var result = CliRun.Process("validate", "--input", file.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Error);
        Assert.EndsWith(string.Create(CultureInfo.InvariantCulture, $"read {file.Read}, accepted {file.Accepted}, rejected {file.RejectedLines.Count}\n"), result.Out, StringComparison.Ordinal);
    }

    private static long LineNumber(string line) => ValidateCommandTests.LineNumber(line);

    /// <summary>A JSON Lines file mixing valid cases with hostile lines, and what a reader must make of it.</summary>
    private sealed record HostileFile(string Path, long Read, long Accepted, IReadOnlyList<long> RejectedLines, long DuplicateLine, string DuplicateId)
    {
        internal static HostileFile Write(CaseFiles files)
        {
            var valid = files.ValidSampledLines;
            var duplicateId = System.Text.Json.JsonDocument.Parse(valid[0]).RootElement.GetProperty("id").GetString()!;
            byte[] Text(string text) => Encoding.UTF8.GetBytes(text);

            // Every byte value except the line breaks, with invalid UTF-8 sequences among them.
            var binary = Enumerable.Range(0, 256).Where(b => b is not ('\n' or '\r')).Select(b => (byte)b).Concat(new byte[] { 0xC3, 0x28, 0xFF, 0xFE, 0x00 }).ToArray();

            var lines = new List<(byte[] Bytes, bool Accepted)>
            {
                (Text(valid[0]), true),
                (Text(valid[1][..(valid[1].Length / 2)]), false),            // truncated JSON
                (Text("this is not JSON at all"), false),
                (Text(new string('[', 10_000) + new string(']', 10_000)), false), // deeply nested
                (Text(valid[2]), true),
                (Text("{\"id\":\"" + new string('a', 5 * 1024 * 1024) + "\"}"), false), // 5 MB line
                (binary, false),
                (Text(valid[0]), false),                                     // duplicate case id
                ([], true),                                                  // blank line: skipped, not counted
                (Text(valid[3]), true),
                (Text("{}"), false),
                (Text("[1,2,3]"), false),
                (Text("null"), false),
                (Text(new string('{', 10_000)), false),                     // unterminated deep nesting
                (Text(valid[4]), true),
            };

            var path = files.NewPath("hostile.jsonl");
            using (var stream = File.Create(path))
            {
                foreach (var (bytes, _) in lines)
                {
                    stream.Write(bytes);
                    stream.WriteByte((byte)'\n');
                }
            }

            var rejected = lines.Select((line, index) => (line, Number: index + 1L)).Where(x => !x.line.Accepted).Select(x => x.Number).ToArray();
            var accepted = lines.Count(line => line.Accepted && line.Bytes.Length > 0);
            return new HostileFile(path, accepted + rejected.Length, accepted, rejected, DuplicateLine: 8, duplicateId);
        }
    }
}
