using System.Text;
using Insights.Core.Model;
using Insights.Core.Serialization;
using Insights.Core.Tests.Generators;
using Xunit;

namespace Insights.Core.Tests.Serialization;

public class CaseReaderTests
{
    private static readonly string Valid = CaseJsonLines.Serialize(SampleCases.Minimal("C-17", "P-1", new DateOnly(2019, 2, 1)));

    private static List<ReadResult> ReadText(string text) => CaseReader.Read(new StringReader(text)).ToList();

    private static List<ReadResult> ReadBytes(byte[] bytes) => CaseReader.Read(new MemoryStream(bytes)).ToList();

    private static Rejection SingleRejection(string line)
    {
        var result = Assert.Single(ReadText(line));
        Assert.False(result.IsAccepted);
        return result.Rejection;
    }

    private static string Replace(string json, string oldValue, string newValue)
    {
        Assert.Contains(oldValue, json, StringComparison.Ordinal);
        return json.Replace(oldValue, newValue, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ValidLine_IsAccepted()
    {
        var result = Assert.Single(ReadText(Valid));

        Assert.True(result.IsAccepted);
        Assert.Equal(1, result.LineNumber);
        Assert.Equal(SampleCases.Minimal("C-17", "P-1", new DateOnly(2019, 2, 1)), result.Case);
    }

    [Fact]
    public void Read_UnknownCode_NamesFieldAndExpectedCodes()
    {
        var line = Replace(
            CaseJsonLines.Serialize(SampleCases.Minimal("C-17") with { Exit = SampleCases.MinimalExit(new DateOnly(2019, 3, 1)) with { ClientOutcomes = new ClientOutcomes { FeelSafer = Agreement.Agree } } }),
            "\"feelSafer\":\"Agree\"",
            "\"feelSafer\":\"Sometimes\"");

        Assert.Equal(
            new Rejection(1, "C-17", "exit.clientOutcomes.feelSafer", "unknown code 'Sometimes' for exit.clientOutcomes.feelSafer; expected one of StronglyAgree, Agree, NotCertain, Disagree, DisagreeStrongly"),
            SingleRejection(line));
    }

    [Fact]
    public void Read_LabelInsteadOfCode_IsRejected()
    {
        var line = Replace(Valid, "\"region\":\"NorthEast\"", "\"region\":\"North East\"");

        Assert.Equal("service.region", SingleRejection(line).Field);
    }

    [Fact]
    public void Read_IntegerForEnum_IsRejected()
    {
        var line = Replace(Valid, "\"region\":\"NorthEast\"", "\"region\":0");

        Assert.Equal(
            new Rejection(1, "C-17", "service.region", "service.region must be a code string such as 'NorthEast', not a number"),
            SingleRejection(line));
    }

    [Fact]
    public void Read_SetWithUnknownOrRepeatedCode_IsRejected()
    {
        var unknown = Replace(Valid, "\"profile\":{}", "\"profile\":{\"employment\":[\"Retired\",\"Astronaut\"]}");
        var repeated = Replace(Valid, "\"profile\":{}", "\"profile\":{\"employment\":[\"Retired\",\"Retired\"]}");

        Assert.StartsWith("unknown code 'Astronaut' for intake.profile.employment; expected one of Unemployed, ", SingleRejection(unknown).Reason, StringComparison.Ordinal);
        Assert.Equal(
            new Rejection(1, "C-17", "intake.profile.employment", "code 'Retired' appears more than once in intake.profile.employment"),
            SingleRejection(repeated));
    }

    [Fact]
    public void Read_RangeViolation_NamesTheField()
    {
        var line = Replace(Valid, "\"abuse\":{\"levels\":{}}", "\"abuse\":{\"dashTicks\":31,\"levels\":{}}");

        Assert.Equal(new Rejection(1, "C-17", "intake.abuse.dashTicks", "dashTicks 31 is above 24"), SingleRejection(line));
    }

    [Fact]
    public void Read_RangeViolationInsideList_NamesTheItem()
    {
        var c = SampleCases.Minimal("C-17") with
        {
            Exit = SampleCases.MinimalExit(new DateOnly(2019, 3, 1)) with { Contacts = 4 },
        };
        var line = Replace(CaseJsonLines.Serialize(c), "\"contacts\":4", "\"contacts\":-2");

        Assert.Equal(new Rejection(1, "C-17", "exit.contacts", "contacts -2 is below 0"), SingleRejection(line));
    }

    [Fact]
    public void Read_BadValueDeepInLists_ReportsTheFullPath()
    {
        var c = SampleCases.Minimal("C-17") with
        {
            Exit = SampleCases.MinimalExit(new DateOnly(2019, 3, 1)) with
            {
                CriminalJustice = new CriminalJusticeForm
                {
                    PoliceReports = [new PoliceReport(), new PoliceReport { Incidents = [new Incident { Offence = Offence.Arson }, new Incident { Offence = Offence.Fraud }] }],
                },
            },
        };
        var line = Replace(CaseJsonLines.Serialize(c), "\"offence\":\"Fraud\"", "\"offence\":\"Fraudd\"");

        var rejection = SingleRejection(line);

        Assert.Equal("exit.criminalJustice.policeReports[1].incidents[1].offence", rejection.Field);
        Assert.StartsWith("unknown code 'Fraudd' for exit.criminalJustice.policeReports[1].incidents[1].offence;", rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CaseRuleViolation_IsRejectedWithTheRuleMessage()
    {
        var c = SampleCases.Minimal("C-17", "P-1", new DateOnly(2019, 2, 1)) with { Exit = SampleCases.MinimalExit(new DateOnly(2019, 1, 3)) };

        Assert.Equal(
            new Rejection(1, "C-17", "exit.closureDate", "closure date 2019-01-03 is before intake date 2019-02-01"),
            SingleRejection(CaseJsonLines.Serialize(c)));
    }

    [Fact]
    public void Read_SeveralRuleViolations_ReportsTheFirstAndCountsTheRest()
    {
        var c = SampleCases.Minimal("C-17", "P-1", new DateOnly(2019, 2, 1))
            .WithAbuse(a => a with { HighRiskBasis = HighRiskBasis.Actuarial, AttemptsToEndRelationship = 2 })
            with { Exit = SampleCases.MinimalExit(new DateOnly(2019, 1, 3)) };

        var rejection = SingleRejection(CaseJsonLines.Serialize(c));

        Assert.Equal("exit.closureDate", rejection.Field);
        Assert.EndsWith("; 2 more rules are broken", rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DuplicateCaseId_RejectsTheSecond()
    {
        var results = ReadText(Valid + "\n" + CaseJsonLines.Serialize(SampleCases.Minimal("C-18")) + "\n" + Valid + "\n");

        Assert.True(results[0].IsAccepted);
        Assert.True(results[1].IsAccepted);
        Assert.Equal(new Rejection(3, "C-17", "id", "case id C-17 was already read on line 1"), results[2].Rejection);
    }

    [Fact]
    public void Read_RejectedFirstOccurrence_DoesNotBlockALaterValidOne()
    {
        var broken = Replace(Valid, "\"region\":\"NorthEast\"", "\"region\":\"Nowhere\"");

        var results = ReadText(broken + "\n" + Valid);

        Assert.False(results[0].IsAccepted);
        Assert.True(results[1].IsAccepted);
    }

    [Fact]
    public void Read_MissingRequiredProperty_NamesIt()
    {
        var line = Replace(Valid, "\"intakeDate\":\"2019-02-01\",", string.Empty);

        Assert.Equal(new Rejection(1, "C-17", "intakeDate", "required property 'intakeDate' is missing"), SingleRejection(line));
    }

    [Fact]
    public void Read_MissingRequiredPropertyInListItem_NamesTheItem()
    {
        var c = SampleCases.Minimal("C-17") with { Reviews = [new ReviewForm { Date = new DateOnly(2018, 6, 1), Levels = new AbuseProfile() }] };
        var line = Replace(CaseJsonLines.Serialize(c), "\"date\":\"2018-06-01\",", string.Empty);

        Assert.Equal(new Rejection(1, "C-17", "reviews[0].date", "required property 'date' is missing"), SingleRejection(line));
    }

    [Fact]
    public void Read_UnknownProperty_NamesIt()
    {
        var line = Replace(Valid, "\"perpetrator\":{}", "\"perpetrator\":{\"shoeSize\":9}");

        Assert.Equal(new Rejection(1, "C-17", "intake.perpetrator.shoeSize", "unknown property 'shoeSize'"), SingleRejection(line));
    }

    [Fact]
    public void Read_ComputedPropertyInInput_IsAnUnknownProperty()
    {
        var line = Replace(Valid, "\"id\":\"C-17\",", "\"id\":\"C-17\",\"isClosed\":false,");

        Assert.Equal(new Rejection(1, "C-17", "isClosed", "unknown property 'isClosed'"), SingleRejection(line));
    }

    [Fact]
    public void Read_DuplicateProperty_IsRejected()
    {
        var line = Replace(Valid, "\"client\":\"P-1\",", "\"client\":\"P-1\",\"client\":\"P-2\",");

        Assert.Equal(new Rejection(1, "C-17", "client", "property 'client' appears more than once"), SingleRejection(line));
    }

    [Fact]
    public void Read_NullForRequiredObject_IsRejected()
    {
        var line = Replace(Valid, "\"perpetrator\":{}", "\"perpetrator\":null");

        Assert.Equal(new Rejection(1, "C-17", "intake.perpetrator", "intake.perpetrator must not be null"), SingleRejection(line));
    }

    [Fact]
    public void Read_ExplicitNullAnswer_MeansMissing()
    {
        var line = Replace(Valid, "\"profile\":{}", "\"profile\":{\"pregnant\":null}");

        Assert.True(Assert.Single(ReadText(line)).IsAccepted);
    }

    [Theory]
    [InlineData("\"2019-2-1\"", "'2019-2-1'")]
    [InlineData("\"2019-02-30\"", "'2019-02-30'")]
    [InlineData("\"2019-02-01T00:00:00\"", "'2019-02-01T00:00:00'")]
    [InlineData("20190201", "a number")]
    public void Read_BadDate_IsRejected(string json, string shown)
    {
        var line = Replace(Valid, "\"intakeDate\":\"2019-02-01\"", "\"intakeDate\":" + json);

        Assert.Equal(new Rejection(1, "C-17", "intakeDate", $"intakeDate must be a date written yyyy-MM-dd, not {shown}"), SingleRejection(line));
    }

    [Fact]
    public void Read_InvalidIdentifier_IsRejectedWithoutACaseId()
    {
        var line = Replace(Valid, "\"id\":\"C-17\"", "\"id\":\"C 17\"");

        var rejection = SingleRejection(line);

        Assert.Null(rejection.CaseId);
        Assert.Equal("id", rejection.Field);
        Assert.StartsWith("id is not a valid case id:", rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WholeNumberExpected_RejectsFractionsAndStrings()
    {
        Assert.Equal(
            "intake.profile.age must be a whole number from -2147483648 to 2147483647",
            SingleRejection(Replace(Valid, "\"profile\":{}", "\"profile\":{\"age\":30.5}")).Reason);
        Assert.Equal(
            "intake.profile.age must be a whole number, not a string",
            SingleRejection(Replace(Valid, "\"profile\":{}", "\"profile\":{\"age\":\"30\"}")).Reason);
    }

    [Theory]
    [InlineData("{\"id\":\"C-17\",\"client\":", "C-17", "not valid JSON: the line ends before the JSON is complete")]
    [InlineData("not json", null, "not valid JSON: 'not json' is an invalid JSON literal. Expected the literal 'null'.")]
    [InlineData("null", null, "the line must be a JSON object, not null")]
    [InlineData("[1,2]", null, "the line must be a JSON object")]
    [InlineData("\"C-17\"", null, "the line must be a JSON object")]
    public void Read_LineThatIsNotACaseObject_IsRejectedAsAWhole(string line, string? caseId, string reason)
    {
        Assert.Equal(new Rejection(1, caseId, "$", reason), SingleRejection(line));
    }

    [Fact]
    public void Read_DeepNesting_IsRejected()
    {
        // A list item is measured as a whole before it is read, so the depth limit is what stops it.
        var line = Replace(Valid, "\"intakeDate\"", "\"reviews\":[" + new string('[', 100) + new string(']', 100) + "],\"intakeDate\"");

        Assert.Equal(new Rejection(1, "C-17", "$", "the JSON is nested deeper than 32 levels"), SingleRejection(line));
    }

    [Fact]
    public void Read_DeepNestingWhereACodeIsExpected_IsRejectedAtTheField()
    {
        var line = Replace(Valid, "\"levels\":{}", "\"levels\":{\"physical\":" + new string('[', 100) + new string(']', 100) + "}");

        Assert.Equal(
            new Rejection(1, "C-17", "intake.abuse.levels.physical", "intake.abuse.levels.physical must be a code string such as 'High', not an array"),
            SingleRejection(line));
    }

    [Fact]
    public void Read_DeeplyNestedLine_IsRejectedAsAWhole()
    {
        Assert.Equal("$", SingleRejection(new string('[', 5000) + new string(']', 5000)).Field);
        Assert.Equal(
            new Rejection(1, null, "a", "unknown property 'a'"),
            SingleRejection(string.Concat(Enumerable.Repeat("{\"a\":", 5000)) + "1" + new string('}', 5000)));
    }

    [Fact]
    public void Read_InvalidUtf8_IsRejectedAndReadingGoesOn()
    {
        var bytes = Encoding.UTF8.GetBytes(Valid.Replace("Outreach North", "Outreach \u00FF", StringComparison.Ordinal)).ToList();
        var index = bytes.IndexOf(0xC3);
        bytes[index + 1] = 0x28; // a lead byte followed by a non-continuation byte
        bytes.Add((byte)'\n');
        bytes.AddRange(Encoding.UTF8.GetBytes(CaseJsonLines.Serialize(SampleCases.Minimal("C-18"))));

        var results = ReadBytes([.. bytes]);

        Assert.Equal(new Rejection(1, null, "$", "the line is not valid UTF-8 text"), results[0].Rejection);
        Assert.True(results[1].IsAccepted);
    }

    [Fact]
    public void Read_BinaryGarbage_IsRejectedLineByLine()
    {
        byte[] garbage = [0x00, 0xFF, 0xFE, 0x7B, 0x01, (byte)'\n', 0x1F, 0x8B, 0x08, (byte)'\n'];

        var results = ReadBytes(garbage);

        Assert.Equal(2, results.Count);
        Assert.All(results, r => Assert.Equal("$", r.Rejection!.Field));
    }

    [Fact]
    public void Read_LineOverOneMebibyte_IsRejectedAndTheNextLineKeepsItsNumber()
    {
        var huge = Valid[..^1] + ",\"x\":\"" + new string('a', (1 << 20) + 10) + "\"}";
        var text = huge + "\n" + CaseJsonLines.Serialize(SampleCases.Minimal("C-18"));

        foreach (var results in new[] { ReadText(text), ReadBytes(Encoding.UTF8.GetBytes(text)) })
        {
            var rejection = results[0].Rejection!;
            Assert.Equal(1, rejection.LineNumber);
            Assert.Equal("C-17", rejection.CaseId);
            Assert.Equal("$", rejection.Field);
            Assert.Matches(@"^the line is [\d,]+ bytes long, over the limit of 1,048,576 bytes; the rest of it was skipped$", rejection.Reason);
            Assert.True(results[1].IsAccepted);
            Assert.Equal(2, results[1].LineNumber);
        }
    }

    [Fact]
    public void Read_BlankLines_AreSkippedButCountInLineNumbers()
    {
        var results = ReadText("\n   \n" + Valid + "\n\t\n\n");

        var result = Assert.Single(results);
        Assert.Equal(3, result.LineNumber);
    }

    [Fact]
    public void Read_CrLfAndByteOrderMark_AreAccepted()
    {
        var text = "\uFEFF" + Valid + "\r\n" + CaseJsonLines.Serialize(SampleCases.Minimal("C-18")) + "\r\n";

        Assert.All(ReadText(text), r => Assert.True(r.IsAccepted));
        Assert.All(ReadBytes(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text[1..])).ToArray()), r => Assert.True(r.IsAccepted));
        Assert.Equal(2, ReadText(text).Count);
    }

    [Fact]
    public void Read_LoneSurrogateInText_IsRejected()
    {
        var line = Replace(Valid, "Outreach North", "Outreach \uD800");

        Assert.Equal(new Rejection(1, null, "$", "the line is not valid text (it has an unpaired UTF-16 surrogate)"), SingleRejection(line));
    }

    [Fact]
    public void Read_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => CaseReader.Read((Stream)null!));
        Assert.Throws<ArgumentNullException>(() => CaseReader.Read((TextReader)null!));
    }

    [Fact]
    public void ReadSummary_CountsEveryResult()
    {
        var results = ReadText(Valid + "\nnot json\n" + Valid);

        var summary = ReadSummary.Of(results);

        Assert.Equal(new ReadSummary(Accepted: 1, Rejected: 2), summary);
        Assert.Equal(3, summary.Read);
        Assert.Equal("read 3, accepted 1, rejected 2", summary.ToString());
        Assert.Equal(new ReadSummary(2, 3), summary + new ReadSummary(1, 1));
    }

    [Fact]
    public void RejectionToString_IsOneLine()
    {
        Assert.Equal("line 7, case ?, $: the line must be a JSON object", new Rejection(7, null, "$", "the line must be a JSON object").ToString());
    }
}
