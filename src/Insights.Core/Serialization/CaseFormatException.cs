using System.Text.Json;

namespace Insights.Core.Serialization;

/// <summary>
/// A problem found while converting one JSON value, with a reason a person understands. The serializer fills in
/// <see cref="JsonException.Path"/> for the value being read; converters of nested lists prepend the part of the
/// path the serializer cannot see (<see cref="Suffix"/>, e.g. <c>[2].date</c>) because each list item is read by
/// its own serializer call.
/// </summary>
internal sealed class CaseFormatException : JsonException
{
    private readonly Func<string, string> _reason;

    private CaseFormatException(Func<string, string> reason, string suffix, bool wholeLine, Exception? inner)
        : base("The value could not be read.", inner)
    {
        _reason = reason;
        Suffix = suffix;
        IsWholeLine = wholeLine;
    }

    /// <summary>Gets the path below <see cref="JsonException.Path"/> where the problem is (empty when it is the value itself).</summary>
    internal string Suffix { get; }

    /// <summary>Gets whether the problem is with the line as a whole (not JSON at all), so no field path applies.</summary>
    internal bool IsWholeLine { get; }

    /// <summary>Returns the reason, given the field path it is about.</summary>
    internal string ReasonFor(string field) => _reason(field);

    /// <summary>Creates an exception whose reason is built from the field path once it is known.</summary>
    internal static CaseFormatException Because(Func<string, string> reason, Exception? inner = null) => new(reason, string.Empty, false, inner);

    /// <summary>Wraps a problem found while reading item <paramref name="index"/> of a list, keeping the item's own path.</summary>
    internal static CaseFormatException InItem(JsonException inner, int index)
    {
        var (relative, reason, wholeLine) = JsonErrors.Classify(inner);
        var indexText = "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
        return new CaseFormatException(reason, wholeLine ? string.Empty : indexText + relative, wholeLine, inner);
    }
}
