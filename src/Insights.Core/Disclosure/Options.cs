using Insights.Core.Tabulation;

namespace Insights.Core.Disclosure;

/// <summary>What disclosure control withholds: counts from 1 to <see cref="Threshold"/> − 1 and whatever would reveal them.</summary>
public sealed class SuppressionOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="threshold">K: counts from 1 to K − 1 and statistics of fewer than K records are withheld; at least 2.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is below 2.</exception>
    public SuppressionOptions(int threshold)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threshold, 2);
        Threshold = threshold;
    }

    /// <summary>Gets K: counts from 1 to K − 1 are withheld.</summary>
    public int Threshold { get; }

    /// <summary>Gets numbers of different tables that are the same count (see <see cref="CrossTableLink"/>).</summary>
    /// <value>The default value is empty.</value>
    /// <exception cref="ArgumentException">A link is null or names a negative table position.</exception>
    public IReadOnlyList<CrossTableLink> Links
    {
        get => _links;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            if (value.Any(l => l is null || l.FirstTable < 0 || l.SecondTable < 0))
            {
                throw new ArgumentException("A link is null or names a negative table position.", nameof(value));
            }

            _links = [.. value];
        }
    }

    private readonly IReadOnlyList<CrossTableLink> _links = [];
}

/// <summary>The feasible interval of one withheld number: every value it could have given what is published.</summary>
/// <param name="Table">The position of its table in the tables audited.</param>
/// <param name="Term">The number withheld.</param>
/// <param name="Lower">The smallest value consistent with the published numbers and the relations.</param>
/// <param name="Upper">The largest such value, or <see langword="null"/> when nothing published bounds it.</param>
/// <param name="IsProtected">Whether the interval is as wide as the protection requires.</param>
public sealed record FeasibleInterval(int Table, TableTerm Term, long Lower, long? Upper, bool IsProtected);

/// <summary>
/// The result of <see cref="DisclosureAudit"/>: the feasible interval of every withheld number and whether each is
/// protected. It never holds the withheld values themselves.
/// </summary>
public sealed class AuditResult
{
    internal AuditResult(int threshold, IReadOnlyList<FeasibleInterval> intervals)
    {
        Threshold = threshold;
        Intervals = [.. intervals];
        Failures = [.. Intervals.Where(i => !i.IsProtected)];
    }

    /// <summary>Gets K, the threshold audited against.</summary>
    public int Threshold { get; }

    /// <summary>Gets the interval of every withheld number, table by table in position order.</summary>
    public IReadOnlyList<FeasibleInterval> Intervals { get; }

    /// <summary>Gets the intervals narrower than the protection requires.</summary>
    public IReadOnlyList<FeasibleInterval> Failures { get; }

    /// <summary>Gets whether every withheld number is protected.</summary>
    public bool Passed => Failures.Count == 0;

    /// <inheritdoc/>
    public override string ToString() => Passed
        ? $"Disclosure audit passed: {Intervals.Count} withheld numbers protected at K={Threshold}."
        : $"Disclosure audit failed at K={Threshold}: {string.Join("; ", Failures.Select(f => $"table {f.Table} {f.Term}"))}.";
}
