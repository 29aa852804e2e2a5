using System.Globalization;
using Insights.Core.Model;

namespace Insights.Core.Serialization;

/// <summary>
/// The one place where findings are worded. Each method gives the fixed sentence of one <see cref="FindingKind"/>;
/// only field paths (already made safe by <see cref="FieldPaths.Safe"/>), line numbers, byte positions and the
/// format's own bounds are filled in.
/// </summary>
internal static class Findings
{
    internal static Finding Reject(long line, string? caseId, string field, FindingKind kind, string reason)
        => new(line, caseId, field, kind, Severity.Rejection, reason);

    internal static Finding InvalidUtf8(long line) => Reject(line, null, Finding.WholeLine, FindingKind.InvalidUtf8, "the line is not valid UTF-8 text");

    internal static Finding UnpairedSurrogate(long line)
        => Reject(line, null, Finding.WholeLine, FindingKind.UnpairedSurrogate, "the line is not valid text (it has an unpaired UTF-16 surrogate)");

    internal static Finding LineTooLong(long line, string? caseId, long length)
        => Reject(line, caseId, Finding.WholeLine, FindingKind.LineTooLong, string.Create(
            CultureInfo.InvariantCulture, $"the line is {length:N0} bytes long, over the limit of {CaseJson.MaxLineBytes:N0} bytes; the rest of it was skipped"));

    internal static Finding NotJson(long line, string? caseId, long? bytePosition)
        => Reject(line, caseId, Finding.WholeLine, FindingKind.NotJson, bytePosition is { } at
            ? string.Create(CultureInfo.InvariantCulture, $"not valid JSON at byte {at + 1}")
            : "not valid JSON");

    internal static Finding TruncatedJson(long line, string? caseId)
        => Reject(line, caseId, Finding.WholeLine, FindingKind.TruncatedJson, "not valid JSON: the line ends before the JSON is complete");

    internal static Finding TooDeep(long line, string? caseId)
        => Reject(line, caseId, Finding.WholeLine, FindingKind.TooDeep, string.Create(CultureInfo.InvariantCulture, $"the JSON is nested deeper than {CaseJson.MaxDepth} levels"));

    internal static Finding NotAnObject(long line) => Reject(line, null, Finding.WholeLine, FindingKind.NotAnObject, "the line must be a JSON object");

    internal static Finding DuplicateId(long line, string caseId, long earlierLine)
        => Reject(line, caseId, "id", FindingKind.DuplicateId, string.Create(CultureInfo.InvariantCulture, $"case id was already read on line {earlierLine}"));

    internal static Finding InternalError(long line, string? caseId)
        => Reject(line, caseId, Finding.WholeLine, FindingKind.InternalError, "internal error reading this line; the line was not used");

    internal static Finding NotCsv(string file, long line, string? caseId, string reason)
        => new(line, caseId, Finding.WholeLine, FindingKind.NotCsv, Severity.Rejection, "not valid CSV: " + reason, file);

    internal static Finding OrphanRow(string file, long line, string? caseId, string column, string parentFile)
        => new(line, caseId, column, FindingKind.OrphanRow, Severity.Rejection, $"no row of {parentFile} has this {column}", file);

    internal static Finding DuplicateKey(string file, long line, string caseId, string column, long earlierLine)
        => new(line, caseId, column, FindingKind.DuplicateKey, Severity.Rejection, string.Create(CultureInfo.InvariantCulture, $"{column} was already given for this case on line {earlierLine}"), file);

    internal static Finding RowRejected(string file, long line, string caseId, string rowFile, long rowLine)
        => new(line, caseId, Finding.WholeLine, FindingKind.RowRejected, Severity.Rejection, string.Create(CultureInfo.InvariantCulture, $"a row of this case in {rowFile} is rejected (line {rowLine})"), file);

    internal static Finding CaseRejected(string file, long line, string caseId, string casesFile, long caseLine)
        => new(line, caseId, CaseLayoutKey, FindingKind.CaseRejected, Severity.Rejection, string.Create(CultureInfo.InvariantCulture, $"the row was not used: its case is rejected ({casesFile} line {caseLine})"), file);

    /// <summary>The column of a repeated record that names its case.</summary>
    private const string CaseLayoutKey = "case";

    internal static Finding ServiceMismatch(long line, string caseId, string field, long firstLine)
        => new(line, caseId, field, FindingKind.ServiceMismatch, Severity.Warning, string.Create(
            CultureInfo.InvariantCulture, $"{field} differs from the one this service id had when first read, on line {firstLine}"));

    /// <summary>The finding for one broken rule; <paramref name="more"/> rejection rules broken besides it are counted.</summary>
    internal static Finding Rule(long line, string caseId, RuleViolation violation, int more)
    {
        var message = FieldPaths.Of(violation.Message);
        var reason = more switch
        {
            0 => message,
            1 => message + "; 1 more rule is broken",
            _ => string.Create(CultureInfo.InvariantCulture, $"{message}; {more} more rules are broken"),
        };
        return new(line, caseId, FieldPaths.Of(violation.Field), FindingKind.RuleBroken, violation.Severity, reason);
    }

    /// <summary>The reason of a problem with one value, given the safe path of its field.</summary>
    internal static string ValueReason(FindingKind kind, string field, string? detail) => kind switch
    {
        FindingKind.UnknownProperty => field == Finding.WholeLine
            ? "the line has a property that is not part of the format"
            : $"{field} has a property that is not part of the format",
        FindingKind.DuplicateProperty => $"{field} appears more than once in its object",
        FindingKind.MissingProperty => $"required property {field} is missing",
        FindingKind.NullValue => $"{field} must not be null",
        FindingKind.WrongType => detail is null ? $"{field} has a value of the wrong JSON type" : $"{field} must be {detail}",
        FindingKind.UnknownCode => $"unknown code for {field}; its codes are listed in docs/data-format.md",
        FindingKind.RepeatedCode => $"{field} lists the same code more than once",
        FindingKind.InvalidDate => $"{field} must be a calendar date written yyyy-MM-dd",
        FindingKind.NotWholeNumber => $"{field} must be a whole number {detail}",
        FindingKind.OutOfRange => $"{field} {detail}",
        FindingKind.InvalidIdentifier => $"{field} is not a valid identifier: it must be 1 to 64 letters, digits, '-', '_' or '.'",
        FindingKind.InvalidText => $"{field} is not valid text (it has an escaped unpaired surrogate)",
        FindingKind.BlankText => $"{field} must not be empty or only white space",
        _ => $"{field} is not valid",
    };
}
