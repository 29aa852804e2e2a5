namespace Insights.Core.Statistics;

/// <summary>
/// What statistics a report or table is annotated with (<see cref="ReportStatistics"/>): intervals on every
/// proportion, paired tests of change under intake-vs-exit tables, comparisons between groups, and how the
/// p-values of all the tests are adjusted. The default asks for nothing: the published tables stay as printed.
/// </summary>
/// <remarks>An immutable value; each property is checked when it is set.</remarks>
public sealed record StatisticsOptions
{
    private readonly double? _confidenceLevel;
    private readonly IntervalMethod _intervalMethod = IntervalMethod.Wilson;
    private readonly McNemarMethod _mcNemar = McNemarMethod.Automatic;
    private readonly PValueAdjustment _adjustment = PValueAdjustment.Holm;
    private readonly double _significanceLevel = 0.05;

    /// <summary>Gets the confidence level of the cells' intervals, in (0, 1), e.g. 0.95; <see langword="null"/> for no intervals.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    /// <exception cref="ArgumentOutOfRangeException">The level is not strictly between 0 and 1.</exception>
    public double? ConfidenceLevel
    {
        get => _confidenceLevel;
        init => _confidenceLevel = value is { } level && !(level > 0 && level < 1)
            ? throw new ArgumentOutOfRangeException(nameof(ConfidenceLevel), "A confidence level is strictly between 0 and 1, e.g. 0.95.")
            : value;
    }

    /// <summary>Gets how the cells' intervals are computed.</summary>
    /// <value>The default value is <see cref="IntervalMethod.Wilson"/>.</value>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined method.</exception>
    public IntervalMethod IntervalMethod
    {
        get => _intervalMethod;
        init => _intervalMethod = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(IntervalMethod), value, "Not an interval method.");
    }

    /// <summary>Gets whether intake-vs-exit tables get paired tests of change (McNemar, Stuart–Maxwell, Bhapkar).</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool PairedTests { get; init; }

    /// <summary>Gets how McNemar's test is computed.</summary>
    /// <value>The default value is <see cref="McNemarMethod.Automatic"/>.</value>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined method.</exception>
    public McNemarMethod McNemar
    {
        get => _mcNemar;
        init => _mcNemar = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(McNemar), value, "Not a McNemar method.");
    }

    /// <summary>
    /// Gets whether grouped tables get tests of independence between their groups (chi-square with Cramér's V, and
    /// Fisher's exact test for 2 × 2) over the rows that partition each column's base.
    /// </summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool GroupTests { get; init; }

    /// <summary>
    /// Gets the label of the column group every other group's cells are compared with (e.g. <c>All other services</c>):
    /// each count cell of the other groups gets a <see cref="Tabulation.CellComparison"/>; <see langword="null"/> for none.
    /// </summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? ReferenceGroup { get; init; }

    /// <summary>Gets how the p-values of all the tests of a report (or table) are adjusted for multiplicity.</summary>
    /// <value>The default value is <see cref="PValueAdjustment.Holm"/>.</value>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined adjustment.</exception>
    public PValueAdjustment Adjustment
    {
        get => _adjustment;
        init => _adjustment = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(Adjustment), value, "Not a p-value adjustment.");
    }

    /// <summary>Gets the level at which an (adjusted) p-value is marked significant, in (0, 1).</summary>
    /// <value>The default value is 0.05.</value>
    /// <exception cref="ArgumentOutOfRangeException">The level is not strictly between 0 and 1.</exception>
    public double SignificanceLevel
    {
        get => _significanceLevel;
        init => _significanceLevel = value > 0 && value < 1 ? value : throw new ArgumentOutOfRangeException(nameof(SignificanceLevel), "A significance level is strictly between 0 and 1, e.g. 0.05.");
    }

    /// <summary>Gets whether these options ask for anything at all.</summary>
    public bool AskForAny => ConfidenceLevel is not null || PairedTests || GroupTests || ReferenceGroup is not null;
}
