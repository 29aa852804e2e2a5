using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Insights.Core.Model;

namespace Insights.Core.Serialization;

/// <summary>Source-generated metadata for the case JSON format (docs/data-format.md).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowDuplicateProperties = false,
    MaxDepth = CaseJson.MaxDepth,
    Converters =
    [
        typeof(AnswerEnumConverterFactory),
        typeof(EnumSetConverterFactory),
        typeof(ValueListConverterFactory),
        typeof(CaseIdConverter),
        typeof(ClientIdConverter),
        typeof(ServiceIdConverter),
        typeof(DateConverter),
    ])]
[JsonSerializable(typeof(Case))]
internal sealed partial class CaseJsonContext : JsonSerializerContext;

/// <summary>Shared settings of the case JSON format.</summary>
internal static class CaseJson
{
    /// <summary>The deepest nesting accepted; a valid case nests at most 8 levels.</summary>
    internal const int MaxDepth = 32;

    /// <summary>The longest line accepted, in UTF-8 bytes (1 MiB).</summary>
    internal const int MaxLineBytes = 1 << 20;

    internal const string DateFormat = "yyyy-MM-dd";

    /// <summary>Gets the options: the generated metadata plus checks that report the model's range errors at their JSON path.</summary>
    internal static JsonSerializerOptions Options { get; } = CreateOptions();

    internal static JsonTypeInfo<Case> CaseInfo { get; } = (JsonTypeInfo<Case>)Options.GetTypeInfo(typeof(Case));

    internal static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => "an unexpected token",
    };

    /// <summary>Shortens text quoted in a reason, so a hostile value cannot flood the report.</summary>
    internal static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(CaseJsonContext.Default.Options)
        {
            TypeInfoResolver = CaseJsonContext.Default.WithAddedModifier(CheckValuesWhenRead),
        };
        options.MakeReadOnly();
        return options;
    }

    // The model validates numbers and names in its init accessors. The generated code sets those through the
    // object initializer once the whole object is read, where a failure would lose its JSON path; so each such
    // value is also put through the model's own setter on a scratch instance as soon as it is read, and a
    // failure becomes a rejection at the right path. The model stays the single source of its rules.
    private static void CheckValuesWhenRead(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        // Computed members (IsClosed, ExperiencedCount, …) are not part of the format; without metadata they are
        // unknown properties, so input that sets them is rejected instead of silently ignored.
        for (var i = typeInfo.Properties.Count - 1; i >= 0; i--)
        {
            if (typeInfo.Properties[i].Set is null)
            {
                typeInfo.Properties.RemoveAt(i);
            }
        }

        object? probe = null;
        foreach (var property in typeInfo.Properties)
        {
            if (property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(ValueList<>))
            {
                // An empty list is the default, so it is left out like a missing answer.
                property.ShouldSerialize = static (_, value) => value is IValueList { Count: > 0 };
            }

            if (property.CustomConverter is not null || (property.PropertyType != typeof(int?) && property.PropertyType != typeof(string)))
            {
                continue;
            }

            // Generated metadata cannot call init accessors outside an object initializer; reflection can.
            var member = property.AttributeProvider as PropertyInfo
                ?? typeInfo.Type.GetProperty(property.Name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (member?.SetMethod is null)
            {
                continue;
            }

            probe ??= RuntimeHelpers.GetUninitializedObject(typeInfo.Type);
            var target = probe;
            Action<object?> check = value => member.SetValue(target, value, BindingFlags.DoNotWrapExceptions, binder: null, index: null, culture: null);
            if (property.PropertyType == typeof(int?))
            {
                property.CustomConverter = new CheckedConverter<int?>(check, property.Name);
            }
            else if (property.PropertyType == typeof(string))
            {
                property.CustomConverter = new CheckedConverter<string>(check, property.Name);
            }
        }
    }
}

/// <summary>Reads a value with the standard converter, then lets the model's setter accept or reject it.</summary>
internal sealed class CheckedConverter<T>(Action<object?> check, string name) : JsonConverter<T>
{
    private static readonly JsonConverter<T> Inner = (JsonConverter<T>)JsonSerializerOptions.Default.GetConverter(typeof(T));

    public override bool HandleNull => Inner.HandleNull;

    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        T? value;
        try
        {
            value = Inner.Read(ref reader, typeToConvert, options);
        }
        catch (Exception exception) when (exception is FormatException or InvalidOperationException)
        {
            var reason = typeof(T) == typeof(string)
                ? $"must be a string, not {CaseJson.Describe(reader.TokenType)}"
                : reader.TokenType == JsonTokenType.Number
                    ? "must be a whole number from -2147483648 to 2147483647"
                    : $"must be a whole number, not {CaseJson.Describe(reader.TokenType)}";
            throw CaseFormatException.Because(field => $"{field} {reason}", exception);
        }

        try
        {
            check(value);
        }
        catch (ValueOutOfRangeException exception)
        {
            var shown = exception.Value.ToString(CultureInfo.InvariantCulture);
            var reason = exception.Value < exception.Minimum
                ? $"{name} {shown} is below {exception.Minimum.ToString(CultureInfo.InvariantCulture)}"
                : $"{name} {shown} is above {exception.Maximum?.ToString(CultureInfo.InvariantCulture)}";
            throw CaseFormatException.Because(_ => reason, exception);
        }
        catch (ArgumentException exception)
        {
            var message = exception.Message.Split(" (Parameter", 2)[0];
            throw CaseFormatException.Because(field => $"{field} is not valid: {message}", exception);
        }

        return value;
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => Inner.Write(writer, value, options);
}
