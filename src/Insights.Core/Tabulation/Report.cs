namespace Insights.Core.Tabulation;

/// <summary>A titled, ordered group of table definitions.</summary>
/// <typeparam name="T">The record type counted.</typeparam>
/// <param name="Title">The section's title.</param>
/// <param name="Tables">The tables in printed order.</param>
public sealed record ReportSection<T>(string Title, IReadOnlyList<Tabulator<T>> Tables);

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

    internal IReadOnlyList<Tabulator<T>> AllTables => _tables;

    internal IReadOnlyList<int> Offsets => _offsets;

    /// <summary>Returns the report keeping only the sections whose title passes <paramref name="keep"/>.</summary>
    public Report<T> WithSections(Func<ReportSection<T>, bool> keep) => new(Heading, _sections.Where(keep));

    /// <summary>Returns the report with the same sections under <paramref name="heading"/>, e.g. a service's own title and period.</summary>
    /// <remarks>The result is a new definition: a frame built for this one does not take it (evaluate the frame, then use <see cref="ReportResult.WithHeading"/>).</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="heading"/> is <see langword="null"/>.</exception>
    public Report<T> WithHeading(ReportHeading heading) => new(heading, _sections);

    /// <summary>Counts every table in one pass over <paramref name="items"/>.</summary>
    public ReportResult Evaluate(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var counters = new long[CounterCount];
        foreach (var item in items)
        {
            Accumulate(item, counters);
        }

        return Finish(counters);
    }

    /// <summary>
    /// Counts every table over <paramref name="items"/> split into one contiguous partition per thread, then merges
    /// the partial counts. The result is identical to <see cref="Evaluate"/>.
    /// </summary>
    public ReportResult EvaluateParallel(IReadOnlyList<T> items, int? degreeOfParallelism = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        var parts = Math.Max(1, Math.Min(degreeOfParallelism ?? Environment.ProcessorCount, Math.Max(1, items.Count / 1024)));
        var partials = new long[parts][];
        Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts }, part =>
        {
            var counters = new long[CounterCount];
            var start = (int)((long)items.Count * part / parts);
            var end = (int)((long)items.Count * (part + 1) / parts);
            for (var i = start; i < end; i++)
            {
                Accumulate(items[i], counters);
            }

            partials[part] = counters;
        });

        for (var part = 1; part < parts; part++)
        {
            Counter.AddInto(partials[0], partials[part]);
        }

        return Finish(partials[0]);
    }

    internal void Accumulate(T item, Span<long> counters)
    {
        for (var i = 0; i < _tables.Length; i++)
        {
            _tables[i].Accumulate(item, counters[_offsets[i].._offsets[i + 1]]);
        }
    }

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
