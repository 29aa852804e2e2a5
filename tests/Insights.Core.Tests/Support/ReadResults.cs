using System.Globalization;
using System.Text;
using Insights.Core.Serialization;

namespace Insights.Core.Tests.Support;

/// <summary>Compares read results by everything a caller can see of them.</summary>
internal static class ReadResults
{
    /// <summary>Describes a result: its line number, whether it was accepted, its rejection and warnings (as printed) and the case's id.</summary>
    internal static string Describe(ReadResult result)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{result.LineNumber}: ");
        text.Append(result.IsAccepted ? "accepted " + result.Case.Id : "rejected " + result.Rejection);
        foreach (var warning in result.Warnings)
        {
            text.Append(" | ").Append(warning);
        }

        return text.ToString();
    }

    /// <summary>Asserts that two sequences of results are the same: same descriptions, and equal cases.</summary>
    internal static void AssertSame(IReadOnlyList<ReadResult> expected, IReadOnlyList<ReadResult> actual)
    {
        Xunit.Assert.Equal(expected.Select(Describe), actual.Select(Describe));
        Xunit.Assert.Equal(expected.Select(r => r.Case), actual.Select(r => r.Case));
        Xunit.Assert.Equal(expected.Select(r => r.Rejection), actual.Select(r => r.Rejection));
        Xunit.Assert.Equal(expected.Select(r => r.Warnings.ToArray()), actual.Select(r => r.Warnings.ToArray()));
    }

    /// <summary>Joins lines (as UTF-8 bytes) with '\n' after each.</summary>
    internal static byte[] Join(IEnumerable<byte[]> lines) => [.. lines.SelectMany(line => line.Append((byte)'\n'))];
}
