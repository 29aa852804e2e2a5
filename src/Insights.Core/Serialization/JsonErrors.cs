using System.Text.Json;
using System.Text.RegularExpressions;

namespace Insights.Core.Serialization;

/// <summary>One problem found by the serializer: where (relative to the value read), what kind, and a fixed detail.</summary>
internal readonly record struct JsonProblem(string Relative, FindingKind Kind, string? Detail, bool WholeLine, long? Position);

/// <summary>
/// Turns the serializer's exceptions into a <see cref="FindingKind"/> and a field path. The serializer's own
/// messages quote the input (the rest of a line after a syntax error, property names), so they are only ever
/// matched here, never passed on; the path is cut back to the format's own property names by
/// <see cref="FieldPaths.Safe"/>.
/// </summary>
internal static partial class JsonErrors
{
    /// <summary>Returns the finding for <paramref name="exception"/> thrown while reading line <paramref name="line"/>.</summary>
    internal static Finding Explain(JsonException exception, long line, string? caseId)
    {
        var problem = Classify(exception);
        if (problem.WholeLine)
        {
            return problem.Kind switch
            {
                FindingKind.TooDeep => Findings.TooDeep(line, caseId),
                FindingKind.TruncatedJson => Findings.TruncatedJson(line, caseId),
                FindingKind.NotAnObject => Findings.NotAnObject(line),
                _ => Findings.NotJson(line, caseId, problem.Position),
            };
        }

        var field = problem.Kind == FindingKind.UnknownProperty ? FieldPaths.Parent(problem.Relative) : FieldPaths.Safe(problem.Relative);
        return Findings.Reject(line, caseId, field, problem.Kind, Findings.ValueReason(problem.Kind, field, problem.Detail));
    }

    /// <summary>Returns the path of the problem relative to the value being read (e.g. <c>.intake.profile.age</c>), its kind and detail.</summary>
    internal static JsonProblem Classify(JsonException exception)
    {
        var path = Relative(exception.Path);
        if (exception is CaseFormatException known)
        {
            return known.IsWholeLine
                ? new(string.Empty, known.Kind, known.Detail, true, known.Position)
                : new(path + known.Suffix, known.Kind, known.Detail, false, null);
        }

        var message = exception.Message;
        if (message.Contains("maximum configured depth", StringComparison.Ordinal))
        {
            return new(string.Empty, FindingKind.TooDeep, null, true, null);
        }

        if (IsSyntaxError(exception))
        {
            return message.Contains("Expected depth to be zero", StringComparison.Ordinal)
                ? new(string.Empty, FindingKind.TruncatedJson, null, true, null)
                : new(string.Empty, FindingKind.NotJson, null, true, exception.BytePositionInLine);
        }

        if (UnmappedProperty().IsMatch(message))
        {
            // The path ends with the unknown name (input); the finding names the object that holds it.
            return new(path, FindingKind.UnknownProperty, null, false, null);
        }

        if (DuplicateProperty().Match(message) is { Success: true } duplicate)
        {
            var name = duplicate.Groups["name"].Value;
            return new(EndsWithProperty(path, name) ? path : path + "." + name, FindingKind.DuplicateProperty, null, false, null);
        }

        if (MissingRequired().Match(message) is { Success: true } missing)
        {
            var names = NamesInQuotes().Matches(missing.Groups["names"].Value).Select(m => m.Groups[1].Value).ToArray();
            return new(names.Length == 0 ? path : path + "." + names[0], FindingKind.MissingProperty, null, false, null);
        }

        if (message.Contains("null value", StringComparison.Ordinal) || message.Contains("setting null", StringComparison.Ordinal))
        {
            return new(path, FindingKind.NullValue, null, false, null);
        }

        if (message.Contains("could not be converted to", StringComparison.Ordinal))
        {
            return path.Length == 0
                ? new(string.Empty, FindingKind.NotAnObject, null, true, null)
                : new(path, FindingKind.WrongType, null, false, null);
        }

        return new(path, FindingKind.WrongType, null, path.Length == 0, exception.BytePositionInLine);
    }

    private static bool IsSyntaxError(JsonException exception)
        => exception.InnerException is JsonException inner && inner.GetType().Name == "JsonReaderException";

    private static string Relative(string? path) => path is null || path == "$" ? string.Empty : path.StartsWith('$') ? path[1..] : "." + path;

    private static bool EndsWithProperty(string path, string name)
        => path.EndsWith("." + name, StringComparison.Ordinal) || path.EndsWith($"['{name}']", StringComparison.Ordinal);

    [GeneratedRegex(@"^The JSON property '.*' could not be mapped", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex UnmappedProperty();

    [GeneratedRegex(@"^Duplicate property '(?<name>[A-Za-z]+)'", RegexOptions.CultureInvariant)]
    private static partial Regex DuplicateProperty();

    [GeneratedRegex(@"missing required properties(?:,)? including(?: the following)?: (?<names>.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex MissingRequired();

    [GeneratedRegex(@"'([A-Za-z]+)'", RegexOptions.CultureInvariant)]
    private static partial Regex NamesInQuotes();
}
