namespace Insights.Core.Statistics;

/// <summary>How <see cref="MultipleTesting.Adjust"/> adjusts a family of p-values.</summary>
public enum PValueAdjustment
{
    /// <summary>No adjustment: the p-values are returned as they are.</summary>
    None,

    /// <summary>Holm's step-down method, which controls the family-wise error rate (R's <c>p.adjust(p, "holm")</c>).</summary>
    Holm,

    /// <summary>Benjamini and Hochberg's step-up method, which controls the false discovery rate (R's <c>p.adjust(p, "BH")</c>).</summary>
    BenjaminiHochberg,
}
