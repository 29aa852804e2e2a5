using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Insights.Core.Serialization;

/// <summary>Turns the serializer's exceptions into a field path and a reason a person understands.</summary>
internal static partial class JsonErrors
{
    /// <summary>The field reported when a problem concerns the whole line.</summary>
    internal const string WholeLine = "$";

    /// <summary>Returns the field path (without the leading <c>$.</c>; <c>$</c> for the whole line) and the reason.</summary>
    internal static (string Field, string Reason) Explain(JsonException exception)
    {
        var (relative, reason, wholeLine) = Classify(exception);
        var field = wholeLine || relative.Length == 0 ? WholeLine : relative.TrimStart('.');
        return (field, reason(field));
    }

    /// <summary>
    /// Returns the path of the problem relative to the value being read (e.g. <c>.intake.profile.age</c>, or
    /// empty for the value itself), a reason builder taking the full field path, and whether the line is not
    /// JSON at all.
    /// </summary>
    internal static (string Relative, Func<string, string> Reason, bool WholeLine) Classify(JsonException exception)
    {
        var path = Relative(exception.Path);
        if (exception is CaseFormatException known)
        {
            return known.IsWholeLine ? (string.Empty, known.ReasonFor, true) : (path + known.Suffix, known.ReasonFor, false);
        }

        var message = exception.Message;
        if (message.Contains("maximum configured depth", StringComparison.Ordinal))
        {
            var depth = string.Create(CultureInfo.InvariantCulture, $"the JSON is nested deeper than {CaseJson.MaxDepth} levels");
            return (string.Empty, _ => depth, true);
        }

        if (IsSyntaxError(exception))
        {
            var syntax = message.Contains("Expected depth to be zero", StringComparison.Ordinal)
                ? "not valid JSON: the line ends before the JSON is complete"
                : "not valid JSON: " + StripPosition(message);
            return (string.Empty, _ => syntax, true);
        }

        if (UnmappedProperty().Match(message) is { Success: true } unmapped)
        {
            var name = unmapped.Groups["name"].Value;
            var at = EndsWithProperty(path, name) ? path : path + "." + name;
            return (at, _ => $"unknown property '{CaseJson.Shorten(name)}'", false);
        }

        if (DuplicateProperty().Match(message) is { Success: true } duplicate)
        {
            var name = duplicate.Groups["name"].Value;
            var at = EndsWithProperty(path, name) ? path : path + "." + name;
            return (at, _ => $"property '{CaseJson.Shorten(name)}' appears more than once", false);
        }

        if (MissingRequired().Match(message) is { Success: true } missing)
        {
            var names = NamesInQuotes().Matches(missing.Groups["names"].Value).Select(m => m.Groups[1].Value).ToArray();
            if (names.Length == 0)
            {
                return (path, _ => "a required property is missing", false);
            }

            var reason = names.Length == 1
                ? $"required property '{names[0]}' is missing"
                : $"required properties {string.Join(", ", names.Select(n => $"'{n}'"))} are missing";
            return (path + "." + names[0], _ => reason, false);
        }

        if (message.Contains("null value", StringComparison.Ordinal) || message.Contains("setting null", StringComparison.Ordinal))
        {
            return (path, field => $"{field} must not be null", false);
        }

        if (message.Contains("could not be converted to", StringComparison.Ordinal))
        {
            return path.Length == 0
                ? (string.Empty, _ => "the line must be a JSON object", true)
                : (path, field => $"{field} has a value of the wrong JSON type", false);
        }

        var other = "not valid: " + StripPosition(message);
        return (path, _ => other, path.Length == 0);
    }

    private static bool IsSyntaxError(JsonException exception)
        => exception.InnerException is JsonException inner && inner.GetType().Name == "JsonReaderException";

    private static string Relative(string? path) => path is null || path == "$" ? string.Empty : path.StartsWith('$') ? path[1..] : "." + path;

    private static bool EndsWithProperty(string path, string name)
        => path.EndsWith("." + name, StringComparison.Ordinal) || path.EndsWith($"['{name}']", StringComparison.Ordinal);

    private static string StripPosition(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        }

        var text = cut < 0 ? message : message[..cut];
        return text.TrimEnd(' ', '|', '.') + ".";
    }

    [GeneratedRegex(@"The JSON property '(?<name>[^']*)' could not be mapped", RegexOptions.CultureInvariant)]
    private static partial Regex UnmappedProperty();

    [GeneratedRegex(@"Duplicate property '(?<name>[^']*)'", RegexOptions.CultureInvariant)]
    private static partial Regex DuplicateProperty();

    [GeneratedRegex(@"missing required properties(?:,)? including(?: the following)?: (?<names>.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex MissingRequired();

    [GeneratedRegex(@"'([^']*)'", RegexOptions.CultureInvariant)]
    private static partial Regex NamesInQuotes();
}
