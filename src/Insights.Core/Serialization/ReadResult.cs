using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Insights.Core.Model;

namespace Insights.Core.Serialization;

/// <summary>
/// Why one line of a JSON Lines file was not accepted. It names the line, the case id when it could be read,
/// the field (a JSON path such as <c>exit.clientOutcomes.feelSafer</c>, or <c>$</c> for the whole line) and a
/// reason a person understands. It never holds other contents of the record.
/// </summary>
/// <param name="LineNumber">The 1-based line number in the input, counting blank lines.</param>
/// <param name="CaseId">The case id on the line, or <see langword="null"/> when it could not be read.</param>
/// <param name="Field">The JSON path of the offending field, or <c>$</c> for the whole line.</param>
/// <param name="Reason">What is wrong, in one sentence.</param>
public sealed record Rejection(long LineNumber, string? CaseId, string Field, string Reason)
{
    /// <summary>Formats the rejection as one line: <c>line 3, case C-17, exit.closureDate: reason</c>.</summary>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"line {LineNumber}, case {CaseId ?? "?"}, {Field}: {Reason}");
}

/// <summary>The outcome of reading one non-blank line: an accepted <see cref="Model.Case"/> or a <see cref="Serialization.Rejection"/>.</summary>
public sealed class ReadResult
{
    private ReadResult(long lineNumber, Case? @case, Rejection? rejection)
    {
        LineNumber = lineNumber;
        Case = @case;
        Rejection = rejection;
    }

    /// <summary>Gets the 1-based line number in the input.</summary>
    public long LineNumber { get; }

    /// <summary>Gets the accepted case, or <see langword="null"/> when the line was rejected.</summary>
    public Case? Case { get; }

    /// <summary>Gets the rejection, or <see langword="null"/> when the line was accepted.</summary>
    public Rejection? Rejection { get; }

    /// <summary>Gets whether the line was accepted.</summary>
    [MemberNotNullWhen(true, nameof(Case))]
    [MemberNotNullWhen(false, nameof(Rejection))]
    public bool IsAccepted => Case is not null;

    internal static ReadResult Accepted(long lineNumber, Case @case) => new(lineNumber, @case, null);

    internal static ReadResult Rejected(Rejection rejection) => new(rejection.LineNumber, null, rejection);
}

/// <summary>
/// Counts of a read: every non-blank line is either accepted or rejected, so <see cref="Read"/> is always
/// <see cref="Accepted"/> + <see cref="Rejected"/>. Summaries of parts of a file add up to the summary of the whole.
/// </summary>
/// <param name="Accepted">The number of accepted lines.</param>
/// <param name="Rejected">The number of rejected lines.</param>
public readonly record struct ReadSummary(long Accepted, long Rejected)
{
    /// <summary>Gets the summary of reading nothing.</summary>
    public static ReadSummary Empty => default;

    /// <summary>Gets the number of lines read (blank lines are not counted).</summary>
    public long Read => checked(Accepted + Rejected);

    /// <summary>Returns this summary with <paramref name="result"/> counted.</summary>
    public ReadSummary Add(ReadResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.IsAccepted ? this with { Accepted = checked(Accepted + 1) } : this with { Rejected = checked(Rejected + 1) };
    }

    /// <summary>Counts every result of <paramref name="results"/>.</summary>
    public static ReadSummary Of(IEnumerable<ReadResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return results.Aggregate(Empty, static (summary, result) => summary.Add(result));
    }

    /// <summary>Adds the counts of two summaries (for example of two parts of a file).</summary>
    public static ReadSummary operator +(ReadSummary left, ReadSummary right)
        => new(checked(left.Accepted + right.Accepted), checked(left.Rejected + right.Rejected));

    /// <summary>Adds the counts of two summaries.</summary>
    public static ReadSummary Add(ReadSummary left, ReadSummary right) => left + right;

    /// <summary>Formats the counts as <c>read N, accepted A, rejected R</c> (plain integers, invariant culture).</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"read {Read}, accepted {Accepted}, rejected {Rejected}");
}
