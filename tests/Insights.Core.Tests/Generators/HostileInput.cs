using System.Globalization;
using System.Text;

namespace Insights.Core.Tests.Generators;

/// <summary>
/// One physical line of a generated input, without its line break.
/// </summary>
/// <param name="Bytes">The line's bytes (never '\n'; may be invalid UTF-8).</param>
/// <param name="Kind">How the line was made, e.g. <c>code+escaped-lone-surrogate</c> or <c>valid</c>.</param>
/// <param name="PristineId">For a line the writer produced and nothing changed, its case id; otherwise null.</param>
/// <param name="CrLf">Whether the line ends with "\r\n" rather than "\n".</param>
public sealed record InputLine(byte[] Bytes, string Kind, string? PristineId, bool CrLf)
{
    /// <summary>Gets the line as the text a <see cref="TextReader"/> hands the reader.</summary>
    public string Text => Wtf8.Decode(Bytes);
}

/// <summary>
/// A generated input file: hostile lines mixed with valid lines and blank lines, and the secret (a made-up name
/// and address) planted in it, which no message may repeat. <see cref="ToString"/> shows every line as an
/// escaped C# string (invalid bytes as <c>\xNN</c>, long runs of one character counted), so a shrunk
/// counterexample can be copied into a test.
/// </summary>
public sealed class HostileInput
{
    private byte[]? _bytes;

    public HostileInput(string secret, IReadOnlyList<InputLine> lines, bool finalNewline)
    {
        Secret = secret;
        Lines = lines;
        FinalNewline = finalNewline;
    }

    /// <summary>Gets the secret planted in values, keys and garbage of the hostile lines.</summary>
    public string Secret { get; }

    /// <summary>Gets the physical lines, in order.</summary>
    public IReadOnlyList<InputLine> Lines { get; }

    /// <summary>Gets whether the last line ends with a line break.</summary>
    public bool FinalNewline { get; }

    /// <summary>Gets the whole input as bytes (what <c>CaseReader.Read(Stream)</c> gets).</summary>
    public byte[] Bytes => _bytes ??= Join();

    /// <summary>Gets the whole input as text (what <c>CaseReader.Read(TextReader)</c> gets).</summary>
    public string Text => Wtf8.Decode(Bytes);

    /// <summary>Returns a copy with other lines.</summary>
    public HostileInput WithLines(IReadOnlyList<InputLine> lines) => new(Secret, lines, FinalNewline);

    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"secret {Show(Encoding.UTF8.GetBytes(Secret))}, {Lines.Count} line(s){(FinalNewline ? string.Empty : ", no final line break")}:");
        for (var i = 0; i < Lines.Count; i++)
        {
            var line = Lines[i];
            text.Append(CultureInfo.InvariantCulture, $"\n  {i + 1} [{line.Kind}{(line.CrLf ? ", CRLF" : string.Empty)}, {line.Bytes.Length:N0} bytes] {Show(line.Bytes)}");
        }

        return text.ToString();
    }

    /// <summary>
    /// Shows bytes as a C# string literal: printable ASCII as is, other characters as <c>\uXXXX</c> (lone
    /// surrogates included), bytes that are not UTF-8 as <c>\xNN</c>; a run of more than 16 equal characters is
    /// shown as <c>{'a' x 1,048,000}</c>; more than 400 shown characters are cut in the middle.
    /// </summary>
    public static string Show(ReadOnlySpan<byte> bytes)
    {
        var pieces = new List<string>();
        var i = 0;
        while (i < bytes.Length)
        {
            var length = SequenceLength(bytes[i..]);
            if (length == 0)
            {
                pieces.Add(string.Create(CultureInfo.InvariantCulture, $"\\x{bytes[i]:X2}"));
                i++;
                continue;
            }

            var text = Wtf8.Decode(bytes.Slice(i, length));
            pieces.Add(text.Length == 1 ? Escape(text[0]) : $"\\U{char.ConvertToUtf32(text[0], text[1]):X8}");
            i += length;
        }

        var shown = new StringBuilder("\"");
        for (var p = 0; p < pieces.Count;)
        {
            var run = 1;
            while (p + run < pieces.Count && pieces[p + run] == pieces[p])
            {
                run++;
            }

            if (run > 16)
            {
                shown.Append(CultureInfo.InvariantCulture, $"{{'{pieces[p]}' x {run:N0}}}");
            }
            else
            {
                for (var k = 0; k < run; k++)
                {
                    shown.Append(pieces[p]);
                }
            }

            p += run;
        }

        shown.Append('"');
        return shown.Length <= 400
            ? shown.ToString()
            : string.Create(CultureInfo.InvariantCulture, $"{shown.ToString(0, 150)} ...({shown.Length - 300:N0} shown chars cut)... {shown.ToString(shown.Length - 150, 150)}");
    }

    private static string Escape(char c) => c switch
    {
        '\\' => "\\\\",
        '"' => "\\\"",
        '\r' => "\\r",
        '\t' => "\\t",
        '\0' => "\\0",
        >= ' ' and <= '~' => c.ToString(),
        _ => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
    };

    /// <summary>The length of the UTF-8 (or lone surrogate) sequence at the start of <paramref name="bytes"/>, or 0 when it is not one.</summary>
    private static int SequenceLength(ReadOnlySpan<byte> bytes)
    {
        var b = bytes[0];
        var length = b switch
        {
            < 0x80 => 1,
            >= 0xC2 and < 0xE0 => 2,
            >= 0xE0 and < 0xF0 => 3,
            >= 0xF0 and < 0xF5 => 4,
            _ => 0,
        };
        if (length == 0 || length > bytes.Length)
        {
            return 0;
        }

        for (var k = 1; k < length; k++)
        {
            if ((bytes[k] & 0xC0) != 0x80)
            {
                return 0;
            }
        }

        var decoded = Wtf8.Decode(bytes[..length]);
        return decoded.Contains('\uFFFD', StringComparison.Ordinal) && !(length == 3 && b == 0xEF && bytes[1] == 0xBF && bytes[2] == 0xBD) ? 0 : length;
    }

    private byte[] Join()
    {
        var all = new List<byte>();
        for (var i = 0; i < Lines.Count; i++)
        {
            all.AddRange(Lines[i].Bytes);
            if (i < Lines.Count - 1 || FinalNewline)
            {
                if (Lines[i].CrLf)
                {
                    all.Add((byte)'\r');
                }

                all.Add((byte)'\n');
            }
        }

        return [.. all];
    }
}
