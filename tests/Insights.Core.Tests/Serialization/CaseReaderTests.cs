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

    private static Finding Reject(long line, string? caseId, string field, FindingKind kind, string reason)
        => new(line, caseId, field, kind, Severity.Rejection, reason);

    private static Finding Warn(long line, string caseId, string field, FindingKind kind, string reason)
        => new(line, caseId, field, kind, Severity.Warning, reason);

    private static Finding SingleRejection(string line)
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
    public void Read_UnknownCode_NamesTheFieldAndPointsToTheCodes()
    {
        var line = Replace(
            CaseJsonLines.Serialize(SampleCases.Minimal("C-17") with { Exit = SampleCases.MinimalExit(new DateOnly(2019, 3, 1)) with { ClientOutcomes = new ClientOutcomes { FeelSafer = Agreement.Agree } } }),
            "\"feelSafer\":\"Agree\"",
            "\"feelSafer\":\"Sometimes\"");

        Assert.Equal(
            Reject(1, "C-17", "exit.clientOutcomes.feelSafer", FindingKind.UnknownCode, "unknown code for exit.clientOutcomes.feelSafer; its codes are listed in docs/data-format.md"),
            SingleRejection(line));
    }

    [Fact]
    public void Read_LabelInsteadOfCode_IsRejected()
    {
        var line = Replace(Valid, "\"region\":\"NorthEast\"", "\"region\":\"North East\"");

        Assert.Equal(Reject(1, "C-17", "service.region", FindingKind.UnknownCode, "unknown code for service.region; its codes are listed in docs/data-format.md"), SingleRejection(line));
    }

    [Fact]
    public void Read_IntegerForEnum_IsRejected()
    {
        var line = Replace(Valid, "\"region\":\"NorthEast\"", "\"region\":0");

        Assert.Equal(
            Reject(1, "C-17", "service.region", FindingKind.WrongType, "service.region must be a code string, not a number"),
            SingleRejection(line));
    }

    [Fact]
    public void Read_SetWithUnknownOrRepeatedCode_IsRejected()
    {
        var unknown = Replace(Valid, "\"profile\":{}", "\"profile\":{\"employment\":[\"Retired\",\"Astronaut\"]}");
        var repeated = Replace(Valid, "\"profile\":{}", "\"profile\":{\"employment\":[\"Retired\",\"Retired\"]}");

        Assert.Equal(
            Reject(1, "C-17", "intake.profile.employment", FindingKind.UnknownCode, "unknown code for intake.profile.employment; its codes are listed in docs/data-format.md"),
            SingleRejection(unknown));
        Assert.Equal(
            Reject(1, "C-17", "intake.profile.employment", FindingKind.RepeatedCode, "intake.profile.employment lists the same code more than once"),
            SingleRejection(repeated));
    }

    [Fact]
    public void Read_RangeViolation_NamesTheField()
    {
        var line = Replace(Valid, "\"abuse\":{\"levels\":{}}", "\"abuse\":{\"dashTicks\":31,\"levels\":{}}");

        Assert.Equal(Reject(1, "C-17", "intake.abuse.dashTicks", FindingKind.OutOfRange, "intake.abuse.dashTicks is above 24"), SingleRejection(line));
    }

    [Fact]
    public void Read_RangeViolationOfTheExitForm_NamesTheExitField()
    {
        var c = SampleCases.Minimal("C-17") with
        {
            Exit = SampleCases.MinimalExit(new DateOnly(2019, 3, 1)) with { Contacts = 4 },
        };
        var line = Replace(CaseJsonLines.Serialize(c), "\"contacts\":4", "\"contacts\":-2");

        Assert.Equal(Reject(1, "C-17", "exit.contacts", FindingKind.OutOfRange, "exit.contacts is below 0"), SingleRejection(line));
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
        Assert.Equal("unknown code for exit.criminalJustice.policeReports[1].incidents[1].offence; its codes are listed in docs/data-format.md", rejection.Reason);
        Assert.Equal(FindingKind.UnknownCode, rejection.Kind);
    }

    [Fact]
    public void Read_RejectionRuleBroken_IsRejectedWithTheRuleMessage()
    {
        var c = SampleCases.Minimal("C-17", "P-1", new DateOnly(2019, 2, 1)).WithAbuse(a => a with { AttemptedToEndRelationship = false, AttemptsToEndRelationship = 2 });

        Assert.Equal(
            Reject(1, "C-17", "intake.abuse.attemptsToEndRelationship", FindingKind.RuleBroken, "intake.abuse.attemptsToEndRelationship is given but intake.abuse.attemptedToEndRelationship is not true"),
            SingleRejection(CaseJsonLines.Serialize(c)));
    }

    [Fact]
    public void Read_ClosureBeforeIntake_IsKeptWithAWarning()
    {
        // The published report counts such cases as "Errors" under case length, so they must be tabulated.
        var c = SampleCases.Minimal("C-17", "P-1", new DateOnly(2019, 2, 1)) with { Exit = SampleCases.MinimalExit(new DateOnly(2019, 1, 3)) };

        var result = Assert.Single(ReadText(CaseJsonLines.Serialize(c)));

        Assert.True(result.IsAccepted);
        Assert.Equal(c, result.Case);
        Assert.Equal(
            [Warn(1, "C-17", "exit.closureDate", FindingKind.RuleBroken, "the closure date is before the intake date (the report counts such cases as Errors in Case length)")],
            result.Warnings);
    }

    [Fact]
    public void Read_ReviewOutsideTheCaseAndImplausibleDate_AreWarningsInRuleOrder()
    {
        var levels = new AbuseProfile();
        var c = SampleCases.Minimal("C-17", "P-1", new DateOnly(2019, 2, 1)) with
        {
            Reviews = [new ReviewForm { Date = new DateOnly(2019, 1, 31), Levels = levels }, new ReviewForm { Date = new DateOnly(2100, 1, 1), Levels = levels }],
        };

        var result = Assert.Single(ReadText(CaseJsonLines.Serialize(c)));

        Assert.True(result.IsAccepted);
        Assert.Equal(
            [
                Warn(1, "C-17", "reviews[0].date", FindingKind.RuleBroken, "the review date is before the intake date or after the closure date"),
                Warn(1, "C-17", "reviews[1].date", FindingKind.RuleBroken, "a date is outside the plausible window 1990-01-01 to 2099-12-31"),
            ],
            result.Warnings);
    }

    [Fact]
    public void Read_SeveralRuleViolations_ReportsTheFirstRejectionAndCountsTheOtherRejections()
    {
        // Closed before intake (a warning, not counted), high-risk basis without Yes, attempts without an attempt.
        var c = SampleCases.Minimal("C-17", "P-1", new DateOnly(2019, 2, 1))
            .WithAbuse(a => a with { HighRiskBasis = HighRiskBasis.Actuarial, AttemptsToEndRelationship = 2 })
            with { Exit = SampleCases.MinimalExit(new DateOnly(2019, 1, 3)) };

        Assert.Equal(
            Reject(1, "C-17", "intake.abuse.highRiskBasis", FindingKind.RuleBroken, "intake.abuse.highRiskBasis is given but intake.abuse.highRisk is not Yes; 1 more rule is broken"),
            SingleRejection(CaseJsonLines.Serialize(c)));
    }

    [Fact]
    public void Read_ThreeRejectionRulesBroken_CountsTwoMore()
    {
        var c = SampleCases.Minimal("C-17", "P-1", new DateOnly(2019, 2, 1))
            .WithAbuse(a => a with { HighRiskBasis = HighRiskBasis.Actuarial, AttemptsToEndRelationship = 2 })
            .WithProfile(p => p with { DisabilityTypes = EnumSet.Of(DisabilityType.Frailty) });

        Assert.Equal(
            Reject(1, "C-17", "intake.profile.disabilityTypes", FindingKind.RuleBroken, "intake.profile.disabilityTypes is given but intake.profile.disability is not Yes; 2 more rules are broken"),
            SingleRejection(CaseJsonLines.Serialize(c)));
    }

    [Fact]
    public void Read_DuplicateCaseId_RejectsTheSecond()
    {
        var results = ReadText(Valid + "\n" + CaseJsonLines.Serialize(SampleCases.Minimal("C-18")) + "\n" + Valid + "\n");

        Assert.True(results[0].IsAccepted);
        Assert.True(results[1].IsAccepted);
        Assert.Equal(Reject(3, "C-17", "id", FindingKind.DuplicateId, "case id was already read on line 1"), results[2].Rejection);
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
    public void Read_ServiceSeenWithAnotherNameAndRegion_WarnsTwiceAndKeepsTheCase()
    {
        var renamed = Replace(Replace(Replace(Valid, "\"C-17\"", "\"C-18\""), "Outreach North", "Outreach South"), "NorthEast", "London");
        var third = Replace(Valid, "\"C-17\"", "\"C-19\"");

        var results = ReadText(Valid + "\n" + renamed + "\n" + third + "\n");

        Assert.All(results, r => Assert.True(r.IsAccepted));
        Assert.Equal(
            [
                Warn(2, "C-18", "service.name", FindingKind.ServiceMismatch, "service.name differs from the one this service id had when first read, on line 1"),
                Warn(2, "C-18", "service.region", FindingKind.ServiceMismatch, "service.region differs from the one this service id had when first read, on line 1"),
            ],
            results[1].Warnings);
        Assert.Empty(results[2].Warnings);
    }

    [Fact]
    public void Read_RejectedLineWithANewServiceName_DoesNotSetTheServicesName()
    {
        var rejected = Replace(Replace(Valid, "Outreach North", "Outreach South"), "\"levels\":{}", "\"levels\":{\"physical\":\"Sometimes\"}");

        var results = ReadText(rejected + "\n" + Valid + "\n");

        Assert.False(results[0].IsAccepted);
        Assert.True(results[1].IsAccepted);
        Assert.Empty(results[1].Warnings);
    }

    [Fact]
    public void Read_MissingRequiredProperty_NamesIt()
    {
        var line = Replace(Valid, "\"intakeDate\":\"2019-02-01\",", string.Empty);

        Assert.Equal(Reject(1, "C-17", "intakeDate", FindingKind.MissingProperty, "required property intakeDate is missing"), SingleRejection(line));
    }

    [Fact]
    public void Read_MissingRequiredPropertyInListItem_NamesTheItem()
    {
        var c = SampleCases.Minimal("C-17") with { Reviews = [new ReviewForm { Date = new DateOnly(2018, 6, 1), Levels = new AbuseProfile() }] };
        var line = Replace(CaseJsonLines.Serialize(c), "\"date\":\"2018-06-01\",", string.Empty);

        Assert.Equal(Reject(1, "C-17", "reviews[0].date", FindingKind.MissingProperty, "required property reviews[0].date is missing"), SingleRejection(line));
    }

    [Fact]
    public void Read_UnknownProperty_NamesTheObjectHoldingIt()
    {
        var line = Replace(Valid, "\"perpetrator\":{}", "\"perpetrator\":{\"shoeSize\":9}");

        Assert.Equal(Reject(1, "C-17", "intake.perpetrator", FindingKind.UnknownProperty, "intake.perpetrator has a property that is not part of the format"), SingleRejection(line));
    }

    [Theory]
    [InlineData("\"perpetrator\":{}", "\"perpetrator\":{\"age\":9}", "intake.perpetrator", "intake.perpetrator has a property that is not part of the format")]
    [InlineData("\"needs\":{}", "\"needs\":{\"levels\":{}}", "intake.needs", "intake.needs has a property that is not part of the format")]
    [InlineData("\"id\":\"C-17\",", "\"id\":\"C-17\",\"name\":\"x\",", "$", "the line has a property that is not part of the format")]
    public void Read_UnknownPropertyWithTheNameOfAnotherField_NamesTheObjectHoldingIt(string oldValue, string newValue, string field, string reason)
    {
        Assert.Equal(Reject(1, "C-17", field, FindingKind.UnknownProperty, reason), SingleRejection(Replace(Valid, oldValue, newValue)));
    }

    [Fact]
    public void Read_UnknownPropertyInListItem_NamesTheItem()
    {
        var c = SampleCases.Minimal("C-17") with { Reviews = [new ReviewForm { Date = new DateOnly(2018, 6, 1), Levels = new AbuseProfile() }] };
        var line = Replace(CaseJsonLines.Serialize(c), "\"date\":\"2018-06-01\",", "\"date\":\"2018-06-01\",\"mood\":\"ok\",");

        Assert.Equal(Reject(1, "C-17", "reviews[0]", FindingKind.UnknownProperty, "reviews[0] has a property that is not part of the format"), SingleRejection(line));
    }

    [Fact]
    public void Read_ComputedPropertyInInput_IsAnUnknownProperty()
    {
        var line = Replace(Valid, "\"id\":\"C-17\",", "\"id\":\"C-17\",\"isClosed\":false,");

        Assert.Equal(Reject(1, "C-17", "$", FindingKind.UnknownProperty, "the line has a property that is not part of the format"), SingleRejection(line));
    }

    [Fact]
    public void Read_DuplicateProperty_IsRejected()
    {
        var line = Replace(Valid, "\"client\":\"P-1\",", "\"client\":\"P-1\",\"client\":\"P-2\",");

        Assert.Equal(Reject(1, "C-17", "client", FindingKind.DuplicateProperty, "client appears more than once in its object"), SingleRejection(line));
    }

    [Fact]
    public void Read_NullForRequiredObject_IsRejected()
    {
        var line = Replace(Valid, "\"perpetrator\":{}", "\"perpetrator\":null");

        Assert.Equal(Reject(1, "C-17", "intake.perpetrator", FindingKind.NullValue, "intake.perpetrator must not be null"), SingleRejection(line));
    }

    [Fact]
    public void Read_ExplicitNullAnswer_MeansMissing()
    {
        var line = Replace(Valid, "\"profile\":{}", "\"profile\":{\"pregnant\":null}");

        Assert.True(Assert.Single(ReadText(line)).IsAccepted);
    }

    [Theory]
    [InlineData("\"2019-2-1\"")]
    [InlineData("\"2019-02-30\"")]
    [InlineData("\"2019-02-01T00:00:00\"")]
    [InlineData("\"0000-01-01\"")]
    [InlineData("\"2019-02-0\\u0031\"")]
    public void Read_BadDate_IsRejected(string json)
    {
        var line = Replace(Valid, "\"intakeDate\":\"2019-02-01\"", "\"intakeDate\":" + json);

        Assert.Equal(Reject(1, "C-17", "intakeDate", FindingKind.InvalidDate, "intakeDate must be a calendar date written yyyy-MM-dd"), SingleRejection(line));
    }

    [Fact]
    public void Read_NumberForDate_IsAWrongType()
    {
        var line = Replace(Valid, "\"intakeDate\":\"2019-02-01\"", "\"intakeDate\":20190201");

        Assert.Equal(Reject(1, "C-17", "intakeDate", FindingKind.WrongType, "intakeDate must be a date string written yyyy-MM-dd, not a number"), SingleRejection(line));
    }

    [Fact]
    public void Read_DateOutsideThePlausibleWindow_IsKeptWithAWarning()
    {
        var line = Replace(Valid, "\"intakeDate\":\"2019-02-01\"", "\"intakeDate\":\"1989-12-31\"");

        var result = Assert.Single(ReadText(line));

        Assert.True(result.IsAccepted);
        Assert.Equal([Warn(1, "C-17", "intakeDate", FindingKind.RuleBroken, "a date is outside the plausible window 1990-01-01 to 2099-12-31")], result.Warnings);
    }

    [Fact]
    public void Read_InvalidIdentifier_IsRejectedWithoutACaseId()
    {
        var line = Replace(Valid, "\"id\":\"C-17\"", "\"id\":\"C 17\"");

        var rejection = SingleRejection(line);

        Assert.Null(rejection.CaseId);
        Assert.Equal("id", rejection.Field);
        Assert.Equal("id is not a valid identifier: it must be 1 to 64 letters, digits, '-', '_' or '.'", rejection.Reason);
    }

    [Fact]
    public void Read_WholeNumberExpected_RejectsFractionsAndStrings()
    {
        Assert.Equal(
            "intake.profile.age must be a whole number written without a decimal point or exponent",
            SingleRejection(Replace(Valid, "\"profile\":{}", "\"profile\":{\"age\":30.5}")).Reason);
        Assert.Equal(
            "intake.profile.age must be a whole number written without a decimal point or exponent",
            SingleRejection(Replace(Valid, "\"profile\":{}", "\"profile\":{\"age\":3e1}")).Reason);
        Assert.Equal(
            "intake.profile.age must be a whole number, not a string",
            SingleRejection(Replace(Valid, "\"profile\":{}", "\"profile\":{\"age\":\"30\"}")).Reason);
    }

    [Theory]
    [InlineData("{\"id\":\"C-17\",\"client\":", "C-17", FindingKind.TruncatedJson, "not valid JSON: the line ends before the JSON is complete")]
    [InlineData("{\"id\":\"C-17\"", "C-17", FindingKind.TruncatedJson, "not valid JSON: the line ends before the JSON is complete")]
    [InlineData("not json", null, FindingKind.NotJson, "not valid JSON at byte 2")]
    [InlineData("{\"id\":\"C-17\" \"client\":\"P-1\"}", "C-17", FindingKind.NotJson, "not valid JSON at byte 14")]
    [InlineData("null", null, FindingKind.NotAnObject, "the line must be a JSON object")]
    [InlineData("[1,2]", null, FindingKind.NotAnObject, "the line must be a JSON object")]
    [InlineData("\"C-17\"", null, FindingKind.NotAnObject, "the line must be a JSON object")]
    [InlineData("42", null, FindingKind.NotAnObject, "the line must be a JSON object")]
    public void Read_LineThatIsNotACaseObject_IsRejectedAsAWhole(string line, string? caseId, FindingKind kind, string reason)
    {
        Assert.Equal(Reject(1, caseId, "$", kind, reason), SingleRejection(line));
    }

    [Fact]
    public void Read_DeepNesting_IsRejected()
    {
        // A list item is measured as a whole before it is read, so the depth limit is what stops it.
        var line = Replace(Valid, "\"intakeDate\"", "\"reviews\":[" + new string('[', 100) + new string(']', 100) + "],\"intakeDate\"");

        Assert.Equal(Reject(1, "C-17", "$", FindingKind.TooDeep, "the JSON is nested deeper than 32 levels"), SingleRejection(line));
    }

    [Fact]
    public void Read_DeepNestingWhereACodeIsExpected_IsRejectedAtTheField()
    {
        var line = Replace(Valid, "\"levels\":{}", "\"levels\":{\"physical\":" + new string('[', 100) + new string(']', 100) + "}");

        Assert.Equal(
            Reject(1, "C-17", "intake.abuse.levels.physical", FindingKind.WrongType, "intake.abuse.levels.physical must be a code string, not an array"),
            SingleRejection(line));
    }

    [Fact]
    public void Read_DeeplyNestedLine_IsRejectedAsAWhole()
    {
        Assert.Equal("$", SingleRejection(new string('[', 5000) + new string(']', 5000)).Field);
        Assert.Equal(
            Reject(1, null, "$", FindingKind.UnknownProperty, "the line has a property that is not part of the format"),
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

        Assert.Equal(Reject(1, null, "$", FindingKind.InvalidUtf8, "the line is not valid UTF-8 text"), results[0].Rejection);
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
    public void Read_LineOfExactlyOneMebibyte_IsAcceptedWithLf()
    {
        var line = Replace(Valid, "Outreach North", "Outreach North" + new string('a', (1 << 20) - Encoding.UTF8.GetByteCount(Valid)));
        Assert.Equal(1 << 20, Encoding.UTF8.GetByteCount(line));

        Assert.True(Assert.Single(ReadText(line + "\n")).IsAccepted);
        Assert.True(Assert.Single(ReadBytes(Encoding.UTF8.GetBytes(line + "\n"))).IsAccepted);
        Assert.True(Assert.Single(ReadText(line + "\r\n")).IsAccepted);
    }

    [Fact]
    public void Read_LineOfExactlyOneMebibyteWithCrLf_IsAcceptedAsBytes()
    {
        var line = Replace(Valid, "Outreach North", "Outreach North" + new string('a', (1 << 20) - Encoding.UTF8.GetByteCount(Valid)));

        Assert.True(Assert.Single(ReadBytes(Encoding.UTF8.GetBytes(line + "\r\n"))).IsAccepted);
    }

    [Fact]
    public void Read_LongTextLineOfSurrogatePairs_IsTooLongNotAnUnpairedSurrogate()
    {
        var line = Valid[..^1] + ",\"x\":\"b" + string.Concat(Enumerable.Repeat("\uD83D\uDE00", 600_000)) + "\"}";

        Assert.Equal(FindingKind.LineTooLong, SingleRejection(line).Kind);
    }

    [Fact]
    public void Read_LongNonAsciiLine_ReportsTheSameByteLengthAsTextAndAsBytes()
    {
        var line = Valid[..^1] + ",\"x\":\"" + new string('\u00E9', 1_200_000) + "\"}";

        var asText = SingleRejection(line);
        var asBytes = Assert.Single(ReadBytes(Encoding.UTF8.GetBytes(line))).Rejection!;

        Assert.Equal(asBytes, asText);
        Assert.Contains(Encoding.UTF8.GetByteCount(line).ToString("N0", System.Globalization.CultureInfo.InvariantCulture), asBytes.Reason, StringComparison.Ordinal);
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

        Assert.Equal(Reject(1, null, "$", FindingKind.UnpairedSurrogate, "the line is not valid text (it has an unpaired UTF-16 surrogate)"), SingleRejection(line));
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

        Assert.Equal(new ReadSummary(Accepted: 1, Rejected: 2, Warnings: 0), summary);
        Assert.Equal(3, summary.Read);
        Assert.Equal("read 3, accepted 1, rejected 2", summary.ToString());
        Assert.Equal(new ReadSummary(2, 3), summary + new ReadSummary(1, 1));
    }

    [Fact]
    public void ReadSummary_CountsWarningsOfAcceptedLines()
    {
        var closed = CaseJsonLines.Serialize(SampleCases.Minimal("C-18", "P-1", new DateOnly(2019, 2, 1)) with { Exit = SampleCases.MinimalExit(new DateOnly(2019, 1, 3)) });
        var results = ReadText(Valid + "\n" + closed + "\n" + closed);

        var summary = ReadSummary.Of(results);

        Assert.Equal(new ReadSummary(Accepted: 2, Rejected: 1, Warnings: 1), summary);
        Assert.Equal("read 3, accepted 2, rejected 1", summary.ToString());
        Assert.Equal(new ReadSummary(3, 1, 3), summary + new ReadSummary(1, 0, 2));
        Assert.Equal(summary, ReadSummary.Add(summary, ReadSummary.Empty));
    }
}
