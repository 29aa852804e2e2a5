using System.Globalization;

namespace Insights.Benchmarks;

/// <summary>
/// Figures a benchmark process measures in its set-up (bytes of a frame, size of a file) and the summary
/// columns in the host process read back: BenchmarkDotNet runs each benchmark in a process of its own.
/// </summary>
internal static class Sidecar
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "insights-benchmarks");

    /// <summary>Returns the path of <paramref name="name"/> in the benchmarks' temporary folder, creating the folder.</summary>
    internal static string PathOf(string name)
    {
        Directory.CreateDirectory(Folder);
        return Path.Combine(Folder, name);
    }

    internal static void Write(string key, double value)
        => File.WriteAllText(PathOf(key + ".value"), value.ToString("R", CultureInfo.InvariantCulture));

    internal static double? Read(string key)
    {
        var path = Path.Combine(Folder, key + ".value");
        return File.Exists(path) && double.TryParse(File.ReadAllText(path), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}
