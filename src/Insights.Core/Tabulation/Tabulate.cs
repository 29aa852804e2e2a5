using Insights.Core.Model;

namespace Insights.Core.Tabulation;

/// <summary>
/// Entry point for defining tables. Each method returns an immutable definition that can be refined with its
/// <c>With…</c> methods, restricted with <see cref="Tabulator{T}.Where"/>, split with
/// <see cref="Tabulator{T}.GroupBy{TKey}"/> and evaluated over any collection.
/// </summary>
/// <example>
/// <code>
/// var status = Tabulate.SingleChoice("Referral status", (Case c) =&gt; c.ReferralStatus)
///     .WithLayout(rows =&gt; rows.Answers(Labels.All&lt;ReferralStatus&gt;().ToArray()).Total());
/// Table table = status.Evaluate(dataset.Cases);
/// </code>
/// </example>
public static class Tabulate
{
    /// <summary>A single-choice question: one row per answer and a Missing row, percentages over all records.</summary>
    public static SingleChoiceTabulator<T, TAnswer> SingleChoice<T, TAnswer>(string title, Func<T, TAnswer?> answer) where TAnswer : struct, Enum
        => new(title, answer ?? throw new ArgumentNullException(nameof(answer)), null, RowLayout<TAnswer>.AllAnswers, MissingAnswers.Shown, "n");

    /// <summary>A single-choice question asked of several things per record (e.g. each child's age); n counts the things.</summary>
    public static SingleChoiceTabulator<T, TAnswer> SingleChoiceOfEach<T, TAnswer>(string title, Func<T, IEnumerable<TAnswer?>> answers) where TAnswer : struct, Enum
        => new(title, null, answers ?? throw new ArgumentNullException(nameof(answers)), RowLayout<TAnswer>.AllAnswers, MissingAnswers.Shown, "n");

    /// <summary>A "tick all that apply" question: one row per answer, percentages of respondents, and a Missing row.</summary>
    public static MultiSelectTabulator<T, TAnswer> MultiSelect<T, TAnswer>(string title, Func<T, EnumSet<TAnswer>?> answer) where TAnswer : struct, Enum
        => new(title, answer ?? throw new ArgumentNullException(nameof(answer)), null, RowLayout<TAnswer>.AllAnswers, MissingAnswers.Shown, "n", ulong.MaxValue, []);

    /// <summary>A "tick all that apply" question asked of several things per record (e.g. each police report); n counts the things.</summary>
    public static MultiSelectTabulator<T, TAnswer> MultiSelectOfEach<T, TAnswer>(string title, Func<T, IEnumerable<EnumSet<TAnswer>?>> answers) where TAnswer : struct, Enum
        => new(title, null, answers ?? throw new ArgumentNullException(nameof(answers)), RowLayout<TAnswer>.AllAnswers, MissingAnswers.Shown, "n", ulong.MaxValue, []);

    /// <summary>Several questions on one scale, one column per item, each with its own n.</summary>
    public static GridTabulator<T, TAnswer> Grid<T, TAnswer>(string title, params GridItem<T, TAnswer>[] items) where TAnswer : struct, Enum
        => new(title, items ?? throw new ArgumentNullException(nameof(items)), RowLayout<TAnswer>.AllAnswers, MissingAnswers.Shown, GridOrientation.ItemsAsColumns, null);

    /// <summary>
    /// The same question at intake and at exit over the same cases: two columns, Intake and Exit, each with its n.
    /// Restrict it to matched cases with <see cref="Tabulator{T}.Where"/>.
    /// </summary>
    public static GridTabulator<T, TAnswer> IntakeVsExit<T, TAnswer>(string title, Func<T, TAnswer?> atIntake, Func<T, TAnswer?> atExit) where TAnswer : struct, Enum
        => Grid(title, new GridItem<T, TAnswer>("Intake", atIntake), new GridItem<T, TAnswer>("Exit", atExit));

    /// <summary>A whole-number question printed in bands (add them with <see cref="NumericTabulator{T}.WithBand"/>) with mean and median rows.</summary>
    /// <param name="title">The title.</param>
    /// <param name="value">Reads the value; null is missing, below zero is an error.</param>
    /// <param name="maximum">The largest value counted exactly (values up to it are kept in a histogram).</param>
    public static NumericTabulator<T> Numeric<T>(string title, Func<T, long?> value, long maximum)
        => new(title, value ?? throw new ArgumentNullException(nameof(value)), null, maximum, [], [], MissingAnswers.Shown, null);

    /// <summary>A whole-number question asked of several things per record (e.g. incidents per police report); n counts the things.</summary>
    public static NumericTabulator<T> NumericOfEach<T>(string title, Func<T, IEnumerable<long?>> values, long maximum)
        => new(title, null, values ?? throw new ArgumentNullException(nameof(values)), maximum, [], [], MissingAnswers.Shown, null);

    /// <summary>A table of counts, each cell with its own rule and base; add columns, then rows.</summary>
    public static CountsTabulator<T> Counts<T>(string title) => new(title, [], [], CountDisplay.CountAndPercent, showBases: true);

    /// <summary>A table of counts whose header states no base (e.g. the "Outreach service of 100" figures).</summary>
    public static CountsTabulator<T> CountsWithoutBases<T>(string title) => new(title, [], [], CountDisplay.CountAndPercent, showBases: false);

    /// <summary>A table of counts over one base: one column, one row per rule.</summary>
    public static CountsTabulator<T> Counts<T>(string title, Func<T, bool> inBase) => Counts<T>(title).WithColumn(string.Empty, inBase);

    /// <summary>
    /// A definition over several things per record (e.g. each review form of a case): <paramref name="definition"/>
    /// counts every item of <paramref name="items"/> as a record of its own, so its n and counts are of items.
    /// Stack it with definitions over the records to print counts of records and of items in one table.
    /// </summary>
    /// <param name="items">Reads the items of a record; an empty sequence counts nothing.</param>
    /// <param name="definition">The definition over one item; its title is the table's.</param>
    public static Tabulator<T> OfEach<T, TItem>(Func<T, IEnumerable<TItem>> items, Tabulator<TItem> definition)
        => new EachTabulator<T, TItem>(definition ?? throw new ArgumentNullException(nameof(definition)), items ?? throw new ArgumentNullException(nameof(items)));

    /// <summary>Several definitions printed as one table, the rows of each in turn, under the first one's bases and columns.</summary>
    public static Tabulator<T> Stack<T>(string title, params Tabulator<T>[] parts) => new StackedTabulator<T>(title, parts ?? throw new ArgumentNullException(nameof(parts)));
}
