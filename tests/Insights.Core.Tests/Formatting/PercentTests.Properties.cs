using System.Globalization;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Insights.Core.Tests.Formatting;

public partial class PercentTests
{
    private static readonly string[] CultureNames = ["fr-FR", "de-DE", "ar-SA", "hi-IN", "sv-SE"];

    [Property(MaxTest = 5000)]
    public Property Format_AnyCountOfAnyBase_AgreesWithExactOracle() =>
        Prop.ForAll(
            Arb.From(PercentGen.CountOfBase()),
            pair => Percent.Format(pair.Count, pair.Denominator) == ExactOracle.Format(pair.Count, pair.Denominator));

    [Property(MaxTest = 2000)]
    public Property Format_CountAndBaseScaledByK_PrintsTheSame()
    {
        var scaled =
            from pair in PercentGen.Share()
            let count = pair.Count % 1_000_000_000
            let denominator = pair.Denominator % 1_000_000_000 + 1
            // the largest k keeps k × base and k × count inside long, so the property never relies on overflow
            from k in PercentGen.Between(1, long.MaxValue / Math.Max(count, denominator))
            select (count, denominator, k);

        return Prop.ForAll(
            Arb.From(scaled),
            t => Percent.Format(checked(t.count * t.k), checked(t.denominator * t.k)) == Percent.Format(t.count, t.denominator));
    }

    [Property(MaxTest = 3000)]
    public Property Format_LargerCountOfSameBase_PrintsNoSmallerValue()
    {
        var counts =
            from pair in PercentGen.CountOfBase()
            from step in Gen.OneOf(PercentGen.UpTo(Math.Min(3, long.MaxValue - pair.Count)), PercentGen.UpTo(long.MaxValue - pair.Count))
            select (smaller: pair.Count, larger: pair.Count + step, pair.Denominator);

        return Prop.ForAll(
            Arb.From(counts),
            t => ParsePrinted(Percent.Format(t.smaller, t.Denominator)) <= ParsePrinted(Percent.Format(t.larger, t.Denominator)));
    }

    [Property(MaxTest = 5000)]
    public Property Format_NonZeroCount_PrintsTheDecimalsOfItsUnroundedBand() =>
        Prop.ForAll(
            Arb.From(PercentGen.CountOfBase().Where(pair => pair.Count > 0)),
            pair =>
            {
                var band = ExactOracle.Band(pair.Count, pair.Denominator);
                var printed = Percent.Format(pair.Count, pair.Denominator);
                return PrintedDecimals(printed) == band && Percent.DecimalsFor(pair.Count, pair.Denominator) == band;
            });

    [Property(MaxTest = 2000)]
    public Property DecimalsFor_AnyCount_IsTheBandOfTheUnroundedValue() =>
        Prop.ForAll(
            Arb.From(PercentGen.CountOfBase()),
            pair => Percent.DecimalsFor(pair.Count, pair.Denominator) == ExactOracle.Band(pair.Count, pair.Denominator));

    [Property(MaxTest = 500)]
    public Property Format_ZeroCount_PrintsZeroPercent() =>
        Prop.ForAll(Arb.From(PercentGen.Denominator()), denominator => Percent.Format(0, denominator) == "0%");

    [Property(MaxTest = 500)]
    public Property Format_CountEqualToBase_PrintsHundredPercent() =>
        Prop.ForAll(Arb.From(PercentGen.Denominator()), denominator => Percent.Format(denominator, denominator) == "100%");

    [Property(MaxTest = 1000)]
    public Property Format_WholeMultipleOfBase_PrintsHundredTimesTheMultiple()
    {
        var multiples =
            from denominator in PercentGen.Denominator(1_000_000_000_000)
            from multiple in PercentGen.Between(1, long.MaxValue / denominator)
            select (denominator, multiple);

        return Prop.ForAll(
            Arb.From(multiples),
            t => Percent.Format(t.multiple * t.denominator, t.denominator)
                == ((BigInteger)t.multiple * 100).ToString(CultureInfo.InvariantCulture) + "%");
    }

    [Property(MaxTest = 300)]
    public Property Format_UnderSeveralCultures_PrintsTheInvariantText() =>
        Prop.ForAll(
            Arb.From(PercentGen.CountOfBase()),
            pair =>
            {
                var invariant = WithCulture("", () => Percent.Format(pair.Count, pair.Denominator));
                return CultureNames.All(name => WithCulture(name, () => Percent.Format(pair.Count, pair.Denominator)) == invariant);
            });

    [Property(MaxTest = 500)]
    public Property Format_NegativeCount_ThrowsArgumentOutOfRange() =>
        Prop.ForAll(
            Arb.From(
                from count in Gen.Frequency(
                    (9, PercentGen.Between(1, long.MaxValue).Select(magnitude => -magnitude)),
                    (1, Gen.Constant(long.MinValue)))
                from denominator in PercentGen.Denominator()
                select (count, denominator)),
            t => ThrowsFor("count", () => Percent.Format(t.count, t.denominator))
                && ThrowsFor("count", () => Percent.DecimalsFor(t.count, t.denominator)));

    [Property(MaxTest = 500)]
    public Property Format_DenominatorNotPositive_ThrowsArgumentOutOfRange() =>
        Prop.ForAll(
            Arb.From(
                from count in PercentGen.UpTo(long.MaxValue)
                from magnitude in PercentGen.UpTo(long.MaxValue)
                select (count, denominator: -magnitude)),
            t => ThrowsFor("denominator", () => Percent.Format(t.count, t.denominator))
                && ThrowsFor("denominator", () => Percent.DecimalsFor(t.count, t.denominator)));

    private static decimal ParsePrinted(string printed) =>
        decimal.Parse(printed.AsSpan(0, printed.Length - 1), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    private static int PrintedDecimals(string printed)
    {
        var point = printed.IndexOf('.', StringComparison.Ordinal);
        return point < 0 ? 0 : printed.Length - 1 - point - 1;
    }

    private static bool ThrowsFor(string parameter, Func<object> call)
    {
        try
        {
            call();
            return false;
        }
        catch (ArgumentOutOfRangeException error)
        {
            return error.ParamName == parameter;
        }
    }
}
