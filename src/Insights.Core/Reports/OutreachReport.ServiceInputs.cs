using Insights.Core.Model;
using Insights.Core.Tabulation;

namespace Insights.Core.Reports;

public static partial class OutreachReport
{
    private static Tabulator<ReportCase>[] ServiceInputs() =>
    [
        Tabulate.Counts<ReportCase>("Cases used in the analysis", _ => true)
            .WithDisplay(CountDisplay.CountOnly)
            .WithRow("Intake forms", _ => true)
            .WithRow("Review forms", r => r.Case.Reviews.Count > 0)
            .WithRow("Exit forms", IsMatched)
            .WithRow("Clients supported with criminal justice", r => r.Case.Exit?.CriminalJustice is not null)
            .WithRow("Clients supported with civil justice", r => r.Case.Exit?.CivilJustice is not null),
        One("Referral status", r => r.Case.ReferralStatus)
            .WithLayout(AllRows<ReferralStatus>().Total())
            .WithMissing(MissingAnswers.Hidden)
            .WithNotes("Cases are deemed repeats if the client has returned to the service after their case was previously closed (or made inactive). Cases are marked as a 'Continuing case' if the case was transferred from the previous version of Insights to the new version"),
        One("Primary referral route", r => r.Case.PrimaryReferralRoute).WithMissing(MissingAnswers.Hidden),
        One("Initial referral route", r => r.Case.InitialReferralRoute)
            .WithNotes("For referrals received through a single-point of contact"),
    ];
}
