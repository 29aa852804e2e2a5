using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Insights.Cli.Commands;

/// <summary>
/// Writes a command's result to an --output file or to standard output, so that no run can destroy a file: a
/// regular file is written to a temporary file beside it and renamed into place only once complete; a device,
/// FIFO or socket is written to directly; an output that is one of the run's inputs is refused before anything
/// is written.
/// </summary>
internal static partial class OutputFiles
{
    /// <summary>UTF-8 without a byte order mark, so that files from every platform are byte-identical.</summary>
    internal static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private const int BufferSize = 1 << 16;

    /// <summary>Bytes a temporary file's name adds to the target's: a dot, a dot, 12 hex digits and ".tmp".</summary>
    private const int TemporarySuffixBytes = 18;

    /// <summary>The longest file name (in UTF-8 bytes) most file systems accept.</summary>
    private const int MaxNameBytes = 255;

    /// <summary>The signals that end the process by default and that a person or a supervisor sends to stop a run.</summary>
    private static readonly PosixSignal[] StopSignals = [PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGQUIT];

    /// <summary>
    /// Calls <paramref name="write"/> with a writer on <paramref name="path"/> (see
    /// <see cref="Write(string, Action{Stream}, IReadOnlyList{string})"/>), or on <paramref name="standardOutput"/>
    /// when the path is null.
    /// </summary>
    /// <param name="path">The --output path, or null for standard output.</param>
    /// <param name="standardOutput">Where to write without a path.</param>
    /// <param name="write">Writes the result; the writer encodes UTF-8 without a byte order mark.</param>
    /// <param name="inputs">The files the run reads; an output that is one of them is refused.</param>
    /// <exception cref="CommandFailure">
    /// The output is one of <paramref name="inputs"/> (exit code 2), or the file cannot be created or written
    /// (exit code 1).
    /// </exception>
    internal static void Write(string? path, TextWriter standardOutput, Action<TextWriter> write, IReadOnlyList<string> inputs)
    {
        ArgumentNullException.ThrowIfNull(standardOutput);
        ArgumentNullException.ThrowIfNull(write);
        ArgumentNullException.ThrowIfNull(inputs);
        if (path is null)
        {
            write(standardOutput);
            standardOutput.Flush();
            return;
        }

        Write(path, stream =>
        {
            // The stream stays open so that the caller can flush it to disk before renaming.
            using var writer = new StreamWriter(stream, Utf8, BufferSize, leaveOpen: true);
            write(writer);
        }, inputs);
    }

    /// <summary>
    /// Calls <paramref name="write"/> with a stream that ends up at <paramref name="path"/>.
    /// <list type="bullet">
    /// <item>A regular file, or a path where nothing exists yet, is written to a new temporary file
    /// <c>.NAME.RANDOM.tmp</c> in the same folder (created exclusively, owner-only on Unix), flushed to disk and
    /// renamed over the target only when <paramref name="write"/> returned. On any failure, exception or stop
    /// signal (SIGINT, SIGTERM, SIGHUP, SIGQUIT) the temporary file is deleted and the target is as it was. A
    /// replaced file keeps its permissions; a new one is readable by its owner only. A symbolic link is written
    /// through: its final target is replaced and the link kept.</item>
    /// <item>A device, FIFO or socket (<c>/dev/null</c>, <c>/dev/stdout</c>, a named pipe), where a rename
    /// cannot work, is opened as it is and written to directly, shared with other writers; nothing is ever
    /// deleted.</item>
    /// </list>
    /// </summary>
    /// <param name="path">The --output path as given.</param>
    /// <param name="write">Writes the result.</param>
    /// <param name="inputs">The files the run reads; an output that is one of them is refused.</param>
    /// <exception cref="CommandFailure">
    /// The output is one of <paramref name="inputs"/> (exit code 2), or the file cannot be created or written
    /// (exit code 1). Exceptions thrown by <paramref name="write"/> other than I/O failures propagate unchanged,
    /// after the temporary file is deleted.
    /// </exception>
    internal static void Write(string path, Action<Stream> write, IReadOnlyList<string> inputs)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(write);
        ArgumentNullException.ThrowIfNull(inputs);
        var shown = CliText.Escape(path);

        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw CannotCreate(shown, e);
        }

        // Stat follows symbolic links, so a link to /dev/null counts as the device and a link to the input as the input.
        var status = FileProbe.Stat(full);
        RefuseInputAsOutput(full, shown, status, inputs);

        switch (status.Kind)
        {
            case FileKind.Directory:
                throw CommandFailure.InvalidInput($"cannot create output file '{shown}': it is a directory.");
            case FileKind.Other:
                WriteDirectly(full, shown, write);
                break;
            case FileKind.Regular when NamesAnOpenDescriptor(full):
                // /dev/stdout redirected to a file: the shell's descriptor decides where the bytes go (and
                // whether they append), which a rename of the file would bypass.
                WriteDirectly(full, shown, write);
                break;
            default:
                WriteReplacing(FinalTarget(full, shown), replaces: status.Kind == FileKind.Regular, shown, write);
                break;
        }
    }

    /// <summary>
    /// Refuses, as wrong usage (exit code 2), an output path that names one of <paramref name="inputs"/>; commands
    /// call it before reading, so that nothing is read in vain. <see cref="Write(string, Action{Stream}, IReadOnlyList{string})"/> checks again.
    /// </summary>
    /// <exception cref="CommandFailure">The output is one of the inputs.</exception>
    internal static void RefuseInputAsOutput(string? path, IReadOnlyList<string> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (path is null || inputs.Count == 0)
        {
            return;
        }

        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            // Not a path at all: Write reports it as an output that cannot be created.
            return;
        }

        RefuseInputAsOutput(full, CliText.Escape(path), FileProbe.Stat(full), inputs);
    }

    private static void RefuseInputAsOutput(string full, string shown, FileStatus status, IReadOnlyList<string> inputs)
    {
        if (status.Kind == FileKind.Regular && inputs.Any(input => FileProbe.IsSameFile(input, full)))
        {
            throw CommandFailure.WrongUsage($"the output '{shown}' is the input file; choose another output path.");
        }
    }

    /// <summary>
    /// Returns the file a symbolic link finally points to (which may not exist yet), or the path itself when it
    /// is no link: the rename then replaces that file and keeps the link, as writing through the link would.
    /// </summary>
    private static string FinalTarget(string fullPath, string shown)
    {
        try
        {
            var info = new FileInfo(fullPath);
            return info.LinkTarget is null ? fullPath : Path.GetFullPath(info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw CannotCreate(shown, e);
        }
    }

    private static void WriteDirectly(string path, string shown, Action<Stream> write)
    {
        FileStream stream;
        try
        {
            // Shared, because several runs may write to /dev/null at once; FileShare.None takes an exclusive
            // lock on the device that makes all but one of them fail.
            stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, BufferSize);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw CannotCreate(shown, e);
        }

        try
        {
            write(stream);
            stream.Flush();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            DisposeQuietly(stream);
            throw WritingFailed(shown, e);
        }
        catch
        {
            DisposeQuietly(stream);
            throw;
        }

        stream.Dispose();
    }

    private static void WriteReplacing(string target, bool replaces, string shown, Action<Stream> write)
    {
        var folder = Path.GetDirectoryName(target) ?? throw CommandFailure.InvalidInput($"cannot create output file '{shown}': it is a directory.");

        // Watching for signals before the file exists leaves no moment in which a stop would leave it behind.
        using var pending = new PendingFile();
        var stream = CreateTemporary(folder, Path.GetFileName(target), shown, pending);
        try
        {
            write(stream);

            // On disk before the rename, so that a crash leaves the old file or the whole new one, never a
            // new name on missing data.
            stream.Flush(flushToDisk: true);
            stream.Dispose();
            if (replaces)
            {
                KeepPermissions(target, pending.Path!);
            }

            pending.MoveTo(target, shown);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw WritingFailed(shown, e);
        }
        finally
        {
            if (!pending.Moved)
            {
                DisposeQuietly(stream);
                pending.Delete();
            }
        }
    }

    /// <summary>Creates the temporary file exclusively, so that it can only ever be this run's own file.</summary>
    private static FileStream CreateTemporary(string folder, string name, string shown, PendingFile pending)
    {
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,

            // Delete: on Windows the stop-signal handler must be able to delete the file while it is open.
            Share = FileShare.Delete,
            BufferSize = BufferSize,
        };
        if (!OperatingSystem.IsWindows())
        {
            // The records describe victims of abuse: nobody else may read a file while it is being written.
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        for (var attempt = 1; ; attempt++)
        {
            var path = Path.Combine(folder, $".{Shorten(name)}.{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}.tmp");
            try
            {
                var stream = new FileStream(path, options);
                pending.Created(path);
                return stream;
            }
            catch (IOException) when (attempt < 5 && File.Exists(path))
            {
                // Another file holds this random name: draw another.
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
            {
                throw CannotCreate(shown, e);
            }
        }
    }

    /// <summary>Cuts the target's name, on a character boundary, so that the temporary file's name stays within 255 bytes.</summary>
    private static string Shorten(string name)
    {
        var budget = MaxNameBytes - TemporarySuffixBytes;
        if (Encoding.UTF8.GetByteCount(name) <= budget)
        {
            return name;
        }

        var builder = new StringBuilder();
        foreach (var rune in name.EnumerateRunes())
        {
            budget -= rune.Utf8SequenceLength;
            if (budget < 0)
            {
                break;
            }

            builder.Append(rune.ToString());
        }

        return builder.ToString();
    }

    /// <summary>A replaced file keeps who may read it, rather than taking the temporary file's owner-only mode.</summary>
    private static void KeepPermissions(string target, string temporary)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        try
        {
            File.SetUnixFileMode(temporary, File.GetUnixFileMode(target));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Owner-only is the safe side to err on.
        }
    }

    /// <summary>Whether the path names a descriptor this process already has open, such as <c>/dev/stdout</c>.</summary>
    private static bool NamesAnOpenDescriptor(string fullPath) => !OperatingSystem.IsWindows() && OpenDescriptorPath().IsMatch(fullPath);

    private static CommandFailure CannotCreate(string shown, Exception e) => CommandFailure.InvalidInput($"cannot create output file '{shown}': {CliText.Reason(e)}.", e);

    private static CommandFailure WritingFailed(string shown, Exception e) => CommandFailure.InvalidInput($"writing output file '{shown}' failed: {CliText.Reason(e)}.", e);

    private static void DisposeQuietly(Stream stream)
    {
        try
        {
            stream.Dispose();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Disposing flushes what a failed write left in the buffer, which fails again; the first failure is
            // the one worth reporting.
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
            // The original failure is the one worth reporting; a leftover hidden temporary file is the lesser problem.
        }
    }

    [GeneratedRegex(@"^/dev/(stdout|stderr|fd/[0-9]+)$|^/proc/(self|[0-9]+)/fd/[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex OpenDescriptorPath();

    /// <summary>
    /// A temporary file not yet renamed into place: deleted if the process is told to stop, and never renamed
    /// after that. The signal then ends the process as it would have without this handler.
    /// </summary>
    private sealed class PendingFile : IDisposable
    {
        private readonly Lock _gate = new();
        private readonly List<PosixSignalRegistration> _registrations = [];
        private bool _stopped;

        internal PendingFile()
        {
            foreach (var signal in StopSignals)
            {
                try
                {
                    _registrations.Add(PosixSignalRegistration.Create(signal, OnStop));
                }
                catch (PlatformNotSupportedException)
                {
                    // Not every platform has every signal; the others still protect the target.
                }
            }
        }

        /// <summary>Gets the temporary file, once this run has created it; only then may it be deleted.</summary>
        internal string? Path { get; private set; }

        /// <summary>Gets a value indicating whether the file now is the target.</summary>
        internal bool Moved { get; private set; }

        /// <summary>Records the file just created; a stop signal that came before makes the rename fail later.</summary>
        internal void Created(string path)
        {
            lock (_gate)
            {
                Path = path;
            }
        }

        /// <summary>Renames the file over <paramref name="target"/>, unless a stop signal came first.</summary>
        internal void MoveTo(string target, string shown)
        {
            lock (_gate)
            {
                if (_stopped)
                {
                    throw CommandFailure.InvalidInput($"stopped by a signal; '{shown}' was not written.");
                }

                File.Move(Path!, target, overwrite: true);
                Moved = true;
            }
        }

        internal void Delete()
        {
            lock (_gate)
            {
                if (Path is not null)
                {
                    TryDelete(Path);
                }
            }
        }

        public void Dispose()
        {
            foreach (var registration in _registrations)
            {
                registration.Dispose();
            }
        }

        private void OnStop(PosixSignalContext context)
        {
            lock (_gate)
            {
                if (!Moved)
                {
                    _stopped = true;
                    if (Path is not null)
                    {
                        TryDelete(Path);
                    }
                }
            }
        }
    }
}
