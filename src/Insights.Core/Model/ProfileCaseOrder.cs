namespace Insights.Core.Model;

/// <summary>
/// The rule that picks a client's profile case, the one case that stands for the client in the client-profile
/// tables: the case with the earliest intake date, ties broken by the case id that sorts first by ordinal
/// comparison. The profile case of a client is the first of the client's cases in this order.
/// </summary>
/// <remarks>
/// <see cref="Dataset"/> applies the rule to the cases it holds, and the streaming readers apply it while a file
/// is read, so a report over a dataset and over the same file agree. Two different cases never compare equal:
/// case ids are unique within a dataset.
/// </remarks>
public sealed class ProfileCaseOrder : IComparer<Case>
{
    private ProfileCaseOrder()
    {
    }

    /// <summary>Gets the order (there is one).</summary>
    public static ProfileCaseOrder Instance { get; } = new();

    /// <summary>
    /// Compares two cases of one client in profile-case order: negative when <paramref name="x"/> comes first (its
    /// intake date is earlier, or the dates are equal and its id sorts first), positive when <paramref name="y"/> does,
    /// zero for the same date and id. <see langword="null"/> sorts before any case.
    /// </summary>
    public int Compare(Case? x, Case? y)
        => x is null || y is null
            ? (x is null ? 0 : 1) - (y is null ? 0 : 1)
            : Compare(x.IntakeDate, x.Id, y.IntakeDate, y.Id);

    /// <summary>
    /// Compares two cases, given by their intake dates and ids, in profile-case order: negative when the first comes
    /// first, positive when the second does, zero when both date and id are equal. The client is not compared.
    /// </summary>
    /// <param name="intakeDate">The intake date of the first case.</param>
    /// <param name="id">The id of the first case.</param>
    /// <param name="otherIntakeDate">The intake date of the second case.</param>
    /// <param name="otherId">The id of the second case.</param>
    public static int Compare(DateOnly intakeDate, CaseId id, DateOnly otherIntakeDate, CaseId otherId)
    {
        var byDate = intakeDate.CompareTo(otherIntakeDate);
        return byDate != 0 ? byDate : string.CompareOrdinal(id.Value, otherId.Value);
    }
}
