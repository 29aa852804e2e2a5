using System.Globalization;
using System.Text.Json;
using System.Text.Unicode;
using Insights.Core.Model;

namespace Insights.Core.Serialization;

/// <summary>
/// Reads cases from JSON Lines (one case per line, docs/data-format.md) and checks each one: its JSON, its codes
/// and ranges, the cross-field rules of the model, and that its case id was not accepted before. Every non-blank
/// line gives exactly one <see cref="ReadResult"/>; a bad line is rejected with its line number, case id, field
/// and reason, and reading goes on. Hostile input (non-JSON, truncated JSON, invalid UTF-8, deep nesting, lines
/// over 1 MiB) is rejected line by line, never thrown.
/// </summary>
/// <remarks>
/// Blank lines (empty or only whitespace) are skipped: they give no result and are not counted, but they do
/// count in the line numbers, which always match the input. Results are produced lazily while the input is read.
/// </remarks>
public static class CaseReader
{
    /// <summary>Reads cases from UTF-8 bytes; a leading byte order mark is ignored.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static IEnumerable<ReadResult> Read(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return Check(LineSplitter.Split(utf8Json, CaseJson.MaxLineBytes));
    }

    /// <summary>Reads cases from text.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The reader could not be read.</exception>
    public static IEnumerable<ReadResult> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Check(LineSplitter.Split(reader, CaseJson.MaxLineBytes));
    }

    private static IEnumerable<ReadResult> Check(IEnumerable<RawLine> lines)
    {
        var firstLineOf = new Dictionary<CaseId, long>();
        foreach (var line in lines)
        {
            if (!line.TooLong && !line.InvalidText && IsBlank(line.Bytes.Span))
            {
                continue;
            }

            var result = CheckLine(line, firstLineOf);
            if (result.Case is { } accepted)
            {
                firstLineOf.Add(accepted.Id, line.Number);
            }

            yield return result;
        }
    }

    private static ReadResult CheckLine(RawLine line, Dictionary<CaseId, long> firstLineOf)
    {
        var bytes = line.Bytes.Span;
        if (line.InvalidText)
        {
            return Reject(line.Number, null, JsonErrors.WholeLine, "the line is not valid text (it has an unpaired UTF-16 surrogate)");
        }

        if (line.TooLong)
        {
            var length = line.Length.ToString("N0", CultureInfo.InvariantCulture);
            var cap = CaseJson.MaxLineBytes.ToString("N0", CultureInfo.InvariantCulture);
            return Reject(line.Number, TryReadId(bytes), JsonErrors.WholeLine, $"the line is {length} bytes long, over the limit of {cap} bytes; the rest of it was skipped");
        }

        if (!Utf8.IsValid(bytes))
        {
            return Reject(line.Number, null, JsonErrors.WholeLine, "the line is not valid UTF-8 text");
        }

        Case? c;
        try
        {
            c = JsonSerializer.Deserialize(bytes, CaseJson.CaseInfo);
        }
        catch (JsonException exception)
        {
            var (field, reason) = JsonErrors.Explain(exception);
            return Reject(line.Number, TryReadId(bytes), field, reason);
        }

        if (c is null)
        {
            return Reject(line.Number, null, JsonErrors.WholeLine, "the line must be a JSON object, not null");
        }

        var violations = CaseRules.Check(c).ToList();
        if (violations.Count > 0)
        {
            var first = violations[0];
            var more = violations.Count switch
            {
                1 => string.Empty,
                2 => "; 1 more rule is broken",
                _ => string.Create(CultureInfo.InvariantCulture, $"; {violations.Count - 1} more rules are broken"),
            };
            return Reject(line.Number, c.Id.Value, first.Field, first.Message + more);
        }

        if (firstLineOf.TryGetValue(c.Id, out var earlier))
        {
            return Reject(line.Number, c.Id.Value, "id", string.Create(CultureInfo.InvariantCulture, $"case id {c.Id} was already read on line {earlier}"));
        }

        return ReadResult.Accepted(line.Number, c);
    }

    private static ReadResult Reject(long lineNumber, string? caseId, string field, string reason)
        => ReadResult.Rejected(new Rejection(lineNumber, caseId, field, reason));

    private static bool IsBlank(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Finds a valid case id in the top-level "id" property of a line that failed, tolerating broken JSON.</summary>
    private static string? TryReadId(ReadOnlySpan<byte> bytes)
    {
        if (!Utf8.IsValid(bytes))
        {
            return null;
        }

        try
        {
            var reader = new Utf8JsonReader(bytes, isFinalBlock: false, new JsonReaderState(new JsonReaderOptions { MaxDepth = CaseJson.MaxDepth }));
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("id"u8))
                {
                    return reader.Read() && reader.TokenType == JsonTokenType.String && reader.GetString() is { } text && IsIdentifier(text) ? text : null;
                }
            }
        }
        catch (JsonException)
        {
            // The id is a courtesy in the rejection; broken JSON before it just means it is unknown.
        }

        return null;
    }

    private static bool IsIdentifier(string text)
    {
        try
        {
            _ = new CaseId(text);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
