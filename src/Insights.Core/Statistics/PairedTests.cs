using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using MathNet.Numerics.LinearAlgebra;

namespace Insights.Core.Statistics;

/// <summary>
/// Tests that the same people answer a question the same way on two occasions (intake and exit): McNemar's test
/// for a yes/no answer, and the Stuart–Maxwell and Bhapkar tests of marginal homogeneity for k categories.
/// </summary>
/// <remarks>
/// A k × k table with fewer than 2 categories left after dropping empty ones has no test: the functions that
/// return a <see cref="TestResult"/> throw <see cref="ArgumentException"/> there, and each has a <c>Try</c> form
/// that returns <see langword="false"/> instead (and still throws for a malformed table). That is the one rule.
/// </remarks>
public static class PairedTests
{
    /// <summary>The number of discordant pairs from which <see cref="McNemarMethod.Automatic"/> uses the chi-square form.</summary>
    public const long McNemarExactBelow = 25;

    // R's .Machine$double.eps: the gap between 1 and the next double.
    private const double MachineEpsilon = 2.220446049250313e-16;

    /// <summary>
    /// McNemar's test that a yes/no answer changes as often in one direction as in the other, from the two
    /// discordant counts of the paired 2 × 2 table (the concordant counts do not enter it).
    /// </summary>
    /// <param name="discordantFirst">b: the pairs yes on the first occasion and no on the second; 0 or more.</param>
    /// <param name="discordantSecond">c: the pairs no on the first occasion and yes on the second; 0 or more.</param>
    /// <param name="method">
    /// The form: see <see cref="McNemarMethod"/>. <see cref="McNemarMethod.Automatic"/> uses the exact test when
    /// b + c &lt; <see cref="McNemarExactBelow"/> (25) and the uncorrected chi-square test from 25 on.
    /// </param>
    /// <returns>
    /// Test <c>McNemar</c>, 2 categories; the Method names the form used and the number of discordant pairs. The
    /// chi-square forms carry 1 degree of freedom; the exact forms none, and b as their statistic. At the edges:
    /// b + c = 0 gives statistic 0 and p = 1 in every form (R's <c>mcnemar.test</c> gives NaN); b = c gives p = 1
    /// in every form. The exact sums run in log space, so 10^6 discordant pairs or more cost a few thousand terms.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or <paramref name="method"/> is not a defined value.</exception>
    public static TestResult McNemar(long discordantFirst, long discordantSecond, McNemarMethod method = McNemarMethod.Automatic)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(discordantFirst);
        ArgumentOutOfRangeException.ThrowIfNegative(discordantSecond);
        const string test = "McNemar";
        var n = checked(discordantFirst + discordantSecond);
        var form = method switch
        {
            McNemarMethod.Automatic => n < McNemarExactBelow ? McNemarMethod.Exact : McNemarMethod.ChiSquare,
            McNemarMethod.Exact or McNemarMethod.MidP or McNemarMethod.ChiSquare or McNemarMethod.ChiSquareCorrected => method,
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Not a defined McNemar method."),
        };
        var exact = form is McNemarMethod.Exact or McNemarMethod.MidP;
        var name = form switch
        {
            McNemarMethod.Exact => "exact binomial",
            McNemarMethod.MidP => "mid-p binomial",
            McNemarMethod.ChiSquare => "chi-square without continuity correction",
            _ => "chi-square with continuity correction",
        };
        var description = string.Create(CultureInfo.InvariantCulture, $"{name} on {n} discordant pairs");
        if (n == 0)
        {
            return new TestResult(test, description + ": no pair changed, so p = 1", 0.0, exact ? null : 1.0, 1.0, 2);
        }

        var smaller = Math.Min(discordantFirst, discordantSecond);
        switch (form)
        {
            case McNemarMethod.Exact:
            {
                // Twice the smaller tail of the symmetric binomial is R's two-sided binom.test at p = 1/2.
                var p = discordantFirst == discordantSecond ? 1.0 : Math.Min(1.0, 2.0 * Distributions.BinomialHalfLowerTail(smaller, n));
                return new TestResult(test, description, discordantFirst, null, p, 2);
            }

            case McNemarMethod.MidP:
            {
                // P(X < m) + P(X <= m) = 2 P(X <= m) - P(X = m): the exact p-value less half the observed table's weight.
                var p = discordantFirst == discordantSecond
                    ? 1.0
                    : Math.Clamp(2.0 * Distributions.BinomialHalfLowerTail(smaller, n) - Distributions.BinomialHalfProbability(smaller, n), 0.0, 1.0);
                return new TestResult(test, description, discordantFirst, null, p, 2);
            }

            default:
            {
                double difference = Math.Abs(discordantFirst - discordantSecond);

                // As R's mcnemar.test, the correction is not applied when b = c (it would make the statistic positive).
                if (form == McNemarMethod.ChiSquareCorrected && difference > 0)
                {
                    difference -= 1.0;
                }

                var statistic = difference * difference / n;
                return new TestResult(test, description, statistic, 1.0, Distributions.ChiSquareUpperTail(statistic, 1.0), 2);
            }
        }
    }

    /// <summary>
    /// The Stuart–Maxwell test of marginal homogeneity: that the distribution of answers is the same on both
    /// occasions. X² = d′ S⁻¹ d on the first k − 1 categories, with d_i = n_i. − n_.i (row total less column total)
    /// and S_ii = n_i. + n_.i − 2 n_ii, S_ij = −(n_ij + n_ji): the conditional (permutation) covariance, so the
    /// statistic equals R's <c>coin::mh_test</c>. For k = 2 it is McNemar's uncorrected statistic.
    /// </summary>
    /// <param name="pairs">
    /// The square k × k table of paired counts: rows the first occasion, columns the second; every count 0 or more.
    /// </param>
    /// <returns>
    /// Test <c>Stuart-Maxwell</c>; Categories = k after dropping; df = rank of S. At the edges: a category with no
    /// pair in its row or its column is dropped (the Method lists the dropped indexes). When S is still singular
    /// (some categories never exchange pairs with the others, e.g. one met only on the diagonal) the statistic
    /// uses the Moore–Penrose inverse of S and the degrees of freedom are its rank, as coin does; the quadratic
    /// form does not depend on which generalized inverse is used, because d lies in the range of S. With no
    /// discordant pair at all the rank is 0: statistic 0, df 0, p = 1 (as coin). Counts of 10^6 and more are fine.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="pairs"/> is null.</exception>
    /// <exception cref="ArgumentException">The table is not square, or fewer than 2 categories are left after dropping empty ones.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static TestResult StuartMaxwell(long[,] pairs) =>
        MarginalHomogeneity(pairs, bhapkar: false) ?? throw TooFewCategories(pairs);

    /// <summary>The Stuart–Maxwell test, or <see langword="false"/> when fewer than 2 categories are left after dropping empty ones.</summary>
    /// <param name="pairs">The square table of paired counts, as for <see cref="StuartMaxwell"/>.</param>
    /// <param name="result">The test's result when there is one; otherwise <see langword="null"/>.</param>
    /// <returns>Whether the table has a test.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pairs"/> is null.</exception>
    /// <exception cref="ArgumentException">The table is not square.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static bool TryStuartMaxwell(long[,] pairs, [NotNullWhen(true)] out TestResult? result)
    {
        result = MarginalHomogeneity(pairs, bhapkar: false);
        return result is not null;
    }

    /// <summary>
    /// Bhapkar's test of marginal homogeneity: W = n d′ Ŝ⁻¹ d on the first k − 1 categories, with d the differences of
    /// the marginal proportions and Ŝ their unconditional covariance estimated from the cell proportions
    /// (Ŝ_ij = δ_ij (p_i. + p_.i) − p_ij − p_ji − d_i d_j). It equals X² / (1 − X²/n) with X² the Stuart–Maxwell
    /// statistic, so it is never smaller; asymptotically the two agree.
    /// </summary>
    /// <param name="pairs">The square table of paired counts, as for <see cref="StuartMaxwell"/>.</param>
    /// <returns>
    /// Test <c>Bhapkar</c>; categories dropped and singular covariances handled as for <see cref="StuartMaxwell"/>
    /// (Moore–Penrose inverse, df its rank; no discordant pair: statistic 0, df 0, p = 1). One more edge: when every
    /// pair is discordant and all change the same way (X² = n, e.g. 5 pairs all from category 1 to 2), Ŝ is singular
    /// in the very direction of d and W is infinite: statistic +∞, p = 0, with the Method saying so.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="pairs"/> is null.</exception>
    /// <exception cref="ArgumentException">The table is not square, or fewer than 2 categories are left after dropping empty ones.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static TestResult Bhapkar(long[,] pairs) =>
        MarginalHomogeneity(pairs, bhapkar: true) ?? throw TooFewCategories(pairs);

    /// <summary>Bhapkar's test, or <see langword="false"/> when fewer than 2 categories are left after dropping empty ones.</summary>
    /// <param name="pairs">The square table of paired counts, as for <see cref="StuartMaxwell"/>.</param>
    /// <param name="result">The test's result when there is one; otherwise <see langword="null"/>.</param>
    /// <returns>Whether the table has a test.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pairs"/> is null.</exception>
    /// <exception cref="ArgumentException">The table is not square.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static bool TryBhapkar(long[,] pairs, [NotNullWhen(true)] out TestResult? result)
    {
        result = MarginalHomogeneity(pairs, bhapkar: true);
        return result is not null;
    }

    private static ArgumentException TooFewCategories(long[,] pairs) =>
        new("The paired table has fewer than 2 categories with any pairs (categories empty in both margins are dropped), so there is nothing to compare.", nameof(pairs));

    private static TestResult? MarginalHomogeneity(long[,] pairs, bool bhapkar)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        if (pairs.GetLength(0) != pairs.GetLength(1))
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"A paired table must be square (k x k); this one is {pairs.GetLength(0)} x {pairs.GetLength(1)}."),
                nameof(pairs));
        }

        CountTable.CheckCounts(pairs, nameof(pairs));
        var size = pairs.GetLength(0);
        var kept = new List<int>();
        var dropped = new List<int>();
        for (var i = 0; i < size; i++)
        {
            (CountTable.RowTotal(pairs, i) + CountTable.ColumnTotal(pairs, i) > 0 ? kept : dropped).Add(i);
        }

        var k = kept.Count;
        if (k < 2)
        {
            return null;
        }

        // Sums of longs are exact; as doubles they stay exact up to 2^53 pairs.
        var total = 0.0;
        var d = Vector<double>.Build.Dense(k - 1);
        var s = Matrix<double>.Build.Dense(k - 1, k - 1);
        for (var a = 0; a < k; a++)
        {
            for (var b = 0; b < k; b++)
            {
                total += pairs[kept[a], kept[b]];
            }
        }

        for (var a = 0; a < k - 1; a++)
        {
            var i = kept[a];
            double row = CountTable.RowTotal(pairs, i), column = CountTable.ColumnTotal(pairs, i);
            d[a] = row - column;
            for (var b = 0; b < k - 1; b++)
            {
                var j = kept[b];
                s[a, b] = a == b ? row + column - 2.0 * pairs[i, i] : -((double)pairs[i, j] + pairs[j, i]);
            }
        }

        var test = bhapkar ? "Bhapkar" : "Stuart-Maxwell";
        var description = string.Create(CultureInfo.InvariantCulture, $"{test} on {k} categories");
        if (dropped.Count > 0)
        {
            description += "; dropped categories with no pairs at indexes " + CountTable.Indexes(dropped);
        }

        var (x2, rank) = QuadraticForm(s, d);
        if (rank == 0)
        {
            return new TestResult(test, description + "; no discordant pairs, so p = 1", 0.0, 0.0, 1.0, k);
        }

        if (rank < k - 1)
        {
            description += string.Create(CultureInfo.InvariantCulture, $"; singular covariance: Moore-Penrose inverse, rank {rank}");
        }

        var statistic = x2;
        if (bhapkar)
        {
            // Ŝ n = S - d d' / n (counts). Its form is computed directly rather than as X² / (1 - X²/n), and its rank
            // says whether it vanished in the direction of d.
            var unconditional = s - d.OuterProduct(d) / total;
            var (w, bhapkarRank) = QuadraticForm(unconditional, d);
            if (bhapkarRank < rank)
            {
                return new TestResult(
                    test,
                    description + "; every pair changed and all the same way, so the covariance vanishes along the differences: statistic infinite, p = 0",
                    double.PositiveInfinity,
                    rank,
                    0.0,
                    k);
            }

            statistic = w;
        }

        return new TestResult(
            test,
            description + string.Create(CultureInfo.InvariantCulture, $", chi-square on {rank} degrees of freedom"),
            statistic,
            rank,
            Distributions.ChiSquareUpperTail(statistic, rank),
            k);
    }

    // d' M^- d and the rank of M (symmetric, positive semi-definite): the inverse when M has full rank, else the
    // Moore-Penrose inverse from the SVD with coin's tolerance (singular values below sqrt(eps) times the largest are 0).
    private static (double Value, int Rank) QuadraticForm(Matrix<double> m, Vector<double> d)
    {
        var svd = m.Svd(computeVectors: true);
        var singular = svd.S;
        var tolerance = Math.Sqrt(MachineEpsilon) * (singular.Count > 0 ? singular.Maximum() : 0.0);
        var rank = singular.Count(v => v > tolerance && v > 0.0);
        if (rank == 0)
        {
            return (0.0, 0);
        }

        if (rank == m.RowCount)
        {
            return (d * (m.Inverse() * d), rank);
        }

        var ud = svd.U.TransposeThisAndMultiply(d);
        var vd = svd.VT * d;
        var value = 0.0;
        for (var i = 0; i < singular.Count; i++)
        {
            if (singular[i] > tolerance && singular[i] > 0.0)
            {
                value += ud[i] * vd[i] / singular[i];
            }
        }

        return (value, rank);
    }
}
