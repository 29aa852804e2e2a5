using Insights.Core.Model;
using Insights.Synthetic.Exact;

namespace Insights.Synthetic;

/// <summary>
/// The calibrated dataset behind the published "Insights Outreach England and Wales 2018-19" report:
/// 1,820 intake forms from 1,794 clients, 1,086 of them closed with an exit form, 21 reviews and the
/// criminal and civil justice forms. Tabulated by the report's rules, it reproduces the published tables
/// row for row, except where the report contradicts itself (see docs/report-deviations.md).
/// </summary>
/// <remarks>
/// The cases are synthetic: every answer is dealt from the published counts, with the dependencies between
/// questions respected, so no real person is described. The data is the same on every call and every
/// machine (no clock, no unseeded randomness). Five closed cases deliberately close before their intake
/// date: the report counts such cases as "Errors", and the data reader's rules reject them.
/// </remarks>
public static class ExactDataset
{
    private static readonly Lazy<Case[]> Calibrated = new(() => ExactDatasetBuilder.Build());

    /// <summary>Returns the calibrated cases, ordered by intake date (case ids follow that order).</summary>
    /// <returns>The same 1,820 cases on every call; the list is read-only and its records are immutable.</returns>
    public static IReadOnlyList<Case> Create() => Array.AsReadOnly(Calibrated.Value);

    /// <summary>
    /// Gets the calibrated cases as an array, built once. Generators that copy the exact cases (the sampled
    /// mode, a columnar frame builder) index it directly instead of going through the public list.
    /// </summary>
    internal static Case[] Cases => Calibrated.Value;
}
