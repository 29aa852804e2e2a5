using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Insights.Core.Model;

namespace Insights.Core.Serialization;

/// <summary>Reading helpers shared by the converters: codes looked up without allocating, fixed wordings of what was found.</summary>
internal static class ConverterText
{
    /// <summary>The longest code of any answer enum is well below this; longer text cannot be a code.</summary>
    private const int MaxCodeLength = 96;

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

    internal static CaseFormatException WrongType(string expected, JsonTokenType found)
        => CaseFormatException.Because(FindingKind.WrongType, $"{expected}, not {Describe(found)}");

    /// <summary>Looks up the code under the reader (a string token) without making a string of it.</summary>
    internal static bool TryGetCode<TEnum>(ref Utf8JsonReader reader, out TEnum value) where TEnum : struct, Enum
    {
        value = default;
        if (reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length > MaxCodeLength)
        {
            // Codes are plain ASCII names: an escaped, split or long value is read the slow way, or is no code.
            if (reader.HasValueSequence ? reader.ValueSequence.Length > MaxCodeLength * 6 : reader.ValueSpan.Length > MaxCodeLength * 6)
            {
                return false;
            }

            string text;
            try
            {
                text = reader.GetString()!;
            }
            catch (InvalidOperationException)
            {
                return false;
            }

            return AnswerSet<TEnum>.ByCode.TryGetValue(text, out value);
        }

        var bytes = reader.ValueSpan;
        Span<char> chars = stackalloc char[MaxCodeLength];
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] >= 0x80)
            {
                return false;
            }

            chars[i] = (char)bytes[i];
        }

        return AnswerSet<TEnum>.ByCode.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(chars[..bytes.Length], out value);
    }
}

/// <summary>Writes an answer enum as its stable code (the member name) and reads only exact codes: never integers, never labels.</summary>
internal sealed class AnswerEnumConverter<TEnum> : JsonConverter<TEnum>, ICodeList where TEnum : struct, Enum
{
    public Type EnumType => typeof(TEnum);

    public IReadOnlyList<string> Codes => AnswerSet<TEnum>.CodeList;

    public IReadOnlyList<string> CodeLabels => AnswerSet<TEnum>.LabelList;

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw ConverterText.WrongType("a code string", reader.TokenType);
        }

        return ConverterText.TryGetCode<TEnum>(ref reader, out var value)
            ? value
            : throw CaseFormatException.Because(FindingKind.UnknownCode);
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) => writer.WriteStringValue(Labels.CodeOf(value));
}

/// <summary>Writes a multi-select answer as an array of codes in report order; reads an array of distinct codes.</summary>
internal sealed class EnumSetConverter<TEnum> : JsonConverter<EnumSet<TEnum>>, ICodeList where TEnum : struct, Enum
{
    public Type EnumType => typeof(TEnum);

    public IReadOnlyList<string> Codes => AnswerSet<TEnum>.CodeList;

    public IReadOnlyList<string> CodeLabels => AnswerSet<TEnum>.LabelList;

    public override EnumSet<TEnum> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw ConverterText.WrongType("an array of codes", reader.TokenType);
        }

        var set = EnumSet<TEnum>.Empty;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw ConverterText.WrongType("an array of code strings only", reader.TokenType);
            }

            if (!ConverterText.TryGetCode<TEnum>(ref reader, out var value))
            {
                throw CaseFormatException.Because(FindingKind.UnknownCode);
            }

            if (set.Contains(value))
            {
                throw CaseFormatException.Because(FindingKind.RepeatedCode);
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

/// <summary>Writes a <see cref="ValueList{T}"/> as a JSON array; reads an array whose items are never null.</summary>
internal sealed class ValueListConverter<T> : JsonConverter<ValueList<T>>
{
    private JsonTypeInfo<T>? _itemInfo;

    public override ValueList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw ConverterText.WrongType("an array", reader.TokenType);
        }

        var itemInfo = ItemInfo(options);
        List<T>? items = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var index = items?.Count ?? 0;
            T? item;
            try
            {
                item = JsonSerializer.Deserialize(ref reader, itemInfo);
            }
            catch (JsonException exception)
            {
                throw CaseFormatException.InItem(exception, index);
            }

            if (item is null)
            {
                throw CaseFormatException.InItem(CaseFormatException.Because(FindingKind.NullValue), index);
            }

            (items ??= []).Add(item);
        }

        return items is null ? ValueList<T>.Empty : ValueList.From(items);
    }

    public override void Write(Utf8JsonWriter writer, ValueList<T> value, JsonSerializerOptions options)
    {
        var itemInfo = ItemInfo(options);
        writer.WriteStartArray();
        foreach (var item in value)
        {
            JsonSerializer.Serialize(writer, item, itemInfo);
        }

        writer.WriteEndArray();
    }

    private JsonTypeInfo<T> ItemInfo(JsonSerializerOptions options) => _itemInfo ??= (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
}

/// <summary>Creates the converter of each enum, multi-select and list type from <see cref="KnownConverters"/>.</summary>
/// <summary>The codes and labels of the enum a converter reads, for formats that are not JSON (the tables of <c>Tabular</c>).</summary>
internal interface ICodeList
{
    /// <summary>Gets the enum whose members are the codes.</summary>
    Type EnumType { get; }

    /// <summary>Gets the codes in report order.</summary>
    IReadOnlyList<string> Codes { get; }

    /// <summary>Gets the report labels, in the order of <see cref="Codes"/>.</summary>
    IReadOnlyList<string> CodeLabels { get; }
}

internal sealed class ModelConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => KnownConverters.ByType.ContainsKey(typeToConvert);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) => KnownConverters.ByType[typeToConvert]();
}

/// <summary>Reads and writes an identifier as a plain string, checked by the identifier's own rules.</summary>
internal abstract class IdentifierConverter<TId> : JsonConverter<TId> where TId : struct
{
    public override TId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw ConverterText.WrongType("a string", reader.TokenType);
        }

        // An identifier is at most 64 ASCII characters; anything much longer is refused before it is copied.
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length > 6 * 64)
        {
            throw CaseFormatException.Because(FindingKind.InvalidIdentifier);
        }

        try
        {
            return Create(reader.GetString()!);
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
        {
            throw CaseFormatException.Because(FindingKind.InvalidIdentifier, inner: exception);
        }
    }

    public override void Write(Utf8JsonWriter writer, TId value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());

    protected abstract TId Create(string text);
}

/// <summary>Converts <see cref="CaseId"/>.</summary>
internal sealed class CaseIdConverter : IdentifierConverter<CaseId>
{
    protected override CaseId Create(string text) => new(text);
}

/// <summary>Converts <see cref="ClientId"/>.</summary>
internal sealed class ClientIdConverter : IdentifierConverter<ClientId>
{
    protected override ClientId Create(string text) => new(text);
}

/// <summary>Converts <see cref="ServiceId"/>.</summary>
internal sealed class ServiceIdConverter : IdentifierConverter<ServiceId>
{
    protected override ServiceId Create(string text) => new(text);
}

/// <summary>Reads and writes a <see cref="DateOnly"/> as exactly <c>yyyy-MM-dd</c>.</summary>
internal sealed class DateConverter : JsonConverter<DateOnly>
{
    public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw ConverterText.WrongType("a date string written yyyy-MM-dd", reader.TokenType);
        }

        if (!reader.ValueIsEscaped && !reader.HasValueSequence && TryParse(reader.ValueSpan, out var date))
        {
            return date;
        }

        throw CaseFormatException.Because(FindingKind.InvalidDate);
    }

    public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options)
        => writer.WriteStringValue(value.ToString(CaseJson.DateFormat, CultureInfo.InvariantCulture));

    internal static bool TryParse(ReadOnlySpan<byte> text, out DateOnly date)
    {
        date = default;
        if (text.Length != 10 || text[4] != (byte)'-' || text[7] != (byte)'-'
            || !TryDigits(text[..4], out var year) || !TryDigits(text.Slice(5, 2), out var month) || !TryDigits(text.Slice(8, 2), out var day))
        {
            return false;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<byte> text, out int value)
    {
        value = 0;
        foreach (var b in text)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (b - '0');
        }

        return true;
    }
}

/// <summary>
/// Reads an optional whole number. The model's range checks run when the record is made; this only makes sure
/// the JSON is a whole number that fits, and says which of the two it is not.
/// </summary>
internal sealed class WholeNumberConverter : JsonConverter<int?>
{
    public override bool HandleNull => true;

    public override int? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.Number)
        {
            throw ConverterText.WrongType("a whole number", reader.TokenType);
        }

        if (reader.TryGetInt32(out var value))
        {
            return value;
        }

        var raw = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
        var hasFraction = raw.IndexOfAny((byte)'.', (byte)'e', (byte)'E') >= 0;
        throw CaseFormatException.Because(FindingKind.NotWholeNumber, hasFraction ? "written without a decimal point or exponent" : "that fits in 32 bits");
    }

    public override void Write(Utf8JsonWriter writer, int? value, JsonSerializerOptions options)
    {
        if (value is { } number)
        {
            writer.WriteNumberValue(number);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}

/// <summary>Reads a string, turning text that cannot be decoded (an escaped unpaired surrogate) into a finding.</summary>
internal sealed class TextConverter : JsonConverter<string>
{
    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw ConverterText.WrongType("a string", reader.TokenType);
        }

        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException exception)
        {
            throw CaseFormatException.Because(FindingKind.InvalidText, inner: exception);
        }
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
