using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Insights.Core.Tests.Generators;

/// <summary>
/// Lines no honest writer produces: random bytes (never a line break), a valid line cut short, or a valid line
/// with one random edit (a character inserted, deleted or swapped for a JSON delimiter, a property added), which
/// reaches most kinds of finding: broken JSON, unknown properties and codes, bad identifiers, dates and numbers.
/// </summary>
public static class MutatedLines
{
    /// <summary>Characters an edit inserts: JSON punctuation, digits and letters, a backslash, non-ASCII and a line separator.</summary>
    private const string EditCharacters = "\"{}[],:0.5e-\\ xZ\u00E9\u2028\u202E\t";

    /// <summary>
    /// Generates a line that is never a valid case (unless it is blank): random bytes, or a line chosen by
    /// <paramref name="validLine"/> cut short.
    /// </summary>
    public static Gen<byte[]> Line(Gen<string> validLine) => Gen.OneOf(
        Gen.ArrayOf(Gen.Choose(0, 255).Select(b => b == '\n' ? (byte)'x' : (byte)b)),
        validLine.SelectMany(line => Gen.Choose(0, Math.Max(0, line.Length - 2)).Select(cut => Encoding.UTF8.GetBytes(line[..cut]))));

    /// <summary>Generates a hostile line as <see cref="Line"/> does, or a valid line with one random edit (which may still be valid).</summary>
    public static Gen<byte[]> LineOrEdit(Gen<string> validLine) => Gen.OneOf(
        Line(validLine),
        validLine.SelectMany(line => Gen.Choose(0, int.MaxValue).Select(seed => Encoding.UTF8.GetBytes(Edit(line, new Random(seed))))));

    /// <summary>Returns <paramref name="line"/> with one random edit; the result never holds a line break.</summary>
    public static string Edit(string line, Random random)
    {
        var at = random.Next(line.Length + 1);
        var edited = random.Next(5) switch
        {
            0 => line.Insert(at, EditCharacters[random.Next(EditCharacters.Length)].ToString()),
            1 when line.Length > 0 => line.Remove(Math.Min(at, line.Length - 1), 1),
            2 when line.Length > 0 => string.Concat(line.AsSpan(0, Math.Min(at, line.Length - 1)), EditCharacters[random.Next(EditCharacters.Length)].ToString(), line.AsSpan(Math.Min(at, line.Length - 1) + 1)),
            3 => AddProperty(line, random),
            _ => random.Next(2) == 0 ? ReplaceNth(line, "\":\"", "\":\"Zq9 ", random) : ReplaceNth(line, "\":", "\":-1", random),
        };
        return edited.Replace('\n', ' ');
    }

    private static string AddProperty(string line, Random random)
    {
        var objects = Enumerable.Range(0, line.Length).Where(i => line[i] == '{').ToArray();
        if (objects.Length == 0)
        {
            return line + "{";
        }

        var at = objects[random.Next(objects.Length)] + 1;
        string[] names = ["\"zq9 x\":1,", "\"age\":1,", "\"date\":\"2019-01-01\",", "\"levels\":{},", "\"id\":\"C-1\","];
        return line.Insert(at, names[random.Next(names.Length)]);
    }

    private static string ReplaceNth(string line, string find, string replacement, Random random)
    {
        var hits = new List<int>();
        for (var i = line.IndexOf(find, StringComparison.Ordinal); i >= 0; i = line.IndexOf(find, i + 1, StringComparison.Ordinal))
        {
            hits.Add(i);
        }

        if (hits.Count == 0)
        {
            return line + "]";
        }

        var at = hits[random.Next(hits.Count)];
        return string.Concat(line.AsSpan(0, at), replacement, line.AsSpan(at + find.Length));
    }
}
