using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Insights.Core.Statistics;
using TestResult = Insights.Core.Statistics.TestResult;

namespace Insights.Core.Tests.Statistics;

public partial class PairedTestsTests
{
    private static readonly McNemarMethod[] McNemarMethods =
        [McNemarMethod.Automatic, McNemarMethod.Exact, McNemarMethod.MidP, McNemarMethod.ChiSquare, McNemarMethod.ChiSquareCorrected];

    [Property(MaxTest = 1000)]
    public Property McNemar_AnyCounts_HasAPValueInTheUnitIntervalSymmetricInBAndC() =>
        Prop.ForAll(
            Arb.From(from b in StatisticsGen.Count(200_000) from c in StatisticsGen.Count(200_000) from m in Gen.Elements(McNemarMethods) select (b, c, m)),
            t =>
            {
                var forward = PairedTests.McNemar(t.b, t.c, t.m);
                var backward = PairedTests.McNemar(t.c, t.b, t.m);
                return forward.PValue is >= 0.0 and <= 1.0 && RFixtures.Close(forward.PValue, backward.PValue);
            });

    // The gap between the exact and the uncorrected chi-square p-value shrinks like 1 / sqrt(n); over b/n in [0.45, 0.55]
    // R gives at most 0.0102 at 6,000 discordant pairs and 0.0078 at 10^4, so 10^4 is where "within 0.01" holds.
    [Property(MaxTest = 300)]
    public Property McNemar_ManyDiscordantPairs_ExactAndChiSquareAgreeWithinOneOverRootN() =>
        Prop.ForAll(
            Arb.From(from n in Gen.Choose(10_000, 400_000) from share in Gen.Choose(450, 550) select (n, share)),
            t =>
            {
                long b = (long)t.n * t.share / 1000, c = t.n - b;
                var exact = PairedTests.McNemar(b, c, McNemarMethod.Exact).PValue;
                var chi = PairedTests.McNemar(b, c, McNemarMethod.ChiSquare).PValue;
                // The chi-square form leaves out the half-pair continuity step, a shift of about 1/sqrt(n) in z, so the
                // two p-values differ by at most about 0.8/sqrt(n) (0.018 at 2,000 pairs): they agree as n grows.
                return Math.Abs(exact - chi) < 1.0 / Math.Sqrt(t.n);
            });

    [Property(MaxTest = 500)]
    public Property McNemar_MidP_IsNeverAboveExact() =>
        Prop.ForAll(
            Arb.From(from b in StatisticsGen.Count(5_000) from c in StatisticsGen.Count(5_000) select (b, c)),
            t => PairedTests.McNemar(t.b, t.c, McNemarMethod.MidP).PValue <= PairedTests.McNemar(t.b, t.c, McNemarMethod.Exact).PValue + 1e-15);

    [Property(MaxTest = 500)]
    public Property StuartMaxwell_TransposedTable_GivesTheSameTest() =>
        Prop.ForAll(
            Arb.From(StatisticsGen.Square().Where(HasTwoCategories)),
            table =>
            {
                var result = PairedTests.StuartMaxwell(table);
                var transposed = PairedTests.StuartMaxwell(StatisticsGen.Transpose(table));
                return Agree(result, transposed) && Agree(PairedTests.Bhapkar(table), PairedTests.Bhapkar(StatisticsGen.Transpose(table)));
            });

    [Property(MaxTest = 500)]
    public Property StuartMaxwell_CategoriesPermuted_GivesTheSameTest() =>
        Prop.ForAll(
            Arb.From(
                from table in StatisticsGen.Square().Where(HasTwoCategories)
                from keys in Gen.ArrayOf(Gen.Choose(0, 1000), table.GetLength(0))
                select (table, order: Enumerable.Range(0, keys.Length).OrderBy(i => keys[i]).ThenBy(i => i).ToArray())),
            t =>
            {
                var k = t.order.Length;
                var permuted = new long[k, k];
                for (var i = 0; i < k; i++)
                {
                    for (var j = 0; j < k; j++)
                    {
                        permuted[i, j] = t.table[t.order[i], t.order[j]];
                    }
                }

                return Agree(PairedTests.StuartMaxwell(t.table), PairedTests.StuartMaxwell(permuted))
                    && Agree(PairedTests.Bhapkar(t.table), PairedTests.Bhapkar(permuted));
            });

    [Property(MaxTest = 500)]
    public Property Bhapkar_AnyTable_IsNeverBelowStuartMaxwell() =>
        Prop.ForAll(
            Arb.From(StatisticsGen.Square().Where(HasTwoCategories)),
            table =>
            {
                var stuart = PairedTests.StuartMaxwell(table);
                var bhapkar = PairedTests.Bhapkar(table);
                return bhapkar.Statistic >= stuart.Statistic * (1 - 1e-12) && stuart.PValue is >= 0 and <= 1 && bhapkar.PValue is >= 0 and <= 1;
            });

    private static bool HasTwoCategories(long[,] table) => PairedTests.TryStuartMaxwell(table, out _);

    // Permuting or transposing changes the order of floating-point sums, so agreement is to rounding, not bits.
    private static bool Agree(TestResult a, TestResult b) =>
        a.DegreesOfFreedom == b.DegreesOfFreedom && a.Categories == b.Categories
        && Near(a.Statistic, b.Statistic) && Near(a.PValue, b.PValue);

    private static bool Near(double a, double b) =>
        a.Equals(b) || Math.Abs(a - b) <= 1e-9 * Math.Max(Math.Abs(a), Math.Abs(b)) || Math.Abs(a - b) <= 1e-12;
}
