using System.Text;

namespace Insights.Core.Serialization;

/// <summary>
/// One physical line: its 1-based number, its UTF-8 bytes without the line break, its full length, and where its
/// bytes start in the stream (-1 for text input). When the line is longer than the cap only the first <c>cap</c>
/// bytes are kept and the rest is skipped unread into memory.
/// </summary>
internal readonly record struct RawLine(long Number, ReadOnlyMemory<byte> Bytes, long Length, bool TooLong, bool InvalidText, long Offset = -1);

/// <summary>A block of lines sharing one pooled buffer.</summary>
internal sealed class LineBlock(RawLine[] lines, byte[] buffer)
{
    private byte[]? _buffer = buffer;

    internal RawLine[] Lines { get; } = lines;

    /// <summary>Gives the buffer back to the pool; the lines' bytes must not be read afterwards.</summary>
    internal void Release()
    {
        if (Interlocked.Exchange(ref _buffer, null) is { } released)
        {
            LineSplitter.Return(released);
        }
    }
}

/// <summary>Splits input into lines on '\n' (a preceding '\r' is dropped) without ever buffering more than the cap.</summary>
internal static class LineSplitter
{
    private const int ChunkSize = 64 * 1024;
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    internal static IEnumerable<RawLine> Split(Stream stream, int maxBytes)
    {
        var chunk = new byte[ChunkSize];
        var line = new LineBuffer(maxBytes);
        long number = 1;
        long consumed = 0;
        long lineStart = 0;
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            var start = 0;
            while (start < read)
            {
                var newline = Array.IndexOf(chunk, (byte)'\n', start, read - start);
                var end = newline < 0 ? read : newline;
                line.Append(chunk.AsSpan(start, end - start));
                if (newline < 0)
                {
                    break;
                }

                yield return line.Take(number++, lineStart);
                start = newline + 1;
                lineStart = consumed + start;
            }

            consumed += read;
        }

        if (line.Length > 0)
        {
            yield return line.Take(number, lineStart);
        }
    }

    /// <summary>
    /// Splits input into blocks of lines that share one pooled buffer, with exactly the lines of
    /// <see cref="Split(Stream, int)"/> (numbers, bytes, lengths, offsets) but no copy per line. Blank lines are
    /// left out. Give each block back with <see cref="LineBlock.Release"/> once its lines' bytes are no longer read.
    /// </summary>
    internal static IEnumerable<LineBlock> SplitBlocks(Stream stream, int maxBytes, int blockBytes)
    {
        // A buffer holds at least one whole line of the longest accepted length next to the data already read.
        var size = Math.Max(blockBytes, (2 * maxBytes) + 2);
        var buffer = Pool.Rent(size);
        var filled = 0;
        var position = 0;
        long bufferOffset = 0;
        long number = 1;
        var lines = new List<RawLine>();
        var atEnd = false;
        while (true)
        {
            if (!atEnd && filled < buffer.Length)
            {
                var read = stream.Read(buffer, filled, buffer.Length - filled);
                if (read == 0)
                {
                    atEnd = true;
                }

                filled += read;
            }

            while (true)
            {
                var newline = Array.IndexOf(buffer, (byte)'\n', position, filled - position);
                if (newline < 0)
                {
                    break;
                }

                AddLine(lines, buffer, position, newline - position, newline - position, bufferOffset + position, number++, maxBytes);
                position = newline + 1;
            }

            var partial = filled - position;
            if (atEnd)
            {
                if (partial > 0)
                {
                    AddLine(lines, buffer, position, partial, partial, bufferOffset + position, number, maxBytes);
                }

                yield return new LineBlock([.. lines], buffer);
                yield break;
            }

            if (filled < buffer.Length)
            {
                continue;
            }

            // The buffer is full: its complete lines form a block, and the partial line moves to a fresh buffer.
            var next = Pool.Rent(size);
            if (partial > maxBytes)
            {
                // Longer than the cap: keep its first bytes, and skip the rest without holding it.
                var kept = buffer.AsSpan(position, maxBytes + 1).ToArray();
                var start = bufferOffset + position;
                long length = partial;
                filled = 0;
                int newlineAt;
                while (true)
                {
                    var read = stream.Read(next, 0, next.Length);
                    if (read == 0)
                    {
                        atEnd = true;
                        newlineAt = -1;
                        filled = 0;
                        break;
                    }

                    newlineAt = Array.IndexOf(next, (byte)'\n', 0, read);
                    if (newlineAt >= 0)
                    {
                        length += newlineAt;
                        filled = read;
                        break;
                    }

                    length += read;
                }

                if (lines.Count > 0)
                {
                    yield return new LineBlock([.. lines], buffer);
                    lines.Clear();
                }
                else
                {
                    Pool.Return(buffer);
                }

                AddLine(lines, kept, 0, kept.Length, length, start, number++, maxBytes);
                position = newlineAt < 0 ? 0 : newlineAt + 1;
                bufferOffset = start + length + 1 - position;
                buffer = next;
                if (atEnd)
                {
                    yield return new LineBlock([.. lines], buffer);
                    yield break;
                }

                continue;
            }

            buffer.AsSpan(position, partial).CopyTo(next);
            if (lines.Count > 0)
            {
                yield return new LineBlock([.. lines], buffer);
                lines.Clear();
            }
            else
            {
                Pool.Return(buffer);
            }

            bufferOffset += position;
            buffer = next;
            filled = partial;
            position = 0;
        }
    }

    internal static void Return(byte[] buffer) => Pool.Return(buffer);

    private static readonly System.Buffers.ArrayPool<byte> Pool = System.Buffers.ArrayPool<byte>.Create(maxArrayLength: 8 << 20, maxArraysPerBucket: 64);

    /// <summary>Adds one line read from <paramref name="bytes"/> (its full length being <paramref name="length"/>) as the stream splitter would.</summary>
    private static void AddLine(List<RawLine> lines, byte[] bytes, int start, int keptLength, long length, long offset, long number, int maxBytes)
    {
        var tooLong = length > maxBytes;
        var kept = Math.Min(keptLength, maxBytes);
        if (!tooLong && kept > 0 && bytes[start + kept - 1] == (byte)'\r')
        {
            kept--;
            length--;
        }

        var bom = number == 1 && bytes.AsSpan(start, kept).StartsWith(Bom) ? Bom.Length : 0;
        var line = new RawLine(number, bytes.AsMemory(start + bom, kept - bom), length - bom, tooLong, InvalidText: false, offset + bom);
        if (!LineParser.IsBlank(line))
        {
            lines.Add(line);
        }
    }

    internal static IEnumerable<RawLine> Split(TextReader reader, int maxBytes)
    {
        var chunk = new char[ChunkSize];
        var text = new StringBuilder();
        long length = 0;
        long number = 1;
        int read;
        while ((read = reader.Read(chunk, 0, chunk.Length)) > 0)
        {
            var start = 0;
            while (start < read)
            {
                var newline = Array.IndexOf(chunk, '\n', start, read - start);
                var end = newline < 0 ? read : newline;
                var count = end - start;

                // A UTF-16 char takes at most 3 UTF-8 bytes, so keeping maxBytes chars is always enough to tell.
                var room = Math.Max(0, maxBytes + 1 - text.Length);
                text.Append(chunk, start, Math.Min(count, room));
                length += count;
                if (newline < 0)
                {
                    break;
                }

                yield return Encode(number++, text, length, maxBytes);
                text.Clear();
                length = 0;
                start = newline + 1;
            }
        }

        if (length > 0)
        {
            yield return Encode(number, text, length, maxBytes);
        }
    }

    private static RawLine Encode(long number, StringBuilder text, long length, int maxBytes)
    {
        if (text.Length > 0 && text[^1] == '\r' && length == text.Length)
        {
            text.Length--;
            length--;
        }

        if (number == 1 && text.Length > 0 && text[0] == '\uFEFF')
        {
            text.Remove(0, 1);
            length--;
        }

        byte[] bytes;
        try
        {
            bytes = StrictUtf8.GetBytes(text.ToString());
        }
        catch (EncoderFallbackException)
        {
            return new RawLine(number, ReadOnlyMemory<byte>.Empty, length, TooLong: false, InvalidText: true);
        }

        return bytes.Length > maxBytes || length > text.Length
            ? new RawLine(number, bytes.AsMemory(0, Math.Min(bytes.Length, maxBytes)), Math.Max(length, bytes.Length), TooLong: true, InvalidText: false)
            : new RawLine(number, bytes, bytes.Length, TooLong: false, InvalidText: false);
    }

    /// <summary>Collects one line's bytes up to the cap; beyond it only the length is counted.</summary>
    private sealed class LineBuffer(int maxBytes)
    {
        private byte[] _bytes = new byte[Math.Min(maxBytes, 4096)];
        private int _kept;

        internal long Length { get; private set; }

        internal void Append(ReadOnlySpan<byte> part)
        {
            Length += part.Length;
            var room = Math.Min(part.Length, maxBytes - _kept);
            if (room <= 0)
            {
                return;
            }

            if (_kept + room > _bytes.Length)
            {
                Array.Resize(ref _bytes, Math.Min(maxBytes, Math.Max(_bytes.Length * 2, _kept + room)));
            }

            part[..room].CopyTo(_bytes.AsSpan(_kept));
            _kept += room;
        }

        internal RawLine Take(long number, long offset)
        {
            var length = Length;
            var kept = _kept;
            var tooLong = length > maxBytes;
            if (!tooLong && kept > 0 && _bytes[kept - 1] == (byte)'\r')
            {
                kept--;
                length--;
            }

            var bom = number == 1 && _bytes.AsSpan(0, kept).StartsWith(Bom) ? Bom.Length : 0;
            var copy = _bytes.AsSpan(bom, kept - bom).ToArray();
            _kept = 0;
            Length = 0;
            return new RawLine(number, copy, length - bom, tooLong, InvalidText: false, offset + bom);
        }
    }
}
