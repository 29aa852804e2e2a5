using System.Text.Json.Serialization;

namespace Insights.Core.Model;

/// <summary>An outreach service that submits cases ("drawn from 22 Outreach services across England and Wales").</summary>
public sealed record Service
{
    /// <summary>Gets the service identifier.</summary>
    public required ServiceId Id { get; init; }

    /// <summary>Gets the service's name.</summary>
    /// <exception cref="ArgumentException">The name is empty or whitespace.</exception>
    public required string Name
    {
        get;
        init => field = ValueRange.NotBlank(value, typeof(Service), nameof(Name));
    }

    /// <summary>Gets the region where the service operates.</summary>
    public required Region Region { get; init; }
}

/// <summary>
/// One referral of one client to one service: its intake form, any review forms, and the exit form once the
/// case closed. Intake tables count cases ("Intake forms 1,820"); a case with an exit is a matched exit
/// ("Exit forms 1,086"). Cross-field rules the record does not enforce itself are listed in <c>CaseRules</c>
/// and checked by the data reader.
/// </summary>
/// <remarks>Two cases are equal when all their fields, forms and lists are equal.</remarks>
public sealed record Case
{
    /// <summary>Gets the case identifier, unique within a dataset.</summary>
    public required CaseId Id { get; init; }

    /// <summary>Gets the client (person) the case is about; one client may have several cases.</summary>
    public required ClientId Client { get; init; }

    /// <summary>Gets the service that holds the case.</summary>
    public required Service Service { get => field; init => field = ValueRange.NotNull(value, nameof(Service)); }

    /// <summary>Gets the answer to "Referral status", or <see langword="null"/> when missing.</summary>
    public ReferralStatus? ReferralStatus { get; init; }

    /// <summary>Gets the answer to "Primary referral route", or <see langword="null"/> when missing.</summary>
    public PrimaryReferralRoute? PrimaryReferralRoute { get; init; }

    /// <summary>Gets the answer to "Initial referral route" (referrals through a single point of contact), or <see langword="null"/> when missing.</summary>
    public InitialReferralRoute? InitialReferralRoute { get; init; }

    /// <summary>Gets the date the case opened. It may fall before the reporting period.</summary>
    public required DateOnly IntakeDate { get; init; }

    /// <summary>Gets the intake form.</summary>
    public required IntakeForm Intake { get => field; init => field = ValueRange.NotNull(value, nameof(Intake)); }

    /// <summary>Gets the review forms in the order they were submitted ("Case review data").</summary>
    /// <value>The default value is the empty list; setting <see langword="null"/> also gives the empty list.</value>
    public ValueList<ReviewForm> Reviews { get; init => field = value ?? ValueList<ReviewForm>.Empty; } = ValueList<ReviewForm>.Empty;

    /// <summary>Gets the exit form, or <see langword="null"/> while the case is open.</summary>
    public ExitForm? Exit { get; init; }

    /// <summary>Gets whether the case has closed, i.e. has an exit form (a "matched exit").</summary>
    [JsonIgnore]
    public bool IsClosed => Exit is not null;
}
