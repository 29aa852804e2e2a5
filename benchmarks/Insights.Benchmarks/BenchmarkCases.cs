using System.Globalization;

namespace Insights.Benchmarks;

/// <summary>
/// The case counts the benchmarks run at. BenchmarkDotNet filters by class and method only, so a quick check
/// narrows the counts with <c>--cases 100000,1000000</c> (read by Program before BenchmarkDotNet sees the
/// arguments) or the environment variable <c>INSIGHTS_BENCH_CASES</c>.
/// </summary>
public static class BenchmarkCases
{
    /// <summary>The environment variable holding the selected counts, comma-separated.</summary>
    public const string Variable = "INSIGHTS_BENCH_CASES";

    /// <summary>
    /// Returns the selected counts among <paramref name="defaults"/> and <paramref name="onRequest"/> (counts run
    /// only when asked for by name, being slow); with no selection, <paramref name="defaults"/>.
    /// </summary>
    public static IEnumerable<int> Select(int[] defaults, params int[] onRequest)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        var selected = Selected();
        if (selected.Count == 0)
        {
            return defaults;
        }

        var chosen = defaults.Concat(onRequest).Where(selected.Contains).Order().ToArray();

        // A count a class does not offer (10M for the object path) leaves that class at its smallest count, so
        // a filter that names it still runs something quick rather than nothing.
        return chosen.Length > 0 ? chosen : [defaults.Min()];
    }

    /// <summary>Removes <c>--cases LIST</c> from <paramref name="args"/> and stores the list in <see cref="Variable"/> for this process and the benchmark processes it starts.</summary>
    /// <exception cref="ArgumentException">The list is missing or not a list of positive integers.</exception>
    public static string[] Extract(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] != "--cases")
            {
                rest.Add(args[i]);
                continue;
            }

            if (i + 1 >= args.Length)
            {
                throw new ArgumentException("--cases needs a comma-separated list of case counts, e.g. --cases 100000,1000000.", nameof(args));
            }

            var list = args[++i];
            _ = Parse(list);
            Environment.SetEnvironmentVariable(Variable, list);
        }

        return [.. rest];
    }

    private static HashSet<int> Selected()
        => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } list ? Parse(list) : [];

    private static HashSet<int> Parse(string list)
    {
        var result = new HashSet<int>();
        foreach (var part in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part.Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count <= 0)
            {
                throw new ArgumentException($"'{part}' is not a positive case count; --cases takes e.g. 100000,1000000.", nameof(list));
            }

            result.Add(count);
        }

        return result;
    }
}
