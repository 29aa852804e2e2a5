using System.Text;

namespace Insights.Cli.Commands;

/// <summary>Writes a command's result to an --output file or to standard output.</summary>
internal static class OutputFiles
{
    /// <summary>UTF-8 without a byte order mark, so that files from every platform are byte-identical.</summary>
    internal static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Calls <paramref name="write"/> with a writer on <paramref name="path"/>, or on <paramref name="standardOutput"/>
    /// when the path is null. A file left half-written by a failure is deleted.
    /// </summary>
    /// <exception cref="CommandFailure">The file cannot be created or written (exit code 1).</exception>
    internal static void Write(string? path, TextWriter standardOutput, Action<TextWriter> write)
    {
        if (path is null)
        {
            write(standardOutput);
            standardOutput.Flush();
            return;
        }

        Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, Utf8, bufferSize: 1 << 16);
            write(writer);
        });
    }

    /// <inheritdoc cref="Write(string?, TextWriter, Action{TextWriter})"/>
    internal static void Write(string path, Action<Stream> write)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw CommandFailure.InvalidInput($"cannot create output file '{path}': {e.Message}", e);
        }

        try
        {
            using (stream)
            {
                write(stream);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(path);
            throw CommandFailure.InvalidInput($"writing output file '{path}' failed: {e.Message}", e);
        }
        catch
        {
            TryDelete(path);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The original failure is the one worth reporting; a leftover file is the lesser problem.
        }
    }
}
