using System.Globalization;
using System.Numerics;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Insights.Core.Tests.Formatting;

public partial class PercentTests
{
    /// <summary>
    /// The report's rule done the way a person does it on paper, so that it shares no arithmetic with
    /// <see cref="Percent"/>: long division of 100 × count by the base, digit by digit, then the next digit
    /// decides the rounding (5 or more goes up, which for these non-negative values is half away from zero).
    /// </summary>
    internal static class ExactOracle
    {
        public static string Format(long count, long denominator)
        {
            if (count == 0)
            {
                return "0%";
            }

            var decimals = Band(count, denominator);
            var integerPart = BigInteger.DivRem((BigInteger)count * 100, denominator, out var remainder);
            var kept = new StringBuilder(integerPart.ToString(CultureInfo.InvariantCulture));
            for (var i = 0; i < decimals; i++)
            {
                kept.Append(NextDigit(ref remainder, denominator));
            }

            var digits = NextDigit(ref remainder, denominator) >= '5' ? IncrementDecimalString(kept.ToString()) : kept.ToString();
            return (decimals == 0 ? digits : digits[..^decimals] + "." + digits[^decimals..]) + "%";
        }

        /// <summary>Decimals for the unrounded value p = 100 × count / denominator, read off its integer part.</summary>
        public static int Band(long count, long denominator)
        {
            var integerPart = (BigInteger)count * 100 / denominator;
            return integerPart >= 10 ? 0 : integerPart >= 1 ? 1 : 2;
        }

        private static char NextDigit(ref BigInteger remainder, long denominator)
        {
            var digit = BigInteger.DivRem(remainder * 10, denominator, out remainder);
            return (char)('0' + (int)digit);
        }

        private static string IncrementDecimalString(string digits)
        {
            var chars = digits.ToCharArray();
            for (var i = chars.Length - 1; i >= 0; i--)
            {
                if (chars[i] != '9')
                {
                    chars[i]++;
                    return new string(chars);
                }

                chars[i] = '0';
            }

            return "1" + new string(chars);
        }
    }

    /// <summary>Generators spread over the whole range of <see cref="long"/>, with weight on the hard places.</summary>
    internal static class PercentGen
    {
        /// <summary>A value in [0, max], its bit length uniform, so that 3 and 3×10^18 are equally likely.</summary>
        public static Gen<long> UpTo(long max) =>
            from bits in Gen.Choose(0, 63)
            from high in Gen.Choose(0, int.MaxValue)
            from low in Gen.Choose(0, int.MaxValue)
            from top in Gen.Choose(0, 1)
            select Fit(((long)top << 62) | ((long)high << 31) | (long)low, bits, max);

        public static Gen<long> Between(long min, long max) => UpTo(max - min).Select(offset => min + offset);

        public static Gen<long> Denominator(long max = long.MaxValue) => Between(1, max);

        /// <summary>A count and a base, from anywhere, near a chosen share, or exactly on a half or a band edge.</summary>
        public static Gen<(long Count, long Denominator)> CountOfBase() =>
            Gen.Frequency(
                (2, Independent()),
                (3, NearShare()),
                (2, ExactHalf()),
                (2, BandEdge()));

        /// <summary>Counts no larger than their base, the common case in tables.</summary>
        public static Gen<(long Count, long Denominator)> Share() =>
            CountOfBase().Select(pair => pair.Count <= pair.Denominator ? pair : (pair.Denominator, pair.Count == 0 ? 1 : pair.Count));

        private static Gen<(long, long)> Independent() =>
            from count in UpTo(long.MaxValue)
            from denominator in Denominator()
            select (count, denominator);

        /// <summary>A share in parts per million, either anywhere up to 150% or one of those that land on or just off a band edge once rounded.</summary>
        private static Gen<(long, long)> NearShare() =>
            from denominator in Denominator()
            from perMillion in Gen.OneOf(
                Gen.Choose(0, 1_500_000),
                Gen.Elements(9_940, 9_949, 9_950, 9_960, 9_999, 10_000, 99_940, 99_949, 99_950, 99_960, 99_999, 100_000))
            from jitter in Gen.Choose(-3, 3)
            select (Clamp((BigInteger)denominator * perMillion / 1_000_000 + jitter), denominator);

        /// <summary>count / base = (2m + 1) / (2 × 10^(d+2)): the printed value sits exactly halfway between two.</summary>
        private static Gen<(long, long)> ExactHalf() =>
            from decimals in Gen.Choose(0, 2)
            from scaled in decimals switch
            {
                0 => Gen.Choose(10, 100_000),
                1 => Gen.Choose(10, 99),
                _ => Gen.Choose(0, 99),
            }
            from multiplier in Between(1, long.MaxValue / (2 * 100_000 * 10_000L))
            select (((2L * scaled) + 1) * multiplier, 2 * HundredTimesPowerOfTen(decimals) * multiplier);

        /// <summary>p exactly 1% or 10%, or off it by a few parts in the base, however large the base.</summary>
        private static Gen<(long, long)> BandEdge() =>
            from edge in Gen.Elements(10L, 100L)
            from count in Between(1, long.MaxValue / 100 - 3)
            from jitter in Gen.Frequency((3, Gen.Constant(0)), (2, Gen.Choose(-3, 3)))
            select (count, Math.Max(1, (count * edge) + jitter));

        private static long HundredTimesPowerOfTen(int decimals) => decimals switch
        {
            0 => 100,
            1 => 1_000,
            _ => 10_000,
        };

        private static long Fit(long raw, int bits, long max)
        {
            var value = bits >= 63 ? raw : raw & ((1L << bits) - 1);
            return value <= max ? value : value % (max + 1);
        }

        private static long Clamp(BigInteger value) => (long)BigInteger.Clamp(value, 0, long.MaxValue);
    }
}
