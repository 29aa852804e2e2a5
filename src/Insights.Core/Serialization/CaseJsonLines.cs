using System.Text;
using System.Text.Json;
using Insights.Core.Model;

namespace Insights.Core.Serialization;

/// <summary>
/// Writes cases as JSON Lines (docs/data-format.md): one case per line, no indentation, each line ended by
/// '\n', UTF-8 without a byte order mark. Answers that are missing (<see langword="null"/>) and empty lists are
/// left out. The same cases always give the same bytes. Read them back with <see cref="CaseReader"/>.
/// </summary>
public static class CaseJsonLines
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = false, SkipValidation = false };

    /// <summary>Returns one case as a single line of JSON (without the line break).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="case"/> is <see langword="null"/>.</exception>
    public static string Serialize(Case @case)
    {
        ArgumentNullException.ThrowIfNull(@case);
        return JsonSerializer.Serialize(@case, CaseJson.CaseInfo);
    }

    /// <summary>Writes <paramref name="cases"/> to <paramref name="utf8Output"/> as UTF-8 JSON Lines.</summary>
    /// <exception cref="ArgumentNullException">An argument or one of the cases is <see langword="null"/>.</exception>
    public static void Write(Stream utf8Output, IEnumerable<Case> cases)
    {
        ArgumentNullException.ThrowIfNull(utf8Output);
        ArgumentNullException.ThrowIfNull(cases);
        using var writer = new Utf8JsonWriter(utf8Output, WriterOptions);
        foreach (var c in cases)
        {
            ArgumentNullException.ThrowIfNull(c, nameof(cases));
            JsonSerializer.Serialize(writer, c, CaseJson.CaseInfo);
            writer.Flush();
            utf8Output.WriteByte((byte)'\n');
            writer.Reset();
        }
    }

    /// <summary>Writes <paramref name="cases"/> to <paramref name="output"/> as JSON Lines.</summary>
    /// <exception cref="ArgumentNullException">An argument or one of the cases is <see langword="null"/>.</exception>
    public static void Write(TextWriter output, IEnumerable<Case> cases)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(cases);
        foreach (var c in cases)
        {
            ArgumentNullException.ThrowIfNull(c, nameof(cases));
            output.Write(Serialize(c));
            output.Write('\n');
        }
    }

    /// <summary>Returns <paramref name="cases"/> as JSON Lines text.</summary>
    internal static string ToText(IEnumerable<Case> cases)
    {
        var builder = new StringBuilder();
        using (var writer = new StringWriter(builder, System.Globalization.CultureInfo.InvariantCulture))
        {
            Write(writer, cases);
        }

        return builder.ToString();
    }
}
