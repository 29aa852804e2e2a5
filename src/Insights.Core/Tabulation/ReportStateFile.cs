using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Insights.Core.Tabulation;

/// <summary>
/// Reads and writes <see cref="ReportState"/> files (<c>*.state</c>, docs/states.md): one JSON object with the
/// format's name and version, the definition (title, sections, fingerprint, number of counters), the records
/// read, accepted and rejected, the number of parts, the clients' keyed hashes, and the counters that are not
/// zero as <c>[index, value]</c> pairs in increasing order of index.
/// </summary>
/// <remarks>
/// Reading validates everything and throws a <see cref="ReportStateFormatException"/> that names the field that
/// is wrong and says why in fixed text, never quoting the file. Writing is deterministic: the same state
/// always gives the same bytes. Both are NativeAOT-clean (source-generated metadata, no reflection).
/// </remarks>
public static partial class ReportStateFile
{
    /// <summary>The value of the file's <c>format</c> field.</summary>
    public const string FormatName = "insights-report-state";

    /// <summary>The version of the format this build writes and reads.</summary>
    public const int Version = 1;

    /// <summary>The largest number of counters a file may declare by default: 16,777,216 (128 MiB of counters).</summary>
    public const int DefaultMaximumCounters = 1 << 24;

    private const string Whole = "(the file)";

    /// <summary>The fields of the format, by their path; a problem is reported against one of these, never against a name read from the file.</summary>
    private static readonly HashSet<string> Fields = new(StringComparer.Ordinal)
    {
        "format", "version", "definition", "definition.title", "definition.sections", "definition.fingerprint", "definition.counters",
        "records", "records.read", "records.accepted", "records.rejected", "parts", "clients", "clients.key", "clients.check", "clients.hashes", "counters",
    };

    /// <summary>Writes <paramref name="state"/> to <paramref name="utf8Json"/> as one line of UTF-8 JSON ending in a line feed.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="IOException">Writing failed.</exception>
    public static void Write(ReportState state, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(utf8Json);
        var counters = new List<long[]>();
        var values = state.Counters;
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] != 0)
            {
                counters.Add([i, values[i]]);
            }
        }

        var document = new StateDocument
        {
            Format = FormatName,
            Version = Version,
            Definition = new StateDefinition { Title = state.Title, Sections = [.. state.Sections], Fingerprint = state.Fingerprint, Counters = state.CounterCount },
            Records = new StateRecords { Read = state.Records.Read, Accepted = state.Records.Accepted, Rejected = state.Records.Rejected },
            Parts = state.Parts,
            Clients = state.Clients is { } clients
                ? new StateClients
                {
                    Key = KeyName(clients.KeyKind),
                    Check = clients.KeyCheck,
                    Hashes = [.. clients.Hashes.Select(h => h.ToString("x16", CultureInfo.InvariantCulture))],
                }
                : null,
            Counters = [.. counters],
        };
        JsonSerializer.Serialize(utf8Json, document, ReportStateJsonContext.Default.StateDocument);
        utf8Json.WriteByte((byte)'\n');
        utf8Json.Flush();
    }

    /// <summary>Reads and validates a state written by <see cref="Write"/> (or by any program that follows docs/states.md).</summary>
    /// <param name="utf8Json">The file's bytes.</param>
    /// <param name="maximumCounters">The most counters the file may declare, which bounds the memory reading takes.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maximumCounters"/> is negative.</exception>
    /// <exception cref="ReportStateFormatException">The file is not a valid state of this version; <see cref="ReportStateFormatException.Field"/> names the field.</exception>
    /// <exception cref="IOException">Reading failed.</exception>
    public static ReportState Read(Stream utf8Json, int maximumCounters = DefaultMaximumCounters)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentOutOfRangeException.ThrowIfNegative(maximumCounters);
        using var buffer = new MemoryStream();
        utf8Json.CopyTo(buffer);
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);

        // The header first, ignoring the rest, so that a file of another version is named as such even when its
        // other fields have changed shape.
        var header = Deserialize(bytes, ReportStateJsonContext.Default.StateHeader);
        if (!string.Equals(header.Format, FormatName, StringComparison.Ordinal))
        {
            throw Invalid("format", header.Format is null ? "is missing: this is not an Insights report state file" : $"is not \"{FormatName}\": this is not an Insights report state file");
        }

        if (header.Version != Version)
        {
            throw Invalid("version", header.Version is { } v
                ? string.Create(CultureInfo.InvariantCulture, $"is {v}; this build reads version {Version} only")
                : "is missing");
        }

        var document = Deserialize(bytes, ReportStateJsonContext.Default.StateDocument);
        return Validate(document, maximumCounters);
    }

    private static ReportState Validate(StateDocument document, int maximumCounters)
    {
        var definition = document.Definition ?? throw Invalid("definition", "is missing");
        if (string.IsNullOrWhiteSpace(definition.Title))
        {
            throw Invalid("definition.title", "is missing or blank");
        }

        var sections = definition.Sections ?? throw Invalid("definition.sections", "is missing");
        if (sections.Any(string.IsNullOrWhiteSpace))
        {
            throw Invalid("definition.sections", "holds a blank or null title");
        }

        if (definition.Fingerprint is not { } fingerprint || !ReportState.IsLowerHex(fingerprint, 64))
        {
            throw Invalid("definition.fingerprint", "is not 64 lower-case hex digits (a SHA-256)");
        }

        if (definition.Counters is not { } width || width < 0 || width > maximumCounters)
        {
            throw Invalid("definition.counters", string.Create(CultureInfo.InvariantCulture, $"is not a whole number from 0 to {maximumCounters:#,0}"));
        }

        var records = document.Records ?? throw Invalid("records", "is missing");
        var read = records.Read is { } r and >= 0 ? r : throw Invalid("records.read", "is missing or negative");
        var accepted = records.Accepted is { } a and >= 0 ? a : throw Invalid("records.accepted", "is missing or negative");
        var rejected = records.Rejected is { } j and >= 0 ? j : throw Invalid("records.rejected", "is missing or negative");
        if (accepted > read || read - accepted != rejected)
        {
            throw Invalid("records.read", "is not records.accepted + records.rejected");
        }

        if (document.Parts is not { } parts || parts < 1)
        {
            throw Invalid("parts", "is missing or below 1");
        }

        var clients = document.Clients is { } c ? Clients(c) : null;
        var counters = new long[width];
        var entries = document.Counters ?? throw Invalid("counters", "is missing");
        long previous = -1;
        for (var e = 0; e < entries.Length; e++)
        {
            if (entries[e] is not { Length: 2 } entry)
            {
                throw Invalid("counters", string.Create(CultureInfo.InvariantCulture, $"entry {e + 1} is not a pair [index, value]"));
            }

            var (index, value) = (entry[0], entry[1]);
            if (index < 0 || index >= width)
            {
                throw Invalid("counters", string.Create(CultureInfo.InvariantCulture, $"entry {e + 1} has an index outside 0 to {width - 1:#,0} (definition.counters is {width:#,0})"));
            }

            if (index == previous)
            {
                throw Invalid("counters", string.Create(CultureInfo.InvariantCulture, $"entry {e + 1} repeats the index of the entry before it; each counter appears once"));
            }

            if (index < previous)
            {
                throw Invalid("counters", string.Create(CultureInfo.InvariantCulture, $"entry {e + 1} is out of order; indexes increase"));
            }

            if (value < 0)
            {
                throw Invalid("counters", string.Create(CultureInfo.InvariantCulture, $"entry {e + 1} has a negative value; counts never are"));
            }

            counters[index] = value;
            previous = index;
        }

        return new ReportState(definition.Title, sections!, fingerprint, counters, new RecordCounts(read, accepted, rejected), parts, clients);
    }

    private static ClientSet Clients(StateClients clients)
    {
        var kind = clients.Key switch
        {
            "definition" => ClientKeyKind.Definition,
            "shared" => ClientKeyKind.Shared,
            _ => throw Invalid("clients.key", "is not \"definition\" or \"shared\""),
        };
        if (clients.Check is not { } check || !ReportState.IsLowerHex(check, 16))
        {
            throw Invalid("clients.check", "is not 16 lower-case hex digits");
        }

        var texts = clients.Hashes ?? throw Invalid("clients.hashes", "is missing");
        var hashes = new ulong[texts.Length];
        for (var i = 0; i < texts.Length; i++)
        {
            if (texts[i] is not { } text || !ReportState.IsLowerHex(text, 16))
            {
                throw Invalid("clients.hashes", string.Create(CultureInfo.InvariantCulture, $"entry {i + 1} is not 16 lower-case hex digits"));
            }

            hashes[i] = ulong.Parse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
            if (i > 0 && hashes[i] <= hashes[i - 1])
            {
                throw Invalid("clients.hashes", string.Create(CultureInfo.InvariantCulture, $"entry {i + 1} is not above the entry before it; hashes increase, each once"));
            }
        }

        return new ClientSet(kind, check, hashes);
    }

    private static T Deserialize<T>(ReadOnlySpan<byte> bytes, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> info)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize(bytes, info) ?? throw Invalid(Whole, "is JSON null, not a state object");
        }
        catch (JsonException e)
        {
            // The exception's message may quote the file (a property name it does not know); only a field of the
            // format, recognised from the path, is named.
            var field = FieldOf(e.Path);
            var line = e.LineNumber is { } l ? string.Create(CultureInfo.InvariantCulture, $" (line {l + 1})") : string.Empty;
            throw field == Whole
                ? Invalid(Whole, $"is not a complete JSON object of this format: it is truncated, not JSON, or has a field the format does not have{line}", e)
                : Invalid(field, $"is not valid: it does not have the expected type (a whole number from 0 to {long.MaxValue:#,0}, a text, or a list as docs/states.md shows), it appears twice, or the file is truncated there{line}", e);
        }
    }

    private static string FieldOf(string? path)
    {
        if (path is null || !path.StartsWith("$.", StringComparison.Ordinal))
        {
            return Whole;
        }

        var field = Index().Replace(path[2..], string.Empty);
        return Fields.Contains(field) ? field : Whole;
    }

    private static string KeyName(ClientKeyKind kind) => kind == ClientKeyKind.Shared ? "shared" : "definition";

    private static ReportStateFormatException Invalid(string field, string reason, Exception? inner = null)
        => new(field, field == Whole ? $"The state file {reason}." : $"The state file's field '{field}' {reason}.", inner);

    [GeneratedRegex(@"\[\d+\]", RegexOptions.CultureInvariant)]
    private static partial Regex Index();
}

/// <summary>A state file is not valid: <see cref="Field"/> names the field, and the message says why in fixed text, never quoting the file.</summary>
public sealed class ReportStateFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public ReportStateFormatException()
        : base("The state file is not valid.")
    {
        Field = "(the file)";
    }

    /// <summary>Creates the exception with a message.</summary>
    public ReportStateFormatException(string message)
        : base(message)
    {
        Field = "(the file)";
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public ReportStateFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Field = "(the file)";
    }

    internal ReportStateFormatException(string field, string message, Exception? innerException)
        : base(message, innerException)
        => Field = field;

    /// <summary>Gets the path of the field that is wrong (e.g. <c>records.read</c>, <c>counters</c>), or <c>(the file)</c> when the file as a whole is.</summary>
    public string Field { get; }
}

/// <summary>Source-generated metadata of the state file (no reflection: NativeAOT-clean).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowDuplicateProperties = false,
    MaxDepth = 8,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(StateHeader))]
[JsonSerializable(typeof(StateDocument))]
internal sealed partial class ReportStateJsonContext : JsonSerializerContext;

/// <summary>The fields read first: which format and version a file is; the rest is skipped.</summary>
internal sealed class StateHeader
{
    public string? Format { get; set; }

    public int? Version { get; set; }
}

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class StateDocument
{
    public string? Format { get; set; }

    public int? Version { get; set; }

    public StateDefinition? Definition { get; set; }

    public StateRecords? Records { get; set; }

    public int? Parts { get; set; }

    public StateClients? Clients { get; set; }

    public long[]?[]? Counters { get; set; }
}

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class StateDefinition
{
    public string? Title { get; set; }

    public string?[]? Sections { get; set; }

    public string? Fingerprint { get; set; }

    public int? Counters { get; set; }
}

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class StateRecords
{
    public long? Read { get; set; }

    public long? Accepted { get; set; }

    public long? Rejected { get; set; }
}

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class StateClients
{
    public string? Key { get; set; }

    public string? Check { get; set; }

    public string?[]? Hashes { get; set; }
}
