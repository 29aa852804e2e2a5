using System.Globalization;
using Insights.Core.Model;

namespace Insights.Core.Serialization;

/// <summary>
/// What can be wrong with a record: the closed set of findings the reader and <see cref="CaseValidator"/> give.
/// Each kind has one fixed wording (docs/data-format.md lists them); a reason is that wording with the field path
/// and numbers (line numbers, byte positions, bounds) filled in, never a value taken from the record.
/// </summary>
public enum FindingKind
{
    /// <summary>The line is not valid UTF-8 text.</summary>
    InvalidUtf8 = 0,

    /// <summary>The text has an unpaired UTF-16 surrogate (text input only).</summary>
    UnpairedSurrogate,

    /// <summary>The line is longer than the limit; the rest of it was skipped unread.</summary>
    LineTooLong,

    /// <summary>The line is not valid JSON; the byte where parsing failed is given.</summary>
    NotJson,

    /// <summary>The line ends before its JSON is complete.</summary>
    TruncatedJson,

    /// <summary>The JSON is nested deeper than the limit.</summary>
    TooDeep,

    /// <summary>The line is JSON but not an object.</summary>
    NotAnObject,

    /// <summary>An object has a property that is not part of the format; the field is the object's path.</summary>
    UnknownProperty,

    /// <summary>A property appears more than once in the same object.</summary>
    DuplicateProperty,

    /// <summary>A required property is missing.</summary>
    MissingProperty,

    /// <summary>A property that must have a value is <c>null</c>.</summary>
    NullValue,

    /// <summary>A value has the wrong JSON type (a number where a code is expected, …).</summary>
    WrongType,

    /// <summary>A code is not one of the field's codes.</summary>
    UnknownCode,

    /// <summary>A multi-select answer lists the same code twice.</summary>
    RepeatedCode,

    /// <summary>A date is not written <c>yyyy-MM-dd</c> or is not a calendar date.</summary>
    InvalidDate,

    /// <summary>A number is not a whole number that fits the field.</summary>
    NotWholeNumber,

    /// <summary>A number is outside the field's range.</summary>
    OutOfRange,

    /// <summary>An identifier is empty, too long or has characters other than letters, digits, '-', '_' and '.'.</summary>
    InvalidIdentifier,

    /// <summary>A text is not valid text (it has an escaped unpaired surrogate).</summary>
    InvalidText,

    /// <summary>A text that must say something is empty or only white space.</summary>
    BlankText,

    /// <summary>A cross-field rule of the model (<see cref="CaseRules"/>) is broken; its severity is the rule's.</summary>
    RuleBroken,

    /// <summary>The case id was already read on an earlier line.</summary>
    DuplicateId,

    /// <summary>A service id was read before with another name or region (a warning).</summary>
    ServiceMismatch,

    /// <summary>An unexpected failure while reading the line; the run goes on.</summary>
    InternalError,

    /// <summary>A row of a CSV table is not valid CSV (a quote out of place, a quoted field not closed) or has more fields than the header.</summary>
    NotCsv,

    /// <summary>A row of a table of repeated records names a case (or a police report) that no row of its parent table has.</summary>
    OrphanRow,

    /// <summary>A row's key (a police report's number) is given twice for the same case.</summary>
    DuplicateKey,

    /// <summary>A case is rejected because one of its rows in a table of repeated records is rejected.</summary>
    RowRejected,

    /// <summary>A row of a table of repeated records is not used because its case is rejected.</summary>
    CaseRejected,
}

/// <summary>
/// One finding about one record: a rejection (the record is not used) or a data-quality warning (the record is
/// kept and counted). It names the line, the case id when it could be read, the field (a path such as
/// <c>exit.clientOutcomes.feelSafer</c>, or <c>$</c> for the whole line), the kind, and a reason in a fixed
/// wording. It never holds other contents of the record: the field path is made only of the format's own
/// property names and list indices, and the case id is one that passes <see cref="Model.CaseId"/>'s rules
/// (letters, digits, '-', '_', '.'), so everything here is printable ASCII.
/// </summary>
/// <remarks>Two findings are equal when all their members are equal.</remarks>
public sealed record Finding
{
    /// <summary>The field reported when a finding concerns the whole line.</summary>
    public const string WholeLine = "$";

    internal Finding(long lineNumber, string? caseId, string field, FindingKind kind, Severity severity, string reason, string? file = null)
    {
        File = file;
        LineNumber = lineNumber;
        CaseId = caseId;
        Field = field;
        Kind = kind;
        Severity = severity;
        Reason = reason;
    }

    /// <summary>
    /// Gets the name of the file of the input the finding is about when the input is several files (the tables of
    /// a folder of CSV files, e.g. <c>reviews.csv</c>), or <see langword="null"/> for a single JSON Lines input.
    /// </summary>
    public string? File { get; }

    /// <summary>Gets the 1-based line (or record) number in the input, counting blank lines; in a table, the line its row starts on.</summary>
    public long LineNumber { get; }

    /// <summary>Gets the case id of the record, or <see langword="null"/> when it could not be read.</summary>
    public string? CaseId { get; }

    /// <summary>Gets the path of the offending field, or <see cref="WholeLine"/>; in a table, the column's name.</summary>
    public string Field { get; }

    /// <summary>Gets what kind of problem this is.</summary>
    public FindingKind Kind { get; }

    /// <summary>Gets whether the record was rejected or kept with a warning.</summary>
    public Severity Severity { get; }

    /// <summary>Gets whether the record was kept with this finding as a warning.</summary>
    public bool IsWarning => Severity == Severity.Warning;

    /// <summary>Gets what is wrong, in one sentence of fixed wording.</summary>
    public string Reason { get; }

    /// <summary>
    /// Formats the finding as one line of printable ASCII: <c>line 3, case C-17, field exit.closureDate: reason</c>,
    /// with <c>warning: </c> before the reason of a warning.
    /// </summary>
    /// <remarks>In a table: <c>reviews.csv line 3, case C-17, column date: reason</c>.</remarks>
    public override string ToString()
        => Printable.Escape(File is null
            ? string.Create(CultureInfo.InvariantCulture, $"line {LineNumber}, case {CaseId ?? "unknown"}, field {Field}: {(IsWarning ? "warning: " : string.Empty)}{Reason}")
            : string.Create(CultureInfo.InvariantCulture, $"{File} line {LineNumber}, case {CaseId ?? "unknown"}, column {Field}: {(IsWarning ? "warning: " : string.Empty)}{Reason}"));

    /// <summary>Returns this finding placed in a file of a table: its line and column there.</summary>
    internal Finding In(string file, long line, string column) => new(line, CaseId, column, Kind, Severity, Reason, file);
}
