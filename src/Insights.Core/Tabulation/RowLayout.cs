namespace Insights.Core.Tabulation;

/// <summary>
/// The printed rows of a choice table, in order: answers, answers under a parent (└), nets and a total.
/// Immutable: every method returns a new layout. Answers not placed in the layout are still counted in n
/// (a layout chooses what is printed, never who is counted). A layout names answers by value; the table's
/// <see cref="Categories{TValue}"/> give their labels and check that each is a category.
/// </summary>
/// <typeparam name="TAnswer">The answer type: an enum, or any type the table has categories of.</typeparam>
public sealed class RowLayout<TAnswer> where TAnswer : notnull
{
    private readonly RowSpec[] _rows;

    private RowLayout(RowSpec[] rows) => _rows = rows;

    /// <summary>Gets the empty layout.</summary>
    public static RowLayout<TAnswer> Empty { get; } = new([]);

    /// <summary>Gets the layout printing every category in order (the extra "other" category last, when counted).</summary>
    public static RowLayout<TAnswer> AllAnswers { get; } = Empty.EveryAnswer();

    /// <summary>Appends one row per category, in the categories' order.</summary>
    public RowLayout<TAnswer> EveryAnswer() => new([.. _rows, new RowSpec(null, RowKind.Category, [], RowSpecial.EveryCategory)]);

    /// <summary>Appends one row per answer, in the order given.</summary>
    public RowLayout<TAnswer> Answers(params ReadOnlySpan<TAnswer> answers) => Append(answers, RowKind.Category);

    /// <summary>Appends one row per answer, printed under the previous parent row (marked └).</summary>
    public RowLayout<TAnswer> SubAnswers(params ReadOnlySpan<TAnswer> answers) => Append(answers, RowKind.SubCategory);

    /// <summary>Appends a net: the records whose answer is any of <paramref name="members"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="label"/> is blank or there are no members.</exception>
    public RowLayout<TAnswer> Net(string label, params ReadOnlySpan<TAnswer> members) => AppendGroup(label, members, RowKind.Net);

    /// <summary>Appends a parent category counting the records in any of <paramref name="members"/>; follow it with <see cref="SubAnswers"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="label"/> is blank or there are no members.</exception>
    public RowLayout<TAnswer> Parent(string label, params ReadOnlySpan<TAnswer> members) => AppendGroup(label, members, RowKind.Category);

    /// <summary>Appends a parent category with every member printed under it.</summary>
    /// <exception cref="ArgumentException"><paramref name="label"/> is blank or there are no members.</exception>
    public RowLayout<TAnswer> ParentWithSubAnswers(string label, params ReadOnlySpan<TAnswer> members)
        => Parent(label, members).SubAnswers(members);

    /// <summary>Appends the row of the extra category that counts values outside the categories (see <see cref="Categories{TValue}.WithOther"/>).</summary>
    public RowLayout<TAnswer> Other() => new([.. _rows, new RowSpec(null, RowKind.Category, [], RowSpecial.Other)]);

    /// <summary>Appends a total row (a count without a percentage) of everyone in the base.</summary>
    /// <exception cref="ArgumentException"><paramref name="label"/> is blank.</exception>
    public RowLayout<TAnswer> Total(string label = "Total")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        return new([.. _rows, new RowSpec(label, RowKind.Total, [], RowSpecial.None)]);
    }

    /// <summary>Resolves the rows against the table's categories: each row's label and the category indices it counts.</summary>
    /// <exception cref="ArgumentException">A row names a value that is not a category, or the "other" row is asked for without an "other" category.</exception>
    internal ResolvedRow[] Resolve(Categories<TAnswer> categories)
    {
        var rows = new List<ResolvedRow>();
        foreach (var row in _rows)
        {
            switch (row.Special)
            {
                case RowSpecial.EveryCategory:
                    for (var i = 0; i < categories.Count; i++)
                    {
                        rows.Add(new ResolvedRow(categories.LabelAt(i), RowKind.Category, [i]));
                    }

                    break;
                case RowSpecial.Other:
                    if (categories.Unknown != UnknownValues.CountAsOther)
                    {
                        throw new ArgumentException("The layout prints the 'other' row, but the categories do not count other values (use WithOther()).", nameof(categories));
                    }

                    rows.Add(new ResolvedRow(categories.OtherLabel, RowKind.Category, [categories.Count - 1]));
                    break;
                default:
                    var members = row.Members.Select(m => categories.IndexOfDeclared(m, $"The row '{row.Label ?? "(an answer)"}'")).ToArray();
                    rows.Add(new ResolvedRow(row.Label ?? categories.LabelAt(members[0]), row.Kind, members));
                    break;
            }
        }

        return [.. rows];
    }

    private RowLayout<TAnswer> Append(ReadOnlySpan<TAnswer> answers, RowKind kind)
    {
        var rows = new List<RowSpec>(_rows);
        foreach (var answer in answers)
        {
            ArgumentNullException.ThrowIfNull(answer, nameof(answers));
            rows.Add(new RowSpec(null, kind, [answer], RowSpecial.None));
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

        return new([.. _rows, new RowSpec(label, kind, [.. members], RowSpecial.None)]);
    }

    private enum RowSpecial
    {
        None,
        EveryCategory,
        Other,
    }

    private sealed record RowSpec(string? Label, RowKind Kind, TAnswer[] Members, RowSpecial Special);
}

/// <summary>A printed row of a choice table: its label, kind, and the categories it counts (none for a total).</summary>
internal readonly record struct ResolvedRow(string Label, RowKind Kind, int[] Members);
