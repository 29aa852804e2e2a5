using System.Collections.Frozen;
using System.Text;
using System.Text.Json.Serialization.Metadata;
using Insights.Core.Model;

namespace Insights.Core.Serialization;

/// <summary>
/// Field paths that can be printed. A path from the serializer may end in a property name taken from the input
/// (an unknown property, a name with odd characters); <see cref="Safe"/> keeps only the leading part made of the
/// format's own property names and list indices. It also maps a model value check (which knows only the record
/// type and the C# property) to the field's path.
/// </summary>
internal static class FieldPaths
{
    private static readonly Lazy<(FrozenSet<string> Names, FrozenDictionary<(Type, string), string> PathOf)> Schema = new(Build);

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

    private static (FrozenSet<string>, FrozenDictionary<(Type, string), string>) Build()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var paths = new Dictionary<(Type, string), string>();
        Walk(CaseJson.Options.GetTypeInfo(typeof(Case)), string.Empty, names, paths, depth: 0);
        return (names.ToFrozenSet(StringComparer.Ordinal), paths.ToFrozenDictionary());
    }

    private static void Walk(JsonTypeInfo info, string prefix, HashSet<string> names, Dictionary<(Type, string), string> paths, int depth)
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

            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueList<>))
            {
                Walk(CaseJson.Options.GetTypeInfo(type.GetGenericArguments()[0]), path + "[]", names, paths, depth + 1);
            }
            else if (type.IsClass && type != typeof(string) && !(type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EnumSet<>)))
            {
                Walk(CaseJson.Options.GetTypeInfo(type), path, names, paths, depth + 1);
            }
        }
    }
}
