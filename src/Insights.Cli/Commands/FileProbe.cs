using System.Runtime.InteropServices;
using System.Text;

namespace Insights.Cli.Commands;

/// <summary>What a path names, following symbolic links.</summary>
internal enum FileKind
{
    /// <summary>Nothing: the path, or a folder on it, does not exist (or a link on it dangles).</summary>
    Missing,

    /// <summary>A regular file: the only kind that is written through a temporary file and a rename.</summary>
    Regular,

    /// <summary>A directory.</summary>
    Directory,

    /// <summary>Anything else: a character or block device (<c>/dev/null</c>), a FIFO, a socket.</summary>
    Other,
}

/// <summary>The kind of file a path names and, where the platform tells, the device and inode that identify it.</summary>
/// <param name="Kind">What the path names.</param>
/// <param name="Device">The device holding the file (major and minor number), when <paramref name="HasIdentity"/>.</param>
/// <param name="Inode">The file's inode number on <paramref name="Device"/>, when <paramref name="HasIdentity"/>.</param>
/// <param name="HasIdentity">Whether <paramref name="Device"/> and <paramref name="Inode"/> are known (Linux only).</param>
internal readonly record struct FileStatus(FileKind Kind, ulong Device, ulong Inode, bool HasIdentity);

/// <summary>
/// Tells what a path names and whether two paths name the same file. .NET has no API for either (its file
/// attributes call a device or a FIFO "Normal" and it exposes no inode), so on Linux this asks the kernel with
/// <c>statx(2)</c>, whose result has the same layout on every architecture. Elsewhere, or where <c>statx</c>
/// is missing (glibc before 2.28) or refused (old container seccomp profiles), it falls back to what .NET
/// tells: directories, anything under <c>/dev/</c> or <c>\\.\</c> counted as a device, and paths compared after
/// resolving symbolic links, which cannot see hard links or FIFOs outside <c>/dev</c>.
/// </summary>
internal static class FileProbe
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 0x1;
    private const uint StatxIno = 0x100;
    private const uint StatxBasicStats = 0x7FF;
    private const int StatxBufferSize = 256;
    private const int FileTypeMask = 0xF000;
    private const int RegularFileType = 0x8000;
    private const int DirectoryType = 0x4000;
    private const int NoSuchEntry = 2;
    private const int NotADirectory = 20;

    /// <summary>Set once statx turns out not to exist in this libc, so it is not looked up again.</summary>
    private static volatile bool s_statxMissing;

    /// <summary>Returns what <paramref name="path"/> names, following symbolic links.</summary>
    internal static FileStatus Stat(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (OperatingSystem.IsLinux() && !s_statxMissing && TryStatx(path, out var status))
        {
            return status;
        }

        return Fallback(path);
    }

    /// <summary>
    /// Returns whether the two paths name the same file, however spelled: relative or absolute, through
    /// symbolic links, or (on Linux) as hard links of one inode.
    /// </summary>
    internal static bool IsSameFile(string first, string second)
    {
        var a = Stat(first);
        var b = Stat(second);
        if (a.HasIdentity && b.HasIdentity)
        {
            return a.Device == b.Device && a.Inode == b.Inode;
        }

        // Without an inode the best available is the canonical path; case is ignored where file systems
        // usually ignore it, which at worst refuses an output that was safe.
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return string.Equals(CanonicalPath(first), CanonicalPath(second), comparison);
    }

    /// <summary>
    /// Returns the full path with every symbolic link on it resolved, as far as it exists; parts that cannot be
    /// resolved are kept as they are.
    /// </summary>
    internal static string CanonicalPath(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? string.Empty;
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            try
            {
                if (new FileInfo(current).ResolveLinkTarget(returnFinalTarget: true) is { } target)
                {
                    current = Path.GetFullPath(target.FullName);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A loop or an unreadable link: the path as written is still a fair name for comparison.
            }
        }

        return current;
    }

    /// <summary>Returns whether the full path names a device by where it is, for platforms that cannot tell otherwise.</summary>
    internal static bool IsDevicePath(string fullPath) => OperatingSystem.IsWindows()
        ? fullPath.StartsWith(@"\\.\", StringComparison.Ordinal)
        : fullPath.StartsWith("/dev/", StringComparison.Ordinal);

    private static FileStatus Fallback(string path)
    {
        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return new FileStatus(FileKind.Missing, 0, 0, HasIdentity: false);
        }

        var kind = Directory.Exists(full) ? FileKind.Directory
            : IsDevicePath(full) ? (File.Exists(full) || OperatingSystem.IsWindows() ? FileKind.Other : FileKind.Missing)
            : File.Exists(full) ? FileKind.Regular
            : FileKind.Missing;
        return new FileStatus(kind, 0, 0, HasIdentity: false);
    }

    private static bool TryStatx(string path, out FileStatus status)
    {
        status = default;
        var name = new byte[Encoding.UTF8.GetByteCount(path) + 1];
        Encoding.UTF8.GetBytes(path, name);
        if (Array.IndexOf(name, (byte)0) != name.Length - 1)
        {
            // A NUL inside the path would make the kernel look at a different, shorter path.
            return false;
        }

        var buffer = new byte[StatxBufferSize];
        int result;
        try
        {
            result = Statx(AtFdCwd, name, flags: 0, StatxBasicStats, buffer);
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            s_statxMissing = true;
            return false;
        }

        if (result != 0)
        {
            var error = Marshal.GetLastPInvokeError();
            if (error is NoSuchEntry or NotADirectory)
            {
                status = new FileStatus(FileKind.Missing, 0, 0, HasIdentity: false);
                return true;
            }

            return false;
        }

        // struct statx (linux/stat.h): stx_mask at 0, stx_mode at 28, stx_ino at 32, stx_dev_major and
        // stx_dev_minor at 136 and 140; the layout is fixed for every architecture.
        // The kernel writes in the machine's own byte order.
        var mask = MemoryMarshal.Read<uint>(buffer);
        if ((mask & (StatxType | StatxIno)) != (StatxType | StatxIno))
        {
            return false;
        }

        var mode = MemoryMarshal.Read<ushort>(buffer.AsSpan(28));
        var inode = MemoryMarshal.Read<ulong>(buffer.AsSpan(32));
        var device = ((ulong)MemoryMarshal.Read<uint>(buffer.AsSpan(136)) << 32) | MemoryMarshal.Read<uint>(buffer.AsSpan(140));
        var kind = (mode & FileTypeMask) switch
        {
            RegularFileType => FileKind.Regular,
            DirectoryType => FileKind.Directory,
            _ => FileKind.Other,
        };
        status = new FileStatus(kind, device, inode, HasIdentity: true);
        return true;
    }

    // The buffer is pinned, not copied, so what the kernel writes into it is seen here.
    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int dirfd, byte[] pathname, int flags, uint mask, [Out] byte[] statxbuf);
}
