using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Insights.Core.Statistics;

/// <summary>
/// Tests that two classifications of the same people are independent (for example an answer's distribution across
/// services): Pearson's chi-square test of an r × c table with Cramér's V, and Fisher's exact test of a 2 × 2 table.
/// </summary>
/// <remarks>
/// Rows and columns that are all zero are dropped. A table with fewer than 2 rows or 2 columns left has no test:
/// <see cref="ChiSquare"/> and <see cref="CramersV"/> throw <see cref="ArgumentException"/> there, and
/// <see cref="TryChiSquare"/> returns <see langword="false"/> instead (the same rule as <see cref="PairedTests"/>).
/// </remarks>
public static class Independence
{
    /// <summary>
    /// Pearson's chi-square test of independence without continuity correction, as R's
    /// <c>chisq.test(x, correct = FALSE)</c>: X² = Σ (O − E)² / E with E = row total × column total / n, on
    /// (r − 1)(c − 1) degrees of freedom, after dropping rows and columns that are all zero.
    /// </summary>
    /// <param name="counts">The r × c table of counts, every count 0 or more.</param>
    /// <returns>
    /// Test <c>Chi-square</c>; Categories = the number of rows left; EffectSize = Cramér's V. The Method gives the
    /// table's size after dropping and the dropped rows and columns (zero-based indexes). Small expected counts
    /// are not refused (R warns); the approximation is then the caller's judgment. Counts of 10^6 and more are fine.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> is null.</exception>
    /// <exception cref="ArgumentException">Fewer than 2 rows or 2 columns have any count.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static TestResult ChiSquare(long[,] counts) => Compute(counts) ?? throw TooSmall(counts);

    /// <summary>The chi-square test of <see cref="ChiSquare"/>, or <see langword="false"/> when fewer than 2 rows or 2 columns have any count.</summary>
    /// <param name="counts">The r × c table of counts, every count 0 or more.</param>
    /// <param name="result">The test's result when there is one; otherwise <see langword="null"/>.</param>
    /// <returns>Whether the table has a test.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static bool TryChiSquare(long[,] counts, [NotNullWhen(true)] out TestResult? result)
    {
        result = Compute(counts);
        return result is not null;
    }

    /// <summary>
    /// Cramér's V = √(X² / (n (min(r, c) − 1))), from the uncorrected chi-square statistic of the table after
    /// dropping rows and columns that are all zero: 0 for independence, 1 when each row's counts fall in one column
    /// (or each column's in one row).
    /// </summary>
    /// <param name="counts">The r × c table of counts, every count 0 or more.</param>
    /// <returns>A value in [0, 1].</returns>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> is null.</exception>
    /// <exception cref="ArgumentException">Fewer than 2 rows or 2 columns have any count.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static double CramersV(long[,] counts) => ChiSquare(counts).EffectSize!.Value;

    /// <summary>
    /// Fisher's exact test of the 2 × 2 table [[a, b], [c, d]], two-sided, as R's
    /// <c>fisher.test(matrix(c(a, c, b, d), 2))</c>: conditional on the margins, a is hypergeometric, and the p-value
    /// is the total probability of the tables no more probable than the observed one, with R's relative tolerance
    /// (a table counts when its probability is at most 1 + 10⁻⁷ times the observed one's).
    /// </summary>
    /// <param name="a">Row 1, column 1; 0 or more.</param>
    /// <param name="b">Row 1, column 2; 0 or more.</param>
    /// <param name="c">Row 2, column 1; 0 or more.</param>
    /// <param name="d">Row 2, column 2; 0 or more.</param>
    /// <returns>
    /// Test <c>Fisher exact</c>, 2 categories, no degrees of freedom; the statistic is the observed table's
    /// conditional probability. At the edges: when a margin is 0 (an empty row or column, or no counts at all) only
    /// one table has those margins, so p = 1. The probabilities are Loader's saddle-point forms in log space, and
    /// only the tables whose probability is not 0 in double precision are visited (a few thousand at 10^6 counts),
    /// so large tables are fast; a p-value below about 10⁻³⁰⁸ of the most probable table's weight is 0, as in R.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static TestResult FisherExact(long a, long b, long c, long d)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(a);
        ArgumentOutOfRangeException.ThrowIfNegative(b);
        ArgumentOutOfRangeException.ThrowIfNegative(c);
        ArgumentOutOfRangeException.ThrowIfNegative(d);
        const string test = "Fisher exact";
        const string method = "two-sided, conditional on the margins: tables no more probable than the observed one (relative tolerance 1e-7)";

        // R's names: m white balls (column 1), n black ones (column 2), k drawn (row 1), x = a of them white.
        var m = checked(a + c);
        var n = checked(b + d);
        var k = checked(a + b);
        var low = Math.Max(0, k - n);
        var high = Math.Min(k, m);
        if (low == high)
        {
            return new TestResult(test, method + "; a single table has these margins, so p = 1", 1.0, null, 1.0, 2);
        }

        double Log(long x) => Distributions.LogHypergeometricProbability(x, m, n, k);

        // The mode of the hypergeometric, then the largest log-probability near it (rounding can move it by one).
        var mode = (long)Math.Floor(((double)k + 1) * ((double)m + 1) / ((double)m + n + 2));
        mode = Math.Clamp(mode, low, high);
        while (mode < high && Log(mode + 1) > Log(mode))
        {
            mode++;
        }

        while (mode > low && Log(mode - 1) > Log(mode))
        {
            mode--;
        }

        var maximum = Log(mode);
        var observed = Math.Exp(Log(a) - maximum);
        var threshold = observed * (1.0 + 1e-7);
        var all = new Distributions.CompensatedSum();
        var selected = new Distributions.CompensatedSum();

        // Outwards from the mode the probabilities fall, so the walk stops once they underflow to 0.
        for (var x = mode; x <= high; x++)
        {
            var weight = Math.Exp(Log(x) - maximum);
            if (weight == 0.0)
            {
                break;
            }

            Add(weight);
        }

        for (var x = mode - 1; x >= low; x--)
        {
            var weight = Math.Exp(Log(x) - maximum);
            if (weight == 0.0)
            {
                break;
            }

            Add(weight);
        }

        var p = Math.Clamp(selected.Value / all.Value, 0.0, 1.0);
        return new TestResult(test, method, observed / all.Value, null, p, 2);

        void Add(double weight)
        {
            all.Add(weight);
            if (weight <= threshold)
            {
                selected.Add(weight);
            }
        }
    }

    private static ArgumentException TooSmall(long[,] counts) =>
        new("The table has fewer than 2 rows or 2 columns with any count (all-zero rows and columns are dropped), so there is no test of independence.", nameof(counts));

    private static TestResult? Compute(long[,] counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        CountTable.CheckCounts(counts, nameof(counts));
        var rows = Enumerable.Range(0, counts.GetLength(0)).Where(i => CountTable.RowTotal(counts, i) > 0).ToArray();
        var columns = Enumerable.Range(0, counts.GetLength(1)).Where(j => CountTable.ColumnTotal(counts, j) > 0).ToArray();
        if (rows.Length < 2 || columns.Length < 2)
        {
            return null;
        }

        var rowTotals = rows.Select(i => (double)CountTable.RowTotal(counts, i)).ToArray();
        var columnTotals = columns.Select(j => (double)CountTable.ColumnTotal(counts, j)).ToArray();
        var total = rowTotals.Sum();
        var statistic = 0.0;
        for (var a = 0; a < rows.Length; a++)
        {
            for (var b = 0; b < columns.Length; b++)
            {
                // R's order of operations: outer(row totals, column totals) / n.
                var expected = rowTotals[a] * columnTotals[b] / total;
                var difference = counts[rows[a], columns[b]] - expected;
                statistic += difference * difference / expected;
            }
        }

        double df = (rows.Length - 1) * (columns.Length - 1);
        var v = Math.Min(1.0, Math.Sqrt(statistic / (total * (Math.Min(rows.Length, columns.Length) - 1))));
        var method = string.Create(CultureInfo.InvariantCulture, $"Pearson chi-square without continuity correction on a {rows.Length} x {columns.Length} table");
        var droppedRows = Enumerable.Range(0, counts.GetLength(0)).Except(rows).ToArray();
        var droppedColumns = Enumerable.Range(0, counts.GetLength(1)).Except(columns).ToArray();
        if (droppedRows.Length > 0)
        {
            method += "; dropped empty rows at indexes " + CountTable.Indexes(droppedRows);
        }

        if (droppedColumns.Length > 0)
        {
            method += "; dropped empty columns at indexes " + CountTable.Indexes(droppedColumns);
        }

        return new TestResult("Chi-square", method, statistic, df, Distributions.ChiSquareUpperTail(statistic, df), rows.Length, v);
    }
}
