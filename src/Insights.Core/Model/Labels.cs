using System.Collections.Frozen;
using System.Reflection;

namespace Insights.Core.Model;

/// <summary>
/// Reads the report labels and stable data codes of answer enums. Every answer enum in the model has
/// members numbered 0, 1, 2, … in the report's order, each carrying a <see cref="LabelAttribute"/>.
/// The data code of a member is its C# name (for example <c>DontKnow</c>); codes never change once shipped.
/// </summary>
public static class Labels
{
    /// <summary>Returns the report label of <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a declared member.</exception>
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum => AnswerSet<TEnum>.Label(value);

    /// <summary>Returns every declared member of <typeparamref name="TEnum"/> in declaration (report) order.</summary>
    public static IReadOnlyList<TEnum> All<TEnum>() where TEnum : struct, Enum => AnswerSet<TEnum>.Values;

    /// <summary>Finds the member whose label is exactly <paramref name="label"/> (ordinal comparison).</summary>
    /// <returns><see langword="true"/> when a member has that label.</returns>
    public static bool TryParse<TEnum>(string label, out TEnum value) where TEnum : struct, Enum
        => AnswerSet<TEnum>.ByLabel.TryGetValue(label, out value);

    /// <summary>Returns the member whose label is exactly <paramref name="label"/>.</summary>
    /// <exception cref="FormatException">No member has that label.</exception>
    public static TEnum Parse<TEnum>(string label) where TEnum : struct, Enum
        => TryParse<TEnum>(label, out var value)
            ? value
            : throw new FormatException($"'{label}' is not a label of {typeof(TEnum).Name}; expected one of: {string.Join(", ", AnswerSet<TEnum>.LabelList.Select(l => $"'{l}'"))}.");

    /// <summary>Returns the stable data code (the member name) of <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a declared member.</exception>
    public static string CodeOf<TEnum>(TEnum value) where TEnum : struct, Enum => AnswerSet<TEnum>.Code(value);

    /// <summary>
    /// Returns whether <paramref name="value"/> is an answer that says nothing about the question itself: "Don't know",
    /// "Not disclosed", "Prefer not to say" or "Not known" (members <c>DontKnow</c>, <c>NotDisclosed</c>,
    /// <c>PreferNotToSay</c>, <c>NotKnown</c>). Such answers are answers (they are counted and printed), but a
    /// statistical test of change leaves them out (docs/statistics.md).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a declared member.</exception>
    public static bool IsNonResponse<TEnum>(TEnum value) where TEnum : struct, Enum => AnswerSet<TEnum>.NonResponse[AnswerSet<TEnum>.Index(value)];
}

/// <summary>Per-enum cache of members, labels and codes; built once by reflection and validated.</summary>
internal static class AnswerSet<TEnum> where TEnum : struct, Enum
{
    internal static readonly TEnum[] Values;
    internal static readonly string[] LabelList;
    internal static readonly string[] CodeList;
    internal static readonly FrozenDictionary<string, TEnum> ByLabel;
    internal static readonly FrozenDictionary<string, TEnum> ByCode;
    internal static readonly bool[] NonResponse;

    static AnswerSet()
    {
        if (Enum.GetUnderlyingType(typeof(TEnum)) != typeof(int))
        {
            throw new InvalidOperationException($"{typeof(TEnum).Name} must be int-based to be an answer enum.");
        }

        var fields = typeof(TEnum).GetFields(BindingFlags.Public | BindingFlags.Static)
            .OrderBy(f => Convert.ToInt64(f.GetValue(null), System.Globalization.CultureInfo.InvariantCulture))
            .ToArray();
        Values = new TEnum[fields.Length];
        LabelList = new string[fields.Length];
        CodeList = new string[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            var value = (TEnum)fields[i].GetValue(null)!;
            if (Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) != i)
            {
                throw new InvalidOperationException($"{typeof(TEnum).Name}.{fields[i].Name} must have the value {i}: answer enums are numbered 0, 1, 2, … without gaps.");
            }

            Values[i] = value;
            LabelList[i] = fields[i].GetCustomAttribute<LabelAttribute>()?.Text ?? fields[i].Name;
            CodeList[i] = fields[i].Name;
        }

        ByLabel = Values.Select((v, i) => KeyValuePair.Create(LabelList[i], v)).ToFrozenDictionary(StringComparer.Ordinal);
        ByCode = Values.Select((v, i) => KeyValuePair.Create(CodeList[i], v)).ToFrozenDictionary(StringComparer.Ordinal);
        NonResponse = [.. CodeList.Select(c => c is "DontKnow" or "NotDisclosed" or "PreferNotToSay" or "NotKnown")];
    }

    internal static int Count => Values.Length;

    internal static int Index(TEnum value)
    {
        var index = System.Runtime.CompilerServices.Unsafe.As<TEnum, int>(ref value);
        return (uint)index < (uint)Values.Length
            ? index
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a declared member of {typeof(TEnum).Name}.");
    }

    internal static string Label(TEnum value) => LabelList[Index(value)];

    internal static string Code(TEnum value) => CodeList[Index(value)];
}
