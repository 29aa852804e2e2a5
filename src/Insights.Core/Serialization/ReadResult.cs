using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Insights.Core.Model;

namespace Insights.Core.Serialization;

/// <summary>
/// The outcome of reading one non-blank line: an accepted <see cref="Model.Case"/>, perhaps with data-quality
/// warnings, or a rejection.
/// </summary>
public sealed class ReadResult
{
    private ReadResult(long lineNumber, Case? @case, Finding? rejection, IReadOnlyList<Finding> warnings)
    {
        LineNumber = lineNumber;
        Case = @case;
        Rejection = rejection;
        Warnings = warnings;
    }

    /// <summary>Gets the 1-based line number in the input.</summary>
    public long LineNumber { get; }

    /// <summary>Gets the accepted case, or <see langword="null"/> when the line was rejected.</summary>
    public Case? Case { get; }

    /// <summary>Gets the rejection, or <see langword="null"/> when the line was accepted.</summary>
    public Finding? Rejection { get; }

    /// <summary>Gets the warnings about an accepted case (empty when there are none, and for a rejected line).</summary>
    public IReadOnlyList<Finding> Warnings { get; }

    /// <summary>Gets whether the line was accepted.</summary>
    [MemberNotNullWhen(true, nameof(Case))]
    [MemberNotNullWhen(false, nameof(Rejection))]
    public bool IsAccepted => Case is not null;

    internal static ReadResult Accepted(long lineNumber, Case @case, IReadOnlyList<Finding>? warnings)
        => new(lineNumber, @case, null, warnings ?? []);

    internal static ReadResult Rejected(Finding rejection) => new(rejection.LineNumber, null, rejection, []);
}

/// <summary>
/// Counts of a read: every non-blank line is either accepted or rejected, so <see cref="Read"/> is always
/// <see cref="Accepted"/> + <see cref="Rejected"/>. Summaries of parts of a file add up to the summary of the whole.
/// </summary>
/// <param name="Accepted">The number of accepted lines (with or without warnings).</param>
/// <param name="Rejected">The number of rejected lines.</param>
/// <param name="Warnings">The number of warnings about accepted lines (a line may have several).</param>
public readonly record struct ReadSummary(long Accepted, long Rejected, long Warnings = 0)
{
    /// <summary>Gets the summary of reading nothing.</summary>
    public static ReadSummary Empty => default;

    /// <summary>Gets the number of lines read (blank lines are not counted).</summary>
    public long Read => checked(Accepted + Rejected);

    /// <summary>Returns this summary with <paramref name="result"/> counted.</summary>
    public ReadSummary Add(ReadResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.IsAccepted
            ? this with { Accepted = checked(Accepted + 1), Warnings = checked(Warnings + result.Warnings.Count) }
            : this with { Rejected = checked(Rejected + 1) };
    }

    /// <summary>Counts every result of <paramref name="results"/>.</summary>
    public static ReadSummary Of(IEnumerable<ReadResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return results.Aggregate(Empty, static (summary, result) => summary.Add(result));
    }

    /// <summary>Adds the counts of two summaries (for example of two parts of a file).</summary>
    public static ReadSummary operator +(ReadSummary left, ReadSummary right)
        => new(checked(left.Accepted + right.Accepted), checked(left.Rejected + right.Rejected), checked(left.Warnings + right.Warnings));

    /// <summary>Adds the counts of two summaries.</summary>
    public static ReadSummary Add(ReadSummary left, ReadSummary right) => left + right;

    /// <summary>Formats the counts as <c>read N, accepted A, rejected R</c> (plain integers, invariant culture).</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"read {Read}, accepted {Accepted}, rejected {Rejected}");
}
