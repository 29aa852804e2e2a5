using System.Globalization;
using System.Text;
using Insights.Core.Model;
using Insights.Core.Serialization;
using Insights.Core.Tests.Generators;
using Xunit;

namespace Insights.Core.Tests.Serialization;

/// <summary>
/// One input that gives a finding of a known kind, and the finding it must give (on its last line). The same
/// examples are the exact-wording tests of <see cref="FindingTests"/> and the examples docs/data-format.md shows.
/// </summary>
/// <param name="Name">What the example shows.</param>
/// <param name="Text">The input as text (each line ended by '\n'), read with a <see cref="TextReader"/> and, when it
/// has no lone surrogate, as UTF-8 bytes too; or <see langword="null"/>.</param>
/// <param name="Utf8">The input as bytes when they are not UTF-8 text; or <see langword="null"/>.</param>
/// <param name="Expected">The finding about the last line.</param>
/// <param name="Tables">For a finding only tables can give: the CSV files of a folder (name, text) read with <see cref="Insights.Core.Tabular.CaseCsv"/>; the finding is then the one of its kind.</param>
internal sealed record FindingExample(string Name, string? Text, byte[]? Utf8, Finding Expected, IReadOnlyDictionary<string, string>? Tables = null)
{
    /// <summary>Reads the input and returns the finding about its last line: its rejection, or its only warning.</summary>
    internal Finding Actual()
        => Tables is null
            ? FindingExamples.Actual(Reads().First().Results)
            : Assert.Single(Reads().First().Results.SelectMany(r => r.Warnings.Prepend(r.Rejection)), f => f?.Kind == Expected.Kind)!;

    /// <summary>Reads the input with <see cref="CaseReader"/> in every way it can be read: as text, and as UTF-8 bytes.</summary>
    internal IEnumerable<(string Way, IReadOnlyList<ReadResult> Results)> Reads()
    {
        if (Tables is not null)
        {
            using var folder = new Insights.Core.Tests.Tabular.TempFolder();
            foreach (var (file, text) in Tables)
            {
                File.WriteAllText(folder.File(file), text);
            }

            var results = new List<ReadResult>();
            Insights.Core.Tabular.CaseCsv.Read(folder.Path, results.Add);
            yield return ("tables", results.Where(r => !r.IsAccepted || r.Warnings.Any(w => w.Kind == Expected.Kind)).ToList());
            yield break;
        }

        if (Text is not null)
        {
            yield return ("text", CaseReader.Read(new StringReader(Text)).ToList());
        }

        var bytes = Utf8 ?? (Text is not null && !HasLoneSurrogate(Text) ? Encoding.UTF8.GetBytes(Text) : null);
        if (bytes is not null)
        {
            yield return ("bytes", CaseReader.Read(new MemoryStream(bytes)).ToList());
        }
    }

    private static bool HasLoneSurrogate(string text)
    {
        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetByteCount(text);
            return false;
        }
        catch (EncoderFallbackException)
        {
            return true;
        }
    }

    public override string ToString() => $"{Expected.Kind}: {Name}";
}

/// <summary>The examples of findings, and helpers to make example lines.</summary>
internal static class FindingExamples
{
    /// <summary>A valid line: a minimal open case C-17 of client P-1, service S-1 "Outreach North", intake 2019-02-01.</summary>
    internal static readonly string Valid = CaseJsonLines.Serialize(SampleCases.Minimal("C-17", "P-1", new DateOnly(2019, 2, 1)));

    /// <summary>Gets the line too long to read (1 MiB and a bit) and its length.</summary>
    internal static readonly string TooLong = Valid[..^1] + ",\"x\":\"" + new string('a', (1 << 20) + 10) + "\"}";

    /// <summary>Gets every example, at least one of each kind some input can cause.</summary>
    internal static IReadOnlyList<FindingExample> All { get; } = Build();

    /// <summary>Returns the finding about the last line of <paramref name="results"/>: its rejection, or its only warning.</summary>
    internal static Finding Actual(IReadOnlyList<ReadResult> results)
    {
        var last = results[^1];
        return last.Rejection ?? Assert.Single(last.Warnings);
    }

    internal static string Replace(string json, string oldValue, string newValue)
    {
        Assert.Contains(oldValue, json, StringComparison.Ordinal);
        return json.Replace(oldValue, newValue, StringComparison.Ordinal);
    }

    private static Finding Reject(string? caseId, string field, FindingKind kind, string reason, long line = 1)
        => new(line, caseId, field, kind, Severity.Rejection, reason);

    private static Finding Warn(string caseId, string field, FindingKind kind, string reason, long line = 1)
        => new(line, caseId, field, kind, Severity.Warning, reason);

    private static FindingExample Bytes(string name, byte[] line, Finding expected) => new(name, null, [.. line, (byte)'\n'], expected);

    private static FindingExample Line(string name, string line, Finding expected) => new(name, line + "\n", null, expected);

    private static FindingExample Edited(string name, string oldValue, string newValue, Finding expected) => Line(name, Replace(Valid, oldValue, newValue), expected);

    private static string Closed(Case c) => CaseJsonLines.Serialize(c);

    private static List<FindingExample> Build() => [.. BuildLines(), .. Insights.Core.Tests.Tabular.TableFindingExamples.All()];

    private static List<FindingExample> BuildLines()
    {
        var invalidUtf8 = Encoding.UTF8.GetBytes(Replace(Valid, "Outreach North", "Outreach \u00FF"));
        invalidUtf8[Array.IndexOf(invalidUtf8, (byte)0xC3) + 1] = 0x28; // a lead byte followed by a non-continuation byte
        var withExit = SampleCases.Minimal("C-17", "P-1", new DateOnly(2019, 2, 1)) with
        {
            Exit = SampleCases.MinimalExit(new DateOnly(2019, 3, 1)) with { ClientOutcomes = new ClientOutcomes { FeelSafer = Agreement.Agree } },
        };
        var tooLongBytes = Encoding.UTF8.GetByteCount(TooLong);

        return
        [
            Bytes("bytes that are not UTF-8", invalidUtf8, Reject(null, "$", FindingKind.InvalidUtf8, "the line is not valid UTF-8 text")),
            Edited("text with a lone surrogate", "Outreach North", "Outreach \uD800", Reject(null, "$", FindingKind.UnpairedSurrogate, "the line is not valid text (it has an unpaired UTF-16 surrogate)")),
            Line("a line over 1 MiB", TooLong, Reject("C-17", "$", FindingKind.LineTooLong, string.Create(CultureInfo.InvariantCulture, $"the line is {tooLongBytes:N0} bytes long, over the limit of 1,048,576 bytes; the rest of it was skipped"))),
            Line("a letter where JSON expects a property name", "{\"id\":\"C-17\",x}", Reject("C-17", "$", FindingKind.NotJson, "not valid JSON at byte 14")),
            Line("a line cut short", "{\"id\":\"C-17\",\"client\":", Reject("C-17", "$", FindingKind.TruncatedJson, "not valid JSON: the line ends before the JSON is complete")),
            Edited("arrays nested 100 deep", "\"intakeDate\"", "\"reviews\":[" + new string('[', 100) + new string(']', 100) + "],\"intakeDate\"", Reject("C-17", "$", FindingKind.TooDeep, "the JSON is nested deeper than 32 levels")),
            Line("an array instead of an object", "[1,2]", Reject(null, "$", FindingKind.NotAnObject, "the line must be a JSON object")),
            Edited("a property the format does not have", "\"perpetrator\":{}", "\"perpetrator\":{\"shoeSize\":9}", Reject("C-17", "intake.perpetrator", FindingKind.UnknownProperty, "intake.perpetrator has a property that is not part of the format")),
            Edited("a derived value given as a property", "\"id\":\"C-17\",", "\"id\":\"C-17\",\"isClosed\":false,", Reject("C-17", "$", FindingKind.UnknownProperty, "the line has a property that is not part of the format")),
            Edited("a property given twice", "\"client\":\"P-1\",", "\"client\":\"P-1\",\"client\":\"P-2\",", Reject("C-17", "client", FindingKind.DuplicateProperty, "client appears more than once in its object")),
            Edited("a required property left out", "\"intakeDate\":\"2019-02-01\",", string.Empty, Reject("C-17", "intakeDate", FindingKind.MissingProperty, "required property intakeDate is missing")),
            Edited("null for a required object", "\"perpetrator\":{}", "\"perpetrator\":null", Reject("C-17", "intake.perpetrator", FindingKind.NullValue, "intake.perpetrator must not be null")),
            Edited("a number where a code belongs", "\"region\":\"NorthEast\"", "\"region\":0", Reject("C-17", "service.region", FindingKind.WrongType, "service.region must be a code string, not a number")),
            Line("a code the field does not have", Replace(Closed(withExit), "\"feelSafer\":\"Agree\"", "\"feelSafer\":\"Sometimes\""), Reject("C-17", "exit.clientOutcomes.feelSafer", FindingKind.UnknownCode, "unknown code for exit.clientOutcomes.feelSafer; its codes are listed in docs/data-format.md")),
            Edited("a code ticked twice", "\"profile\":{}", "\"profile\":{\"employment\":[\"Retired\",\"Retired\"]}", Reject("C-17", "intake.profile.employment", FindingKind.RepeatedCode, "intake.profile.employment lists the same code more than once")),
            Edited("a date that is not in the calendar", "\"intakeDate\":\"2019-02-01\"", "\"intakeDate\":\"2019-02-30\"", Reject("C-17", "intakeDate", FindingKind.InvalidDate, "intakeDate must be a calendar date written yyyy-MM-dd")),
            Edited("a number with a fraction", "\"profile\":{}", "\"profile\":{\"age\":30.5}", Reject("C-17", "intake.profile.age", FindingKind.NotWholeNumber, "intake.profile.age must be a whole number written without a decimal point or exponent")),
            Edited("a number above the field's range", "\"profile\":{}", "\"profile\":{\"age\":121}", Reject("C-17", "intake.profile.age", FindingKind.OutOfRange, "intake.profile.age is above 120")),
            Edited("a space in an identifier", "\"id\":\"C-17\"", "\"id\":\"C 17\"", Reject(null, "id", FindingKind.InvalidIdentifier, "id is not a valid identifier: it must be 1 to 64 letters, digits, '-', '_' or '.'")),
            Edited("an escaped lone surrogate in a text", "Outreach North", "Outreach \\ud800", Reject("C-17", "service.name", FindingKind.InvalidText, "service.name is not valid text (it has an escaped unpaired surrogate)")),
            Edited("a name of spaces only", "\"name\":\"Outreach North\"", "\"name\":\"   \"", Reject("C-17", "service.name", FindingKind.BlankText, "service.name must not be empty or only white space")),
            Line(
                "a follow-up answer without its Yes (a rejection rule)",
                CaseJsonLines.Serialize(SampleCases.Minimal("C-17", "P-1", new DateOnly(2019, 2, 1)).WithAbuse(a => a with { HighRiskBasis = HighRiskBasis.Actuarial })),
                Reject("C-17", "intake.abuse.highRiskBasis", FindingKind.RuleBroken, "intake.abuse.highRiskBasis is given but intake.abuse.highRisk is not Yes")),
            Line(
                "closed before intake (a warning rule; the case is kept)",
                CaseJsonLines.Serialize(SampleCases.Minimal("C-17", "P-1", new DateOnly(2019, 2, 1)) with { Exit = SampleCases.MinimalExit(new DateOnly(2019, 1, 3)) }),
                Warn("C-17", "exit.closureDate", FindingKind.RuleBroken, "the closure date is before the intake date (the report counts such cases as Errors in Case length)")),
            new(
                "a case id read before",
                Valid + "\n" + Valid + "\n",
                null,
                Reject("C-17", "id", FindingKind.DuplicateId, "case id was already read on line 1", line: 2)),
            new(
                "a service id read before with another name (a warning; the case is kept)",
                Valid + "\n" + Replace(Replace(Valid, "\"C-17\"", "\"C-18\""), "Outreach North", "Outreach South") + "\n",
                null,
                Warn("C-18", "service.name", FindingKind.ServiceMismatch, "service.name differs from the one this service id had when first read, on line 1", line: 2)),
        ];
    }
}
