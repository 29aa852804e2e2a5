using System.Text.Json;

namespace Insights.Core.Serialization;

/// <summary>
/// A problem found while converting one JSON value: its <see cref="FindingKind"/> and a fixed detail (never a value
/// read from the input). The serializer fills in <see cref="JsonException.Path"/> for the value being read;
/// converters of nested lists prepend the part of the path the serializer cannot see (<see cref="Suffix"/>, e.g.
/// <c>[2].date</c>) because each list item is read by its own serializer call.
/// </summary>
internal sealed class CaseFormatException : JsonException
{
    private CaseFormatException(FindingKind kind, string? detail, string suffix, bool wholeLine, Exception? inner)
        : base("The value could not be read.", inner)
    {
        Kind = kind;
        Detail = detail;
        Suffix = suffix;
        IsWholeLine = wholeLine;
    }

    /// <summary>Gets the kind of problem.</summary>
    internal FindingKind Kind { get; }

    /// <summary>Gets a fixed detail for the reason (e.g. "a code string, not a number"), or <see langword="null"/>.</summary>
    internal string? Detail { get; }

    /// <summary>Gets the path below <see cref="JsonException.Path"/> where the problem is (empty when it is the value itself).</summary>
    internal string Suffix { get; }

    /// <summary>Gets whether the problem is with the line as a whole (not JSON at all), so no field path applies.</summary>
    internal bool IsWholeLine { get; }

    /// <summary>Creates an exception for a problem with the value being read.</summary>
    internal static CaseFormatException Because(FindingKind kind, string? detail = null, Exception? inner = null) => new(kind, detail, string.Empty, false, inner);

    /// <summary>Wraps a problem found while reading item <paramref name="index"/> of a list, keeping the item's own path.</summary>
    internal static CaseFormatException InItem(JsonException inner, int index)
    {
        var problem = JsonErrors.Classify(inner);
        var indexText = "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
        return new CaseFormatException(problem.Kind, problem.Detail, problem.WholeLine ? string.Empty : indexText + problem.Relative, problem.WholeLine, inner)
        {
            Position = problem.Position,
        };
    }

    /// <summary>Gets the byte position of a syntax error inside an item, carried up from the item's own reader.</summary>
    internal long? Position { get; private init; }
}
