using Insights.Core.Model;

namespace Insights.Core.Reports;

/// <summary>
/// A case as the Outreach report counts it: the case, and whether it is its client's profile case (the one
/// case per client that the client-profile tables count, see <see cref="Dataset.ClientProfileCases"/>).
/// </summary>
/// <param name="Case">The case.</param>
/// <param name="IsClientProfile">Whether this case stands for its client in the client-profile tables.</param>
public readonly record struct ReportCase(Case Case, bool IsClientProfile)
{
    /// <summary>Lists the cases of <paramref name="dataset"/> as the report counts them, in dataset order.</summary>
    public static IReadOnlyList<ReportCase> From(Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var result = new ReportCase[dataset.Cases.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var c = dataset.Cases[i];
            result[i] = new ReportCase(c, dataset.IsProfileCase(c));
        }

        return result;
    }
}
