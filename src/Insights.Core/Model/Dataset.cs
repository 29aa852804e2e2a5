namespace Insights.Core.Model;

/// <summary>
/// An immutable collection of cases with unique identifiers, and the view the client profile tables need:
/// one case per distinct client ("number of individual clients (n) = 1,794" against 1,820 intake forms).
/// </summary>
/// <remarks>A client's profile case is the one with the earliest intake date; ties go to the case id that sorts
/// first by ordinal comparison (<see cref="ProfileCaseOrder"/>). Cases keep the order they were given in.</remarks>
public sealed class Dataset
{
    private readonly HashSet<CaseId> _profileCaseIds;

    /// <summary>Builds a dataset from <paramref name="cases"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="cases"/> or one of its items is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two cases have the same identifier; the message names it.</exception>
    public Dataset(IEnumerable<Case> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var list = new List<Case>();
        var seen = new HashSet<CaseId>();
        var earliestByClient = new Dictionary<ClientId, Case>();
        foreach (var c in cases)
        {
            ArgumentNullException.ThrowIfNull(c, nameof(cases));
            if (!seen.Add(c.Id))
            {
                throw new ArgumentException($"Case id '{c.Id}' appears more than once; case ids must be unique within a dataset.", nameof(cases));
            }

            list.Add(c);
            if (!earliestByClient.TryGetValue(c.Client, out var current) || ProfileCaseOrder.Instance.Compare(c, current) < 0)
            {
                earliestByClient[c.Client] = c;
            }
        }

        Cases = list.AsReadOnly();
        _profileCaseIds = earliestByClient.Values.Select(c => c.Id).ToHashSet();
        ClientProfileCases = list.Where(c => _profileCaseIds.Contains(c.Id)).ToList().AsReadOnly();
        Services = list.Select(c => c.Service).DistinctBy(s => s.Id).ToList().AsReadOnly();
    }

    /// <summary>Gets every case, in the order given.</summary>
    public IReadOnlyList<Case> Cases { get; }

    /// <summary>Gets one case per distinct client (the client's earliest intake), in the order given.</summary>
    public IReadOnlyList<Case> ClientProfileCases { get; }

    /// <summary>Gets the number of distinct clients.</summary>
    public int ClientCount => ClientProfileCases.Count;

    /// <summary>Gets the distinct services (by identifier; the first occurrence wins), in order of first appearance.</summary>
    public IReadOnlyList<Service> Services { get; }

    /// <summary>Returns whether <paramref name="case"/> is its client's profile case in this dataset.</summary>
    public bool IsProfileCase(Case @case)
    {
        ArgumentNullException.ThrowIfNull(@case);
        return _profileCaseIds.Contains(@case.Id);
    }

    /// <summary>Returns a dataset of the cases matching <paramref name="predicate"/>; its profile cases are chosen again among them.</summary>
    public Dataset Where(Func<Case, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return new Dataset(Cases.Where(predicate));
    }
}
