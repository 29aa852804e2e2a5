using System.IO.Hashing;
using System.Runtime.InteropServices;
using Insights.Core.Model;

namespace Insights.Core.Ingestion;

/// <summary>
/// Each client's profile case so far while cases stream in (the first of the client's cases in
/// <see cref="ProfileCaseOrder"/>), with where it was read. A client costs one entry of a table and the bytes of
/// its profile case's id in shared chunks: no object of its own. Objects kept per client (the client and case id
/// strings) survive every collection while a large file is read, and copying them from generation to generation
/// took about a fifth of the time of <c>report --input</c> at a million cases.
/// </summary>
/// <remarks>
/// Clients are told apart by a 128-bit hash of their id, as the duplicate-id check tells case ids apart: two
/// different client ids with the same hash would be taken for one client, a chance of about n² / 2¹²⁹ for n clients
/// (10⁻²⁰ for 10⁸). Identifiers are ASCII (<see cref="ClientId"/>), so a case id kept as bytes compares as its text
/// does by ordinal comparison. Not thread-safe: the readers offer cases in input order, one at a time.
/// </remarks>
internal sealed class ProfileCases
{
    private const int ChunkBytes = 1 << 20;

    private readonly Dictionary<UInt128, Entry> _clients = [];
    private readonly List<byte[]> _chunks = [];
    private int _used = ChunkBytes;

    /// <summary>Gets the number of clients seen.</summary>
    internal int Count => _clients.Count;

    /// <summary>
    /// Offers a case as its client's profile case. Returns <see langword="true"/> when it comes before every case of the
    /// client offered so far (it is now the client's profile case); <paramref name="replaced"/> is then where the case it
    /// displaces was read, or <see langword="null"/> for the client's first case.
    /// </summary>
    internal bool Offer(ClientId client, DateOnly intakeDate, CaseId id, long offset, int length, out (long Offset, int Length)? replaced)
    {
        var key = XxHash128.HashToUInt128(MemoryMarshal.AsBytes(client.Value.AsSpan()));
        ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(_clients, key, out var exists);
        if (exists && Compare(intakeDate, id.Value, entry) >= 0)
        {
            replaced = null;
            return false;
        }

        replaced = exists ? (entry.Offset, entry.Length) : null;
        var (chunk, start) = Keep(id.Value);
        entry = new Entry(intakeDate, chunk, start, (byte)id.Value.Length, offset, length);
        return true;
    }

    /// <summary>Forgets every client and returns the chunks to the collector.</summary>
    internal void Clear()
    {
        _clients.Clear();
        _chunks.Clear();
        _used = ChunkBytes;
    }

    // Profile-case order: the intake date, then the case id by ordinal comparison (ASCII, so byte by byte).
    private int Compare(DateOnly intakeDate, string id, in Entry kept)
    {
        var byDate = intakeDate.CompareTo(kept.IntakeDate);
        if (byDate != 0)
        {
            return byDate;
        }

        var keptId = _chunks[kept.Chunk].AsSpan(kept.Start, kept.IdLength);
        var common = Math.Min(id.Length, keptId.Length);
        for (var i = 0; i < common; i++)
        {
            var difference = id[i] - keptId[i];
            if (difference != 0)
            {
                return difference;
            }
        }

        return id.Length - keptId.Length;
    }

    private (int Chunk, int Start) Keep(string id)
    {
        if (_used + id.Length > ChunkBytes)
        {
            _chunks.Add(new byte[ChunkBytes]);
            _used = 0;
        }

        var chunk = _chunks[^1];
        for (var i = 0; i < id.Length; i++)
        {
            chunk[_used + i] = (byte)id[i];
        }

        var start = _used;
        _used += id.Length;
        return (_chunks.Count - 1, start);
    }

    private readonly record struct Entry(DateOnly IntakeDate, int Chunk, int Start, byte IdLength, long Offset, int Length);
}
