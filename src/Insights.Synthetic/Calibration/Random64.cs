namespace Insights.Synthetic.Calibration;

/// <summary>
/// xoshiro256** (Blackman and Vigna), seeded through SplitMix64: a small, fast generator whose sequence is
/// fixed by its seed on every platform and runtime, unlike <see cref="System.Random"/>'s unseeded or shared
/// instances. Not for security.
/// </summary>
internal sealed class Random64
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    /// <summary>Creates a generator whose sequence depends only on <paramref name="seed"/>.</summary>
    internal Random64(ulong seed)
    {
        var state = seed;
        _s0 = SplitMix64(ref state);
        _s1 = SplitMix64(ref state);
        _s2 = SplitMix64(ref state);
        _s3 = SplitMix64(ref state);
    }

    /// <summary>Returns the next 64 random bits.</summary>
    internal ulong NextUInt64()
    {
        unchecked
        {
            var result = BitRotate(_s1 * 5, 7) * 9;
            var t = _s1 << 17;
            _s2 ^= _s0;
            _s3 ^= _s1;
            _s1 ^= _s2;
            _s0 ^= _s3;
            _s2 ^= t;
            _s3 = BitRotate(_s3, 45);
            return result;
        }
    }

    /// <summary>Returns a uniform integer from 0 to <paramref name="bound"/> - 1 (Lemire's unbiased method).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bound"/> is not positive.</exception>
    internal long NextInt64(long bound)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bound);
        var range = (ulong)bound;
        var product = Math.BigMul(NextUInt64(), range, out var low);
        if (low < range)
        {
            var threshold = unchecked(0UL - range) % range;
            while (low < threshold)
            {
                product = Math.BigMul(NextUInt64(), range, out low);
            }
        }

        return (long)product;
    }

    /// <summary>Returns a uniform integer from 0 to <paramref name="bound"/> - 1.</summary>
    internal int NextInt(int bound) => (int)NextInt64(bound);

    /// <summary>Returns a uniform integer from <paramref name="minimum"/> to <paramref name="maximum"/> inclusive.</summary>
    internal int NextInt(int minimum, int maximum) => minimum + NextInt(maximum - minimum + 1);

    /// <summary>Returns a uniform number in [0, 1) with 53 random bits.</summary>
    internal double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Returns a standard normal number (Box-Muller; one of the pair is discarded for simplicity).</summary>
    internal double NextGaussian()
    {
        var u = 1.0 - NextDouble();
        var v = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u)) * Math.Cos(2.0 * Math.PI * v);
    }

    /// <summary>Shuffles <paramref name="items"/> in place (Fisher-Yates).</summary>
    internal void Shuffle<T>(Span<T> items)
    {
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = NextInt(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    /// <summary>Returns <paramref name="items"/> in a random order, as a new array.</summary>
    internal T[] Shuffled<T>(IEnumerable<T> items)
    {
        var array = items.ToArray();
        Shuffle(array.AsSpan());
        return array;
    }

    private static ulong SplitMix64(ref ulong state)
    {
        unchecked
        {
            var z = state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    private static ulong BitRotate(ulong x, int k) => (x << k) | (x >> (64 - k));
}
