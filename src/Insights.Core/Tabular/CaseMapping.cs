using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Insights.Core.Tabular;

/// <summary>
/// A mapping file (docs/importing.md): how a service's own CSV export maps to the flat layout: its file and
/// column names, its answer wordings, its date formats, the separator of its multi-select answers, and the
/// wordings that mean a missing answer. Everything not mapped must already be in the layout's terms (column names,
/// codes or the report's exact labels, <c>yyyy-MM-dd</c> dates).
/// </summary>
public sealed class CaseMapping
{
    /// <summary>Gets the field delimiter of the files, one character.</summary>
    /// <value>The default value is <c>,</c>.</value>
    public string Delimiter { get; init; } = ",";

    /// <summary>Gets the separator between the codes of a multi-select answer.</summary>
    /// <value>The default value is <c>;</c>.</value>
    public string Separator { get; init; } = ";";

    /// <summary>Gets the formats dates may be written in (.NET custom formats such as <c>dd/MM/yyyy</c>), tried in order after <c>yyyy-MM-dd</c>.</summary>
    public IReadOnlyList<string> DateFormats { get; init; } = [];

    /// <summary>Gets wordings that mean the answer is missing, in any column (an empty cell always does).</summary>
    public IReadOnlyList<string> Missing { get; init; } = [];

    /// <summary>Gets wordings of a multi-select answer given with nothing ticked (<c>[]</c> always is).</summary>
    public IReadOnlyList<string> NothingTicked { get; init; } = [];

    /// <summary>Gets wordings of <c>true</c> and <c>false</c> (e.g. <c>"Y": true</c>) for true/false answers.</summary>
    public IReadOnlyDictionary<string, bool> Booleans { get; init; } = new Dictionary<string, bool>();

    /// <summary>Gets wordings of codes per list of codes, e.g. <c>"YesNoDontKnow": { "Y": "Yes", "Not known": "DontKnow" }</c>, used in every column of that list.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Codes { get; init; } = new Dictionary<string, IReadOnlyDictionary<string, string>>();

    /// <summary>Gets the mapping of each table, by the layout's table name (<c>cases</c>, <c>reviews</c>, …).</summary>
    public IReadOnlyDictionary<string, TableMapping> Tables { get; init; } = new Dictionary<string, TableMapping>();

    /// <summary>Gets the mapping that maps nothing: files in the layout's own terms.</summary>
    public static CaseMapping None { get; } = new();

    /// <summary>Reads a mapping file (JSON, described in docs/importing.md).</summary>
    /// <exception cref="FormatException">The file is not a valid mapping; the message names the problem, never a value of the file beyond its own structure.</exception>
    public static CaseMapping Load(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        MappingDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(utf8Json, MappingJsonContext.Default.MappingDocument);
        }
        catch (JsonException e)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"The mapping file is not valid: {Where(e)}."), e);
        }

        if (document is null)
        {
            throw new FormatException("The mapping file is not valid: it must be a JSON object.");
        }

        return document.ToMapping();
    }

    private static string Where(JsonException e)
        => e.Path is { Length: > 0 } path
            ? $"wrong value or unknown property at {Serialization.FieldPaths.Safe(path.TrimStart('$'))} (line {e.LineNumber + 1})"
            : $"not valid JSON (line {e.LineNumber + 1})";

    /// <summary>Checks the mapping against the layout: every table, column and code list it names exists, every code it maps to is a code.</summary>
    /// <exception cref="FormatException">The mapping names something the layout does not have.</exception>
    internal void Check(CaseLayout layout)
    {
        if (Delimiter.Length != 1 || Delimiter[0] is '"' or '\r' or '\n' || Delimiter[0] > '~')
        {
            throw new FormatException("The mapping's delimiter must be one printable ASCII character other than a quote.");
        }

        if (Separator.Length == 0)
        {
            throw new FormatException("The mapping's separator must not be empty.");
        }

        var lists = layout.Tables.SelectMany(t => t.Columns).Where(c => c.CodeList is not null).GroupBy(c => c.CodeList!).ToDictionary(g => g.Key, g => g.First());
        foreach (var (list, values) in Codes)
        {
            if (!lists.TryGetValue(list, out var column))
            {
                throw new FormatException($"The mapping's codes name a list of codes the layout does not have: {Serialization.Printable.Escape(list)}.");
            }

            CheckCodes(column, values, $"codes.{list}");
        }

        foreach (var (name, table) in Tables)
        {
            var layoutTable = layout.Table(name) ?? throw new FormatException($"The mapping names a table the layout does not have: {Serialization.Printable.Escape(name)}.");
            foreach (var (_, target) in table.Columns)
            {
                if (target is not null && layoutTable.IndexOf(target) < 0)
                {
                    throw new FormatException($"The mapping maps a column of {name} to one the layout does not have: {Serialization.Printable.Escape(target)}.");
                }
            }

            foreach (var (columnName, _) in table.Constants)
            {
                if (layoutTable.IndexOf(columnName) is var index && (index < 0 || index < layoutTable.KeyCount))
                {
                    throw new FormatException($"The mapping gives a constant for a column of {name} the layout does not have (or a key column): {Serialization.Printable.Escape(columnName)}.");
                }
            }

            foreach (var (columnName, values) in table.Values)
            {
                var index = layoutTable.IndexOf(columnName);
                if (index < 0)
                {
                    throw new FormatException($"The mapping gives values for a column of {name} the layout does not have: {Serialization.Printable.Escape(columnName)}.");
                }

                CheckCodes(layoutTable.Columns[index], values, $"tables.{name}.values.{columnName}");
            }
        }

        foreach (var format in DateFormats)
        {
            try
            {
                _ = new DateOnly(2019, 1, 31).ToString(format, CultureInfo.InvariantCulture);
            }
            catch (FormatException e)
            {
                throw new FormatException("The mapping has a date format that is not a valid .NET date format.", e);
            }
        }
    }

    private static void CheckCodes(CaseColumn column, IReadOnlyDictionary<string, string> values, string where)
    {
        if (column.Kind is not (ColumnKind.Code or ColumnKind.Codes))
        {
            throw new FormatException($"The mapping gives code wordings at {where} for a column that holds no codes.");
        }

        foreach (var (_, code) in values)
        {
            if (!column.Codes.Any(c => c.Code == code))
            {
                throw new FormatException($"The mapping at {where} maps a wording to {Serialization.Printable.Escape(code)}, which is not a code of {column.CodeList}.");
            }
        }
    }
}

/// <summary>How one table of a service's export maps to a table of the layout.</summary>
public sealed class TableMapping
{
    /// <summary>Gets the name of the export's file for this table (in the input folder), or <see langword="null"/> for the layout's own name (<c>cases.csv</c>, …).</summary>
    public string? File { get; init; }

    /// <summary>Gets the export's column names mapped to the layout's (<see langword="null"/> to leave a column out on purpose: it is then never read).</summary>
    public IReadOnlyDictionary<string, string?> Columns { get; init; } = new Dictionary<string, string?>();

    /// <summary>Gets wordings of codes per layout column, e.g. <c>"primaryReferralRoute": { "Self-referral": "Self" }</c>; they come before the mapping's <see cref="CaseMapping.Codes"/>.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Values { get; init; } = new Dictionary<string, IReadOnlyDictionary<string, string>>();

    /// <summary>
    /// Gets values every row has for layout columns the export does not have, e.g. <c>"service.id": "S-HARB"</c> for
    /// an export of one service; read like a cell (so a label or a wording works too).
    /// </summary>
    public IReadOnlyDictionary<string, string> Constants { get; init; } = new Dictionary<string, string>();
}

/// <summary>The mapping file as written: JSON with strict property names.</summary>
internal sealed class MappingDocument
{
    public string? Delimiter { get; set; }

    public string? Separator { get; set; }

    public List<string>? DateFormats { get; set; }

    public List<string>? Missing { get; set; }

    public List<string>? NothingTicked { get; set; }

    public Dictionary<string, bool>? Booleans { get; set; }

    public Dictionary<string, Dictionary<string, string>>? Codes { get; set; }

    public Dictionary<string, TableDocument>? Tables { get; set; }

    internal CaseMapping ToMapping() => new()
    {
        Delimiter = Delimiter ?? ",",
        Separator = Separator ?? ";",
        DateFormats = DateFormats ?? [],
        Missing = Missing ?? [],
        NothingTicked = NothingTicked ?? [],
        Booleans = Booleans ?? [],
        Codes = (Codes ?? []).ToDictionary(p => p.Key, p => (IReadOnlyDictionary<string, string>)p.Value, StringComparer.Ordinal),
        Tables = (Tables ?? []).ToDictionary(p => p.Key, p => p.Value.ToMapping(), StringComparer.Ordinal),
    };
}

/// <summary>One table of the mapping file as written.</summary>
internal sealed class TableDocument
{
    public string? File { get; set; }

    public Dictionary<string, string?>? Columns { get; set; }

    public Dictionary<string, Dictionary<string, string>>? Values { get; set; }

    public Dictionary<string, string>? Constants { get; set; }

    internal TableMapping ToMapping() => new()
    {
        File = File,
        Columns = Columns ?? [],
        Constants = Constants ?? [],
        Values = (Values ?? []).ToDictionary(p => p.Key, p => (IReadOnlyDictionary<string, string>)p.Value, StringComparer.Ordinal),
    };
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(MappingDocument))]
internal sealed partial class MappingJsonContext : JsonSerializerContext;
