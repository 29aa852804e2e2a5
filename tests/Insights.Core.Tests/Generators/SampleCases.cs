using Insights.Core.Model;

namespace Insights.Core.Tests.Generators;

/// <summary>Small hand-built cases for example tests: valid under CaseRules unless a test changes them.</summary>
public static class SampleCases
{
    public static readonly Service Service = new() { Id = new ServiceId("S-1"), Name = "Outreach North", Region = Region.NorthEast };

    public static Case Minimal(string id = "C-1", string client = "P-1", DateOnly? intakeDate = null) => new()
    {
        Id = new CaseId(id),
        Client = new ClientId(client),
        Service = Service,
        IntakeDate = intakeDate ?? new DateOnly(2018, 5, 1),
        Intake = new IntakeForm
        {
            Profile = new ClientProfile(),
            Abuse = new AbuseHistory { Levels = new AbuseProfile() },
            Perpetrator = new PerpetratorProfile(),
            Needs = new IntakeNeeds(),
        },
    };

    public static ExitForm MinimalExit(DateOnly closureDate) => new()
    {
        ClosureDate = closureDate,
        Levels = new AbuseProfile(),
        Support = new SupportGiven(),
    };

    public static Case WithAbuse(this Case c, Func<AbuseHistory, AbuseHistory> change)
        => c with { Intake = c.Intake with { Abuse = change(c.Intake.Abuse) } };

    public static Case WithProfile(this Case c, Func<ClientProfile, ClientProfile> change)
        => c with { Intake = c.Intake with { Profile = change(c.Intake.Profile) } };

    public static Case WithNeeds(this Case c, Func<IntakeNeeds, IntakeNeeds> change)
        => c with { Intake = c.Intake with { Needs = change(c.Intake.Needs) } };
}
