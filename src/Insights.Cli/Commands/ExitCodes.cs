namespace Insights.Cli.Commands;

/// <summary>The exit codes of every command; other programs rely on them (docs/cli.md).</summary>
internal static class ExitCodes
{
    internal const int Success = 0;

    /// <summary>The input data is invalid or unreadable: rejected records, a missing file, an I/O failure.</summary>
    internal const int InvalidInput = 1;

    /// <summary>The command line is wrong: unknown option, missing or malformed value, unknown section or region.</summary>
    internal const int WrongUsage = 2;
}
