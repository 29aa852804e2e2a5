using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Insights.Cli.Tests.Commands;

/// <summary>One bookmark of a PDF: its title and the bookmarks under it, in order.</summary>
internal sealed record PdfBookmark(string Title, IReadOnlyList<PdfBookmark> Children);

/// <summary>
/// Reads a PDF's document outline (its bookmarks) as the PDF specification lays it out (ISO 32000-1, 12.3.3): the
/// catalogue's <c>/Outlines</c> dictionary names its <c>/First</c> item, each item its <c>/Next</c> sibling and its
/// own <c>/First</c> child. Only what Chromium writes is read: uncompressed objects (outline items are not put in
/// object streams) and titles as literal or hexadecimal strings (UTF-16BE with a byte-order mark, or PDFDocEncoding,
/// read as Latin-1, which agrees with it on the characters report titles use).
/// </summary>
internal static partial class PdfOutline
{
    internal static IReadOnlyList<PdfBookmark> Read(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var objects = new Dictionary<int, string>();
        foreach (Match match in IndirectObject().Matches(text))
        {
            objects[int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture)] = match.Groups["body"].Value;
        }

        var root = objects.Values.SingleOrDefault(o => OutlinesType().IsMatch(o))
            ?? throw new InvalidOperationException("The PDF has no document outline (/Type /Outlines).");
        return Items(objects, Reference(root, "First"));
    }

    private static List<PdfBookmark> Items(Dictionary<int, string> objects, int? first)
    {
        var items = new List<PdfBookmark>();
        var seen = new HashSet<int>();
        for (var current = first; current is { } number; current = Reference(objects[number], "Next"))
        {
            if (!seen.Add(number))
            {
                throw new InvalidOperationException($"The outline's /Next chain loops at object {number}.");
            }

            var item = objects[number];
            items.Add(new PdfBookmark(Title(item), Items(objects, Reference(item, "First"))));
        }

        return items;
    }

    private static int? Reference(string dictionary, string key)
    {
        var match = Regex.Match(dictionary, "/" + key + @"\s+(\d+)\s+0\s+R");
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    private static string Title(string item)
    {
        var hex = HexTitle().Match(item);
        if (hex.Success)
        {
            var bytes = Convert.FromHexString(hex.Groups[1].Value);
            return bytes is [0xFE, 0xFF, ..] ? Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2) : Encoding.Latin1.GetString(bytes);
        }

        var start = item.IndexOf("/Title", StringComparison.Ordinal);
        var open = start < 0 ? -1 : item.IndexOf('(', start);
        if (open < 0)
        {
            throw new InvalidOperationException("An outline item has no /Title.");
        }

        // A literal string: balanced parentheses, backslash escapes (ISO 32000-1, 7.3.4.2).
        var raw = new List<byte>();
        var depth = 1;
        for (var i = open + 1; i < item.Length; i++)
        {
            var c = item[i];
            if (c == '\\')
            {
                var next = item[++i];
                if (next is >= '0' and <= '7')
                {
                    var digits = 1;
                    while (digits < 3 && i + 1 < item.Length && item[i + 1] is >= '0' and <= '7')
                    {
                        i++;
                        digits++;
                    }

                    raw.Add((byte)Convert.ToInt32(item.Substring(i - digits + 1, digits), 8));
                    continue;
                }

                raw.Add((byte)(next switch { 'n' => '\n', 'r' => '\r', 't' => '\t', 'b' => '\b', 'f' => '\f', _ => next }));
                continue;
            }

            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0)
            {
                break;
            }

            raw.Add((byte)c);
        }

        var title = raw.ToArray();
        return title is [0xFE, 0xFF, ..] ? Encoding.BigEndianUnicode.GetString(title, 2, title.Length - 2) : Encoding.Latin1.GetString(title);
    }

    [GeneratedRegex(@"(?<n>\d+)\s+0\s+obj\s*<<(?<body>.*?)>>\s*endobj", RegexOptions.Singleline)]
    private static partial Regex IndirectObject();

    [GeneratedRegex(@"/Type\s*/Outlines\b")]
    private static partial Regex OutlinesType();

    [GeneratedRegex(@"/Title\s*<([0-9A-Fa-f\s]*)>")]
    private static partial Regex HexTitle();
}
