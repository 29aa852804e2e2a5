using System.Text;

namespace Insights.Core.Serialization;

/// <summary>
/// One physical line: its 1-based number, its UTF-8 bytes without the line break, its full length, and where its
/// bytes start in the stream (-1 for text input). When the line is longer than the cap only the first <c>cap</c>
/// bytes are kept and the rest is skipped unread into memory.
/// </summary>
/// <remarks>A record made from another format (a row of CSV tables) may come already rejected: <paramref name="Rejected"/>.</remarks>
internal readonly record struct RawLine(long Number, ReadOnlyMemory<byte> Bytes, long Length, bool TooLong, bool InvalidText, long Offset = -1, Finding? Rejected = null);

/// <summary>A block of lines sharing one pooled buffer with the other blocks cut from it.</summary>
internal sealed class LineBlock
{
    private SharedBuffer? _buffer;

    internal LineBlock(RawLine[] lines, SharedBuffer? buffer)
    {
        Lines = lines;
        _buffer = buffer;
        buffer?.AddReference();
    }

    internal RawLine[] Lines { get; }

    /// <summary>Gets what a source other than JSON Lines keeps for each line (the rows of CSV tables), for its own parse on the workers.</summary>
    internal object? Payload { get; init; }

    /// <summary>Gives up this block's hold on the buffer; the lines' bytes must not be read afterwards.</summary>
    internal void Release() => Interlocked.Exchange(ref _buffer, null)?.RemoveReference();
}

/// <summary>
/// A pooled buffer that several blocks of lines read: it goes back to the pool when the last of them, and the
/// splitter that fills it, let go.
/// </summary>
internal sealed class SharedBuffer
{
    private int _references = 1;

    internal SharedBuffer(byte[] bytes) => Bytes = bytes;

    internal byte[] Bytes { get; }

    internal void AddReference() => Interlocked.Increment(ref _references);

    /// <summary>Lets go of one hold; the last returns the buffer to the pool.</summary>
    internal void RemoveReference()
    {
        if (Interlocked.Decrement(ref _references) == 0)
        {
            LineSplitter.Return(Bytes);
        }
    }
}

/// <summary>Splits input into lines on '\n' (a preceding '\r' is dropped) without ever buffering more than the cap.</summary>
internal static class LineSplitter
{
    private const int ChunkSize = 64 * 1024;

    /// <summary>Bytes a line may have beyond its content: a byte order mark (line 1) and a '\r' before the '\n'.</summary>
    private const int Slack = 4;
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
    internal static IEnumerable<LineBlock> SplitBlocks(Stream stream, int maxBytes, int bufferBytes, int blockBytes)
    {
        // A buffer holds at least one whole line of the longest accepted length next to the data already read.
        var size = Math.Max(bufferBytes, (2 * maxBytes) + (2 * Slack));
        var buffer = Pool.Rent(size);
        var shared = new SharedBuffer(buffer);
        var blockStart = 0;
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

                AddLine(lines, buffer, position, newline - position, bufferOffset + position, number++, maxBytes);
                position = newline + 1;
                if (position - blockStart >= blockBytes && lines.Count > 0)
                {
                    // Blocks much smaller than the buffer keep few parsed cases waiting for their turn, so few
                    // survive a collection; they share the buffer.
                    yield return new LineBlock([.. lines], shared);
                    lines.Clear();
                    blockStart = position;
                }
            }

            var partial = filled - position;
            if (atEnd)
            {
                if (partial > 0)
                {
                    AddLine(lines, buffer, position, partial, bufferOffset + position, number, maxBytes);
                }

                yield return new LineBlock([.. lines], shared);
                shared.RemoveReference();
                yield break;
            }

            if (filled < buffer.Length)
            {
                continue;
            }

            // The buffer is full: its complete lines form a block, and the partial line moves to a fresh buffer.
            var next = Pool.Rent(size);
            if (partial > maxBytes + Slack)
            {
                // Longer than the cap even without a byte order mark and a final '\r': keep its first bytes, skip
                // the rest without holding it.
                var kept = buffer.AsSpan(position, maxBytes + Slack).ToArray();
                var start = bufferOffset + position;
                long length = partial;
                var last = buffer[filled - 1];
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
                        last = newlineAt > 0 ? next[newlineAt - 1] : last;
                        filled = read;
                        break;
                    }

                    length += read;
                    last = next[read - 1];
                }

                if (lines.Count > 0)
                {
                    yield return new LineBlock([.. lines], shared);
                    lines.Clear();
                }

                AddLine(lines, kept, 0, kept.Length, length, last == (byte)'\r', start, number++, maxBytes);
                position = newlineAt < 0 ? 0 : newlineAt + 1;
                blockStart = position;
                bufferOffset = start + length + 1 - position;
                buffer = next;
                shared.RemoveReference();
                shared = new SharedBuffer(next);
                if (atEnd)
                {
                    yield return new LineBlock([.. lines], shared);
                    shared.RemoveReference();
                    yield break;
                }

                continue;
            }

            buffer.AsSpan(position, partial).CopyTo(next);
            if (lines.Count > 0)
            {
                yield return new LineBlock([.. lines], shared);
                lines.Clear();
            }

            bufferOffset += position;
            buffer = next;
            shared.RemoveReference();
            shared = new SharedBuffer(next);
            blockStart = 0;
            filled = partial;
            position = 0;
        }
    }

    internal static void Return(byte[] buffer) => Pool.Return(buffer);

    private static readonly System.Buffers.ArrayPool<byte> Pool = System.Buffers.ArrayPool<byte>.Create(maxArrayLength: 8 << 20, maxArraysPerBucket: 64);

    /// <summary>Adds a line held whole in <paramref name="bytes"/> (its break not included) as the stream splitter would.</summary>
    private static void AddLine(List<RawLine> lines, byte[] bytes, int start, int length, long offset, long number, int maxBytes)
        => AddLine(lines, bytes, start, length, length, length > 0 && bytes[start + length - 1] == (byte)'\r', offset, number, maxBytes);

    /// <summary>
    /// Adds a line of <paramref name="length"/> bytes before its '\n', of which the first <paramref name="available"/>
    /// are in <paramref name="bytes"/>: its content is those bytes less a final '\r' and, on line 1, a byte order mark.
    /// </summary>
    private static void AddLine(List<RawLine> lines, byte[] bytes, int start, int available, long length, bool endsWithCr, long offset, long number, int maxBytes)
    {
        var bom = number == 1 && bytes.AsSpan(start, Math.Min(available, Bom.Length)).SequenceEqual(Bom) ? Bom.Length : 0;
        var content = length - bom - (endsWithCr ? 1 : 0);
        var tooLong = content > maxBytes;
        var kept = (int)Math.Min(Math.Min(available - bom, content), maxBytes);
        var line = new RawLine(number, bytes.AsMemory(start + bom, kept), content, tooLong, InvalidText: false, offset + bom);
        if (!LineParser.IsBlank(line))
        {
            lines.Add(line);
        }
    }

    internal static IEnumerable<RawLine> Split(TextReader reader, int maxBytes)
    {
        var chunk = new char[ChunkSize];
        var text = new StringBuilder();
        var counter = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false).GetEncoder();
        long chars = 0;
        long bytes = 0;
        var last = '\0';
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

                // A char takes at least one UTF-8 byte, so keeping a few more chars than the cap is always enough to
                // tell a line that fits from one that does not; beyond that only its UTF-8 length is counted.
                var room = (int)Math.Max(0, maxBytes + Slack - text.Length);
                text.Append(chunk, start, Math.Min(count, room));
                bytes += counter.GetByteCount(chunk, start, count, flush: false);
                chars += count;
                if (count > 0)
                {
                    last = chunk[end - 1];
                }

                if (newline < 0)
                {
                    break;
                }

                bytes += counter.GetByteCount([], 0, 0, flush: true);
                yield return Encode(number++, text, chars, bytes, last, maxBytes);
                counter.Reset();
                text.Clear();
                chars = 0;
                bytes = 0;
                last = '\0';
                start = newline + 1;
            }
        }

        if (chars > 0)
        {
            bytes += counter.GetByteCount([], 0, 0, flush: true);
            yield return Encode(number, text, chars, bytes, last, maxBytes);
        }
    }

    /// <summary>Makes the line of <paramref name="chars"/> chars (<paramref name="bytes"/> UTF-8 bytes), of which <paramref name="text"/> holds the first.</summary>
    private static RawLine Encode(long number, StringBuilder text, long chars, long bytes, char last, int maxBytes)
    {
        var whole = chars == text.Length;
        var bom = number == 1 && text.Length > 0 && text[0] == '\uFEFF';
        var content = bytes - (bom ? Bom.Length : 0) - (last == '\r' ? 1 : 0);
        if (whole && last == '\r')
        {
            text.Length--;
        }

        if (bom)
        {
            text.Remove(0, 1);
        }

        if (!whole && text.Length > 0 && char.IsHighSurrogate(text[^1]))
        {
            // The kept part ends inside a surrogate pair whose second half was not kept: it is cut, not unpaired.
            text.Length--;
        }

        byte[] encoded;
        try
        {
            encoded = StrictUtf8.GetBytes(text.ToString());
        }
        catch (EncoderFallbackException)
        {
            return new RawLine(number, ReadOnlyMemory<byte>.Empty, content, TooLong: false, InvalidText: true);
        }

        return content > maxBytes
            ? new RawLine(number, encoded.AsMemory(0, Math.Min(encoded.Length, maxBytes)), content, TooLong: true, InvalidText: false)
            : new RawLine(number, encoded, encoded.Length, TooLong: false, InvalidText: false);
    }

    /// <summary>Collects one line's bytes up to the cap; beyond it only the length is counted.</summary>
    private sealed class LineBuffer(int maxBytes)
    {
        private byte[] _bytes = new byte[Math.Min(maxBytes + Slack, 4096)];
        private int _kept;
        private byte _last;

        internal long Length { get; private set; }

        internal void Append(ReadOnlySpan<byte> part)
        {
            Length += part.Length;
            if (part.Length > 0)
            {
                _last = part[^1];
            }

            // A few bytes more than the cap are kept, so a line of exactly the cap with a byte order mark before it
            // and a '\r' after it is still whole.
            var room = Math.Min(part.Length, maxBytes + Slack - _kept);
            if (room <= 0)
            {
                return;
            }

            if (_kept + room > _bytes.Length)
            {
                Array.Resize(ref _bytes, Math.Min(maxBytes + Slack, Math.Max(_bytes.Length * 2, _kept + room)));
            }

            part[..room].CopyTo(_bytes.AsSpan(_kept));
            _kept += room;
        }

        internal RawLine Take(long number, long offset)
        {
            var bom = number == 1 && _bytes.AsSpan(0, Math.Min(_kept, Bom.Length)).SequenceEqual(Bom) ? Bom.Length : 0;
            var content = Length - bom - (Length > 0 && _last == (byte)'\r' ? 1 : 0);
            var tooLong = content > maxBytes;
            var kept = (int)Math.Min(Math.Min(_kept - bom, content), maxBytes);
            var copy = _bytes.AsSpan(bom, kept).ToArray();
            _kept = 0;
            Length = 0;
            return new RawLine(number, copy, content, tooLong, InvalidText: false, offset + bom);
        }
    }
}
