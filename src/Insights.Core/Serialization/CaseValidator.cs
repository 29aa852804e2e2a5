using Insights.Core.Model;

namespace Insights.Core.Serialization;

/// <summary>
/// Validates cases built in code exactly as <see cref="CaseReader"/> validates the cases it reads: the model's
/// cross-field rules (<see cref="CaseRules"/>), then the checks across records (a case id seen before is
/// rejected; a service id seen before with another name or region gets a warning). Findings are numbered by the
/// position of the case, from 1, in place of a line number.
/// </summary>
/// <remarks>A validator remembers the cases it has seen (for duplicate ids), so use one per dataset. It is not thread-safe.</remarks>
/// <example>
/// <code>
/// var validator = new CaseValidator();
/// foreach (var c in myCases)
/// {
///     var result = validator.Check(c);
///     if (!result.IsAccepted) Console.WriteLine(result.Rejection);
///     foreach (var warning in result.Warnings) Console.WriteLine(warning);
/// }
/// </code>
/// </example>
public sealed class CaseValidator
{
    private readonly RecordChecks _checks = new();
    private long _count;

    /// <summary>Gets how many cases have been checked.</summary>
    public long Count => _count;

    /// <summary>Checks the next case: the result holds it when accepted (with any warnings), or the rejection.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="case"/> is <see langword="null"/>.</exception>
    public ReadResult Check(Case @case)
    {
        ArgumentNullException.ThrowIfNull(@case);
        _count++;
        return _checks.Commit(LineParser.CheckRules(_count, @case));
    }

    /// <summary>Checks every case of <paramref name="cases"/> in order, with a new validator.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="cases"/> or one of its items is <see langword="null"/>.</exception>
    public static IReadOnlyList<ReadResult> CheckAll(IEnumerable<Case> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var validator = new CaseValidator();
        return [.. cases.Select(validator.Check)];
    }
}
