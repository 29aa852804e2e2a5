namespace Insights.Cli.Tests.Commands;

public sealed class ParquetCommandTests(CaseFiles files) : IClassFixture<CaseFiles>
{
    [Theory]
    [InlineData("exact.parquet", new string[0])]
    [InlineData("exact-tables", new[] { "--format", "parquet" })]
    public void SynthParquetThenReport_GivesTheReportOfJsonLines(string name, string[] format)
    {
        var path = files.NewPath(name);

        var synth = CliRun.InProcess(["synth", "--mode", "exact", .. format, "--output", path]);
        var fromParquet = CliRun.InProcess("report", "--input", path, "--format", "json");
        var fromJson = CliRun.InProcess("report", "--input", files.Exact, "--format", "json");

        Assert.Equal(0, synth.ExitCode);
        Assert.Equal(0, fromParquet.ExitCode);
        Assert.Equal(fromJson.Out, fromParquet.Out);
    }

    [Fact]
    public void ValidateParquet_CountsEveryRowAndPlacesWarnings()
    {
        var path = files.NewPath("exact.parquet");
        Assert.Equal(0, CliRun.InProcess("synth", "--mode", "exact", "--output", path).ExitCode);

        var result = CliRun.InProcess("validate", "--input", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(5, result.OutLines.Count(l => l.Contains(": warning: ", StringComparison.Ordinal)));
        Assert.All(result.OutLines.Where(l => l.Contains(": warning: ", StringComparison.Ordinal)), l => Assert.StartsWith(Path.GetFileName(path) + " line ", l, StringComparison.Ordinal));
        Assert.Contains(result.OutLines, l => l.StartsWith(Path.GetFileName(path) + ": read 1820, accepted 1820, rejected 0", StringComparison.Ordinal));
        Assert.Matches(@"^read (\d+), accepted \1, rejected 0$", result.OutLines[^1]);
    }

    [Fact]
    public void ValidateParquet_NotParquet_IsInvalidInputNamingTheFile()
    {
        var path = files.NewPath("broken.parquet");
        File.WriteAllBytes(path, File.ReadAllBytes(files.Exact)[..500]);

        var result = CliRun.InProcess("validate", "--input", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"error: {Path.GetFileName(path)}: the file is not a readable Parquet file: it is empty, truncated, or of another format.", Assert.Single(result.ErrorLines));
    }
}
