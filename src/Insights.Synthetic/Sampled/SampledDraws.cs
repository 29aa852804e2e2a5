using System.Globalization;
using Insights.Core.Model;
using Insights.Synthetic.Calibration;
using Insights.Synthetic.Published;

namespace Insights.Synthetic.Sampled;

/// <summary>
/// One sampled case, described without building it: which exact case it copies, its new numbers, how many
/// days its dates move and which service holds it. <see cref="SampledDraws.Materialize"/> turns it into a
/// <see cref="Case"/>; a columnar frame builder can instead copy the source case's precomputed row and shift
/// its dates, so that sampling millions of cases allocates no records.
/// </summary>
/// <param name="CaseNumber">The case's number, from 1, in generation order.</param>
/// <param name="ClientNumber">The client's number, from 1; a client's two cases share it.</param>
/// <param name="Source">The index of the copied case in <see cref="ExactDataset.Cases"/>.</param>
/// <param name="DayOffset">The days added to every date of the copied case.</param>
/// <param name="Service">The index of the service in <see cref="SampledDraws.Services"/>.</param>
internal readonly record struct SampledDraw(long CaseNumber, long ClientNumber, int Source, int DayOffset, int Service);

/// <summary>
/// The bootstrap behind <see cref="SampledDataset"/>: clients are drawn with replacement from the exact
/// dataset's clients (a returning client brings both cases, in order), so every joint distribution and every
/// dependency between answers is the calibrated data's own. Each drawn client moves in time by a random
/// number of days chosen so that its closures, and the intakes of its open cases, stay in the reporting
/// period; the second case of a returning client therefore still opens after the first closed.
/// </summary>
internal static class SampledDraws
{
    private static readonly Lazy<Unit[]> SourceUnits = new(BuildUnits);

    /// <summary>Gets the services sampled cases are spread over: the exact dataset's 22.</summary>
    internal static IReadOnlyList<Service> Services { get; } = [.. ExactDataset.Cases.Select(c => c.Service).DistinctBy(s => s.Id).OrderBy(s => s.Id.Value, StringComparer.Ordinal)];

    /// <summary>A client of the exact dataset: the indexes of its cases, in intake order, and the day offsets that keep it in the period.</summary>
    private readonly record struct Unit(int First, int Second, int MinimumOffset, int MaximumOffset);

    /// <summary>Draws <paramref name="count"/> cases lazily; the sequence depends only on <paramref name="seed"/>.</summary>
    internal static IEnumerable<SampledDraw> Draw(long count, ulong seed)
    {
        var units = SourceUnits.Value;
        var random = new Random64(seed);
        var serviceCount = Services.Count;
        long caseNumber = 0;
        long clientNumber = 0;
        while (caseNumber < count)
        {
            var unit = units[random.NextInt(units.Length)];
            var offset = unit.MinimumOffset + random.NextInt(unit.MaximumOffset - unit.MinimumOffset + 1);
            var service = random.NextInt(serviceCount);
            clientNumber++;
            yield return new SampledDraw(++caseNumber, clientNumber, unit.First, offset, service);
            if (unit.Second >= 0 && caseNumber < count)
            {
                yield return new SampledDraw(++caseNumber, clientNumber, unit.Second, offset, service);
            }
        }
    }

    /// <summary>Builds the case a draw describes.</summary>
    internal static Case Materialize(SampledDraw draw)
    {
        var source = ExactDataset.Cases[draw.Source];
        var offset = draw.DayOffset;
        return source with
        {
            Id = new CaseId("case-" + draw.CaseNumber.ToString("000000000", CultureInfo.InvariantCulture)),
            Client = new ClientId("client-" + draw.ClientNumber.ToString("000000000", CultureInfo.InvariantCulture)),
            Service = Services[draw.Service],
            IntakeDate = source.IntakeDate.AddDays(offset),
            Reviews = offset == 0 || source.Reviews.Count == 0
                ? source.Reviews
                : ValueList.From(source.Reviews.Select(r => r with { Date = r.Date.AddDays(offset) })),
            Exit = source.Exit is { } exit ? exit with { ClosureDate = exit.ClosureDate.AddDays(offset) } : null,
        };
    }

    private static Unit[] BuildUnits()
    {
        var cases = ExactDataset.Cases;
        var start = PublishedFigures.PeriodStart.DayNumber;
        var end = PublishedFigures.PeriodEnd.DayNumber;
        return [.. Enumerable.Range(0, cases.Length).GroupBy(i => cases[i].Client).Select(client =>
        {
            var indexes = client.OrderBy(i => cases[i].IntakeDate).ThenBy(i => cases[i].Id.Value, StringComparer.Ordinal).ToArray();
            var anchors = indexes.Select(i => (cases[i].Exit?.ClosureDate ?? cases[i].IntakeDate).DayNumber).ToArray();
            return new Unit(indexes[0], indexes.Length > 1 ? indexes[1] : -1, start - anchors.Min(), end - anchors.Max());
        })];
    }
}
