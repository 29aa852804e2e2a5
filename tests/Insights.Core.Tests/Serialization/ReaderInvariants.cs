using System.Globalization;
using System.Reflection;
using System.Text;
using Insights.Core.Model;
using Insights.Core.Serialization;

namespace Insights.Core.Tests.Serialization;

/// <summary>
/// The reader's contract on hostile input, checked the same way by the FsCheck properties
/// (HostileInputProperties), the tests of inputs the fuzzer found (FuzzFindingsTests) and the fuzz harness
/// (tests/Insights.Core.Fuzz links this file):
/// <list type="bullet">
/// <item>no exception escapes reading;</item>
/// <item>every non-blank line gives exactly one result, so read = accepted + rejected;</item>
/// <item>no message repeats 8 or more characters of its line (or of the planted secret), unless they are part of
/// the reported field path or case id, or of the reader's own vocabulary (the format's codes and property names,
/// which a reason may list whatever the line says), or all their letters and digits are whole such words of the
/// message (see <see cref="FindQuote"/>);</item>
/// <item>every message is printable ASCII (0x20 to 0x7E): anything else must be escaped.</item>
/// </list>
/// <see cref="MessagesOf"/> is the one place that knows what a result prints.
/// </summary>
internal static class ReaderInvariants
{
    /// <summary>The shortest run of a line's characters that counts as quoting it.</summary>
    internal const int Window = 8;

    private static readonly Lazy<(HashSet<string> Words, HashSet<string> Windows)> Vocabulary = new(BuildVocabulary);

    private static readonly PropertyInfo? WarningsProperty = typeof(ReadResult).GetProperty("Warnings");

    /// <summary>Which checks to run; the contract's last two are new, so a run can leave them out.</summary>
    [Flags]
    internal enum Checks
    {
        /// <summary>No exception, one result per non-blank line.</summary>
        Counts = 0,

        /// <summary>No message quotes the line.</summary>
        NoQuotes = 1,

        /// <summary>Every message is printable ASCII.</summary>
        PrintableAscii = 2,

        /// <summary>Every check.</summary>
        All = NoQuotes | PrintableAscii,
    }

    /// <summary>One thing the reader prints about a result, with the field path and case id it reports.</summary>
    internal readonly record struct Message(string Name, string Text, string Field, string? CaseId);

    /// <summary>
    /// Every message of one result: for a rejection its field, its reason and its one-line form, and the same for
    /// each warning about an accepted line. When the reader's result type changes (a <c>Finding</c> with
    /// Field/CaseId/Reason), this is the only method to adapt.
    /// </summary>
    internal static IEnumerable<Message> MessagesOf(ReadResult result)
    {
        if (result.Rejection is { } rejection)
        {
            yield return new Message("Field", rejection.Field, rejection.Field, rejection.CaseId);
            yield return new Message("Reason", rejection.Reason, rejection.Field, rejection.CaseId);
            yield return new Message("ToString()", rejection.ToString(), rejection.Field, rejection.CaseId);
        }

        foreach (var warning in WarningsOf(result))
        {
            var field = (string)warning.GetType().GetProperty("Field")!.GetValue(warning)!;
            var caseId = (string?)warning.GetType().GetProperty("CaseId")!.GetValue(warning);
            var reason = (string)warning.GetType().GetProperty("Reason")!.GetValue(warning)!;
            yield return new Message("warning Field", field, field, caseId);
            yield return new Message("warning Reason", reason, field, caseId);
            yield return new Message("warning ToString()", warning.ToString()!, field, caseId);
        }
    }

    /// <summary>
    /// The warnings about an accepted line. The serialization rewrite adds <c>ReadResult.Warnings</c> (findings
    /// with Field, CaseId and Reason); it is read by reflection so the checks cover warnings as soon as this code
    /// meets that reader, and compile before.
    /// </summary>
    private static IEnumerable<object> WarningsOf(ReadResult result)
        => WarningsProperty?.GetValue(result) is System.Collections.IEnumerable warnings ? warnings.Cast<object>() : [];

    /// <summary>Reads every result it can; an exception ends the list and is returned beside it.</summary>
    internal static (List<ReadResult> Results, Exception? Error) ReadAll(IEnumerable<ReadResult> read)
    {
        var results = new List<ReadResult>();
        try
        {
            foreach (var result in read)
            {
                results.Add(result);
            }

            return (results, null);
        }
        catch (Exception exception)
        {
            return (results, exception);
        }
    }

    /// <summary>Splits input into its physical lines (on '\n', as the reader does; no empty last line after a final break).</summary>
    internal static List<string> LinesOf(string text)
    {
        var lines = text.Split('\n').ToList();
        if (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }

    /// <summary>The 1-based numbers of the lines that are not blank (blank: only spaces, tabs and '\r'; a leading byte order mark is ignored).</summary>
    internal static List<long> NonBlankLineNumbers(IReadOnlyList<string> lines)
    {
        var numbers = new List<long>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = i == 0 && lines[i].StartsWith('\uFEFF') ? lines[i][1..] : lines[i];
            if (line.Any(c => c is not (' ' or '\t' or '\r')))
            {
                numbers.Add(i + 1);
            }
        }

        return numbers;
    }

    /// <summary>
    /// Checks one read of <paramref name="lines"/>: the results it gave, the exception that ended it (if any),
    /// and, as <paramref name="checks"/> asks, its messages. Returns what is wrong, one sentence each; shows
    /// text from the input only escaped and shortened (this is test output about generated data).
    /// </summary>
    internal static List<string> Check(IReadOnlyList<string> lines, List<ReadResult> results, Exception? error, Checks checks, string? secret = null)
        => [.. CheckRead(lines, results, error), .. CheckMessages(lines, results, checks, secret)];

    /// <summary>Checks that no exception escaped and that every non-blank line gave exactly one result.</summary>
    internal static List<string> CheckRead(IReadOnlyList<string> lines, List<ReadResult> results, Exception? error)
    {
        var problems = new List<string>();
        if (error is not null)
        {
            problems.Add($"an exception escaped reading after {results.Count} result(s): {error.GetType().FullName}: {Show(error.Message)}\n{error.StackTrace}");
        }

        if (error is null)
        {
            var expected = NonBlankLineNumbers(lines);
            var got = results.Select(r => r.LineNumber).ToList();
            if (!expected.SequenceEqual(got))
            {
                problems.Add($"non-blank lines {Numbers(expected)} gave results for lines {Numbers(got)}");
            }

            var summary = ReadSummary.Of(results);
            if (summary.Read != expected.Count || summary.Accepted != results.Count(r => r.IsAccepted) || summary.Rejected != results.Count(r => !r.IsAccepted))
            {
                problems.Add($"{expected.Count} non-blank lines but the summary says {summary}");
            }
        }

        foreach (var result in results.Where(r => r.IsAccepted == (r.Rejection is not null)))
        {
            problems.Add($"line {result.LineNumber}: a result must be either a case or a rejection");
        }

        return problems;
    }

    /// <summary>Checks the messages of every result, as <paramref name="checks"/> asks.</summary>
    internal static List<string> CheckMessages(IReadOnlyList<string> lines, List<ReadResult> results, Checks checks, string? secret = null)
    {
        var problems = new List<string>();
        foreach (var result in results)
        {

            var line = result.LineNumber >= 1 && result.LineNumber <= lines.Count ? lines[(int)result.LineNumber - 1] : string.Empty;
            var decoded = new Lazy<string>(() => DecodeEscapes(line));
            foreach (var message in MessagesOf(result))
            {
                if (checks.HasFlag(Checks.PrintableAscii) && FirstNotPrintable(message.Text) is { } at)
                {
                    problems.Add($"line {result.LineNumber}: {message.Name} has U+{(int)message.Text[at]:X4} at {at}, outside printable ASCII: {Show(message.Text)}");
                }

                if (checks.HasFlag(Checks.NoQuotes) && FindQuote(message, line, decoded, secret) is { } quoted)
                {
                    problems.Add($"line {result.LineNumber}: {message.Name} repeats {Show(quoted)} of the line: {Show(message.Text)}");
                }
            }
        }

        return problems;
    }

    /// <summary>The index of the first character outside 0x20..0x7E, or null.</summary>
    internal static int? FirstNotPrintable(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is < ' ' or > '~')
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>
    /// Finds a run of <see cref="Window"/> characters of the message that is in the line (as written, or with
    /// its JSON escapes decoded) or in the secret, and is not explained by the reader's own words. A run is
    /// explained when it is part of the reported field path or case id, or of a word of the reader's vocabulary
    /// (the format's codes and property names, which a reason may list whatever the line says), or when every
    /// letter and digit in it belongs to a whole word of the message that is such a name, a segment of the field
    /// path or the case id (so "profile " in "intake.profile has a value of the wrong JSON type" is not a quote
    /// of a line that happens to hold "profile "). Returns the run, or null.
    /// </summary>
    internal static string? FindQuote(Message message, string line, Lazy<string> decoded, string? secret)
    {
        var text = message.Text;
        bool[]? explained = null;
        for (var i = 0; i + Window <= text.Length; i++)
        {
            var window = text.Substring(i, Window);
            if (message.Field.Contains(window, StringComparison.Ordinal)
                || (message.CaseId?.Contains(window, StringComparison.Ordinal) ?? false)
                || Vocabulary.Value.Windows.Contains(window))
            {
                continue;
            }

            explained ??= ExplainedCharacters(message);
            var own = true;
            for (var k = i; own && k < i + Window; k++)
            {
                own = !char.IsLetterOrDigit(text[k]) || explained[k];
            }

            if (own)
            {
                continue;
            }

            if (line.Contains(window, StringComparison.Ordinal)
                || decoded.Value.Contains(window, StringComparison.Ordinal)
                || (secret?.Contains(window, StringComparison.Ordinal) ?? false))
            {
                return window;
            }
        }

        return null;
    }

    /// <summary>Marks the characters of whole words of the message that are vocabulary words, field path segments or the case id.</summary>
    private static bool[] ExplainedCharacters(Message message)
    {
        var text = message.Text;
        var explained = new bool[text.Length];
        for (var start = 0; start < text.Length;)
        {
            if (!char.IsLetterOrDigit(text[start]))
            {
                start++;
                continue;
            }

            var end = start;
            while (end < text.Length && char.IsLetterOrDigit(text[end]))
            {
                end++;
            }

            if (Vocabulary.Value.Words.Contains(text[start..end]))
            {
                Array.Fill(explained, true, start, end - start);
            }

            start = end;
        }

        var names = message.Field.Split('.', '[', ']', '\'', '"').Append(message.CaseId ?? string.Empty).Where(n => n.Length > 0);
        foreach (var name in names)
        {
            for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
            {
                var end = at + name.Length;
                if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
                {
                    Array.Fill(explained, true, at, name.Length);
                }
            }
        }

        return explained;
    }

    /// <summary>Shows text escaped to printable ASCII and at most 300 characters.</summary>
    internal static string Show(string text)
    {
        var shown = new StringBuilder("\"");
        foreach (var c in text.Length > 300 ? string.Concat(text.AsSpan(0, 300), "...") : text)
        {
            shown.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                >= ' ' and <= '~' => c.ToString(),
                _ => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
            });
        }

        return shown.Append('"').ToString();
    }

    private static string Numbers(List<long> numbers)
        => numbers.Count <= 20 ? "[" + string.Join(", ", numbers) + "]" : $"[{string.Join(", ", numbers.Take(20))}, ... ({numbers.Count})]";

    /// <summary>Decodes JSON string escapes wherever they are (best effort; the line need not be JSON).</summary>
    private static string DecodeEscapes(string line)
    {
        if (!line.Contains('\\', StringComparison.Ordinal))
        {
            return line;
        }

        var decoded = new StringBuilder(line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] != '\\' || i + 1 >= line.Length)
            {
                decoded.Append(line[i]);
                continue;
            }

            var next = line[i + 1];
            if (next == 'u' && i + 6 <= line.Length && int.TryParse(line.AsSpan(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            {
                decoded.Append((char)code);
                i += 5;
                continue;
            }

            decoded.Append(next switch { 'n' => '\n', 't' => '\t', 'r' => '\r', 'b' => '\b', 'f' => '\f', _ => next });
            i++;
        }

        return decoded.ToString();
    }

    /// <summary>The codes and property names of the format, and every run of <see cref="Window"/> characters of them.</summary>
    private static (HashSet<string> Words, HashSet<string> Windows) BuildVocabulary()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in typeof(Case).Assembly.GetExportedTypes().Where(t => t.Namespace == typeof(Case).Namespace))
        {
            if (type.IsEnum)
            {
                words.UnionWith(Enum.GetNames(type));
                continue;
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                words.Add(char.ToLowerInvariant(property.Name[0]) + property.Name[1..]);
            }
        }

        var windows = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            for (var i = 0; i + Window <= word.Length; i++)
            {
                windows.Add(word.Substring(i, Window));
            }
        }

        return (words, windows);
    }
}
