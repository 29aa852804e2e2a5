using FsCheck;
using FsCheck.Fluent;
using Insights.Core.Model;

namespace Insights.Core.Tests.Generators;

/// <summary>
/// Cases as real files have them: valid under the rejection rules of CaseRules, but some kept with warnings
/// (closed before intake, a review outside the case, a date outside the plausible window), some repeating an
/// earlier case id, some naming a known service id with another name or region, and clients with several cases,
/// some on the same intake day (the profile case is then the smaller id, which need not come first: the order
/// is shuffled).
/// </summary>
public static class MessyCases
{
    /// <summary>Generates a list of cases that may hold duplicate ids; each is valid on its own, or only warned.</summary>
    public static Gen<IReadOnlyList<Case>> Dataset { get; } =
        CaseGenerators.Dataset.SelectMany(cases => Gen.Choose(0, int.MaxValue).Select(seed => Mess(cases, new Random(seed))));

    /// <summary>Generates a case that breaks only warning rules (at least one).</summary>
    public static Gen<Case> Warned { get; } =
        CaseGenerators.Case.SelectMany(c => Gen.Choose(0, int.MaxValue).Select(seed => Warn(c, new Random(seed))));

    /// <summary>Returns <paramref name="c"/> changed so that it breaks one or more warning rules and no rejection rule.</summary>
    public static Case Warn(Case c, Random random)
    {
        switch (random.Next(4))
        {
            case 0:
                // Closed before intake: the report's "Errors". Reviews are dropped so only this rule is broken.
                return c with { Reviews = [], Exit = (c.Exit ?? SampleCases.MinimalExit(c.IntakeDate)) with { ClosureDate = c.IntakeDate.AddDays(-random.Next(1, 60)) } };
            case 1:
                var levels = new AbuseProfile();
                var before = new ReviewForm { Date = c.IntakeDate.AddDays(-random.Next(1, 30)), Levels = levels };
                return c with { Reviews = ValueList.From(c.Reviews.Append(before)) };
            case 2:
                return c with { IntakeDate = new DateOnly(1980 + random.Next(0, 10), 1 + random.Next(12), 1 + random.Next(28)), Reviews = [], Exit = null };
            default:
                // A date after the window: the case stays open, its intake plausible, its one review implausibly late.
                return c with { Exit = null, Reviews = [new ReviewForm { Date = new DateOnly(2100 + random.Next(0, 50), 6, 1), Levels = new AbuseProfile() }] };
        }
    }

    private static IReadOnlyList<Case> Mess(IReadOnlyList<Case> cases, Random random)
    {
        var result = new List<Case>(cases.Count + (cases.Count / 4));
        foreach (var original in cases)
        {
            var c = original;
            if (result.Count > 0 && random.NextDouble() < 0.12)
            {
                // Another case of an earlier client on the same intake day: a tie for the profile case.
                var earlier = result[random.Next(result.Count)];
                c = c with { Client = earlier.Client, IntakeDate = earlier.IntakeDate, Reviews = [], Exit = null };
            }

            if (random.NextDouble() < 0.12)
            {
                c = Warn(c, random);
            }

            if (random.NextDouble() < 0.08)
            {
                c = c with { Service = random.Next(2) == 0 ? c.Service with { Name = c.Service.Name + " (renamed)" } : c.Service with { Region = Other(c.Service.Region, random) } };
            }

            result.Add(c);
            if (random.NextDouble() < 0.06)
            {
                // The same id again, sometimes with other answers: only the first is accepted.
                var repeated = random.Next(2) == 0 ? c : c with { Client = new ClientId("P-again"), IntakeDate = c.IntakeDate.AddDays(1) };
                result.Add(repeated);
            }
        }

        // Shuffle, so that a client's cases and the two sides of a tie come in any order.
        for (var i = result.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (result[i], result[j]) = (result[j], result[i]);
        }

        return result;
    }

    private static Region Other(Region region, Random random)
    {
        var all = Labels.All<Region>();
        var other = all[random.Next(all.Count)];
        return other == region ? all[(all.ToList().IndexOf(other) + 1) % all.Count] : other;
    }
}
