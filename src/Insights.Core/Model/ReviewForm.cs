namespace Insights.Core.Model;

/// <summary>A review form, recording further or previously undisclosed abuse ("Case review data").</summary>
public sealed record ReviewForm
{
    /// <summary>Gets the date of the review point (not before intake, not after closure).</summary>
    public required DateOnly Date { get; init; }

    /// <summary>Gets the answer to "Since intake, has further abuse occurred?".</summary>
    public FurtherAbuse? FurtherAbuse { get; init; }

    /// <summary>Gets the level of each abuse type at the review.</summary>
    public required AbuseProfile Levels { get => field; init => field = ValueRange.NotNull(value, nameof(Levels)); }

    /// <summary>Gets the answer to "Since intake, has further abuse been disclosed?".</summary>
    public FurtherDisclosure? FurtherDisclosure { get; init; }
}
