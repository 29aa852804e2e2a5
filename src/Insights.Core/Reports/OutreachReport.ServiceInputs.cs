using Insights.Core.Model;
using Insights.Core.Tabulation;

namespace Insights.Core.Reports;

public static partial class OutreachReport
{
    private static Tabulator<ReportCase>[] ServiceInputs() =>
    [
        // One table of forms: review forms are counted one by one, since a case may have several reviews
        // (Case.Reviews); the intake and exit rows count cases, each of which has one intake and at most one exit.
        Tabulate.Stack(
            "Cases used in the analysis",
            Tabulate.Counts<ReportCase>("Cases used in the analysis", _ => true)
                .WithDisplay(CountDisplay.CountOnly)
                .WithRow("Intake forms", _ => true),
            Tabulate.OfEach<ReportCase, ReviewForm>(
                r => r.Case.Reviews,
                Tabulate.Counts<ReviewForm>("Review forms", _ => true)
                    .WithDisplay(CountDisplay.CountOnly)
                    .WithRow("Review forms", _ => true)),
            Tabulate.Counts<ReportCase>("Exit and justice forms", _ => true)
                .WithDisplay(CountDisplay.CountOnly)
                .WithRow("Exit forms", IsMatched)
                .WithRow("Clients supported with criminal justice", SupportedWithCriminalJustice)
                .WithRow("Clients supported with civil justice", SupportedWithCivilJustice)),
        One("Referral status", r => r.Case.ReferralStatus)
            .WithLayout(AllRows<ReferralStatus>().Total())
            .WithMissing(MissingAnswers.Hidden)
            .WithNotes("Cases are deemed repeats if the client has returned to the service after their case was previously closed (or made inactive). Cases are marked as a 'Continuing case' if the case was transferred from the previous version of Insights to the new version"),
        One("Primary referral route", r => r.Case.PrimaryReferralRoute).WithMissing(MissingAnswers.Hidden),
        One("Initial referral route", r => r.Case.InitialReferralRoute)
            .WithNotes("For referrals received through a single-point of contact"),
    ];
}
