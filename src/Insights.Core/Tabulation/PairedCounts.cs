namespace Insights.Core.Tabulation;

/// <summary>
/// The same question answered twice by the same records (intake and exit of matched cases), cross-tabulated:
/// how many records gave category i the first time and category j the second. Paired tests of change
/// (McNemar, Stuart–Maxwell, Bhapkar) are computed from it; the table's own rows are its margins.
/// </summary>
/// <remarks>
/// Only records with an answer on both occasions are counted: a pair with a missing answer says nothing about
/// change. Categories that are answers but not about the question ("Don't know", "Not disclosed") are kept in the
/// cross-tabulation and marked <see cref="IsNonResponse"/>, so a test can leave them out and say so.
/// </remarks>
public sealed class PairedCounts
{
    private readonly string[] _categories;
    private readonly bool[] _nonResponse;
    private readonly long[] _counts;

    /// <summary>Creates a cross-tabulation of paired answers.</summary>
    /// <param name="label">What is paired: empty for the table's question, or the row it is about (e.g. a condition at intake and at exit).</param>
    /// <param name="first">The first occasion's name, e.g. <c>Intake</c>.</param>
    /// <param name="second">The second occasion's name, e.g. <c>Exit</c>.</param>
    /// <param name="categories">The categories, the same on both occasions, in printed order.</param>
    /// <param name="nonResponse">For each category, whether it is a non-response answer ("Don't know"); null for none.</param>
    /// <param name="counts">Row-major counts: <c>counts[i * k + j]</c> records answered category i first and j second.</param>
    /// <exception cref="ArgumentException">Fewer than two categories, a blank category, lengths that do not match, or a negative count.</exception>
    public PairedCounts(string label, string first, string second, IReadOnlyList<string> categories, IReadOnlyList<bool>? nonResponse, IReadOnlyList<long> counts)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentException.ThrowIfNullOrWhiteSpace(first);
        ArgumentException.ThrowIfNullOrWhiteSpace(second);
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(counts);
        if (categories.Count < 2 || categories.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("A paired cross-tabulation needs at least two categories, none blank.", nameof(categories));
        }

        if (nonResponse is not null && nonResponse.Count != categories.Count)
        {
            throw new ArgumentException($"{nonResponse.Count} non-response flags for {categories.Count} categories.", nameof(nonResponse));
        }

        if (counts.Count != categories.Count * categories.Count)
        {
            throw new ArgumentException($"{counts.Count} counts for {categories.Count} × {categories.Count} categories.", nameof(counts));
        }

        if (counts.Any(c => c < 0))
        {
            throw new ArgumentException("A paired count is negative.", nameof(counts));
        }

        Label = label;
        First = first;
        Second = second;
        _categories = [.. categories];
        _nonResponse = nonResponse is null ? new bool[_categories.Length] : [.. nonResponse];
        _counts = [.. counts];
    }

    /// <summary>Gets what is paired: empty for the table's question, or the label of the row it is about.</summary>
    public string Label { get; }

    /// <summary>Gets the first occasion's name (the rows of the cross-tabulation).</summary>
    public string First { get; }

    /// <summary>Gets the second occasion's name (the columns of the cross-tabulation).</summary>
    public string Second { get; }

    /// <summary>Gets the categories, the same on both occasions.</summary>
    public IReadOnlyList<string> Categories => _categories;

    /// <summary>Gets the number of records answered on both occasions.</summary>
    public long Total => _counts.Sum();

    /// <summary>Returns whether category <paramref name="category"/> is a non-response answer ("Don't know", "Not disclosed").</summary>
    public bool IsNonResponse(int category) => _nonResponse[category];

    /// <summary>Gets the number of records that answered <paramref name="first"/> first and <paramref name="second"/> second (category indexes).</summary>
    /// <exception cref="IndexOutOfRangeException">An index is outside the categories.</exception>
    public long Count(int first, int second)
    {
        if ((uint)first >= (uint)_categories.Length || (uint)second >= (uint)_categories.Length)
        {
            throw new IndexOutOfRangeException("A category index is outside the cross-tabulation.");
        }

        return _counts[(first * _categories.Length) + second];
    }

    /// <summary>Returns the counts as a k × k matrix (rows: first occasion), restricted to the categories <paramref name="keep"/> selects, in order.</summary>
    public long[,] ToMatrix(Func<int, bool>? keep = null)
    {
        int[] kept = [.. Enumerable.Range(0, _categories.Length).Where(i => keep?.Invoke(i) ?? true)];
        var matrix = new long[kept.Length, kept.Length];
        for (var i = 0; i < kept.Length; i++)
        {
            for (var j = 0; j < kept.Length; j++)
            {
                matrix[i, j] = Count(kept[i], kept[j]);
            }
        }

        return matrix;
    }

    /// <summary>Returns these counts with another label (a group's name before it, in grouped tables).</summary>
    public PairedCounts Relabelled(string label) => new(label, First, Second, _categories, _nonResponse, _counts);

    /// <inheritdoc/>
    public override string ToString() => string.IsNullOrEmpty(Label) ? $"{First} × {Second}" : $"{Label}: {First} × {Second}";
}
