using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Insights.Core.Model;

namespace Insights.Core.Serialization;

/// <summary>Writes an answer enum as its stable code (the member name) and reads only exact codes: never integers, never labels.</summary>
internal sealed class AnswerEnumConverter<TEnum> : JsonConverter<TEnum> where TEnum : struct, Enum
{
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            var found = CaseJson.Describe(reader.TokenType);
            throw CaseFormatException.Because(field => $"{field} must be a code string such as '{Labels.CodeOf(Labels.All<TEnum>()[0])}', not {found}");
        }

        var code = reader.GetString()!;
        return AnswerSet<TEnum>.ByCode.TryGetValue(code, out var value)
            ? value
            : throw UnknownCode(code);
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) => writer.WriteStringValue(Labels.CodeOf(value));

    internal static CaseFormatException UnknownCode(string code)
    {
        var shown = CaseJson.Shorten(code);
        return CaseFormatException.Because(field => $"unknown code '{shown}' for {field}; expected one of {string.Join(", ", AnswerSet<TEnum>.CodeList)}");
    }
}

/// <summary>Creates <see cref="AnswerEnumConverter{TEnum}"/> for every enum.</summary>
internal sealed class AnswerEnumConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
        => (JsonConverter)Activator.CreateInstance(typeof(AnswerEnumConverter<>).MakeGenericType(typeToConvert))!;
}

/// <summary>Writes a multi-select answer as an array of codes in report order; reads an array of distinct codes.</summary>
internal sealed class EnumSetConverter<TEnum> : JsonConverter<EnumSet<TEnum>> where TEnum : struct, Enum
{
    public override EnumSet<TEnum> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            var found = CaseJson.Describe(reader.TokenType);
            throw CaseFormatException.Because(field => $"{field} must be an array of codes, not {found}");
        }

        var set = EnumSet<TEnum>.Empty;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                var found = CaseJson.Describe(reader.TokenType);
                throw CaseFormatException.Because(field => $"{field} must hold only code strings, not {found}");
            }

            var code = reader.GetString()!;
            if (!AnswerSet<TEnum>.ByCode.TryGetValue(code, out var value))
            {
                throw AnswerEnumConverter<TEnum>.UnknownCode(code);
            }

            if (set.Contains(value))
            {
                throw CaseFormatException.Because(field => $"code '{code}' appears more than once in {field}");
            }

            set = set.With(value);
        }

        return set;
    }

    public override void Write(Utf8JsonWriter writer, EnumSet<TEnum> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var member in value)
        {
            writer.WriteStringValue(Labels.CodeOf(member));
        }

        writer.WriteEndArray();
    }
}

/// <summary>Creates <see cref="EnumSetConverter{TEnum}"/> for every <see cref="EnumSet{TEnum}"/>.</summary>
internal sealed class EnumSetConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(EnumSet<>);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
        => (JsonConverter)Activator.CreateInstance(typeof(EnumSetConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;
}

/// <summary>Writes a <see cref="ValueList{T}"/> as a JSON array; reads an array whose items are never null.</summary>
internal sealed class ValueListConverter<T> : JsonConverter<ValueList<T>>
{
    public override ValueList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            var found = CaseJson.Describe(reader.TokenType);
            throw CaseFormatException.Because(field => $"{field} must be an array, not {found}");
        }

        var itemInfo = (System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        var items = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            T? item;
            try
            {
                item = JsonSerializer.Deserialize(ref reader, itemInfo);
            }
            catch (JsonException exception)
            {
                throw CaseFormatException.InItem(exception, items.Count);
            }

            if (item is null)
            {
                var index = items.Count.ToString(CultureInfo.InvariantCulture);
                throw CaseFormatException.Because(field => $"{field}[{index}] must not be null");
            }

            items.Add(item);
        }

        return ValueList.From(items);
    }

    public override void Write(Utf8JsonWriter writer, ValueList<T> value, JsonSerializerOptions options)
    {
        var itemInfo = (System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        writer.WriteStartArray();
        foreach (var item in value)
        {
            JsonSerializer.Serialize(writer, item, itemInfo);
        }

        writer.WriteEndArray();
    }
}

/// <summary>Creates <see cref="ValueListConverter{T}"/> for every <see cref="ValueList{T}"/>.</summary>
internal sealed class ValueListConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(ValueList<>);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
        => (JsonConverter)Activator.CreateInstance(typeof(ValueListConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;
}

/// <summary>Reads and writes an identifier as a plain string.</summary>
internal abstract class IdentifierConverter<TId> : JsonConverter<TId> where TId : struct
{
    private readonly string _kind;

    protected IdentifierConverter(string kind) => _kind = kind;

    public override TId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            var found = CaseJson.Describe(reader.TokenType);
            throw CaseFormatException.Because(field => $"{field} must be a string, not {found}");
        }

        var text = reader.GetString()!;
        try
        {
            return Create(text);
        }
        catch (ArgumentException exception)
        {
            var kind = _kind;
            throw CaseFormatException.Because(field => $"{field} is not a valid {kind}: {exception.Message.Split(" (Parameter", 2)[0]}", exception);
        }
    }

    public override void Write(Utf8JsonWriter writer, TId value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());

    protected abstract TId Create(string text);
}

/// <summary>Converts <see cref="CaseId"/>.</summary>
internal sealed class CaseIdConverter() : IdentifierConverter<CaseId>("case id")
{
    protected override CaseId Create(string text) => new(text);
}

/// <summary>Converts <see cref="ClientId"/>.</summary>
internal sealed class ClientIdConverter() : IdentifierConverter<ClientId>("client id")
{
    protected override ClientId Create(string text) => new(text);
}

/// <summary>Converts <see cref="ServiceId"/>.</summary>
internal sealed class ServiceIdConverter() : IdentifierConverter<ServiceId>("service id")
{
    protected override ServiceId Create(string text) => new(text);
}

/// <summary>Reads and writes a <see cref="DateOnly"/> as exactly <c>yyyy-MM-dd</c>.</summary>
internal sealed class DateConverter : JsonConverter<DateOnly>
{
    public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String
            && reader.GetString() is { Length: 10 } text
            && DateOnly.TryParseExact(text, CaseJson.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        var shown = reader.TokenType == JsonTokenType.String ? $"'{CaseJson.Shorten(reader.GetString()!)}'" : CaseJson.Describe(reader.TokenType);
        throw CaseFormatException.Because(field => $"{field} must be a date written yyyy-MM-dd, not {shown}");
    }

    public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options)
        => writer.WriteStringValue(value.ToString(CaseJson.DateFormat, CultureInfo.InvariantCulture));
}
