namespace Insights.Core.Tests.Generators;

/// <summary>The kind of a JSON value found by <see cref="JsonSpans"/>.</summary>
public enum JsonSpanKind
{
    Object,
    Array,
    String,
    Number,
    Literal,
}

/// <summary>
/// One value of a JSON text: its kind, its span [<see cref="Start"/>, <see cref="End"/>), and for a member of an
/// object the span of its key (quotes included) and the key text as written.
/// </summary>
public sealed class JsonSpan(JsonSpanKind kind, int start, int keyStart, int keyEnd, string? key, JsonSpan? parent)
{
    public JsonSpanKind Kind { get; } = kind;

    public int Start { get; } = start;

    public int End { get; internal set; } = -1;

    public int KeyStart { get; } = keyStart;

    public int KeyEnd { get; } = keyEnd;

    public string? Key { get; } = key;

    public JsonSpan? Parent { get; } = parent;

    /// <summary>Gets the values inside an object or array.</summary>
    public List<JsonSpan> Children { get; } = [];

    /// <summary>Gets whether this value is a member of an object (it has a key).</summary>
    public bool IsMember => Key is not null;
}

/// <summary>
/// Finds where every value and key is in a valid JSON text (a line the writer produced), so generators can
/// mutate exactly a code, an id, a date or a property name. Not a validating parser: it trusts its input.
/// </summary>
public static class JsonSpans
{
    /// <summary>Returns every value of <paramref name="json"/>, the root first, in document order.</summary>
    public static List<JsonSpan> Parse(string json)
    {
        var all = new List<JsonSpan>();
        var position = 0;
        Value(json, ref position, null, -1, -1, null, all);
        return all;
    }

    private static JsonSpan Value(string json, ref int i, JsonSpan? parent, int keyStart, int keyEnd, string? key, List<JsonSpan> all)
    {
        SkipSpace(json, ref i);
        var start = i;
        JsonSpan span;
        switch (json[i])
        {
            case '{':
                span = new JsonSpan(JsonSpanKind.Object, start, keyStart, keyEnd, key, parent);
                all.Add(span);
                i++;
                SkipSpace(json, ref i);
                while (json[i] != '}')
                {
                    var ks = i;
                    var name = StringToken(json, ref i);
                    var ke = i;
                    SkipSpace(json, ref i);
                    i++; // ':'
                    span.Children.Add(Value(json, ref i, span, ks, ke, name, all));
                    SkipSpace(json, ref i);
                    if (json[i] == ',')
                    {
                        i++;
                        SkipSpace(json, ref i);
                    }
                }

                i++;
                break;
            case '[':
                span = new JsonSpan(JsonSpanKind.Array, start, keyStart, keyEnd, key, parent);
                all.Add(span);
                i++;
                SkipSpace(json, ref i);
                while (json[i] != ']')
                {
                    span.Children.Add(Value(json, ref i, span, -1, -1, null, all));
                    SkipSpace(json, ref i);
                    if (json[i] == ',')
                    {
                        i++;
                        SkipSpace(json, ref i);
                    }
                }

                i++;
                break;
            case '"':
                span = new JsonSpan(JsonSpanKind.String, start, keyStart, keyEnd, key, parent);
                all.Add(span);
                StringToken(json, ref i);
                break;
            default:
                var kind = json[i] is '-' or (>= '0' and <= '9') ? JsonSpanKind.Number : JsonSpanKind.Literal;
                span = new JsonSpan(kind, start, keyStart, keyEnd, key, parent);
                all.Add(span);
                while (i < json.Length && json[i] is not (',' or '}' or ']' or ' '))
                {
                    i++;
                }

                break;
        }

        span.End = i;
        return span;
    }

    private static string StringToken(string json, ref int i)
    {
        var start = ++i;
        while (json[i] != '"')
        {
            i += json[i] == '\\' ? 2 : 1;
        }

        return json[start..i++];
    }

    private static void SkipSpace(string json, ref int i)
    {
        while (i < json.Length && json[i] is ' ' or '\t' or '\r' or '\n')
        {
            i++;
        }
    }
}
