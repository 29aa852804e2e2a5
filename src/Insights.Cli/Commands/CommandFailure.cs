namespace Insights.Cli.Commands;

/// <summary>
/// An expected failure of a command: its message is printed to standard error as is, without a stack trace, and
/// the command exits with <see cref="ExitCode"/>.
/// </summary>
internal sealed class CommandFailure : Exception
{
    internal CommandFailure(int exitCode, string message, Exception? innerException = null)
        : base(message, innerException) => ExitCode = exitCode;

    internal int ExitCode { get; }

    internal static CommandFailure WrongUsage(string message) => new(ExitCodes.WrongUsage, message);

    internal static CommandFailure InvalidInput(string message, Exception? innerException = null) => new(ExitCodes.InvalidInput, message, innerException);
}
