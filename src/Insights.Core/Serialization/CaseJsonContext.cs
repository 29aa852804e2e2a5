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
        typeof(ModelConverterFactory),
        typeof(WholeNumberConverter),
        typeof(TextConverter),
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

    /// <summary>Gets the options: the generated metadata, without computed members, leaving empty lists out.</summary>
    internal static JsonSerializerOptions Options { get; } = CreateOptions();

    internal static JsonTypeInfo<Case> CaseInfo { get; } = (JsonTypeInfo<Case>)Options.GetTypeInfo(typeof(Case));

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(CaseJsonContext.Default.Options)
        {
            TypeInfoResolver = CaseJsonContext.Default.WithAddedModifier(KeepOnlyTheFormat),
        };
        options.MakeReadOnly();
        return options;
    }

    private static void KeepOnlyTheFormat(JsonTypeInfo typeInfo)
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

        foreach (var property in typeInfo.Properties)
        {
            if (property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(ValueList<>))
            {
                // An empty list is the default, so it is left out like a missing answer.
                property.ShouldSerialize = static (_, value) => value is IValueList { Count: > 0 };
            }
        }
    }
}
