using System.CommandLine;
using System.Globalization;
using Insights.Cli.Commands;

namespace Insights.Cli.Tests.Commands;

public sealed class CommandRunnerTests
{
    [Fact]
    public void Run_UnexpectedException_PrintsOneLineWithItsTypeOnlyAndExitsSeventy()
    {
        var (exitCode, error) = Run(() => throw new InvalidOperationException("client C-17 said: \"…\""));

        Assert.Equal(70, exitCode);
        Assert.Equal("error: internal error (InvalidOperationException); please report it\n", error);
    }

    [Fact]
    public void Run_UnexpectedExceptionWithInnerOnes_PrintsNoMessageAndNoStackTrace()
    {
        var (exitCode, error) = Run(() => throw new AggregateException("record text", new FormatException("more record text")));

        Assert.Equal(ExitCodes.InternalError, exitCode);
        Assert.Equal("error: internal error (AggregateException); please report it\n", error);
    }

    [Fact]
    public void Run_CommandFailure_PrintsItsMessageAndExitCode()
    {
        var (exitCode, error) = Run(() => throw CommandFailure.InvalidInput("input file 'x' does not exist."));

        Assert.Equal(1, exitCode);
        Assert.Equal("error: input file 'x' does not exist.\n", error);
    }

    [Fact]
    public void Run_IOException_IsAFailedStreamWithExitCodeOne()
    {
        var (exitCode, error) = Run(() => throw new IOException("Broken pipe"));

        Assert.Equal(1, exitCode);
        Assert.Equal("error: Broken pipe\n", error);
    }

    [Fact]
    public void Run_Success_ReturnsTheBodysExitCode()
    {
        Assert.Equal(0, Run(() => 0).ExitCode);
    }

    private static (int ExitCode, string Error) Run(Func<int> body)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using var error = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var parseResult = new Command("insights").Parse([]);

        var exitCode = CommandRunner.Run(new CliConsole(output, error, ErrorIsRedirected: true), parseResult, body);

        Assert.Empty(output.ToString());
        return (exitCode, error.ToString());
    }
}
