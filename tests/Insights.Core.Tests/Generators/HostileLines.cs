using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Insights.Core.Model;
using Insights.Core.Serialization;

namespace Insights.Core.Tests.Generators;

/// <summary>
/// FsCheck generators of hostile input for the reader, as an attacker (or a broken export) would write it:
/// random bytes, and valid case lines (<see cref="CaseJsonLines.Serialize"/> of generated cases) mutated with
/// astral characters, lone surrogates (raw bytes ED A0 80 and JSON escapes), other escapes, bidi controls,
/// U+2028/U+2029, control characters and NUL inside codes, ids, dates and property names; values up to 2 MB
/// (over the 1 MiB cap, and lines ending within a few bytes of it); duplicate keys; numbers such as 65.0,
/// 1e400 and -0; deep nesting; truncation; garbage. A secret (a made-up name and address, or random letters)
/// is planted in values, keys and garbage. Each input is built from one generated seed plus generated cases,
/// and shrinks by dropping lines and then cutting pieces out of a line.
/// </summary>
public static class HostileLines
{
    /// <summary>The reader's cap on a line, in bytes (docs/data-format.md).</summary>
    public const int MaxLineBytes = 1 << 20;

    private static readonly string[] Secrets =
    [
        "Jane Doe, 12 Acacia Avenue",
        "Mary O'Brien, flat 3, 5 Rose Lane",
        "Aisha Khan, 07700 900123",
        "Zofia Nowak, 221 Baker Street",
        "Siobhan Murphy of Ashgrove Close",
    ];

    /// <summary>Generates an input of 1 to 12 hostile lines (one input in 25 with a line near or over the 1 MiB cap) mixed with up to 6 valid lines and a few blank ones.</summary>
    public static Gen<HostileInput> Streams { get; } =
        from seed in Gen.Choose(0, int.MaxValue)
        from valid in CaseGenerators.Case.ListOf(6)
        from sources in CaseGenerators.Case.ListOf(12)
        select Stream(new Random(seed), [.. valid], [.. sources]);

    /// <summary>Generates an input of one hostile line of at most 2 KiB, half of them made from a minimal case (for cutting at every position).</summary>
    public static Gen<HostileInput> ShortLines { get; } =
        from seed in Gen.Choose(0, int.MaxValue)
        from source in Gen.OneOf(CaseGenerators.Case, CaseGenerators.Case.Select(c => SampleCases.Minimal(c.Id.Value, c.Client.Value, c.IntakeDate)))
        select Short(new Random(seed), source);

    /// <summary>Arbitrary hostile streams: <c>[Property(Arbitrary = [typeof(HostileLines.StreamArbitrary)])]</c>.</summary>
    public static class StreamArbitrary
    {
        public static Arbitrary<HostileInput> Input() => Arb.From(Streams, Shrink);
    }

    /// <summary>Arbitrary single short hostile lines: <c>[Property(Arbitrary = [typeof(HostileLines.ShortLineArbitrary)])]</c>.</summary>
    public static class ShortLineArbitrary
    {
        public static Arbitrary<HostileInput> Input() => Arb.From(ShortLines, Shrink);
    }

    /// <summary>
    /// Shrinks an input: first to each non-blank line alone, then by dropping one line, then by cutting a piece
    /// out of one line (halves first, down to single bytes; at most 120 candidates, so huge lines shrink too).
    /// </summary>
    public static IEnumerable<HostileInput> Shrink(HostileInput input)
    {
        var lines = input.Lines;
        if (lines.Count > 1)
        {
            foreach (var line in lines.Where(l => l.Bytes.Length > 0))
            {
                yield return input.WithLines([line with { CrLf = false }]);
            }

            for (var i = 0; i < lines.Count; i++)
            {
                yield return input.WithLines([.. lines.Take(i), .. lines.Skip(i + 1)]);
            }
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var bytes = lines[i].Bytes;
            var candidates = 0;
            for (var size = Math.Max(1, bytes.Length / 2); candidates < 120; size /= 2)
            {
                for (var start = 0; start < bytes.Length && candidates < 120; start += size, candidates++)
                {
                    byte[] cut = [.. bytes.AsSpan(0, start), .. bytes.AsSpan(Math.Min(bytes.Length, start + size))];
                    var kind = lines[i].Kind.EndsWith(", shrunk", StringComparison.Ordinal) ? lines[i].Kind : lines[i].Kind + ", shrunk";
                    var shrunk = lines[i] with { Bytes = cut, Kind = kind, PristineId = null };
                    yield return input.WithLines([.. lines.Take(i), shrunk, .. lines.Skip(i + 1)]);
                }

                if (size == 1)
                {
                    break;
                }
            }
        }
    }

    private static HostileInput Stream(Random random, Case[] valid, Case[] sources)
    {
        var secret = Secret(random);
        var lines = new List<InputLine>();
        var hostile = random.Next(1, 13);
        for (var i = 0; i < hostile; i++)
        {
            lines.Add(Hostile(random, sources[i], secret, allowHuge: false));
        }

        // One stream in 25 also has a line near or over the cap (they are slow to make and to read).
        if (random.Next(25) == 0)
        {
            lines.Add(random.Next(2) == 0 ? NearTheCap(random, CaseJsonLines.Serialize(sources[^1]), secret) : Hostile(random, sources[^1], secret, allowHuge: true));
        }

        var pristine = random.Next(0, 7);
        for (var i = 0; i < pristine; i++)
        {
            // Valid lines get ids no hostile line has ("V-" prefix), so each must be accepted.
            var c = valid[i] with { Id = new CaseId("V-" + i.ToString(CultureInfo.InvariantCulture)) };
            lines.Add(new InputLine(Encoding.UTF8.GetBytes(CaseJsonLines.Serialize(c)), "valid", c.Id.Value, CrLf: false));
        }

        for (var blanks = random.Next(0, 3); blanks > 0; blanks--)
        {
            lines.Add(new InputLine(Encoding.ASCII.GetBytes(Pick(random, "", " ", "\t", "\r", " \t \r")), "blank", null, CrLf: false));
        }

        lines = [.. lines.OrderBy(_ => random.Next())];
        lines = [.. lines.Select(l => random.Next(10) == 0 ? l with { CrLf = true } : l)];
        if (random.Next(20) == 0)
        {
            lines[0] = lines[0] with { Bytes = [0xEF, 0xBB, 0xBF, .. lines[0].Bytes], Kind = lines[0].Kind + "+bom" };
        }

        return new HostileInput(secret, lines, finalNewline: random.Next(10) < 7);
    }

    private static HostileInput Short(Random random, Case source)
    {
        var secret = Secret(random);
        InputLine line;
        do
        {
            line = Hostile(random, source, secret, allowHuge: false);
        }
        while (line.Bytes.Length is 0 or > 2048);

        return new HostileInput(secret, [line], finalNewline: false);
    }

    private static string Secret(Random random)
    {
        if (random.Next(2) == 0)
        {
            return Secrets[random.Next(Secrets.Length)];
        }

        const string Letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        var chars = new char[random.Next(12, 25)];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = i > 0 && i < chars.Length - 1 && random.Next(6) == 0 ? ' ' : Letters[random.Next(Letters.Length)];
        }

        return new string(chars);
    }

    /// <summary>Makes one hostile line from a valid case (or from nothing, for random bytes).</summary>
    private static InputLine Hostile(Random random, Case source, string secret, bool allowHuge)
    {
        var json = CaseJsonLines.Serialize(source);
        var roll = random.Next(100);
        if (roll < 8)
        {
            return new InputLine(RandomBytes(random, secret), "random-bytes", null, CrLf: false);
        }

        if (roll < 16)
        {
            var (wholeKind, whole) = WholeLine(random, json, secret);
            return Finish(random, whole, "line:" + wholeKind);
        }

        if (allowHuge && roll < 30)
        {
            return NearTheCap(random, json, secret);
        }

        var spans = JsonSpans.Parse(json);
        var edits = new List<(int Start, int End, string Text)>();
        var kinds = new List<string>();
        for (var count = random.Next(1, 4); count > 0; count--)
        {
            var (kind, edit) = Mutation(random, json, spans, secret, allowHuge);
            kinds.Add(kind);
            edits.Add(edit);
        }

        // Apply from the end so earlier spans stay where they are; an edit overlapping a later one is dropped.
        var text = json;
        var limit = int.MaxValue;
        foreach (var edit in edits.OrderByDescending(e => e.Start).ThenByDescending(e => e.End))
        {
            if (edit.End > limit)
            {
                continue;
            }

            text = string.Concat(text.AsSpan(0, edit.Start), edit.Text, text.AsSpan(edit.End));
            limit = edit.Start;
        }

        return Finish(random, text, string.Join("+", kinds));
    }

    /// <summary>Encodes the line, then sometimes cuts it short or plants raw bytes in it.</summary>
    private static InputLine Finish(Random random, string text, string kind)
    {
        if (random.Next(8) == 0 && text.Length > 1)
        {
            text = text[..random.Next(1, text.Length)];
            kind += "+cut";
        }

        var bytes = Wtf8.Encode(text);
        if (random.Next(8) == 0)
        {
            var at = random.Next(bytes.Length + 1);
            bytes = [.. bytes.AsSpan(0, at), .. RawBytes(random), .. bytes.AsSpan(at)];
            kind += "+raw-bytes";
        }

        if (random.Next(10) == 0 && bytes.Length > 1)
        {
            bytes = bytes[..random.Next(1, bytes.Length)];
            kind += "+byte-cut";
        }

        bytes = [.. bytes.Select(b => b == (byte)'\n' ? (byte)' ' : b)];
        return new InputLine(bytes, kind, null, CrLf: false);
    }

    private static (string Kind, (int Start, int End, string Text) Edit) Mutation(Random random, string json, List<JsonSpan> spans, string secret, bool allowHuge)
    {
        var members = spans.Where(s => s.IsMember).ToList();
        switch (random.Next(100))
        {
            case < 45:
            {
                // Inside a string: a code, an id, a date, a free-text name or a property name.
                var (target, start, end) = StringTarget(random, spans);
                var (payloadKind, payload) = Payload(random, secret, allowHuge);
                var middle = random.Next(start, end + 1);
                var (from, to) = random.Next(4) switch
                {
                    0 => (start, end),
                    1 => (start, start),
                    2 => (end, end),
                    _ => (middle, middle),
                };
                return ($"{target}:{payloadKind}", (from, to, payload));
            }

            case < 65:
            {
                // A value replaced by a hostile one.
                var numbers = spans.Where(s => s.Kind == JsonSpanKind.Number).ToList();
                var target = numbers.Count > 0 && random.Next(3) == 0 ? numbers[random.Next(numbers.Count)] : spans[random.Next(1, spans.Count)];
                var (valueKind, value) = HostileValue(random, secret, allowHuge);
                return ($"value({target.Key ?? "item"}):{valueKind}", (target.Start, target.End, value));
            }

            case < 78:
            {
                // A property given twice, the copy keeping the value or carrying a hostile one.
                var member = members[random.Next(members.Count)];
                var key = json[member.KeyStart..member.KeyEnd];
                var (valueKind, value) = random.Next(2) == 0 ? ("same", json[member.Start..member.End]) : HostileValue(random, secret, allowHuge);
                return random.Next(2) == 0
                    ? ($"duplicate({member.Key}):{valueKind}", (member.End, member.End, "," + key + ":" + value))
                    : ($"duplicate-first({member.Key}):{valueKind}", (member.KeyStart, member.KeyStart, key + ":" + value + ","));
            }

            case < 90:
            {
                // A property that does not exist, named with the secret or with hostile characters.
                var objects = spans.Where(s => s.Kind == JsonSpanKind.Object).ToList();
                var target = objects[random.Next(objects.Count)];
                var (keyKind, key) = random.Next(3) == 0 ? ("secret", secret) : Payload(random, secret, allowHuge);
                var (valueKind, value) = random.Next(2) == 0 ? ("1", "1") : HostileValue(random, secret, allowHuge);
                var separator = target.Children.Count > 0 ? "," : string.Empty;
                return ($"new-key:{keyKind}:{valueKind}", (target.Start + 1, target.Start + 1, "\"" + key + "\":" + value + separator));
            }

            default:
            {
                // Garbage between tokens.
                var at = random.Next(json.Length + 1);
                var garbage = Pick(random, secret, " " + secret + " ", ",", ":", "{", "}]", "\"", "\\", "'" + secret + "'", "/*" + secret + "*/", "\u00A0", "\u3000", "\uFEFF");
                return ("garbage", (at, at, garbage));
            }
        }
    }

    /// <summary>Picks the content span of a string token: a code, an id, a date, a name or a key (without its quotes).</summary>
    private static (string Target, int Start, int End) StringTarget(Random random, List<JsonSpan> spans)
    {
        string[] ids = ["id", "client"];
        string[] dates = ["intakeDate", "closureDate", "date"];
        var strings = spans.Where(s => s.Kind == JsonSpanKind.String).ToList();
        List<JsonSpan> pool;
        string target;
        switch (random.Next(5))
        {
            case 0:
                target = "id";
                pool = [.. strings.Where(s => ids.Contains(s.Key))];
                break;
            case 1:
                target = "date";
                pool = [.. strings.Where(s => dates.Contains(s.Key))];
                break;
            case 2:
                target = "name";
                pool = [.. strings.Where(s => s.Key == "name")];
                break;
            case 3:
                target = "key";
                var members = spans.Where(s => s.IsMember).ToList();
                var member = members[random.Next(members.Count)];
                return ($"key({member.Key})", member.KeyStart + 1, member.KeyEnd - 1);
            default:
                target = "code";
                pool = [.. strings.Where(s => s.Key is null || !(ids.Contains(s.Key) || dates.Contains(s.Key) || s.Key == "name"))];
                break;
        }

        var span = pool[random.Next(pool.Count)];
        return ($"{target}({span.Key ?? span.Parent?.Key ?? "item"})", span.Start + 1, span.End - 1);
    }

    /// <summary>Text to put inside a JSON string (raw characters or escapes): one to three hostile pieces.</summary>
    private static (string Kind, string Text) Payload(Random random, string secret, bool allowHuge)
    {
        var kinds = new List<string>();
        var text = new StringBuilder();
        for (var count = random.Next(1, 4); count > 0; count--)
        {
            var (kind, piece) = random.Next(allowHuge ? 15 : 14) switch
            {
                0 => ("astral", Pick(random, "\U0001F600", "\U0001F469\u200D\U0001F467", "\U0001D49C", "\U0001F4A9\U0001F4A9")),
                1 => ("escaped-astral", Pick(random, @"\ud83d\ude00", @"\uD83D\uDCA9", @"\uD835\uDC9C")),
                2 => ("raw-lone-surrogate", Pick(random, "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uDE00\uD83D")),
                3 => ("escaped-lone-surrogate", Pick(random, @"\ud800", @"\uDFFF", @"\ud800\u0041", @"\udc00\ud800", @"\ud83d", @"\uD83D\uD83D")),
                4 => ("escape", Pick(random, @"\n", @"\t", @"\""", @"\\", @"\/", @"\u0000", @"\u001b[31m", @"\u202e", @"\u2028", @"\b\f\r", @"\u00e9", @"\u0041")),
                5 => ("bad-escape", Pick(random, @"\x41", @"\u12", @"\q", @"\U0041", @"\u{41}", @"\")),
                6 => ("bidi", Pick(random, "\u202E", "\u202D", "\u2066", "\u2069", "\u200F", "\u061C", "\u200B", "\uFEFF")),
                7 => ("line-separator", Pick(random, "\u2028", "\u2029", "\u0085")),
                8 => ("control", Pick(random, "\u0001", "\u001B[2J", "\0", "\r", "\t", "\u007F", "\u000B", "\u000C", "\u0008")),
                9 => ("nul", "\0"),
                10 or 11 => ("secret", secret),
                12 => ("escaped-secret", EscapeAll(random, secret)),
                13 => ("break-out", Pick(random, "\",\"" + secret + "\":\"", "\"}" + secret, "\",\"x\":\"" + secret)),
                _ => ("long", Long(random, secret)),
            };
            kinds.Add(kind);
            text.Append(piece);
        }

        return (string.Join("&", kinds), text.ToString());
    }

    /// <summary>A JSON value (possibly broken) to put where a value belongs.</summary>
    private static (string Kind, string Text) HostileValue(Random random, string secret, bool allowHuge)
    {
        switch (random.Next(7))
        {
            case 0:
            case 1:
                return ("number", Pick(random, "65.0", "1e400", "-1e400", "-0", "-0.0", "0.0", "1E2", "1e-400", "01", "-", "+1", ".5", "5.",
                    "0x10", "NaN", "Infinity", "-Infinity", "99999999999999999999999", "1" + new string('0', 400), "12_000", "\u0661\u0662",
                    "65.0e0", "4.9e-324", "1.7976931348623157e309", "3.", "1e", "--1", "1.2.3"));
            case 2:
                var depth = allowHuge ? Pick(random, 33, 1000, 70_000) : Pick(random, 31, 32, 33, 64, 1000);
                var inner = "\"" + secret + "\"";
                var key = depth <= 64 ? secret : "k";
                var nested = random.Next(3) switch
                {
                    0 => new string('[', depth) + inner + new string(']', depth),
                    1 => new StringBuilder().Insert(0, "{\"" + key + "\":", depth).Append('1').Append('}', depth).ToString(),
                    _ => new StringBuilder().Insert(0, "[{\"a\":", depth).Append(inner).ToString(),
                };
                return ($"nested({depth.ToString(CultureInfo.InvariantCulture)})", nested);
            case 3:
                var (kind, payload) = Payload(random, secret, allowHuge);
                return ("string:" + kind, "\"" + payload + "\"");
            case 4:
                return ("object", random.Next(2) == 0 ? "{\"" + secret + "\":1}" : "{\"" + Payload(random, secret, allowHuge).Text + "\":\"" + secret + "\"}");
            case 5:
                return ("array", "[\"" + Payload(random, secret, allowHuge).Text + "\",1,{}]");
            default:
                return ("literal", Pick(random, "true", "null", "nul", "tru", "undefined", "None", secret.Replace(' ', '_'), "'" + secret + "'", string.Empty, "[", "{"));
        }
    }

    /// <summary>A line that is not a case at all (or a case with something around it).</summary>
    private static (string Kind, string Text) WholeLine(Random random, string json, string secret) => random.Next(14) switch
    {
        0 => ("secret", secret),
        1 => ("string", "\"" + secret + "\""),
        2 => ("array", "[\"" + secret + "\"]"),
        3 => ("key-only", "{\"" + secret + "\"}"),
        4 => ("id", "{\"id\":\"" + secret + "\"}"),
        5 => ("unquoted", "{" + secret + "}"),
        6 => ("before", secret + json),
        7 => ("after", json + secret),
        8 => ("two-objects", json + json),
        9 => ("trailing-comma", json + ","),
        10 => ("inner-bom", "\uFEFF" + json),
        11 => ("number", Pick(random, "1e400", "-0", "65.0")),
        12 => ("json-ish", JsonIsh(random, secret)),
        _ => ("nested", new string('[', 5000) + "\"" + secret + "\"" + new string(']', 5000)),
    };

    /// <summary>A valid line whose service name is stretched so the line ends a few bytes either side of the cap, with a multi-byte character last.</summary>
    private static InputLine NearTheCap(Random random, string json, string secret)
    {
        var name = JsonSpans.Parse(json).First(s => s.Key == "name");
        var last = Pick(random, "\u00E9", "\u20AC", "\U0001F600", "a");
        var delta = random.Next(-4, 5);
        var filler = MaxLineBytes + delta - json.Length - secret.Length - Encoding.UTF8.GetByteCount(last) + (name.End - name.Start - 2);
        var content = secret + new string('n', Math.Max(0, filler)) + last;
        var text = string.Concat(json.AsSpan(0, name.Start + 1), content, json.AsSpan(name.End - 1));
        var bytes = Wtf8.Encode(text);
        return new InputLine(bytes, $"near-cap({(bytes.Length - MaxLineBytes).ToString("+0;-0;0", CultureInfo.InvariantCulture)})", null, CrLf: false);
    }

    private static byte[] RandomBytes(Random random, string secret)
    {
        var bytes = new byte[random.Next(0, 120)];
        random.NextBytes(bytes);
        if (random.Next(2) == 0)
        {
            var at = random.Next(bytes.Length + 1);
            bytes = [.. bytes.AsSpan(0, at), .. Encoding.UTF8.GetBytes(secret), .. bytes.AsSpan(at)];
        }

        return [.. bytes.Select(b => b == (byte)'\n' ? (byte)'x' : b)];
    }

    /// <summary>Bytes that are not UTF-8 (or are, but unusual): surrogate forms, overlong forms, beyond U+10FFFF, stray continuation bytes.</summary>
    private static byte[] RawBytes(Random random) => random.Next(8) switch
    {
        0 => [0xED, 0xA0, 0x80],
        1 => [0xED, 0xBF, 0xBF],
        2 => [0xC0, 0x80],
        3 => [0xF4, 0x90, 0x80, 0x80],
        4 => [0x80],
        5 => [0xEF, 0xBF, 0xBE],
        6 => [0xEF, 0xBB, 0xBF],
        _ => [(byte)random.Next(0x80, 0x100), (byte)random.Next(0, 0x20)],
    };

    private static string JsonIsh(Random random, string secret)
    {
        const string Alphabet = "{}[]\":,0123456789-.eEtruefalsn \\u";
        var text = new StringBuilder();
        for (var length = random.Next(1, 60); length > 0; length--)
        {
            text.Append(random.Next(20) == 0 ? secret : Alphabet[random.Next(Alphabet.Length)].ToString());
        }

        return text.ToString();
    }

    private static string Long(Random random, string secret)
    {
        var length = Pick(random, 200, 70_000, MaxLineBytes - 100, MaxLineBytes + 100, 2_000_000);
        return secret + new string((char)random.Next('a', 'z' + 1), length);
    }

    /// <summary>Writes every character of <paramref name="text"/> (or every other one) as a JSON \u escape.</summary>
    private static string EscapeAll(Random random, string text)
    {
        var every = random.Next(1, 3);
        var escaped = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            escaped.Append(i % every == 0 ? string.Create(CultureInfo.InvariantCulture, $"\\u{(int)text[i]:x4}") : text[i].ToString());
        }

        return escaped.ToString();
    }

    private static T Pick<T>(Random random, params T[] choices) => choices[random.Next(choices.Length)];
}
