using Insights.Core.Model;
using Insights.Synthetic.Sampled;

namespace Insights.Synthetic;

/// <summary>
/// Synthetic cases in any number, drawn from the distributions of the calibrated <see cref="ExactDataset"/>:
/// clients are sampled with replacement from its clients (about 1.5% bring a second case), get fresh case and
/// client ids, move in time within the reporting period, and are spread over the 22 services at random.
/// Every answer and every dependency between answers is therefore one the report's data shows.
/// </summary>
/// <remarks>
/// The cases are generated lazily, one at a time, so memory does not grow with the count. The same count and
/// seed always give the same cases on every machine (the generator is xoshiro256**, not <see cref="Random"/>).
/// Copies of the exact dataset's five "Errors" cases keep their closure before intake, as the report counts
/// them; the data reader's rules reject those copies.
/// </remarks>
public static class SampledDataset
{
    /// <summary>The largest number of cases one call generates.</summary>
    public const long MaxCount = 100_000_000;

    /// <summary>Generates <paramref name="count"/> cases from <paramref name="seed"/>.</summary>
    /// <param name="count">How many cases to generate, from 1 to <see cref="MaxCount"/>.</param>
    /// <param name="seed">The seed; equal seeds give equal sequences.</param>
    /// <returns>A lazily generated sequence of cases with ids <c>case-000000001</c>, <c>case-000000002</c>, …; enumerating it again generates the same cases again.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is below 1 or above <see cref="MaxCount"/>.</exception>
    public static IEnumerable<Case> Generate(long count, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, MaxCount);
        return SampledDraws.Draw(count, seed).Select(SampledDraws.Materialize);
    }
}
