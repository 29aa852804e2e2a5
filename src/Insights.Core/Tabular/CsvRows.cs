using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Insights.Core.Tabular;

/// <summary>One row of a CSV file: its cells, or why it cannot be read.</summary>
/// <param name="Line">The line the row starts on (1-based, blank lines counted).</param>
/// <param name="Offset">The byte offset of the row in the file.</param>
/// <param name="Length">The row's length in bytes, without its line end.</param>
/// <param name="Cells">The cells, <see langword="null"/> for an empty one; <see langword="null"/> when the row cannot be read.</param>
/// <param name="Problem">Why the row cannot be read, in a fixed wording; <see langword="null"/> when it can.</param>
/// <param name="FirstCell">The first cell even when the row cannot be read as a whole (to name its case), or <see langword="null"/>.</param>
internal readonly record struct CsvRow(long Line, long Offset, int Length, string?[]? Cells, string? Problem, string? FirstCell);

/// <summary>
/// Reads RFC 4180 CSV from UTF-8 bytes (a byte order mark is skipped; lines may end in CRLF, LF or CR): fields
/// separated by a delimiter, a field in double quotes may hold delimiters, line ends and doubled quotes. Written
/// here rather than taken from a package because the reader must know each row's starting line and byte offset
/// exactly, reject a row that is not valid UTF-8 or is over the size limit without failing the file, and never
/// put a cell into a message; none of that depends on a parser's error handling.
/// </summary>
internal static class CsvRows
{
    /// <summary>The longest row accepted, in bytes (1 MiB), as for a JSON Lines line.</summary>
    internal const int MaxRowBytes = 1 << 20;

    private static readonly SearchValues<byte> RowBreaks = SearchValues.Create("\"\n\r"u8);

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads every non-blank row of <paramref name="stream"/> (the header included) in order; a row of spaces, tabs or empty cells only is blank.</summary>
    internal static IEnumerable<CsvRow> Read(Stream stream, byte delimiter = (byte)',')
    {
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            var filled = 0;
            var width = 16;           // cells of the last row: the next row's list starts that big
            var start = 0;
            long offset = 0;          // file offset of buffer[0]
            long line = 1;
            var atEnd = false;
            var first = true;
            while (true)
            {
                // Find the end of the row that starts at `start`: a line end outside quotes.
                var inQuotes = false;
                var needMore = false;
                var i = start;
                var lines = 0;
                var end = -1;
                var endLength = 0;
                var tooLong = false;
                while (true)
                {
                    if (i >= filled || needMore)
                    {
                        needMore = false;
                        if (atEnd && i >= filled)
                        {
                            break;
                        }

                        // Keep the row in the buffer; grow it while the row is within the limit, else drop what was scanned.
                        if (i - start > MaxRowBytes)
                        {
                            tooLong = true;
                            offset += start;
                            var keep = filled - i;
                            Array.Copy(buffer, i, buffer, 0, keep);
                            filled = keep;
                            i = 0;
                            start = 0;
                        }
                        else if (start > 0)
                        {
                            Array.Copy(buffer, start, buffer, 0, filled - start);
                            offset += start;
                            i -= start;
                            filled -= start;
                            start = 0;
                        }

                        if (filled == buffer.Length)
                        {
                            var bigger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                            Array.Copy(buffer, bigger, filled);
                            ArrayPool<byte>.Shared.Return(buffer);
                            buffer = bigger;
                        }

                        var read = stream.Read(buffer, filled, buffer.Length - filled);
                        if (read == 0)
                        {
                            atEnd = true;
                        }

                        filled += read;
                        if (first && filled >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF)
                        {
                            start = i = 3;
                        }

                        if (filled >= 3 || atEnd)
                        {
                            first = false;
                        }

                        continue;
                    }

                    // Only quotes and line ends matter to where a row ends: skip to the next one (vectorized).
                    var next = buffer.AsSpan(i, filled - i).IndexOfAny(RowBreaks);
                    if (next < 0)
                    {
                        i = filled;
                        continue;
                    }

                    i += next;
                    var b = buffer[i];
                    if (b == (byte)'"' && inQuotes)
                    {
                        if (i + 1 >= filled && !atEnd)
                        {
                            // A quote at the end of what was read: read on to see whether it is doubled.
                            needMore = true;
                            continue;
                        }

                        if (i + 1 < filled && buffer[i + 1] == (byte)'"')
                        {
                            i++;
                        }
                        else
                        {
                            inQuotes = false;
                        }
                    }
                    else if (b == (byte)'"')
                    {
                        // A quote opens a quoted field only at the field's start; elsewhere the cell parser rejects it.
                        inQuotes = i == start || buffer[i - 1] == delimiter;
                    }
                    else if (b is (byte)'\n' or (byte)'\r')
                    {
                        var crlf = b == (byte)'\r' && i + 1 < filled && buffer[i + 1] == (byte)'\n';
                        if (b == (byte)'\r' && i + 1 >= filled && !atEnd)
                        {
                            // A CR at the end of what was read: read on to see whether an LF follows.
                            needMore = true;
                            continue;
                        }

                        if (!inQuotes)
                        {
                            end = i;
                            endLength = crlf ? 2 : 1;
                            break;
                        }

                        lines++;
                        if (crlf)
                        {
                            i++;
                        }
                    }

                    i++;
                }

                if (end < 0 && start >= filled && atEnd)
                {
                    yield break;
                }

                var rowEnd = end < 0 ? filled : end;
                var row = buffer.AsSpan(start, rowEnd - start);
                var rowOffset = offset + start;
                var rowLine = line;
                line += lines + 1;
                if (tooLong || row.Length > MaxRowBytes)
                {
                    yield return new CsvRow(rowLine, rowOffset, row.Length, null, "the row is longer than the limit of 1,048,576 bytes", FirstCellOf(row.Length > 4096 ? row[..4096] : row, delimiter));
                }
                else if (!IsBlank(row))
                {
                    // A row of empty cells only (",,,", as spreadsheets export) is blank too.
                    var parsed = Parse(rowLine, rowOffset, row, delimiter, inQuotes && end < 0, width);
                    width = Math.Max(width, parsed.Cells?.Length ?? 0);
                    if (parsed.Cells is null || parsed.Cells.Any(c => c is not null))
                    {
                        yield return parsed;
                    }
                }

                start = end < 0 ? filled : end + endLength;
                if (end < 0)
                {
                    yield break;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Parses the cells of one row, given its bytes without the line end.</summary>
    internal static CsvRow Parse(long line, long offset, ReadOnlySpan<byte> row, byte delimiter, bool unclosed = false, int width = 16)
    {
        if (!Utf8.IsValid(row))
        {
            return new CsvRow(line, offset, row.Length, null, "the row is not valid UTF-8 text", null);
        }

        if (unclosed)
        {
            return new CsvRow(line, offset, row.Length, null, "a quoted field is not closed before the end of the file", FirstCellOf(row, delimiter));
        }

        var cells = new List<string?>(width);
        var i = 0;
        var field = new StringBuilder();
        while (true)
        {
            field.Clear();
            if (i < row.Length && row[i] == (byte)'"')
            {
                i++;
                var from = i;
                while (true)
                {
                    var quote = row[i..].IndexOf((byte)'"');
                    if (quote < 0)
                    {
                        return new CsvRow(line, offset, row.Length, null, "a quoted field is not closed", cells.Count > 0 ? cells[0] : null);
                    }

                    field.Append(Strict.GetString(row.Slice(from, i + quote - from)));
                    i += quote + 1;
                    if (i < row.Length && row[i] == (byte)'"')
                    {
                        field.Append('"');
                        i++;
                        from = i;
                        continue;
                    }

                    break;
                }

                if (i < row.Length && row[i] != delimiter)
                {
                    return new CsvRow(line, offset, row.Length, null, "a quoted field has text after its closing quote", cells.Count > 0 ? cells[0] : null);
                }

                cells.Add(field.Length == 0 ? null : field.ToString());
            }
            else
            {
                var next = row[i..].IndexOf(delimiter);
                var text = next < 0 ? row[i..] : row.Slice(i, next);
                if (text.IndexOf((byte)'"') >= 0)
                {
                    return new CsvRow(line, offset, row.Length, null, "a field that is not in quotes has a quote in it", cells.Count > 0 ? cells[0] : null);
                }

                cells.Add(text.Length == 0 ? null : Strict.GetString(text));
                i += text.Length;
            }

            if (i >= row.Length)
            {
                return new CsvRow(line, offset, row.Length, [.. cells], null, cells[0]);
            }

            i++; // the delimiter
            if (i == row.Length)
            {
                cells.Add(null);
                return new CsvRow(line, offset, row.Length, [.. cells], null, cells[0]);
            }
        }
    }

    private static string? FirstCellOf(ReadOnlySpan<byte> row, byte delimiter)
    {
        var next = row.IndexOf(delimiter);
        var text = next < 0 ? row : row[..next];
        return text.Length is > 0 and <= 256 && Utf8.IsValid(text) && text.IndexOf((byte)'"') < 0 ? Strict.GetString(text) : null;
    }

    private static bool IsBlank(ReadOnlySpan<byte> row)
    {
        foreach (var b in row)
        {
            if (b is not ((byte)' ' or (byte)'\t'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Writes one row: a field is quoted when it holds the delimiter, a quote, a line end, or starts or ends with white space.</summary>
    internal static void Write(TextWriter writer, IReadOnlyList<string?> cells, char delimiter = ',')
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(delimiter);
            }

            var cell = cells[i];
            if (string.IsNullOrEmpty(cell))
            {
                continue;
            }

            if (cell.AsSpan().IndexOfAny(delimiter, '"', '\n') >= 0 || cell.Contains('\r', StringComparison.Ordinal) || char.IsWhiteSpace(cell[0]) || char.IsWhiteSpace(cell[^1]))
            {
                writer.Write('"');
                writer.Write(cell.Replace("\"", "\"\"", StringComparison.Ordinal));
                writer.Write('"');
            }
            else
            {
                writer.Write(cell);
            }
        }

        writer.Write("\r\n");
    }
}
