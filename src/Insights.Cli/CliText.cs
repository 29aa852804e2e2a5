using System.Globalization;
using System.Text;

namespace Insights.Cli;

/// <summary>Makes text that comes from outside the program (file paths, system messages) safe to print.</summary>
internal static class CliText
{
    /// <summary>
    /// Returns <paramref name="text"/> with every UTF-16 code unit outside printable ASCII (U+0020 to U+007E)
    /// written as <c>\uXXXX</c> (four upper-case hex digits), so that no name can start a new line, reorder a line
    /// (U+202E), drive a terminal or reach a console as half a character: a character outside the Basic
    /// Multilingual Plane becomes its two surrogates (<c>\uD83D\uDE00</c>), and a lone surrogate its one.
    /// A backslash followed by <c>u</c> is written as <c>\u005C</c>, so the result always decodes back to the
    /// input (reading <c>\u</c> and four hex digits as that code unit, any other character as itself); every
    /// other backslash is kept, so Windows paths stay readable.
    /// </summary>
    /// <returns>The text itself when it needs no escaping; otherwise a new string of printable ASCII only.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    internal static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.AsSpan().ContainsAnyExceptInRange(' ', '~') && !text.Contains("\\u", StringComparison.Ordinal))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var isEscapeLookalike = c == '\\' && i + 1 < text.Length && text[i + 1] == 'u';
            if (c is >= ' ' and <= '~' && !isEscapeLookalike)
            {
                builder.Append(c);
            }
            else
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Says why a file operation failed, in words that hold no unescaped outside text: a fixed phrase for the
    /// common causes, otherwise the system's message (which often quotes the path) escaped. It has no final full
    /// stop, so that it can end a sentence.
    /// </summary>
    internal static string Reason(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            FileNotFoundException => "it does not exist",
            DirectoryNotFoundException => "a folder on its path does not exist",
            PathTooLongException => "the path is too long",
            UnauthorizedAccessException => "permission denied",
            _ => Escape(exception.Message).TrimEnd('.', ' '),
        };
    }
}
