namespace Insights.Core.Model;

/// <summary>
/// Gives an enum member the exact text the published report prints for it. The label is the single
/// source of truth for rendering and for parsing labels back into values.
/// </summary>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class LabelAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="text">The label exactly as printed in the report.</param>
    /// <exception cref="ArgumentException"><paramref name="text"/> is empty or whitespace.</exception>
    public LabelAttribute(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        Text = text;
    }

    /// <summary>Gets the label exactly as printed in the report.</summary>
    public string Text { get; }
}
