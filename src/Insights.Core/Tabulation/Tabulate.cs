using Insights.Core.Model;

namespace Insights.Core.Tabulation;

/// <summary>
/// Entry point for defining tables. Each method returns an immutable definition that can be refined with its
/// <c>With…</c> methods, restricted with <see cref="Tabulator{T}.Where(Rule{T})"/>, split with
/// <see cref="Tabulator{T}.GroupBy{TKey}(Func{T, TKey?})"/> and evaluated over any collection or a frame.
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
    /// <summary>A single-choice question over an answer enum: one row per answer and a Missing row, percentages over all records.</summary>
    public static SingleChoiceTabulator<T, TAnswer> SingleChoice<T, TAnswer>(string title, Func<T, TAnswer?> answer) where TAnswer : struct, Enum
        => new(title, Tally.Choice(answer), Categories.Of<TAnswer>(), SingleChoiceTabulator<T, TAnswer>.Options.Default);

    /// <summary>A single-choice question over the categories of a value type (a <see cref="bool"/>, an integer): one row per category and a Missing row.</summary>
    public static SingleChoiceTabulator<T, TValue> SingleChoice<T, TValue>(string title, Func<T, TValue?> answer, Categories<TValue> categories) where TValue : struct
        => new(title, Tally.Choice(answer, categories), categories, SingleChoiceTabulator<T, TValue>.Options.Default);

    /// <summary>A single-choice question over the categories of a reference type (a string such as a service or a team): one row per category and a Missing row.</summary>
    public static SingleChoiceTabulator<T, TValue> SingleChoice<T, TValue>(string title, Func<T, TValue?> answer, Categories<TValue> categories) where TValue : class
        => new(title, Tally.Choice(answer, categories), categories, SingleChoiceTabulator<T, TValue>.Options.Default);

    /// <summary>A single-choice question asked of several things per record (e.g. each child's age); n counts the things.</summary>
    public static SingleChoiceTabulator<T, TAnswer> SingleChoiceOfEach<T, TAnswer>(string title, Func<T, IEnumerable<TAnswer?>> answers) where TAnswer : struct, Enum
        => new(title, Tally.Each(answers ?? throw new ArgumentNullException(nameof(answers)), Tally.Choice<TAnswer?, TAnswer>(static a => a)), Categories.Of<TAnswer>(), SingleChoiceTabulator<T, TAnswer>.Options.Default);

    /// <summary>
    /// A single-choice question asked of each item of a record (each child, each police report); n counts the items.
    /// A list of items is read by index, so counting makes no enumerator.
    /// </summary>
    public static SingleChoiceTabulator<T, TAnswer> SingleChoiceOfEach<T, TItem, TAnswer>(string title, Func<T, IEnumerable<TItem>> items, Func<TItem, TAnswer?> answer) where TAnswer : struct, Enum
        => new(title, Tally.Each(items, Tally.Choice(answer)), Categories.Of<TAnswer>(), SingleChoiceTabulator<T, TAnswer>.Options.Default);

    /// <summary>A "tick all that apply" question: one row per answer, percentages of respondents, and a Missing row.</summary>
    public static MultiSelectTabulator<T, TAnswer> MultiSelect<T, TAnswer>(string title, Func<T, EnumSet<TAnswer>?> answer) where TAnswer : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(answer);
        return new(title, MultiSelectOptions<T, TAnswer>((nets, sizeOf) => Tally.Set(answer, nets, sizeOf)));
    }

    /// <summary>A "tick all that apply" question asked of several things per record (e.g. each police report); n counts the things.</summary>
    public static MultiSelectTabulator<T, TAnswer> MultiSelectOfEach<T, TAnswer>(string title, Func<T, IEnumerable<EnumSet<TAnswer>?>> answers) where TAnswer : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(answers);
        return new(title, MultiSelectOptions<T, TAnswer>((nets, sizeOf) => Tally.Each(answers, Tally.Set<EnumSet<TAnswer>?, TAnswer>(static set => set, nets, sizeOf))));
    }

    /// <summary>A "tick all that apply" question asked of each item of a record; n counts the items. A list of items is read by index.</summary>
    public static MultiSelectTabulator<T, TAnswer> MultiSelectOfEach<T, TItem, TAnswer>(string title, Func<T, IEnumerable<TItem>> items, Func<TItem, EnumSet<TAnswer>?> answer) where TAnswer : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(answer);
        return new(title, MultiSelectOptions<T, TAnswer>((nets, sizeOf) => Tally.Each(items, Tally.Set(answer, nets, sizeOf))));
    }

    /// <summary>Several questions on one scale, one column per item, each with its own n.</summary>
    public static GridTabulator<T, TAnswer> Grid<T, TAnswer>(string title, params GridItem<T, TAnswer>[] items) where TAnswer : struct, Enum
        => new(title, items ?? throw new ArgumentNullException(nameof(items)), GridTabulator<T, TAnswer>.Options.Default);

    /// <summary>
    /// The same question at intake and at exit over the same cases: two columns, Intake and Exit, each with its n.
    /// Restrict it to matched cases with <see cref="Tabulator{T}.Where(Rule{T})"/>. The table also counts the intake × exit
    /// cross-tabulation of the records answered on both occasions (<see cref="Table.Pairs"/>), which paired tests of
    /// change use; it is not printed.
    /// </summary>
    public static GridTabulator<T, TAnswer> IntakeVsExit<T, TAnswer>(string title, Func<T, TAnswer?> atIntake, Func<T, TAnswer?> atExit) where TAnswer : struct, Enum
        => new(title, [new GridItem<T, TAnswer>("Intake", atIntake ?? throw new ArgumentNullException(nameof(atIntake))), new GridItem<T, TAnswer>("Exit", atExit ?? throw new ArgumentNullException(nameof(atExit)))], GridTabulator<T, TAnswer>.Options.Default with { Paired = true });

    /// <summary>A whole-number question printed in bands (add them with <see cref="NumericTabulator{T}.WithBand"/>) with mean and median rows.</summary>
    /// <param name="title">The title.</param>
    /// <param name="value">Reads the value; null is missing, below zero is an error.</param>
    /// <param name="maximum">The largest value counted exactly (values up to it are kept in a histogram), from 0 to 10,000,000.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maximum"/> is outside its range.</exception>
    public static NumericTabulator<T> Numeric<T>(string title, Func<T, long?> value, long maximum)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(title, NumericOptions<T>((max, bands, sums) => Tally.Number(value, max, bands, sums), maximum));
    }

    /// <summary>A whole-number question asked of several things per record (e.g. incidents per police report); n counts the things.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maximum"/> is outside its range (0 to 10,000,000).</exception>
    public static NumericTabulator<T> NumericOfEach<T>(string title, Func<T, IEnumerable<long?>> values, long maximum)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new(title, NumericOptions<T>((max, bands, sums) => Tally.Each(values, Tally.Number<long?>(static v => v, max, bands, sums)), maximum));
    }

    /// <summary>A whole-number question asked of each item of a record; n counts the items. A list of items is read by index.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maximum"/> is outside its range (0 to 10,000,000).</exception>
    public static NumericTabulator<T> NumericOfEach<T, TItem>(string title, Func<T, IEnumerable<TItem>> items, Func<TItem, long?> value, long maximum)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(value);
        return new(title, NumericOptions<T>((max, bands, sums) => Tally.Each(items, Tally.Number(value, max, bands, sums)), maximum));
    }

    /// <summary>A table of counts, each cell with its own rule and base; add columns, then rows.</summary>
    public static CountsTabulator<T> Counts<T>(string title) => new(title, new CountsTabulator<T>.Options([], [], CountDisplay.CountAndPercent, ShowBases: true, []));

    /// <summary>A table of counts whose header states no base (e.g. the "Outreach service of 100" figures).</summary>
    public static CountsTabulator<T> CountsWithoutBases<T>(string title) => new(title, new CountsTabulator<T>.Options([], [], CountDisplay.CountAndPercent, ShowBases: false, []));

    /// <summary>A table of counts over one base: one column, one row per rule.</summary>
    public static CountsTabulator<T> Counts<T>(string title, Func<T, bool> inBase) => Counts<T>(title).WithColumn(string.Empty, inBase);

    /// <summary>A table of counts with one column whose base is <paramref name="inBase"/>; add rows with <see cref="CountsTabulator{T}.WithRow(string, Rule{T})"/>.</summary>
    public static CountsTabulator<T> Counts<T>(string title, Rule<T> inBase) => Counts<T>(title).WithColumn(string.Empty, inBase);

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
    /// <exception cref="ArgumentException">There are no parts, or a part has another number of columns than the first.</exception>
    public static Tabulator<T> Stack<T>(string title, params Tabulator<T>[] parts) => new StackedTabulator<T>(title, parts ?? throw new ArgumentNullException(nameof(parts)));

    private static MultiSelectTabulator<T, TAnswer>.Options MultiSelectOptions<T, TAnswer>(Func<IReadOnlyList<EnumSet<TAnswer>>, EnumSet<TAnswer>?, Tally<T>> describe) where TAnswer : struct, Enum
        => new(describe, RowLayout<TAnswer>.AllAnswers, MissingAnswers.Shown, "n", EnumSet<TAnswer>.Empty, [], []);

    private static NumericTabulator<T>.Options NumericOptions<T>(Func<long, IReadOnlyList<NumericBand>, IReadOnlyList<long>, Tally<T>> describe, long maximum)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maximum);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maximum, 10_000_000);
        return new(describe, maximum, [], [], MissingAnswers.Shown, null, []);
    }
}
