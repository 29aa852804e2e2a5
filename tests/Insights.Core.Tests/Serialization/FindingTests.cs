using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Insights.Core.Model;
using Insights.Core.Serialization;
using Insights.Core.Tests.Generators;
using Xunit;

namespace Insights.Core.Tests.Serialization;

public class FindingTests
{
    public static TheoryData<string> ExampleNames => [.. FindingExamples.All.Select(e => e.Name)];

    private static FindingExample Example(string name) => FindingExamples.All.Single(e => e.Name == name);

    [Theory]
    [MemberData(nameof(ExampleNames))]
    public void Reason_EachExample_HasItsKindsExactWording(string name)
    {
        var example = Example(name);

        foreach (var (way, results) in example.Reads())
        {
            var actual = example.Tables is null ? FindingExamples.Actual(results) : example.Actual();
            Assert.True(actual == example.Expected, $"read as {way}: {actual}");
        }
    }

    [Theory]
    [MemberData(nameof(ExampleNames))]
    public void Severity_EachExample_RejectsOrKeepsTheCase(string name)
    {
        var example = Example(name);

        var results = example.Reads().First().Results;
        var last = example.Tables is null ? results[^1] : results.First(r => r.Rejection?.Kind == example.Expected.Kind || r.Warnings.Any(w => w.Kind == example.Expected.Kind));

        Assert.Equal(example.Expected.IsWarning, last.IsAccepted);
        Assert.Equal(example.Expected.IsWarning ? Severity.Warning : Severity.Rejection, example.Expected.Severity);
    }

    [Fact]
    public void Examples_EveryKindAnInputCanCause_HasOne()
    {
        // InternalError is the guard against bugs: no known input causes it (its wording is checked below).
        var covered = FindingExamples.All.Select(e => e.Expected.Kind).ToHashSet();

        Assert.Equal(Enum.GetValues<FindingKind>().Where(k => k != FindingKind.InternalError), Enum.GetValues<FindingKind>().Where(covered.Contains));
        Assert.Contains(FindingExamples.All, e => e.Expected is { Kind: FindingKind.RuleBroken, Severity: Severity.Rejection });
        Assert.Contains(FindingExamples.All, e => e.Expected is { Kind: FindingKind.RuleBroken, Severity: Severity.Warning });
    }

    [Fact]
    public void InternalError_Wording_SaysTheLineWasNotUsed()
    {
        var finding = Findings.InternalError(4, "C-9");

        Assert.Equal(new Finding(4, "C-9", "$", FindingKind.InternalError, Severity.Rejection, "internal error reading this line; the line was not used"), finding);
    }

    [Fact]
    public void Reason_NumberTooLargeForThirtyTwoBits_SaysSo()
    {
        var line = FindingExamples.Replace(FindingExamples.Valid, "\"profile\":{}", "\"profile\":{\"age\":99999999999}");

        Assert.Equal(
            new Finding(1, "C-17", "intake.profile.age", FindingKind.NotWholeNumber, Severity.Rejection, "intake.profile.age must be a whole number that fits in 32 bits"),
            Assert.Single(CaseReader.Read(new StringReader(line))).Rejection);
    }

    [Fact]
    public void Reason_NumberBelowRange_SaysBelow()
    {
        var c = SampleCases.Minimal("C-17") with { Exit = SampleCases.MinimalExit(new DateOnly(2019, 3, 1)) with { Contacts = 4 } };
        var line = FindingExamples.Replace(CaseJsonLines.Serialize(c), "\"contacts\":4", "\"contacts\":-2");

        Assert.Equal(
            new Finding(1, "C-17", "exit.contacts", FindingKind.OutOfRange, Severity.Rejection, "exit.contacts is below 0"),
            Assert.Single(CaseReader.Read(new StringReader(line))).Rejection);
    }

    [Fact]
    public void Reason_NotJsonWithoutAPosition_HasNoByte()
    {
        Assert.Equal("not valid JSON", Findings.NotJson(1, null, null).Reason);
        Assert.Equal("not valid JSON at byte 1", Findings.NotJson(1, null, 0).Reason);
    }

    [Fact]
    public void ToString_Rejection_IsLineCaseFieldAndReason()
    {
        var finding = new Finding(7, null, "$", FindingKind.NotAnObject, Severity.Rejection, "the line must be a JSON object");

        Assert.Equal("line 7, case unknown, field $: the line must be a JSON object", finding.ToString());
        Assert.False(finding.IsWarning);
    }

    [Fact]
    public void ToString_Warning_MarksTheReason()
    {
        var finding = Example("a service id read before with another name (a warning; the case is kept)").Expected;

        Assert.Equal("line 2, case C-18, field service.name: warning: service.name differs from the one this service id had when first read, on line 1", finding.ToString());
        Assert.True(finding.IsWarning);
    }

    [Fact]
    public void ToString_TextOutsidePrintableAscii_IsEscaped()
    {
        var finding = new Finding(1, "C\u00E9", "a\nb", FindingKind.WrongType, Severity.Rejection, "x\u202Ey\\z\uD83D\uDE00");

        Assert.Equal("line 1, case C\\u00E9, field a\\u000Ab: x\\u202Ey\\u005Cz\\uD83D\\uDE00", finding.ToString());
    }

    [Property(MaxTest = 300)]
    public bool ToString_AnyMembers_IsPrintableAscii(string? id, string? field, string? reason)
    {
        var finding = new Finding(3, id, field ?? "$", FindingKind.RuleBroken, Severity.Warning, reason ?? string.Empty);

        return finding.ToString().All(c => c is >= ' ' and <= '~');
    }

    [Property(MaxTest = 200)]
    public Property ToString_FindingsOnHostileLines_ArePrintableAsciiAndNeverQuoteTheInput()
    {
        // Every edit that injects text injects "Zq9 " (a value) or "zq9 x" (a property name); no id can hold a
        // space, so a finding that holds "zq9 " quotes the input.
        var lines = Gen.ListOf(MutatedLines.LineOrEdit(CaseGenerators.Case.Select(CaseJsonLines.Serialize)));
        return Prop.ForAll(Arb.From(lines), input =>
        {
            var bytes = Support.ReadResults.Join(input);
            foreach (var result in CaseReader.Read(new MemoryStream(bytes)))
            {
                foreach (var finding in result.Warnings.Append(result.Rejection).OfType<Finding>())
                {
                    var text = finding.ToString();
                    Assert.All(text, c => Assert.InRange(c, ' ', '~'));
                    Assert.DoesNotContain("zq9 ", text, StringComparison.OrdinalIgnoreCase);
                    Assert.True(text.Length < 400, text);
                }
            }
        });
    }

    [Fact]
    public void ToString_UnknownNamesAndCodes_AreNeverPrinted()
    {
        string[] lines =
        [
            FindingExamples.Replace(FindingExamples.Valid, "\"perpetrator\":{}", "\"perpetrator\":{\"Zq9\\u000a\\u001b[2J\":1}"),
            FindingExamples.Replace(FindingExamples.Valid, "\"perpetrator\":{}", "\"perpetrator\":{\"sexAtBirth\":\"Zq9\\u202e\"}"),
            FindingExamples.Replace(FindingExamples.Valid, "\"id\":\"C-17\"", "\"id\":\"Zq9 <script>\""),
            FindingExamples.Replace(FindingExamples.Valid, "\"intakeDate\":\"2019-02-01\"", "\"intakeDate\":\"Zq9-01-01\""),
            FindingExamples.Replace(FindingExamples.Valid, "\"intakeDate\":\"2019-02-01\"", "\"intakeDate\":\"2019-02-01\"Zq9"),
            "{\"Zq9\":" + new string('[', 40),
            "Zq9 not json at all",
        ];

        foreach (var line in lines)
        {
            var result = Assert.Single(CaseReader.Read(new StringReader(line)));
            Assert.False(result.IsAccepted);
            Assert.DoesNotContain("Zq9", result.Rejection.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("script", result.Rejection.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Equality_SameMembers_AreEqual()
    {
        var a = new Finding(1, "C-1", "id", FindingKind.DuplicateId, Severity.Rejection, "r");

        Assert.Equal(a, new Finding(1, "C-1", "id", FindingKind.DuplicateId, Severity.Rejection, "r"));
        Assert.NotEqual(a, new Finding(1, "C-1", "id", FindingKind.DuplicateId, Severity.Warning, "r"));
    }

    [Fact]
    public void Encoding_ExampleInputs_AreWhatTheyClaim()
    {
        // The invalid-UTF-8 example must really be invalid, and every other byte input valid UTF-8.
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        Assert.All(FindingExamples.All.Where(e => e.Utf8 is not null), e => Assert.Throws<DecoderFallbackException>(() => strict.GetString(e.Utf8!)));
    }
}
