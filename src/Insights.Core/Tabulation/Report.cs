using Insights.Core.Model;

namespace Insights.Core.Tabulation;

/// <summary>A titled, ordered group of table definitions.</summary>
/// <typeparam name="T">The record type counted.</typeparam>
public sealed class ReportSection<T>
{
    private readonly Tabulator<T>[] _tables;

    /// <summary>Creates a section.</summary>
    /// <param name="title">The section's title.</param>
    /// <param name="tables">The tables in printed order.</param>
    /// <exception cref="ArgumentException"><paramref name="title"/> is blank or a table is null.</exception>
    public ReportSection(string title, IEnumerable<Tabulator<T>> tables)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(tables);
        _tables = [.. tables];
        if (_tables.Any(t => t is null))
        {
            throw new ArgumentException($"A table of the section '{title}' is null.", nameof(tables));
        }

        Title = title;
    }

    /// <summary>Gets the section's title.</summary>
    public string Title { get; }

    /// <summary>Gets the tables in printed order.</summary>
    public IReadOnlyList<Tabulator<T>> Tables => _tables;

    /// <inheritdoc/>
    public override string ToString() => Title;
}

/// <summary>
/// A report definition: sections of tables. Evaluation counts every table in one pass over the records,
/// optionally on several threads whose partial states are merged.
/// </summary>
/// <typeparam name="T">The record type counted.</typeparam>
public sealed class Report<T>
{
    private readonly ReportSection<T>[] _sections;
    private readonly Tabulator<T>[] _tables;
    private readonly int[] _offsets;
    private ObjectProgram<T>? _program;
    private string? _fingerprint;

    /// <summary>Creates a report from its sections.</summary>
    /// <exception cref="ArgumentException">The title is blank, or not one line (see <see cref="ReportHeading"/>).</exception>
    public Report(string title, IEnumerable<ReportSection<T>> sections)
        : this(new ReportHeading(title), sections)
    {
    }

    /// <summary>Creates a report with a heading (title, period, source) from its sections.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="heading"/> or <paramref name="sections"/> is <see langword="null"/>.</exception>
    public Report(ReportHeading heading, IEnumerable<ReportSection<T>> sections)
    {
        ArgumentNullException.ThrowIfNull(heading);
        ArgumentNullException.ThrowIfNull(sections);
        Heading = heading;
        _sections = [.. sections];
        _tables = [.. _sections.SelectMany(s => s.Tables)];
        _offsets = new int[_tables.Length + 1];
        for (var i = 0; i < _tables.Length; i++)
        {
            _offsets[i + 1] = checked(_offsets[i] + _tables[i].CounterCount);
        }
    }

    /// <summary>Gets the report's title (<see cref="ReportHeading.Title"/> of <see cref="Heading"/>).</summary>
    public string Title => Heading.Title;

    /// <summary>Gets the report's title, period and source.</summary>
    public ReportHeading Heading { get; }

    /// <summary>Gets the sections in printed order.</summary>
    public IReadOnlyList<ReportSection<T>> Sections => _sections;

    internal int CounterCount => _offsets[^1];

    /// <summary>
    /// Gets the definition's fingerprint: SHA-256, as 64 lower-case hex digits, of its structure (title, section
    /// and table titles, notes, counter widths, the shape of every table's <see cref="Tally{T}"/> tree and the
    /// labels and columns of its tables), so that a <see cref="ReportState"/> is finished only by the definition
    /// it was counted for.
    /// </summary>
    /// <remarks>
    /// Accessors are code and cannot be fingerprinted: two definitions that differ only in what a delegate reads
    /// (an answer, a filter's predicate, a group key) have the same fingerprint. The heading's period and source
    /// are not part of it. A change to the description's format changes every fingerprint (it holds a version).
    /// </remarks>
    public string Fingerprint => _fingerprint ??= DefinitionFingerprint.Of(this);

    internal IReadOnlyList<Tabulator<T>> AllTables => _tables;

    internal IReadOnlyList<int> Offsets => _offsets;

    /// <summary>Returns the report keeping only the sections whose title passes <paramref name="keep"/>.</summary>
    public Report<T> WithSections(Func<ReportSection<T>, bool> keep) => new(Heading, _sections.Where(keep));

    /// <summary>Returns the report with the same sections under <paramref name="heading"/>, e.g. a service's own title and period.</summary>
    /// <remarks>The result is a new definition: a frame built for this one does not take it (evaluate the frame, then use <see cref="ReportResult.WithHeading"/>).</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="heading"/> is <see langword="null"/>.</exception>
    public Report<T> WithHeading(ReportHeading heading) => new(heading, _sections);

    /// <summary>Returns the report with every table split by an answer enum, one column group per member (see <see cref="Tabulator{T}.GroupBy{TKey}(Func{T, TKey?})"/>).</summary>
    public Report<T> GroupBy<TKey>(Func<T, TKey?> key) where TKey : struct, Enum => Map(t => t.GroupBy(key));

    /// <summary>Returns the report with every table split by a key of a value type into <paramref name="groups"/>, one column group each.</summary>
    public Report<T> GroupBy<TKey>(Func<T, TKey?> key, Categories<TKey> groups) where TKey : struct => Map(t => t.GroupBy(key, groups));

    /// <summary>Returns the report with every table split by a key of a reference type (a service, a team) into <paramref name="groups"/>, one column group each.</summary>
    public Report<T> GroupBy<TKey>(Func<T, TKey?> key, Categories<TKey> groups) where TKey : class => Map(t => t.GroupBy(key, groups));

    private Report<T> Map(Func<Tabulator<T>, Tabulator<T>> map)
        => new(Heading, _sections.Select(s => new ReportSection<T>(s.Title, [.. s.Tables.Select(map)])));

    /// <summary>Counts every table in one pass over <paramref name="items"/>.</summary>
    public ReportResult Evaluate(IEnumerable<T> items) => Finish(Count(items));

    /// <summary>Counts every table in one pass over <paramref name="items"/>: the report's counters, table after table.</summary>
    internal long[] Count(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var counters = new long[CounterCount];
        var program = Program;
        var scratch = program.CreateScratch();
        foreach (var item in items)
        {
            program.Add(item, counters, scratch);
        }

        return counters;
    }

    /// <summary>
    /// Counts every table in one pass over <paramref name="items"/> into a portable state (<see cref="ReportState"/>)
    /// that merges with the states of other parts and is finished by <see cref="Finish(ReportState)"/>. Every item
    /// counts as a record read and accepted; the clients are not recorded.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is <see langword="null"/>.</exception>
    public ReportState Tabulate(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        long count = 0;
        var counters = Count(items.Select(item =>
        {
            count++;
            return item;
        }));
        return State(counters, RecordCounts.AllAccepted(count), clients: null);
    }

    /// <summary>
    /// Counts every table in one pass over <paramref name="items"/> into a portable state, recording the keyed
    /// hash of the client of each item (see <see cref="ClientSet"/>), so that a merge refuses parts that share a
    /// client. Every item counts as a record read and accepted.
    /// </summary>
    /// <param name="items">The records.</param>
    /// <param name="clientOf">The client of a record.</param>
    /// <param name="key">The key of the clients' hashes; by default <see cref="ClientKey.ForDefinition"/> of <see cref="Fingerprint"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> or <paramref name="clientOf"/> is <see langword="null"/>.</exception>
    public ReportState Tabulate(IEnumerable<T> items, Func<T, ClientId> clientOf, ClientKey? key = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(clientOf);
        key ??= ClientKey.ForDefinition(Fingerprint);
        var clients = new HashSet<ulong>();
        long count = 0;
        var counters = Count(items.Select(item =>
        {
            count++;
            clients.Add(key.Hash(clientOf(item)));
            return item;
        }));
        return State(counters, RecordCounts.AllAccepted(count), new ClientSet(key.Kind, key.Check, clients));
    }

    /// <summary>A state of this definition holding <paramref name="counters"/> (of any engine).</summary>
    internal ReportState State(long[] counters, RecordCounts records, ClientSet? clients)
        => new(Title, _sections.Select(s => s.Title), Fingerprint, counters, records, parts: 1, clients);

    /// <summary>
    /// Finishes a state, of one part or merged from several, into the report: exactly the report of evaluating
    /// this definition over all the records the state counted.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The state was counted for another definition: its fingerprint or width is not this one's.</exception>
    public ReportResult Finish(ReportState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!string.Equals(state.Fingerprint, Fingerprint, StringComparison.Ordinal) || state.CounterCount != CounterCount)
        {
            throw new ArgumentException(
                $"The state was counted for another report definition (fingerprint {state.Fingerprint[..12]}…, {state.CounterCount:N0} counters) than '{Title}' ({Fingerprint[..12]}…, {CounterCount:N0} counters).",
                nameof(state));
        }

        return Finish(state.Counters);
    }

    /// <summary>
    /// Counts every table over <paramref name="items"/> split into one contiguous partition per thread, then merges
    /// the partial counts. The result is identical to <see cref="Evaluate"/>.
    /// </summary>
    public ReportResult EvaluateParallel(IReadOnlyList<T> items, int? degreeOfParallelism = null) => Finish(CountParallel(items, degreeOfParallelism));

    /// <summary>Counts every table over contiguous partitions on several threads and merges the counters.</summary>
    /// <param name="items">The records.</param>
    /// <param name="degreeOfParallelism">The number of partitions at most; by default the processor count.</param>
    /// <param name="minimumPartition">The fewest records a partition has (tests use 1 to split tiny inputs).</param>
    internal long[] CountParallel(IReadOnlyList<T> items, int? degreeOfParallelism = null, int minimumPartition = 1024)
    {
        ArgumentNullException.ThrowIfNull(items);
        var parts = Math.Max(1, Math.Min(degreeOfParallelism ?? Environment.ProcessorCount, Math.Max(1, items.Count / Math.Max(1, minimumPartition))));
        var partials = new long[parts][];
        Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts }, part =>
        {
            var counters = new long[CounterCount];
            var program = Program;
            var scratch = program.CreateScratch();
            var start = (int)((long)items.Count * part / parts);
            var end = (int)((long)items.Count * (part + 1) / parts);
            for (var i = start; i < end; i++)
            {
                program.Add(items[i], counters, scratch);
            }

            partials[part] = counters;
        });

        for (var part = 1; part < parts; part++)
        {
            Counter.AddInto(partials[0], partials[part]);
        }

        return partials[0];
    }

    /// <summary>
    /// Gets the whole report compiled for the object engine: every table side by side, so a predicate that several
    /// tables test is tested once per record.
    /// </summary>
    internal ObjectProgram<T> Program => _program ??= ObjectProgram<T>.Compile(Tally.Concat(_tables.Select(t => t.Counting)));

    internal ReportResult Finish(ReadOnlySpan<long> counters)
    {
        var sections = new List<ReportResultSection>();
        var index = 0;
        foreach (var section in _sections)
        {
            var tables = new List<Table>();
            foreach (var _ in section.Tables)
            {
                tables.Add(_tables[index].Finish(counters[_offsets[index].._offsets[index + 1]]));
                index++;
            }

            sections.Add(new ReportResultSection(section.Title, tables));
        }

        return new ReportResult(Title, sections).WithHeading(Heading);
    }
}

/// <summary>An evaluated report: its title and its sections of tables.</summary>
/// <param name="Title">The report's title.</param>
/// <param name="Sections">The evaluated sections in printed order.</param>
public sealed record ReportResult(string Title, IReadOnlyList<ReportResultSection> Sections)
{
    /// <summary>Gets the period the data cover, printed under the title (<see cref="ReportHeading.Period"/>).</summary>
    /// <value>The default value is <see langword="null"/>: none is printed.</value>
    public string? Period { get; init; }

    /// <summary>Gets where the data come from, printed under the title (<see cref="ReportHeading.Source"/>).</summary>
    /// <value>The default value is <see langword="null"/>: none is printed.</value>
    public string? Source { get; init; }

    /// <summary>
    /// Gets statements about the whole report that its reader must see, printed under its title, period and source
    /// (text, Markdown, HTML and PDF, the workbook's contents sheet, a <c>notices</c> array in JSON; CSV has no place
    /// for them): for example how many records were rejected and so are not counted.
    /// </summary>
    /// <value>The default value is empty: nothing is printed.</value>
    public IReadOnlyList<string> Notices { get; init; } = [];

    /// <summary>Returns the result with <paramref name="notice"/> after its other notices.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="notice"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="notice"/> is empty or white space.</exception>
    public ReportResult WithNotice(string notice)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(notice);
        return this with { Notices = [.. Notices, notice] };
    }

    /// <summary>Returns the result under <paramref name="heading"/>: its title, period and source replace these.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="heading"/> is <see langword="null"/>.</exception>
    public ReportResult WithHeading(ReportHeading heading)
    {
        ArgumentNullException.ThrowIfNull(heading);
        return this with { Title = heading.Title, Period = heading.Period, Source = heading.Source };
    }

    /// <summary>Gets every table in printed order.</summary>
    public IEnumerable<Table> Tables => Sections.SelectMany(s => s.Tables);
}

/// <summary>An evaluated section: its title and tables.</summary>
/// <param name="Title">The section's title.</param>
/// <param name="Tables">The tables in printed order.</param>
public sealed record ReportResultSection(string Title, IReadOnlyList<Table> Tables);
