using System.Globalization;

namespace Insights.Cli.Commands;

/// <summary>
/// Reports progress through a long sequence about every 5%. A terminal gets one line rewritten in place; a
/// redirected standard error (a log file, CI) gets plain lines, since carriage returns garble logs.
/// </summary>
internal static class ProgressReporter
{
    private const int Steps = 20;

    internal static IEnumerable<T> Report<T>(IEnumerable<T> items, long total, string what, TextWriter error, bool errorIsRedirected)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(total);
        var step = Math.Max(1, total / Steps);
        var next = Math.Min(step, total);
        var done = 0L;
        foreach (var item in items)
        {
            yield return item;
            done++;
            if (done != next)
            {
                continue;
            }

            var line = string.Create(
                CultureInfo.InvariantCulture,
                $"{done:#,0} of {total:#,0} {what} ({Math.Floor(100.0 * done / total)}%)");
            if (errorIsRedirected)
            {
                error.WriteLine(line);
            }
            else
            {
                error.Write("\r" + line);
                if (done == total)
                {
                    error.WriteLine();
                }
            }

            error.Flush();
            next = Math.Min(total, next + step);
        }
    }
}
