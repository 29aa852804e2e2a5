namespace Insights.Cli.Commands;

/// <summary>The exit codes of every command; other programs rely on them (docs/cli.md).</summary>
internal static class ExitCodes
{
    internal const int Success = 0;

    /// <summary>The input data is invalid or unreadable: rejected records, a missing file, an I/O failure.</summary>
    internal const int InvalidInput = 1;

    /// <summary>The command line is wrong: unknown option, missing or malformed value, unknown section or region.</summary>
    internal const int WrongUsage = 2;

    /// <summary>
    /// A bug: an exception no command expected. The value is EX_SOFTWARE of sysexits.h, so that scripts can
    /// tell a crash from bad data or a bad command line.
    /// </summary>
    internal const int InternalError = 70;
}
