namespace Insights.Core.Tabulation;

/// <summary>
/// What a report says about itself above its tables: its title, the period its data cover and where the data come
/// from. Renderers print the title as today, and the period and source, when given, just below it.
/// </summary>
/// <remarks>
/// Immutable and validated when made: the title is required; period and source are optional. Each text is one line
/// (no control characters) and not blank. Two headings are equal when their three texts are equal (ordinal).
/// </remarks>
public sealed class ReportHeading : IEquatable<ReportHeading>
{
    /// <summary>Creates a heading.</summary>
    /// <param name="title">The report's title, e.g. "Outreach outcomes, North service".</param>
    /// <param name="period">The period the data cover, as it should be printed (e.g. "April 2024 to March 2025"); <see langword="null"/> for none.</param>
    /// <param name="source">Where the data come from, as it should be printed (e.g. "case management export of 2 May 2025"); <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A text is empty or white space only, or holds a line break or another control character.</exception>
    public ReportHeading(string title, string? period = null, string? source = null)
    {
        Title = Check(title, nameof(title));
        Period = period is null ? null : Check(period, nameof(period));
        Source = source is null ? null : Check(source, nameof(source));
    }

    /// <summary>Gets the report's title.</summary>
    public string Title { get; }

    /// <summary>Gets the period the data cover, as printed.</summary>
    /// <value>The default value is <see langword="null"/>: no period is printed.</value>
    public string? Period { get; }

    /// <summary>Gets where the data come from, as printed.</summary>
    /// <value>The default value is <see langword="null"/>: no source is printed.</value>
    public string? Source { get; }

    /// <inheritdoc/>
    public bool Equals(ReportHeading? other)
        => other is not null && Title == other.Title && Period == other.Period && Source == other.Source;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ReportHeading);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Title, Period, Source);

    /// <summary>Returns the title, then the period and the source when given, separated by " | ".</summary>
    public override string ToString() => string.Join(" | ", new[] { Title, Period, Source }.Where(t => t is not null));

    private static string Check(string text, string name)
    {
        ArgumentNullException.ThrowIfNull(text, name);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArgumentException("A report's title, period or source must not be empty or white space only.", name);
        }

        if (text.Any(char.IsControl))
        {
            throw new ArgumentException("A report's title, period or source must be one line of text, without control characters.", name);
        }

        return text;
    }
}
