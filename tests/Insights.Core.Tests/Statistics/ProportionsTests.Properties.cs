using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Insights.Core.Statistics;

namespace Insights.Core.Tests.Statistics;

public partial class ProportionsTests
{
    [Property(MaxTest = 1000)]
    public Property Interval_AnyCounts_LiesInTheUnitIntervalAndContainsTheEstimate() =>
        Prop.ForAll(
            Arb.From(from p in StatisticsGen.Proportion() from m in StatisticsGen.Method() from level in StatisticsGen.Level() select (p, m, level)),
            t =>
            {
                var interval = Proportions.Interval(t.p.Successes, t.p.Trials, t.level, t.m);
                return interval.Lower >= 0.0 && interval.Upper <= 1.0 && interval.Contains((double)t.p.Successes / t.p.Trials);
            });

    [Property(MaxTest = 500)]
    public Property Interval_MoreTrialsAtTheSameProportion_IsNarrower() =>
        Prop.ForAll(
            Arb.From(
                from successes in Gen.Choose(0, 50).Select(v => (long)v)
                from extra in Gen.Choose(1, 50).Select(v => (long)v)
                from factor in Gen.Choose(2, 50).Select(v => (long)v)
                from m in StatisticsGen.Method()
                select (successes, trials: successes + extra, factor, m)),
            t =>
            {
                var small = Proportions.Interval(t.successes, t.trials, 0.95, t.m);
                var large = Proportions.Interval(t.successes * t.factor, t.trials * t.factor, 0.95, t.m);
                return large.Width < small.Width;
            });

    [Property(MaxTest = 500)]
    public Property Interval_HigherLevel_IsNoNarrower() =>
        Prop.ForAll(
            Arb.From(from p in StatisticsGen.Proportion() from m in StatisticsGen.Method() select (p, m)),
            t => Proportions.Interval(t.p.Successes, t.p.Trials, 0.99, t.m).Width >= Proportions.Interval(t.p.Successes, t.p.Trials, 0.9, t.m).Width);

    [Property(MaxTest = 500)]
    public Property Interval_SuccessesAndFailuresSwapped_IsMirrored() =>
        Prop.ForAll(
            Arb.From(from p in StatisticsGen.Proportion() from m in StatisticsGen.Method() select (p, m)),
            t =>
            {
                var interval = Proportions.Interval(t.p.Successes, t.p.Trials, 0.95, t.m);
                var mirrored = Proportions.Interval(t.p.Trials - t.p.Successes, t.p.Trials, 0.95, t.m);
                return RFixtures.Close(interval.Lower, 1.0 - mirrored.Upper) && RFixtures.Close(interval.Upper, 1.0 - mirrored.Lower);
            });

    [Property(MaxTest = 500)]
    public Property Interval_ContinuityCorrectedWilson_ContainsWilson() =>
        Prop.ForAll(
            Arb.From(StatisticsGen.Proportion()),
            p =>
            {
                var plain = Proportions.Interval(p.Successes, p.Trials, 0.95, IntervalMethod.Wilson);
                var corrected = Proportions.Interval(p.Successes, p.Trials, 0.95, IntervalMethod.WilsonContinuityCorrected);
                return corrected.Lower <= plain.Lower + 1e-15 && corrected.Upper >= plain.Upper - 1e-15;
            });

    [Property(MaxTest = 500)]
    public Property DifferenceInterval_AnyCounts_LiesInMinusOneToOneAndContainsTheDifference() =>
        Prop.ForAll(
            Arb.From(from a in StatisticsGen.Proportion() from b in StatisticsGen.Proportion() select (a, b)),
            t =>
            {
                var interval = Proportions.DifferenceInterval(t.a.Successes, t.a.Trials, t.b.Successes, t.b.Trials, 0.95);
                var d = (double)t.a.Successes / t.a.Trials - (double)t.b.Successes / t.b.Trials;
                return interval.Lower >= -1.0 && interval.Upper <= 1.0 && interval.Lower <= d + 1e-15 && interval.Upper >= d - 1e-15;
            });

    [Property(MaxTest = 500)]
    public Property TwoProportionTest_AnyCounts_HasAPValueInTheUnitIntervalAndIsSymmetric() =>
        Prop.ForAll(
            Arb.From(from a in StatisticsGen.Proportion() from b in StatisticsGen.Proportion() from c in Gen.Elements(false, true) select (a, b, c)),
            t =>
            {
                var forward = Proportions.TwoProportionTest(t.a.Successes, t.a.Trials, t.b.Successes, t.b.Trials, t.c);
                var backward = Proportions.TwoProportionTest(t.b.Successes, t.b.Trials, t.a.Successes, t.a.Trials, t.c);
                return forward.PValue is >= 0.0 and <= 1.0 && RFixtures.Close(forward.PValue, backward.PValue);
            });
}
