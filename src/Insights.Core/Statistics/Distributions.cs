using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace Insights.Core.Statistics;

/// <summary>
/// The few distribution functions the tests need, accurate in relative terms far into the tails. The binomial and
/// hypergeometric probabilities use Catherine Loader's saddle-point form (as R's <c>dbinom</c> and <c>dhyper</c> do)
/// in log space, because the obvious <c>exp(lgamma(n+1) - lgamma(k+1) - …)</c> loses about 9 digits to cancellation
/// when n is 10^6 (lgamma(10^6) is 1.3e7, whose last bit is 2e-9), and so does MathNet's <c>Binomial.CDF</c>.
/// </summary>
internal static class Distributions
{
    private const double Ln2Pi = 1.837877066409345483560659472811;

    // C's DBL_MIN: below it the series' terms would be subnormal.
    private const double SmallestNormal = 2.2250738585072014e-308;

    // Loader's exact Stirling errors log(n!) - log(sqrt(2 pi n) (n/e)^n) for n = 0..15 (0 is a placeholder).
    private static readonly double[] StirlingErrors =
    [
        0.0,
        0.0810614667953272582196702, 0.0413406959554092940938221, 0.02767792568499833914878929,
        0.02079067210376509311152277, 0.01664469118982119216319487, 0.01387612882307074799874573,
        0.01189670994589177009505572, 0.010411265261972096497478567, 0.009255462182712732917728637,
        0.008330563433362871256469318, 0.007573675487951840794972024, 0.006942840107209529865664152,
        0.006408994188004207068439631, 0.005951370112758847735624416, 0.005554733551962801371038690,
    ];

    /// <summary>The standard normal quantile.</summary>
    public static double NormalQuantile(double probability) => Normal.InvCDF(0.0, 1.0, probability);

    /// <summary>P(X ≥ statistic) for X chi-square with the given degrees of freedom; 1 for a statistic of 0 or less.</summary>
    public static double ChiSquareUpperTail(double statistic, double degreesOfFreedom)
    {
        if (double.IsPositiveInfinity(statistic))
        {
            return 0.0;
        }

        // The complement is computed directly: 1 - CDF would lose every digit of a p-value below 1e-16.
        return statistic <= 0.0 || degreesOfFreedom <= 0.0
            ? 1.0
            : Math.Clamp(SpecialFunctions.GammaUpperRegularized(degreesOfFreedom / 2.0, statistic / 2.0), 0.0, 1.0);
    }

    /// <summary>log P(X = x) for X binomial(n, p), with q = 1 - p given separately so neither loses digits (R's dbinom_raw).</summary>
    public static double LogBinomialProbability(double x, double n, double p, double q)
    {
        if (p == 0.0)
        {
            return x == 0.0 ? 0.0 : double.NegativeInfinity;
        }

        if (q == 0.0)
        {
            return x == n ? 0.0 : double.NegativeInfinity;
        }

        if (x == 0.0)
        {
            return n == 0.0 ? 0.0 : p < 0.1 ? -Deviance(n, n * q) - n * p : n * Math.Log(q);
        }

        if (x == n)
        {
            return q < 0.1 ? -Deviance(n, n * p) - n * q : n * Math.Log(p);
        }

        if (x < 0.0 || x > n)
        {
            return double.NegativeInfinity;
        }

        var lc = StirlingError(n) - StirlingError(x) - StirlingError(n - x) - Deviance(x, n * p) - Deviance(n - x, n * q);
        var lf = Ln2Pi + Math.Log(x) + Log1P(-x / n);
        return lc - 0.5 * lf;
    }

    /// <summary>
    /// log P(X = x) for X hypergeometric: <paramref name="draws"/> balls drawn from <paramref name="white"/> white and
    /// <paramref name="black"/> black ones, x of them white (R's dhyper, as a ratio of three binomial probabilities).
    /// </summary>
    public static double LogHypergeometricProbability(long x, long white, long black, long draws)
    {
        if (x < 0 || x > white || draws - x > black || x > draws)
        {
            return double.NegativeInfinity;
        }

        if (draws == 0)
        {
            return x == 0 ? 0.0 : double.NegativeInfinity;
        }

        double total = (double)white + black;
        var p = draws / total;
        var q = (total - draws) / total;
        return LogBinomialProbability(x, white, p, q) + LogBinomialProbability(draws - x, black, p, q) - LogBinomialProbability(draws, total, p, q);
    }

    /// <summary>P(X ≤ k) for X binomial(n, 1/2), summed in log space from k downwards (the terms fall away from the mode).</summary>
    public static double BinomialHalfLowerTail(long k, long n)
    {
        if (k < 0)
        {
            return 0.0;
        }

        if (k >= n)
        {
            return 1.0;
        }

        if (2 * k > n)
        {
            // Above the mode the terms would grow as they are summed; the symmetric lower tail is summed instead.
            return 1.0 - BinomialHalfLowerTail(n - k - 1, n);
        }

        var sum = new CompensatedSum();
        for (var j = k; j >= 0; j--)
        {
            var term = Math.Exp(LogBinomialProbability(j, n, 0.5, 0.5));
            sum.Add(term);
            if (term <= sum.Value * 1e-18)
            {
                break;
            }
        }

        return Math.Min(sum.Value, 1.0);
    }

    /// <summary>P(X = k) for X binomial(n, 1/2).</summary>
    public static double BinomialHalfProbability(long k, long n) => Math.Exp(LogBinomialProbability(k, n, 0.5, 0.5));

    /// <summary>
    /// The p-quantile of the beta(a, b) distribution: MathNet's <c>Beta.InvCDF</c> as a start (its root finder stops at
    /// an absolute 1e-12, which is a relative 4e-6 for a lower limit of 2.5e-7), then Newton steps on the regularized
    /// incomplete beta function, kept inside a bracket that bisection shrinks whenever a step would leave it.
    /// </summary>
    public static double BetaQuantile(double probability, double a, double b)
    {
        double x;
        try
        {
            x = Beta.InvCDF(a, b, probability);
        }
        catch (ArithmeticException)
        {
            // MathNet reports a root finder that did not converge this way; the safeguarded Newton below starts anywhere.
            x = 0.5;
        }

        double low = 0.0, high = 1.0;
        if (!(x > 0.0 && x < 1.0))
        {
            x = 0.5;
        }

        var logBeta = SpecialFunctions.BetaLn(a, b);
        for (var iteration = 0; iteration < 200; iteration++)
        {
            var f = SpecialFunctions.BetaRegularized(a, b, x) - probability;
            if (f == 0.0)
            {
                return x;
            }

            if (f > 0.0)
            {
                high = x;
            }
            else
            {
                low = x;
            }

            var density = Math.Exp((a - 1.0) * Math.Log(x) + (b - 1.0) * Log1P(-x) - logBeta);
            var next = x - f / density;
            if (!(next > low && next < high))
            {
                next = 0.5 * (low + high);
            }

            if (Math.Abs(next - x) <= 2.0 * double.Epsilon + 4e-16 * Math.Abs(x) || high - low <= 4e-16 * Math.Abs(x))
            {
                return next;
            }

            x = next;
        }

        return x;
    }

    /// <summary>log(1 + x), accurate for small x (Goldberg's correction of the rounding in 1 + x).</summary>
    public static double Log1P(double x)
    {
        var u = 1.0 + x;
        return u == 1.0 ? x : Math.Log(u) * x / (u - 1.0);
    }

    // log(n!) - log(sqrt(2 pi n) (n/e)^n): a table up to 15, the Stirling series above (R 4.2's stirlerr).
    private static double StirlingError(double n)
    {
        const double s0 = 1.0 / 12.0, s1 = 1.0 / 360.0, s2 = 1.0 / 1260.0, s3 = 1.0 / 1680.0, s4 = 1.0 / 1188.0;
        if (n <= 15.0)
        {
            var whole = Math.Floor(n);
            return whole == n
                ? StirlingErrors[(int)whole]
                : SpecialFunctions.GammaLn(n + 1.0) - (n + 0.5) * Math.Log(n) + n - 0.5 * Ln2Pi;
        }

        var nn = n * n;
        if (n > 500)
        {
            return (s0 - s1 / nn) / n;
        }

        if (n > 80)
        {
            return (s0 - (s1 - s2 / nn) / nn) / n;
        }

        if (n > 35)
        {
            return (s0 - (s1 - (s2 - s3 / nn) / nn) / nn) / n;
        }

        return (s0 - (s1 - (s2 - (s3 - s4 / nn) / nn) / nn) / nn) / n;
    }

    // The deviance term x log(x / np) + np - x, by a series when x is close to np where the direct form cancels (R's bd0).
    private static double Deviance(double x, double np)
    {
        if (Math.Abs(x - np) < 0.1 * (x + np))
        {
            var v = (x - np) / (x + np);
            var s = (x - np) * v;
            if (Math.Abs(s) < SmallestNormal)
            {
                return s;
            }

            var ej = 2.0 * x * v;
            v *= v;
            for (var j = 1; j < 1000; j++)
            {
                ej *= v;
                var s1 = s + ej / ((j << 1) + 1);
                if (s1 == s)
                {
                    return s1;
                }

                s = s1;
            }
        }

        return x * Math.Log(x / np) + np - x;
    }

    /// <summary>Neumaier's compensated sum: adding thousands of terms keeps the error near one rounding.</summary>
    internal struct CompensatedSum
    {
        private double sum;
        private double compensation;

        public readonly double Value => sum + compensation;

        public void Add(double term)
        {
            var t = sum + term;
            compensation += Math.Abs(sum) >= Math.Abs(term) ? sum - t + term : term - t + sum;
            sum = t;
        }
    }
}
