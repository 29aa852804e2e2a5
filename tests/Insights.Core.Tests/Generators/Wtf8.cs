using System.Text;

namespace Insights.Core.Tests.Generators;

/// <summary>
/// UTF-8 that also carries lone UTF-16 surrogates (WTF-8): a lone surrogate is written as its three-byte form
/// (U+D800 as ED A0 80), which strict UTF-8 forbids. Hostile lines are built as UTF-16 text, where a lone
/// surrogate is one char, and turned into bytes with <see cref="Encode"/>; <see cref="Decode"/> turns bytes back
/// into the text a <see cref="TextReader"/> would hand the reader (surrogate forms become lone surrogates again,
/// other invalid bytes become U+FFFD), so both entry points of the reader see the same line.
/// </summary>
public static class Wtf8
{
    /// <summary>Encodes text as UTF-8, writing each lone surrogate as its three-byte form.</summary>
    public static byte[] Encode(string text)
    {
        var bytes = new List<byte>(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            int c = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                c = char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
            }

            switch (c)
            {
                case < 0x80:
                    bytes.Add((byte)c);
                    break;
                case < 0x800:
                    bytes.Add((byte)(0xC0 | (c >> 6)));
                    bytes.Add((byte)(0x80 | (c & 0x3F)));
                    break;
                case < 0x10000:
                    bytes.Add((byte)(0xE0 | (c >> 12)));
                    bytes.Add((byte)(0x80 | ((c >> 6) & 0x3F)));
                    bytes.Add((byte)(0x80 | (c & 0x3F)));
                    break;
                default:
                    bytes.Add((byte)(0xF0 | (c >> 18)));
                    bytes.Add((byte)(0x80 | ((c >> 12) & 0x3F)));
                    bytes.Add((byte)(0x80 | ((c >> 6) & 0x3F)));
                    bytes.Add((byte)(0x80 | (c & 0x3F)));
                    break;
            }
        }

        return [.. bytes];
    }

    /// <summary>Decodes bytes leniently: valid UTF-8 and surrogate forms are decoded, any other byte is U+FFFD.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        var text = new StringBuilder(bytes.Length);
        var i = 0;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            var (length, minimum, initial) = b switch
            {
                < 0x80 => (1, 0, b),
                >= 0xC2 and < 0xE0 => (2, 0x80, b & 0x1F),
                >= 0xE0 and < 0xF0 => (3, 0x800, b & 0x0F),
                >= 0xF0 and < 0xF5 => (4, 0x10000, b & 0x07),
                _ => (0, 0, 0),
            };
            var c = initial;
            var valid = length > 0 && i + length <= bytes.Length;
            for (var k = 1; valid && k < length; k++)
            {
                valid = (bytes[i + k] & 0xC0) == 0x80;
                c = (c << 6) | (bytes[i + k] & 0x3F);
            }

            if (!valid || c < minimum || c > 0x10FFFF)
            {
                text.Append('\uFFFD');
                i++;
                continue;
            }

            if (c < 0x10000)
            {
                text.Append((char)c);
            }
            else
            {
                text.Append(char.ConvertFromUtf32(c));
            }

            i += length;
        }

        return text.ToString();
    }
}
