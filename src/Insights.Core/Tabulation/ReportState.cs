using System.Globalization;

namespace Insights.Core.Tabulation;

/// <summary>How many records a <see cref="ReportState"/> read, accepted and rejected (summed over the parts merged into it).</summary>
/// <remarks>Validated at construction: no count is negative and <see cref="Read"/> is <see cref="Accepted"/> + <see cref="Rejected"/>.</remarks>
public readonly record struct RecordCounts
{
    /// <summary>Creates the counts.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or <paramref name="read"/> is not <paramref name="accepted"/> + <paramref name="rejected"/>.</exception>
    public RecordCounts(long read, long accepted, long rejected)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(read);
        ArgumentOutOfRangeException.ThrowIfNegative(accepted);
        ArgumentOutOfRangeException.ThrowIfNegative(rejected);
        if (accepted > read || read - accepted != rejected)
        {
            throw new ArgumentOutOfRangeException(nameof(read), "The records read must be the records accepted plus the records rejected.");
        }

        Read = read;
        Accepted = accepted;
        Rejected = rejected;
    }

    /// <summary>Gets the number of records read.</summary>
    public long Read { get; }

    /// <summary>Gets the number of records accepted.</summary>
    public long Accepted { get; }

    /// <summary>Gets the number of records rejected.</summary>
    public long Rejected { get; }

    /// <summary>Returns the counts of <paramref name="accepted"/> records read and none rejected.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="accepted"/> is negative.</exception>
    public static RecordCounts AllAccepted(long accepted) => new(accepted, accepted, 0);

    /// <summary>Adds two counts.</summary>
    /// <exception cref="OverflowException">A sum exceeds <see cref="long.MaxValue"/>.</exception>
    public static RecordCounts operator +(RecordCounts left, RecordCounts right)
        => new(checked(left.Read + right.Read), checked(left.Accepted + right.Accepted), checked(left.Rejected + right.Rejected));

    /// <summary>Adds two counts (the named form of <c>+</c>).</summary>
    /// <exception cref="OverflowException">A sum exceeds <see cref="long.MaxValue"/>.</exception>
    public static RecordCounts Add(RecordCounts left, RecordCounts right) => left + right;
}

/// <summary>
/// The portable state of a report: the counters of every table of a definition over one part of the data, with
/// the definition's fingerprint, the records read, the number of parts merged into it and the clients it
/// counted. States of the parts of a dataset merge (<see cref="Combine(IEnumerable{ReportState})"/>) into the
/// state of the whole, and <see cref="Report{T}.Finish(ReportState)"/> turns a state into the report: so parts
/// can be counted on different machines, or by different services, which share counts and never records.
/// </summary>
/// <remarks>
/// <para>Immutable; validated at construction; equality is reference equality (compare <see cref="Counters"/>,
/// <see cref="Records"/> and <see cref="Fingerprint"/> for equal contents). States are a commutative monoid under <see cref="Combine(ReportState, ReportState)"/>:
/// counters, records and parts add; the client sets unite. There is no empty state without a definition: the
/// state of no records (<see cref="Report{T}.Tabulate(IEnumerable{T})"/> of nothing) is the identity.</para>
/// <para>Distinct clients: the client-profile tables count each client once, through one profile case chosen
/// among all of the client's cases. Two parts that hold cases of the same client would each count that client,
/// so their merge would differ from the report of the whole. A state therefore records the keyed hashes of the
/// clients it counted (<see cref="Clients"/>), and a merge refuses states that share a client: split data by
/// client (or by service, when no client is seen by two services) instead.</para>
/// </remarks>
public sealed class ReportState
{
    private readonly long[] _counters;
    private readonly string[] _sections;

    /// <summary>Creates a state.</summary>
    /// <param name="title">The definition's title (<see cref="Report{T}.Title"/>).</param>
    /// <param name="sections">The definition's section titles, in order.</param>
    /// <param name="fingerprint">The definition's fingerprint (<see cref="Report{T}.Fingerprint"/>): 64 lower-case hex digits.</param>
    /// <param name="counters">The counters of every table, table after table; none negative.</param>
    /// <param name="records">The records read, accepted and rejected.</param>
    /// <param name="parts">The number of parts merged into the state: 1 for a state counted in one go.</param>
    /// <param name="clients">The clients counted, or <see langword="null"/> when they were not recorded.</param>
    /// <exception cref="ArgumentException">The title or a section title is blank, the fingerprint is not 64 lower-case hex digits, a counter is negative or <paramref name="parts"/> is below 1.</exception>
    public ReportState(string title, IEnumerable<string> sections, string fingerprint, ReadOnlySpan<long> counters, RecordCounts records, int parts = 1, ClientSet? clients = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(sections);
        ValidateFingerprint(fingerprint, nameof(fingerprint));
        ArgumentOutOfRangeException.ThrowIfLessThan(parts, 1);
        _sections = [.. sections];
        if (_sections.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("A section title is blank.", nameof(sections));
        }

        for (var i = 0; i < counters.Length; i++)
        {
            if (counters[i] < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(counters), string.Create(CultureInfo.InvariantCulture, $"Counter {i} is negative; counts never are."));
            }
        }

        Title = title;
        Fingerprint = fingerprint;
        _counters = counters.ToArray();
        Records = records;
        Parts = parts;
        Clients = clients;
    }

    /// <summary>Gets the definition's title.</summary>
    public string Title { get; }

    /// <summary>Gets the definition's section titles, in order.</summary>
    public IReadOnlyList<string> Sections => _sections;

    /// <summary>Gets the definition's fingerprint: 64 lower-case hex digits.</summary>
    public string Fingerprint { get; }

    /// <summary>Gets the counters of every table, table after table.</summary>
    public ReadOnlySpan<long> Counters => _counters;

    /// <summary>Gets the number of counters.</summary>
    public int CounterCount => _counters.Length;

    /// <summary>Gets the records read, accepted and rejected.</summary>
    public RecordCounts Records { get; }

    /// <summary>Gets the number of parts merged into the state.</summary>
    public int Parts { get; }

    /// <summary>Gets the clients counted, or <see langword="null"/> when they were not recorded (a definition that counts no clients).</summary>
    public ClientSet? Clients { get; }

    /// <summary>Returns the state with <paramref name="records"/> as its record counts (a reader knows how many it rejected).</summary>
    public ReportState WithRecords(RecordCounts records) => new(this, records, Clients);

    /// <summary>Returns the state with <paramref name="clients"/> as the clients it counted.</summary>
    public ReportState WithClients(ClientSet? clients) => new(this, Records, clients);

    private ReportState(ReportState state, RecordCounts records, ClientSet? clients)
    {
        Title = state.Title;
        _sections = state._sections;
        Fingerprint = state.Fingerprint;
        _counters = state._counters;
        Parts = state.Parts;
        Records = records;
        Clients = clients;
    }

    private ReportState(ReportState first, long[] counters, RecordCounts records, int parts, ClientSet? clients)
    {
        Title = first.Title;
        _sections = first._sections;
        Fingerprint = first.Fingerprint;
        _counters = counters;
        Records = records;
        Parts = parts;
        Clients = clients;
    }

    /// <summary>Returns the merge of this state and <paramref name="other"/> (see <see cref="Combine(IEnumerable{ReportState})"/>).</summary>
    /// <exception cref="StateMergeException">The states cannot be merged.</exception>
    public ReportState Merge(ReportState other) => Combine(this, other);

    /// <summary>Returns the merge of two states (see <see cref="Combine(IEnumerable{ReportState})"/>).</summary>
    /// <exception cref="StateMergeException">The states cannot be merged.</exception>
    public static ReportState Combine(ReportState left, ReportState right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return Combine([left, right]);
    }

    /// <summary>
    /// Returns the merge of <paramref name="states"/>: counters, records and parts added, client sets united. The
    /// result does not depend on the order of the states.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="states"/> is empty or holds a null.</exception>
    /// <exception cref="StateMergeException">
    /// The states were counted for different definitions (fingerprints), some record their clients and some do
    /// not, their clients were hashed with different keys, a client was counted by more than one state
    /// (<see cref="StateMergeException.SharedClients"/> says how many), or a merged count exceeds <see cref="long.MaxValue"/>.
    /// </exception>
    public static ReportState Combine(IEnumerable<ReportState> states)
    {
        ArgumentNullException.ThrowIfNull(states);
        var all = states.ToArray();
        if (all.Length == 0)
        {
            throw new ArgumentException("Merging needs at least one state.", nameof(states));
        }

        if (all.Any(s => s is null))
        {
            throw new ArgumentException("A state to merge is null.", nameof(states));
        }

        var first = all[0];
        for (var i = 1; i < all.Length; i++)
        {
            if (!SameDefinition(first, all[i]))
            {
                throw new StateMergeException(string.Create(CultureInfo.InvariantCulture,
                    $"State {i + 1} was counted for another report definition than state 1 (fingerprint {all[i].Fingerprint[..12]}… against {first.Fingerprint[..12]}…): only states of the same definition (the same sections, tables and options) merge."));
            }
        }

        var recorded = all.Count(s => s.Clients is not null);
        ClientSet? clients = null;
        if (recorded != 0)
        {
            if (recorded != all.Length)
            {
                throw new StateMergeException("Some states record the clients they counted and some do not, so a client counted in two parts could not be detected: tabulate every part the same way.");
            }

            var sets = all.Select(s => s.Clients!).ToArray();
            if (sets.Any(s => !s.HasSameKey(sets[0])))
            {
                throw new StateMergeException("The states' clients were hashed with different client keys, so a client counted in two parts could not be detected: tabulate every part with the same key (the default, or the same shared key).");
            }

            var (union, shared) = ClientSet.Union(sets);
            if (shared > 0)
            {
                throw new StateMergeException(
                    string.Create(CultureInfo.InvariantCulture, $"{shared:#,0} {(shared == 1 ? "client was" : "clients were")} counted in more than one state, so the client-profile tables (which count each client once) would count {(shared == 1 ? "it" : "them")} twice: split the data by client, or by service, so that all of a client's cases are in one part."),
                    shared);
            }

            clients = union;
        }

        try
        {
            var counters = (long[])first._counters.Clone();
            var records = first.Records;
            var parts = first.Parts;
            for (var i = 1; i < all.Length; i++)
            {
                Counter.AddInto(counters, all[i]._counters);
                records += all[i].Records;
                parts = checked(parts + all[i].Parts);
            }

            return new ReportState(first, counters, records, parts, clients);
        }
        catch (OverflowException e)
        {
            throw new StateMergeException("A merged count exceeds 9,223,372,036,854,775,807, the largest a counter holds.", 0, e);
        }
    }

    /// <summary>Whether two states were counted for the same definition: fingerprint, title, sections and width.</summary>
    private static bool SameDefinition(ReportState left, ReportState right)
        => string.Equals(left.Fingerprint, right.Fingerprint, StringComparison.Ordinal)
            && string.Equals(left.Title, right.Title, StringComparison.Ordinal)
            && left._sections.SequenceEqual(right._sections, StringComparer.Ordinal)
            && left._counters.Length == right._counters.Length;

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Title} ({Fingerprint[..12]}…): {Records.Accepted:#,0} records, {Parts:#,0} parts");

    /// <summary>Throws unless <paramref name="fingerprint"/> is 64 lower-case hex digits.</summary>
    internal static void ValidateFingerprint(string fingerprint, string name)
    {
        ArgumentNullException.ThrowIfNull(fingerprint, name);
        if (!IsLowerHex(fingerprint, 64))
        {
            throw new ArgumentException("A definition fingerprint is 64 lower-case hex digits (SHA-256).", name);
        }
    }

    internal static bool IsLowerHex(string text, int length)
        => text.Length == length && text.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');
}

/// <summary>
/// States cannot be merged: they were counted for different definitions, or the same client was counted in more
/// than one of them. The message says which and what to do; it never quotes data.
/// </summary>
public sealed class StateMergeException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StateMergeException()
        : base("The states cannot be merged.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public StateMergeException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public StateMergeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal StateMergeException(string message, long sharedClients, Exception? innerException = null)
        : base(message, innerException)
        => SharedClients = sharedClients;

    /// <summary>Gets how many clients were counted in more than one state; 0 when the merge failed for another reason.</summary>
    public long SharedClients { get; }
}
