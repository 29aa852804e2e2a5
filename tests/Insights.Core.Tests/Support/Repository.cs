using System.Runtime.CompilerServices;

namespace Insights.Tests;

/// <summary>Finds files of this repository (docs pages checked against the code) from a test.</summary>
internal static class Repository
{
    /// <summary>
    /// The folder holding Insights.Core.sln, found above the test binaries (the usual layout), else above the
    /// calling source file (builds with an artifacts folder elsewhere), else above the working directory.
    /// </summary>
    public static string Root([CallerFilePath] string sourceFile = "")
    {
        string?[] starts = [AppContext.BaseDirectory, Path.GetDirectoryName(sourceFile), Environment.CurrentDirectory];
        foreach (var start in starts.OfType<string>().Where(Path.IsPathFullyQualified))
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Insights.Core.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException($"No Insights.Core.sln above {string.Join(" or ", starts)}.");
    }
}
