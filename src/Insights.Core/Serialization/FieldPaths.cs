using System.Collections.Frozen;
using System.Text;
using System.Text.Json.Serialization.Metadata;
using Insights.Core.Model;

namespace Insights.Core.Serialization;

/// <summary>
/// Field paths that can be printed. A path from the serializer may end in a property name taken from the input
/// (an unknown property, a name with odd characters); <see cref="Safe"/> keeps only the leading part made of the
/// format's own property names and list indices. It also maps a model value check (which knows only the record
/// type and the C# property) to the field's path, and writes a model path (<see cref="ModelPath"/>, the fields of
/// the cross-field rules) and a rule's texts as the format names the fields.
/// </summary>
internal static class FieldPaths
{
    private static readonly Lazy<(FrozenSet<string> Names, FrozenDictionary<(Type, string), string> PathOf, FrozenDictionary<(Type, string), string> NameOf)> Schema = new(Build);

    // Each rule's texts as the format writes them, made once: a finding's reason is looked up, not formatted.
    private static readonly Lazy<FrozenDictionary<RuleText, string>> RuleTexts = new(
        () => CaseRules.All.SelectMany(r => new[] { r.Requirement, r.Problem }).Distinct().ToFrozenDictionary(t => t, t => t.Render(Of)));

    /// <summary>
    /// Returns the longest leading part of <paramref name="relative"/> (e.g. <c>.intake.profile.age</c>,
    /// <c>.reviews[2].date</c>) whose segments are all the format's property names or list indices, without the
    /// leading dot; <see cref="Finding.WholeLine"/> when nothing is left.
    /// </summary>
    internal static string Safe(string relative)
    {
        var names = Schema.Value.Names;
        var result = new StringBuilder(relative.Length);
        var i = 0;
        while (i < relative.Length)
        {
            if (relative[i] == '.')
            {
                var end = i + 1;
                while (end < relative.Length && char.IsAsciiLetterOrDigit(relative[end]))
                {
                    end++;
                }

                var name = relative.AsSpan(i + 1, end - i - 1);
                var endsSegment = end == relative.Length || relative[end] is '.' or '[';
                if (name.Length == 0 || !endsSegment || !names.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name))
                {
                    break;
                }

                if (result.Length > 0)
                {
                    result.Append('.');
                }

                result.Append(name);
                i = end;
            }
            else if (relative[i] == '[')
            {
                var end = i + 1;
                while (end < relative.Length && char.IsAsciiDigit(relative[end]) && end - i <= 10)
                {
                    end++;
                }

                if (end == i + 1 || end >= relative.Length || relative[end] != ']' || result.Length == 0)
                {
                    break;
                }

                result.Append(relative.AsSpan(i, end - i + 1));
                i = end + 1;
            }
            else
            {
                break;
            }
        }

        return result.Length == 0 ? Finding.WholeLine : result.ToString();
    }

    /// <summary>
    /// Returns the safe path of the object holding the last property of <paramref name="relative"/> (a path that
    /// ends in a property name from the input, such as an unknown property's): <see cref="Finding.WholeLine"/> for a
    /// property of the line's own object.
    /// </summary>
    internal static string Parent(string relative)
    {
        var safe = Safe(relative);
        if (safe == Finding.WholeLine || safe.Length < relative.TrimStart('.').Length)
        {
            // The input's name was cut off already: what is left is the holding object.
            return safe;
        }

        var cut = safe.LastIndexOf('.');
        return cut < 0 ? Finding.WholeLine : safe[..cut];
    }

    /// <summary>Returns the path of property <paramref name="property"/> of record type <paramref name="declaringType"/>, with <c>[]</c> for list items.</summary>
    internal static string Of(Type declaringType, string property)
        => Schema.Value.PathOf.TryGetValue((declaringType, property), out var path) ? path : Finding.WholeLine;

    /// <summary>
    /// Returns model path <paramref name="path"/> as the format's field path, e.g. <c>reviews[2].date</c> for
    /// <c>Case.Reviews[2].Date</c> (a path from another model type starts at that type's property, e.g.
    /// <c>consequence</c> for <c>Incident.Consequence</c>); <see cref="Finding.WholeLine"/> when a step is not a
    /// property of the format.
    /// </summary>
    internal static string Of(ModelPath path)
    {
        var names = Schema.Value.NameOf;
        foreach (var step in path.Steps)
        {
            if (step.Property is { } property && !names.ContainsKey((step.DeclaringType, property)))
            {
                return Finding.WholeLine;
            }
        }

        return path.Render(step => names[(step.DeclaringType, step.Property!)]);
    }

    /// <summary>Returns the fields of a rule as the format names them, e.g. <c>exit.support.&lt;area&gt;.outcomes, .safetyImpact</c>.</summary>
    internal static string Of(IReadOnlyList<ModelPath> fields) => ModelPath.Join(fields.Select(Of));

    /// <summary>Returns a rule's text with its fields named as the format names them.</summary>
    internal static string Of(RuleText text) => RuleTexts.Value.TryGetValue(text, out var written) ? written : text.Render(Of);

    private static (FrozenSet<string>, FrozenDictionary<(Type, string), string>, FrozenDictionary<(Type, string), string>) Build()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var paths = new Dictionary<(Type, string), string>();
        var nameOf = new Dictionary<(Type, string), string>();
        Walk(CaseJson.Options.GetTypeInfo(typeof(Case)), string.Empty, names, paths, nameOf, depth: 0);
        return (names.ToFrozenSet(StringComparer.Ordinal), paths.ToFrozenDictionary(), nameOf.ToFrozenDictionary());
    }

    private static void Walk(JsonTypeInfo info, string prefix, HashSet<string> names, Dictionary<(Type, string), string> paths, Dictionary<(Type, string), string> nameOf, int depth)
    {
        if (info.Kind != JsonTypeInfoKind.Object || depth > CaseJson.MaxDepth)
        {
            return;
        }

        foreach (var property in info.Properties)
        {
            names.Add(property.Name);
            var path = prefix.Length == 0 ? property.Name : prefix + "." + property.Name;
            var member = (property.DeclaringType, char.ToUpperInvariant(property.Name[0]) + property.Name[1..]);

            // A record type used at several places would report the first; every validated type has one place today.
            paths.TryAdd(member, path);

            // A property's own name is the same wherever its type is used, and in every closed type of a generic one.
            nameOf.TryAdd(member, property.Name);
            if (property.DeclaringType.IsGenericType)
            {
                nameOf.TryAdd((property.DeclaringType.GetGenericTypeDefinition(), member.Item2), property.Name);
            }

            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueList<>))
            {
                Walk(CaseJson.Options.GetTypeInfo(type.GetGenericArguments()[0]), path + "[]", names, paths, nameOf, depth + 1);
            }
            else if (type.IsClass && type != typeof(string) && !(type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EnumSet<>)))
            {
                Walk(CaseJson.Options.GetTypeInfo(type), path, names, paths, nameOf, depth + 1);
            }
        }
    }
}
