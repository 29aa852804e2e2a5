using Insights.Core.Model;
using Insights.Core.Reports;
using Insights.Core.Tabulation;
using Insights.Synthetic;

namespace Insights.Core.Tests.Formatting;

/// <summary>The built-in report of the exact dataset, evaluated once for every renderer's tests.</summary>
internal static class OutreachFixture
{
    private static readonly Lazy<ReportResult> Evaluated = new(() => OutreachReport.Evaluate(new Dataset(ExactDataset.Create())));

    internal static ReportResult Report => Evaluated.Value;
}
