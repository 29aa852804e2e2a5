using Insights.Core.Model;

namespace Insights.Core.Tests.Synthetic;

/// <summary>
/// Counts computed straight from cases with LINQ, keyed like a published table: row label and column
/// heading ("" for a table with one count column). Unlisted cells count 0.
/// </summary>
internal sealed class Tally
{
    private readonly Dictionary<(string Row, string Column), int> _counts = [];

    public int this[string row, string column = ""] => _counts.GetValueOrDefault((row, column));

    public Tally Add(string row, int count, string column = "")
    {
        _counts[(row, column)] = this[row, column] + count;
        return this;
    }

    /// <summary>Counts a single-choice answer by label, with unanswered cases under "Missing".</summary>
    public Tally Single<TCase, TEnum>(IEnumerable<TCase> items, Func<TCase, TEnum?> answer, string column = "")
        where TEnum : struct, Enum
    {
        foreach (var item in items)
        {
            Add(answer(item) is { } value ? Labels.Of(value) : "Missing", 1, column);
        }

        return this;
    }

    /// <summary>Counts each answer of a multi-select question, with unanswered cases under "Missing".</summary>
    public Tally Multi<TCase, TEnum>(IEnumerable<TCase> items, Func<TCase, EnumSet<TEnum>?> answer, string column = "")
        where TEnum : struct, Enum
    {
        foreach (var item in items)
        {
            if (answer(item) is not { } set)
            {
                Add("Missing", 1, column);
                continue;
            }

            foreach (var value in set)
            {
                Add(Labels.Of(value), 1, column);
            }
        }

        return this;
    }

    /// <summary>Counts numbers into labelled bands [minimum, maximum]; unanswered ones under "Missing".</summary>
    public Tally Bands(IEnumerable<int?> values, (string Label, int Minimum, int Maximum)[] bands, string column = "")
    {
        foreach (var value in values)
        {
            if (value is not { } v)
            {
                Add("Missing", 1, column);
                continue;
            }

            foreach (var band in bands.Where(b => v >= b.Minimum && v <= b.Maximum))
            {
                Add(band.Label, 1, column);
            }
        }

        return this;
    }
}
