using System.IO.Hashing;
using System.Runtime.InteropServices;
using Insights.Core.Model;

namespace Insights.Core.Serialization;

/// <summary>
/// The checks across records, applied in input order once a line has been parsed and checked on its own: a case
/// id read before is a rejection; a service id read before with another name or region is a warning. Not
/// thread-safe: the parallel reader parses lines on many threads and commits them here on one, in line order,
/// so the results are those of a single pass.
/// </summary>
/// <remarks>
/// Memory: for each accepted record a 128-bit hash of its case id and the line it was read on (36 bytes a record
/// with the table's own links, up to twice that just after it grows), and one entry per distinct service. Two different ids with the same
/// 128-bit hash would be taken for a duplicate; with n records the chance is about n² / 2¹²⁹ (10⁻²⁰ for 10⁸ records).
/// </remarks>
internal sealed class RecordChecks
{
    private readonly Dictionary<UInt128, long> _firstLineOfId = [];
    private readonly Dictionary<ServiceId, (string Name, Region Region, long Line)> _services = [];

    /// <summary>Gets the number of distinct case ids accepted so far.</summary>
    internal int AcceptedIds => _firstLineOfId.Count;

    /// <summary>Applies the checks across records to one parsed line and returns its final result.</summary>
    internal ReadResult Commit(in ParsedLine line)
    {
        if (line.Case is not { } c)
        {
            return ReadResult.Rejected(line.Rejection!);
        }

        var id = c.Id.Value;
        var hash = XxHash128.HashToUInt128(MemoryMarshal.AsBytes(id.AsSpan()));
        if (!_firstLineOfId.TryAdd(hash, line.Number))
        {
            return ReadResult.Rejected(Findings.DuplicateId(line.Number, id, _firstLineOfId[hash]));
        }

        var warnings = line.Warnings;
        var service = c.Service;
        if (!_services.TryGetValue(service.Id, out var first))
        {
            _services.Add(service.Id, (service.Name, service.Region, line.Number));
        }
        else
        {
            if (!string.Equals(first.Name, service.Name, StringComparison.Ordinal))
            {
                (warnings ??= []).Add(Findings.ServiceMismatch(line.Number, id, "service.name", first.Line));
            }

            if (first.Region != service.Region)
            {
                (warnings ??= []).Add(Findings.ServiceMismatch(line.Number, id, "service.region", first.Line));
            }
        }

        return ReadResult.Accepted(line.Number, c, warnings);
    }
}
