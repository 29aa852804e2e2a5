using System.Text;

namespace Insights.Cli.Tests;

/// <summary>
/// A strict RFC 4180 reader used as the tests' oracle: records end with CRLF, fields are plain or wrapped in
/// double quotes (with doubled quotes inside); anything else throws <see cref="FormatException"/>.
/// </summary>
internal static class Csv
{
    internal static List<string[]> Parse(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new FormatException("Unterminated quoted field.");
                    }

                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(text[i++]);
                }
            }
            else
            {
                while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    if (text[i] == '"')
                    {
                        throw new FormatException($"A quote inside an unquoted field at offset {i}.");
                    }

                    field.Append(text[i++]);
                }
            }

            fields.Add(field.ToString());
            field.Clear();
            if (i >= text.Length)
            {
                throw new FormatException("The last record does not end with CRLF.");
            }

            switch (text[i])
            {
                case ',':
                    i++;
                    break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    records.Add([.. fields]);
                    fields.Clear();
                    i += 2;
                    break;
                default:
                    throw new FormatException($"A bare line break or stray character at offset {i}.");
            }
        }

        return records;
    }
}
