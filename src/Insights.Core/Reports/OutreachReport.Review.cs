using Insights.Core.Model;
using Insights.Core.Tabulation;

namespace Insights.Core.Reports;

public static partial class OutreachReport
{
    // The latest review, the first of equally late ones (as MaxBy chooses). A loop by index: MaxBy's enumerator
    // would be an allocation for every reviewed case that each of the section's tables counts.
    private static ReviewForm? LastReview(ReportCase r)
    {
        var reviews = r.Case.Reviews;
        ReviewForm? last = null;
        for (var i = 0; i < reviews.Count; i++)
        {
            if (last is null || reviews[i].Date > last.Date)
            {
                last = reviews[i];
            }
        }

        return last;
    }

    private static bool HasReview(ReportCase r) => r.Case.Reviews.Count > 0;

    private static Tabulator<ReportCase>[] CaseReview() =>
    [
        Tabulate.Stack(
            "Review point",
            Tabulate.Counts<ReportCase>("Review point", _ => true)
                .WithRow("Yes", HasReview)
                .WithRow("No", r => !HasReview(r)),
            Tabulate.Numeric<ReportCase>("Days to last review", r => LastReview(r) is { } review ? review.Date.DayNumber - r.Case.IntakeDate.DayNumber : null, 36_600)
                .WithStatistic(new NumericStatistic("Average length of time from case opened to last review point (median)", Average.Median, unit: "days"))
                .WithMissing(MissingAnswers.Excluded))
            .Where(IsMatched),
        One("Since intake, has further abuse occurred?", r => LastReview(r)?.FurtherAbuse).Where(r => IsMatched(r) && HasReview(r)),
        MultipleTypes("Multiple types of abuse", r => LastReview(r)?.FurtherAbuse is { } answer && answer != FurtherAbuse.No, r => LastReview(r)?.Levels)
            .Where(IsMatched),
        One("Since intake, has further abuse been disclosed?", r => LastReview(r)?.FurtherDisclosure)
            .WithMissing(MissingAnswers.Hidden)
            .Where(r => IsMatched(r) && HasReview(r)),
    ];
}
