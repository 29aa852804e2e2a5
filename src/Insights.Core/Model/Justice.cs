namespace Insights.Core.Model;

/// <summary>The criminal justice form at exit ("Criminal justice system outcomes"); its tables count police reports.</summary>
public sealed record CriminalJusticeForm
{
    /// <summary>Gets the reports made to the police ("Number of police reports = 28").</summary>
    /// <value>The default value is the empty list; setting <see langword="null"/> also gives the empty list.</value>
    public ValueList<PoliceReport> PoliceReports { get; init => field = value ?? ValueList<PoliceReport>.Empty; } = ValueList<PoliceReport>.Empty;
}

/// <summary>One report made to the police, with its incidents and outcomes.</summary>
public sealed record PoliceReport
{
    /// <summary>Gets the answer to "When was the report made to the police?".</summary>
    public ReportTiming? Timing { get; init; }

    /// <summary>Gets the incidents reported ("Incidents", "Consequences").</summary>
    /// <value>The default value is the empty list; setting <see langword="null"/> also gives the empty list.</value>
    public ValueList<Incident> Incidents { get; init => field = value ?? ValueList<Incident>.Empty; } = ValueList<Incident>.Empty;

    /// <summary>Gets the answer to "Were special measures granted in this case?".</summary>
    public SpecialMeasures? SpecialMeasures { get; init; }

    /// <summary>Gets the answer to "Perpetrator penalties" (multi-select).</summary>
    public EnumSet<PerpetratorPenalty>? Penalties { get; init; }

    /// <summary>Gets the answer to "What support did you provide the client in this area?" (multi-select).</summary>
    public EnumSet<CriminalJusticeSupport>? Support { get; init; }
}

/// <summary>One incident in a police report.</summary>
public sealed record Incident
{
    /// <summary>Gets the offence ("Incidents").</summary>
    public required Offence Offence { get; init; }

    /// <summary>Gets what followed the incident ("Consequences").</summary>
    public IncidentConsequence? Consequence { get; init; }

    /// <summary>Gets the answer to "Reason for no further action (NFA)" (only when the consequence is "Police report - no further action").</summary>
    public NfaReason? NfaReason { get; init; }
}

/// <summary>The civil justice form at exit ("Civil justice system outcomes").</summary>
public sealed record CivilJusticeForm
{
    /// <summary>Gets the answer to "Did the client qualify for legal aid?".</summary>
    public YesNoDontKnow? LegalAid { get; init; }

    /// <summary>Gets the civil orders and where each stood at closure ("Civil orders applied for").</summary>
    /// <value>The default value is the empty list; setting <see langword="null"/> also gives the empty list.</value>
    public ValueList<CivilOrder> Orders { get; init => field = value ?? ValueList<CivilOrder>.Empty; } = ValueList<CivilOrder>.Empty;

    /// <summary>Gets the answer to "What support did you provide the client in this area?" (multi-select).</summary>
    public EnumSet<CivilJusticeSupport>? Support { get; init; }
}

/// <summary>A civil order and its status when the case closed ("Civil orders applied for").</summary>
public sealed record CivilOrder
{
    /// <summary>Gets the type of order.</summary>
    public required CivilOrderType Type { get; init; }

    /// <summary>Gets the order's status.</summary>
    public required CivilOrderStatus Status { get; init; }
}
