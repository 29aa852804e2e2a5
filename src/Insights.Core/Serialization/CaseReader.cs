using System.Text.Json;
using System.Text.Unicode;
using Insights.Core.Model;

namespace Insights.Core.Serialization;

/// <summary>
/// Reads cases from JSON Lines (one case per line, docs/data-format.md) and checks each one: its JSON, its codes
/// and ranges, the cross-field rules of the model, and the checks across records (a case id accepted before is
/// rejected; a service seen with another name or region gets a warning). Every non-blank line gives exactly one
/// <see cref="ReadResult"/>: an accepted case, perhaps with warnings, or a rejection naming the line, case id,
/// field and a reason of fixed wording. Hostile input (non-JSON, truncated JSON, invalid UTF-8, deep nesting,
/// lines over 1 MiB, any Unicode) is rejected line by line, never thrown, and no message quotes it.
/// </summary>
/// <remarks>
/// Blank lines (empty or only whitespace) are skipped: they give no result and are not counted, but they do
/// count in the line numbers, which always match the input. Results are produced lazily while the input is
/// read, on the calling thread; <see cref="ParallelCaseReader"/> reads a file on all cores with the same results.
/// </remarks>
public static class CaseReader
{
    /// <summary>Reads cases from UTF-8 bytes; a leading byte order mark is ignored.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static IEnumerable<ReadResult> Read(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return Check(LineSplitter.Split(utf8Json, CaseJson.MaxLineBytes));
    }

    /// <summary>Reads cases from text.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The reader could not be read.</exception>
    public static IEnumerable<ReadResult> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Check(LineSplitter.Split(reader, CaseJson.MaxLineBytes));
    }

    private static IEnumerable<ReadResult> Check(IEnumerable<RawLine> lines)
    {
        var checks = new RecordChecks();
        foreach (var line in lines)
        {
            if (LineParser.IsBlank(line))
            {
                continue;
            }

            yield return checks.Commit(LineParser.Parse(line));
        }
    }
}

/// <summary>One line parsed and checked on its own: a case (with any rule warnings) or a rejection.</summary>
internal readonly record struct ParsedLine(long Number, Case? Case, Finding? Rejection, List<Finding>? Warnings);

/// <summary>
/// Parses and checks one line on its own: thread-safe, so lines can be parsed on any thread and committed in
/// order by <see cref="RecordChecks"/>. Whatever happens inside, the line gives a result: an unexpected
/// exception becomes an "internal error" rejection of that line, never a failure of the run.
/// </summary>
internal static class LineParser
{
    internal static bool IsBlank(in RawLine line)
    {
        if (line.TooLong || line.InvalidText)
        {
            return false;
        }

        foreach (var b in line.Bytes.Span)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
            {
                return false;
            }
        }

        return true;
    }

    internal static ParsedLine Parse(in RawLine line)
        => line.Rejected is { } rejected ? Reject(rejected) : Parse(line.Number, line.Bytes.Span, line.Length, line.TooLong, line.InvalidText);

    internal static ParsedLine Parse(long number, ReadOnlySpan<byte> bytes, long length, bool tooLong, bool invalidText)
    {
        try
        {
            return ParseUnguarded(number, bytes, length, tooLong, invalidText);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A bug or an input nobody foresaw: the line is lost, and said to be, but the run goes on.
            return Reject(Findings.InternalError(number, SafeId(bytes)));
        }
    }

    /// <summary>Checks the cross-field rules of a case made in code or read from a line.</summary>
    internal static ParsedLine CheckRules(long number, Case c)
    {
        List<RuleViolation>? violations = null;
        CaseRules.CheckInto(c, ref violations);
        if (violations is null)
        {
            return new(number, c, null, null);
        }

        var rejections = violations.Count(v => v.Severity == Severity.Rejection);
        if (rejections > 0)
        {
            var first = violations.First(v => v.Severity == Severity.Rejection);
            return Reject(Findings.Rule(number, c.Id.Value, first, rejections - 1));
        }

        return new(number, c, null, [.. violations.Select(v => Findings.Rule(number, c.Id.Value, v, 0))]);
    }

    private static ParsedLine ParseUnguarded(long number, ReadOnlySpan<byte> bytes, long length, bool tooLong, bool invalidText)
    {
        if (invalidText)
        {
            return Reject(Findings.UnpairedSurrogate(number));
        }

        if (tooLong)
        {
            return Reject(Findings.LineTooLong(number, SafeId(bytes), length));
        }

        if (!Utf8.IsValid(bytes))
        {
            return Reject(Findings.InvalidUtf8(number));
        }

        if (DirectCaseParser.TryParse(bytes, out var direct))
        {
            return CheckRules(number, direct);
        }

        Case? c;
        try
        {
            c = JsonSerializer.Deserialize(bytes, CaseJson.CaseInfo);
        }
        catch (JsonException exception)
        {
            return Reject(JsonErrors.Explain(exception, number, SafeId(bytes)));
        }
        catch (Exception exception) when (exception is IInvalidModelValue invalid)
        {
            return Reject(ModelValueFinding(number, SafeId(bytes), invalid));
        }

        return c is null ? Reject(Findings.NotAnObject(number)) : CheckRules(number, c);
    }

    private static ParsedLine Reject(Finding rejection) => new(rejection.LineNumber, null, rejection, null);

    /// <summary>A value the model refused when the record was made (a number out of range, a blank name).</summary>
    private static Finding ModelValueFinding(long number, string? caseId, IInvalidModelValue invalid)
    {
        var field = FieldPaths.Of(invalid.DeclaringType, invalid.Property);
        if (invalid is ValueOutOfRangeException range)
        {
            var detail = range.IsBelow
                ? $"is below {range.Minimum.ToString(System.Globalization.CultureInfo.InvariantCulture)}"
                : $"is above {range.Maximum?.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
            return Findings.Reject(number, caseId, field, FindingKind.OutOfRange, Findings.ValueReason(FindingKind.OutOfRange, field, detail));
        }

        return Findings.Reject(number, caseId, field, FindingKind.BlankText, Findings.ValueReason(FindingKind.BlankText, field, null));
    }

    /// <summary>Finds a valid case id in the top-level "id" property of a line that failed, tolerating broken JSON.</summary>
    internal static string? SafeId(ReadOnlySpan<byte> bytes)
    {
        if (!Utf8.IsValid(bytes))
        {
            return null;
        }

        try
        {
            var reader = new Utf8JsonReader(bytes, isFinalBlock: false, new JsonReaderState(new JsonReaderOptions { MaxDepth = CaseJson.MaxDepth }));
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("id"u8))
                {
                    return reader.Read() && reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && reader.ValueSpan.Length <= 64
                        && reader.GetString() is { } text && IsIdentifier(text) ? text : null;
                }
            }
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or ArgumentException)
        {
            // The id is a courtesy in the rejection; broken JSON before it just means it is unknown.
        }

        return null;
    }

    private static bool IsIdentifier(string text)
    {
        try
        {
            _ = new CaseId(text);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
