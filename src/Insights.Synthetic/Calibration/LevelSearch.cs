using System.Globalization;
using Insights.Core.Model;

namespace Insights.Synthetic.Calibration;

/// <summary>
/// Arranges the levels of the four abuse types so that, with every type's level counts unchanged, the
/// population has exactly the published numbers of cases experiencing two or more types, two or more types
/// at high severity, and at least one type at high severity. A local search: it swaps two cases' levels of
/// one type (which keeps that type's counts) whenever the swap does not move the three numbers further
/// from their targets.
/// </summary>
internal static class LevelSearch
{
    private const int MaxSteps = 50_000_000;

    /// <summary>The three published "multiple types of abuse" counts of one population.</summary>
    internal readonly record struct Targets(int MultipleTypes, int MultipleHigh, int AnyHigh);

    /// <summary>Rearranges <paramref name="levels"/> (one array per abuse type, all of the population's length) in place.</summary>
    /// <exception cref="InvalidOperationException">The targets were not reached.</exception>
    internal static void Solve(AbuseLevel?[][] levels, Targets targets, Random64 random)
    {
        var rows = levels[0].Length;
        var experienced = new int[rows];
        var high = new int[rows];
        for (var r = 0; r < rows; r++)
        {
            foreach (var column in levels)
            {
                experienced[r] += column[r].IsExperienced() ? 1 : 0;
                high[r] += column[r] == AbuseLevel.High ? 1 : 0;
            }
        }

        var multiple = experienced.Count(e => e >= 2);
        var multipleHigh = high.Count(h => h >= 2);
        var anyHigh = high.Count(h => h >= 1);
        var distance = Distance(multiple, multipleHigh, anyHigh, targets);
        for (var step = 0; step < MaxSteps && distance > 0; step++)
        {
            var column = levels[random.NextInt(levels.Length)];
            var i = random.NextInt(rows);
            var j = random.NextInt(rows);
            if (i == j || column[i] == column[j])
            {
                continue;
            }

            var (a, b) = (column[i], column[j]);
            var deltaExperienced = (b.IsExperienced() ? 1 : 0) - (a.IsExperienced() ? 1 : 0);
            var deltaHigh = (b == AbuseLevel.High ? 1 : 0) - (a == AbuseLevel.High ? 1 : 0);
            var (ei, hi, ej, hj) = (experienced[i] + deltaExperienced, high[i] + deltaHigh, experienced[j] - deltaExperienced, high[j] - deltaHigh);
            var newMultiple = multiple + Change(experienced[i], ei, 2) + Change(experienced[j], ej, 2);
            var newMultipleHigh = multipleHigh + Change(high[i], hi, 2) + Change(high[j], hj, 2);
            var newAnyHigh = anyHigh + Change(high[i], hi, 1) + Change(high[j], hj, 1);
            var newDistance = Distance(newMultiple, newMultipleHigh, newAnyHigh, targets);
            if (newDistance <= distance)
            {
                (column[i], column[j]) = (b, a);
                (experienced[i], high[i], experienced[j], high[j]) = (ei, hi, ej, hj);
                (multiple, multipleHigh, anyHigh, distance) = (newMultiple, newMultipleHigh, newAnyHigh, newDistance);
            }
        }

        if (distance > 0)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"Abuse levels reached {multiple}/{multipleHigh}/{anyHigh} cases with multiple types/multiple high/any high, not {targets.MultipleTypes}/{targets.MultipleHigh}/{targets.AnyHigh}."));
        }
    }

    private static int Change(int before, int after, int threshold) => (after >= threshold ? 1 : 0) - (before >= threshold ? 1 : 0);

    private static int Distance(int multiple, int multipleHigh, int anyHigh, Targets targets)
        => Math.Abs(multiple - targets.MultipleTypes) + Math.Abs(multipleHigh - targets.MultipleHigh) + Math.Abs(anyHigh - targets.AnyHigh);
}
