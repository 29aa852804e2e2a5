using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Insights.Core.Model;

namespace Insights.Core.Tabulation;

/// <summary>Where the key of a <see cref="ClientKey"/> comes from.</summary>
public enum ClientKeyKind
{
    /// <summary>The key is derived from the report definition's fingerprint: anyone with the definition can compute it.</summary>
    Definition,

    /// <summary>The key is a secret the services agreed on and never write into a state.</summary>
    Shared,
}

/// <summary>
/// The key of the keyed hashes by which a <see cref="ReportState"/> records which clients it counted, without
/// recording their ids: HMAC-SHA256 of the id's UTF-8 bytes, truncated to its first 64 bits.
/// </summary>
/// <remarks>
/// <para>A plain hash of a client id would not hide it: ids are short and often sequential, so anyone holding
/// (or guessing) the ids could hash them all and look the hashes up. A keyed hash can only be computed by those
/// who hold the key. With <see cref="ForDefinition"/> the key is public (it follows from the definition), so the
/// hashes only stop the lookup tables of one report from serving another; with <see cref="Shared"/> a secret
/// the services agree on, someone holding a state but not the secret cannot test whether an id is in it.</para>
/// <para>Two states can be compared only when their hashes were made with the same key; <see cref="Check"/>, a
/// keyed hash of a fixed text, tells whether they were without revealing the key. With 64 bits, two different
/// clients get the same hash with a probability of about n² / 2⁶⁵ among n clients (3 in 100 million for a
/// million clients): at worst a merge is refused for an overlap that is not there.</para>
/// </remarks>
public sealed class ClientKey
{
    /// <summary>The fewest characters of a shared secret.</summary>
    public const int MinimumSecretLength = 16;

    private const string DefinitionPrefix = "insights-client-key/1:";
    private static readonly byte[] CheckText = Encoding.UTF8.GetBytes("insights-client-key-check/1");
    private readonly byte[] _key;

    private ClientKey(byte[] key, ClientKeyKind kind)
    {
        _key = key;
        Kind = kind;
        Check = Convert.ToHexStringLower(HMACSHA256.HashData(key, CheckText).AsSpan(0, 8));
    }

    /// <summary>Gets where the key comes from.</summary>
    public ClientKeyKind Kind { get; }

    /// <summary>Gets 16 lower-case hex digits that are equal for equal keys and reveal nothing of a secret key.</summary>
    public string Check { get; }

    /// <summary>Returns the default key of a definition: derived from its fingerprint (<see cref="Report{T}.Fingerprint"/>).</summary>
    /// <exception cref="ArgumentException"><paramref name="fingerprint"/> is not 64 lower-case hex digits.</exception>
    public static ClientKey ForDefinition(string fingerprint)
    {
        ReportState.ValidateFingerprint(fingerprint, nameof(fingerprint));
        return new ClientKey(Encoding.UTF8.GetBytes(DefinitionPrefix + fingerprint), ClientKeyKind.Definition);
    }

    /// <summary>Returns a key from a secret the services agreed on; the secret is never written into a state.</summary>
    /// <exception cref="ArgumentException"><paramref name="secret"/> has fewer than <see cref="MinimumSecretLength"/> characters.</exception>
    public static ClientKey Shared(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        if (secret.Length < MinimumSecretLength)
        {
            throw new ArgumentException($"A shared client key needs at least {MinimumSecretLength} characters.", nameof(secret));
        }

        return new ClientKey(Encoding.UTF8.GetBytes(secret), ClientKeyKind.Shared);
    }

    /// <summary>Returns the keyed 64-bit hash of <paramref name="client"/>.</summary>
    public ulong Hash(ClientId client)
    {
        Span<byte> id = stackalloc byte[256];
        var length = Encoding.UTF8.GetBytes(client.Value, id);
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(_key, id[..length], mac);
        return BinaryPrimitives.ReadUInt64BigEndian(mac);
    }
}

/// <summary>
/// The clients a <see cref="ReportState"/> counted, as a sorted set of their keyed hashes (<see cref="ClientKey"/>),
/// so that a merge can tell when two parts counted the same client without either sharing a client id.
/// </summary>
/// <remarks>Immutable. Equal hashes are kept once, so two clients whose hashes collide count as one.</remarks>
public sealed class ClientSet
{
    private readonly ulong[] _hashes;

    /// <summary>Creates a set from hashes made with the key whose <see cref="ClientKey.Check"/> is <paramref name="keyCheck"/>.</summary>
    /// <param name="keyKind">Where the key came from.</param>
    /// <param name="keyCheck">The key's check: 16 lower-case hex digits.</param>
    /// <param name="hashes">The hashes, in any order; duplicates are kept once.</param>
    /// <exception cref="ArgumentException"><paramref name="keyCheck"/> is not 16 lower-case hex digits, or <paramref name="keyKind"/> is not defined.</exception>
    public ClientSet(ClientKeyKind keyKind, string keyCheck, IEnumerable<ulong> hashes)
    {
        ArgumentNullException.ThrowIfNull(keyCheck);
        ArgumentNullException.ThrowIfNull(hashes);
        if (!Enum.IsDefined(keyKind))
        {
            throw new ArgumentException("The key kind is not one of ClientKeyKind's members.", nameof(keyKind));
        }

        if (!ReportState.IsLowerHex(keyCheck, 16))
        {
            throw new ArgumentException("A client key check is 16 lower-case hex digits.", nameof(keyCheck));
        }

        var sorted = hashes.ToArray();
        Array.Sort(sorted);
        _hashes = Distinct(sorted);
        KeyKind = keyKind;
        KeyCheck = keyCheck;
    }

    private ClientSet(ClientKeyKind keyKind, string keyCheck, ulong[] sortedDistinct)
    {
        KeyKind = keyKind;
        KeyCheck = keyCheck;
        _hashes = sortedDistinct;
    }

    /// <summary>Gets where the key of the hashes came from.</summary>
    public ClientKeyKind KeyKind { get; }

    /// <summary>Gets the <see cref="ClientKey.Check"/> of the key of the hashes.</summary>
    public string KeyCheck { get; }

    /// <summary>Gets the hashes in increasing order, each once.</summary>
    public IReadOnlyList<ulong> Hashes => _hashes;

    /// <summary>Gets the number of hashes.</summary>
    public int Count => _hashes.Length;

    /// <summary>Returns the set of the hashes of <paramref name="clients"/> under <paramref name="key"/>.</summary>
    public static ClientSet Of(IEnumerable<ClientId> clients, ClientKey key)
    {
        ArgumentNullException.ThrowIfNull(clients);
        ArgumentNullException.ThrowIfNull(key);
        var hashes = clients.Select(key.Hash).ToArray();
        Array.Sort(hashes);
        return new ClientSet(key.Kind, key.Check, Distinct(hashes));
    }

    /// <summary>Returns whether the hashes of both sets were made with the same key.</summary>
    public bool HasSameKey(ClientSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return KeyKind == other.KeyKind && string.Equals(KeyCheck, other.KeyCheck, StringComparison.Ordinal);
    }

    /// <summary>Merges sets of the same key: returns their union and how many hashes are in more than one of them.</summary>
    internal static (ClientSet Union, long Shared) Union(IReadOnlyList<ClientSet> sets)
    {
        var all = new ulong[sets.Sum(s => (long)s.Count)];
        var at = 0;
        foreach (var set in sets)
        {
            set._hashes.CopyTo(all, at);
            at += set.Count;
        }

        Array.Sort(all);
        var shared = SharedCount(all);
        return (new ClientSet(sets[0].KeyKind, sets[0].KeyCheck, Distinct(all)), shared);
    }

    /// <summary>Counts the values that occur more than once in a sorted array.</summary>
    private static long SharedCount(ulong[] sorted)
    {
        long shared = 0;
        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i] == sorted[i - 1] && (i == 1 || sorted[i - 1] != sorted[i - 2]))
            {
                shared++;
            }
        }

        return shared;
    }

    private static ulong[] Distinct(ulong[] sorted)
    {
        var count = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            if (i == 0 || sorted[i] != sorted[count - 1])
            {
                sorted[count++] = sorted[i];
            }
        }

        return count == sorted.Length ? sorted : sorted[..count];
    }
}
