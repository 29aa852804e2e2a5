using System.Globalization;
using System.Text;

namespace Insights.Core.Serialization;

/// <summary>Makes text safe to print: anything outside printable ASCII cannot split a line, drive a terminal or reorder text.</summary>
internal static class Printable
{
    /// <summary>
    /// Returns <paramref name="text"/> with every character outside printable ASCII (U+0020 to U+007E) and every
    /// backslash written as a <c>\uXXXX</c> escape: control characters, line and paragraph separators, bidi
    /// controls, and each half of a surrogate pair (so a pair is never split into invalid text).
    /// </summary>
    internal static string Escape(string text)
    {
        var clean = true;
        foreach (var c in text)
        {
            if (c is < ' ' or > '~' or '\\')
            {
                clean = false;
                break;
            }
        }

        if (clean)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (c is < ' ' or > '~' or '\\')
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
