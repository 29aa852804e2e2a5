using System.Globalization;
using Insights.Cli.Commands;

namespace Insights.Cli.Tests.Commands;

public sealed class ProgressReporterTests
{
    [Fact]
    public void Report_Redirected_WritesAboutTwentyPlainLinesEndingAtTheTotal()
    {
        using var error = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };

        var items = ProgressReporter.Report(Enumerable.Range(0, 200_000), 200_000, "cases written", error, errorIsRedirected: true).ToList();

        Assert.Equal(200_000, items.Count);
        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(20, lines.Length);
        Assert.Equal("10,000 of 200,000 cases written (5%)", lines[0]);
        Assert.Equal("200,000 of 200,000 cases written (100%)", lines[^1]);
        Assert.DoesNotContain('\r', error.ToString());
    }

    [Fact]
    public void Report_Terminal_RewritesOneLineAndEndsIt()
    {
        using var error = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };

        _ = ProgressReporter.Report(Enumerable.Range(0, 1000), 1000, "cases written", error, errorIsRedirected: false).Count();

        var text = error.ToString();
        Assert.StartsWith("\r50 of 1,000 cases written (5%)", text, StringComparison.Ordinal);
        Assert.EndsWith("\r1,000 of 1,000 cases written (100%)\n", text, StringComparison.Ordinal);
        Assert.Single(text, '\n');
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(19)]
    [InlineData(21)]
    [InlineData(100_003)]
    public void Report_AnyTotal_EndsWithTheTotalAndNeverRepeatsALine(int total)
    {
        using var error = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };

        var count = ProgressReporter.Report(Enumerable.Range(0, total), total, "cases", error, errorIsRedirected: true).Count();

        Assert.Equal(total, count);
        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.InRange(lines.Length, 1, 21);
        Assert.Equal(lines.Length, lines.Distinct().Count());
        Assert.EndsWith("(100%)", lines[^1], StringComparison.Ordinal);
    }
}
