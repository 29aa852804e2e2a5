using Insights.Core.Model;

namespace Insights.Core.Tabulation;

/// <summary>
/// The printed rows of a choice table, in order: answers, answers under a parent (└), nets and a total.
/// Immutable: every method returns a new layout. Answers not placed in the layout are still counted in n
/// (a layout chooses what is printed, never who is counted).
/// </summary>
/// <typeparam name="TAnswer">The answer enum.</typeparam>
public sealed class RowLayout<TAnswer> where TAnswer : struct, Enum
{
    private readonly RowSpec[] _rows;

    private RowLayout(RowSpec[] rows) => _rows = rows;

    /// <summary>Gets the empty layout.</summary>
    public static RowLayout<TAnswer> Empty { get; } = new([]);

    /// <summary>Gets the layout printing every answer in declaration (report) order.</summary>
    public static RowLayout<TAnswer> AllAnswers { get; } = Empty.Answers(AnswerSet<TAnswer>.Values);

    /// <summary>Appends one row per answer, in the order given.</summary>
    public RowLayout<TAnswer> Answers(params ReadOnlySpan<TAnswer> answers) => Append(answers, RowKind.Category);

    /// <summary>Appends one row per answer, printed under the previous parent row (marked └).</summary>
    public RowLayout<TAnswer> SubAnswers(params ReadOnlySpan<TAnswer> answers) => Append(answers, RowKind.SubCategory);

    /// <summary>Appends a net: the records whose answer is any of <paramref name="members"/>.</summary>
    public RowLayout<TAnswer> Net(string label, params ReadOnlySpan<TAnswer> members) => AppendGroup(label, members, RowKind.Net);

    /// <summary>Appends a parent category counting the records in any of <paramref name="members"/>; follow it with <see cref="SubAnswers"/>.</summary>
    public RowLayout<TAnswer> Parent(string label, params ReadOnlySpan<TAnswer> members) => AppendGroup(label, members, RowKind.Category);

    /// <summary>Appends a parent category with every member printed under it.</summary>
    public RowLayout<TAnswer> ParentWithSubAnswers(string label, params ReadOnlySpan<TAnswer> members)
        => Parent(label, members).SubAnswers(members);

    /// <summary>Appends a total row (a count without a percentage) of everyone in the base.</summary>
    public RowLayout<TAnswer> Total(string label = "Total")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        return new([.. _rows, new RowSpec(label, RowKind.Total, 0)]);
    }

    internal IReadOnlyList<RowSpec> Rows => _rows;

    private RowLayout<TAnswer> Append(ReadOnlySpan<TAnswer> answers, RowKind kind)
    {
        var rows = new List<RowSpec>(_rows);
        foreach (var answer in answers)
        {
            rows.Add(new RowSpec(Labels.Of(answer), kind, 1UL << AnswerSet<TAnswer>.Index(answer)));
        }

        return new([.. rows]);
    }

    private RowLayout<TAnswer> AppendGroup(string label, ReadOnlySpan<TAnswer> members, RowKind kind)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        if (members.IsEmpty)
        {
            throw new ArgumentException($"The row '{label}' needs at least one member.", nameof(members));
        }

        return new([.. _rows, new RowSpec(label, kind, EnumSet.Of(members).Bits)]);
    }

    internal readonly record struct RowSpec(string Label, RowKind Kind, ulong Members);
}

/// <summary>How a table treats records that did not answer the question.</summary>
public enum MissingAnswers
{
    /// <summary>Counted in n and printed as a "Missing" row (the report's usual layout).</summary>
    Shown,

    /// <summary>Counted in n but not printed (the report's level-of-abuse grid).</summary>
    Hidden,

    /// <summary>Neither counted in n nor printed.</summary>
    Excluded,

    /// <summary>Left out of n, and printed as a "Missing" row whose percentage is over everyone including them (client-reported outcomes).</summary>
    ShownSeparately,
}
