using Insights.Core.Tabular;

namespace Insights.Cli.Tests.Commands;

/// <summary>The commands with CSV tables: synth --format csv, report and validate of a folder, codebook.</summary>
public sealed class CsvCommandsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "insights-csv-cli-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void SynthExactAsCsv_ThenReport_IsByteForByteTheDefaultReport()
    {
        var synth = CliRun.InProcess("synth", "--mode", "exact", "--format", "csv", "--output", _folder);
        Assert.Equal(0, synth.ExitCode);
        Assert.Equal(CaseLayout.Default.Tables.Select(t => t.FileName).Order(StringComparer.Ordinal), Directory.GetFiles(_folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        const string Title = "Insights outreach England and Wales dataset 2018-19";
        foreach (var format in new[] { "text", "json" })
        {
            var fromTables = CliRun.InProcess("report", "--input", _folder, "--format", format, "--title", Title);
            var builtIn = CliRun.InProcess("report", "--format", format);
            Assert.Equal(0, fromTables.ExitCode);
            Assert.Equal(builtIn.Out, fromTables.Out);
        }
    }

    [Fact]
    public void SynthSampledAsCsv_ValidatesWithNothingRejected_AndCountsEveryFile()
    {
        Assert.Equal(0, CliRun.InProcess("synth", "--cases", "2000", "--seed", "3", "--format", "csv", "--output", _folder).ExitCode);

        var result = CliRun.InProcess("validate", "--input", _folder);

        Assert.Equal(0, result.ExitCode);
        var lines = result.OutLines;
        Assert.Matches(@"^read \d+, accepted \d+, rejected 0$", lines[^1]);
        Assert.Equal("cases.csv: read 2000, accepted 2000, rejected 0", lines.Single(l => l.StartsWith("cases.csv:", StringComparison.Ordinal)));
        Assert.Equal(6, lines.Count(l => l.Contains(".csv: read ", StringComparison.Ordinal)));
    }

    [Fact]
    public void ValidateFolder_WithAnOrphanRow_ExitsOne_AndNamesTheFile()
    {
        Assert.Equal(0, CliRun.InProcess("synth", "--cases", "10", "--format", "csv", "--output", _folder).ExitCode);
        File.AppendAllText(Path.Combine(_folder, "civil-orders.csv"), "NO-SUCH-CASE,NonMolestationOrder,Applied\r\n");

        var result = CliRun.InProcess("validate", "--input", _folder);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.OutLines, l => l.StartsWith("civil-orders.csv line ", StringComparison.Ordinal) && l.EndsWith("case NO-SUCH-CASE, column case: no row of cases.csv has this case", StringComparison.Ordinal));
    }

    [Fact]
    public void Report_OfAFolderWithAnUnknownColumn_IsInvalidInput_NamingTheColumn()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, "cases.csv"), "id,Mystery column\r\nC-1,x\r\n");

        var result = CliRun.InProcess("report", "--input", _folder);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("cases.csv: a column is neither in the layout nor in the mapping: \"Mystery column\"", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_OutputIntoTheInputFolderOverATable_IsRefused()
    {
        Assert.Equal(0, CliRun.InProcess("synth", "--cases", "5", "--format", "csv", "--output", _folder).ExitCode);

        var result = CliRun.InProcess("report", "--input", _folder, "--output", Path.Combine(_folder, "reviews.csv"));

        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public void Mapping_WithJsonLinesInput_IsWrongUsage()
    {
        var result = CliRun.InProcess("validate", "--input", "-", "--mapping", "map.json");

        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public void Codebook_ListsEveryColumn()
    {
        var result = CliRun.InProcess("codebook");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("table,file,column,type,required,range,code_list,code,label", result.OutLines[0].TrimEnd('\r'));
        Assert.Contains(result.OutLines, l => l.StartsWith("cases,cases.csv,intake.profile.age,whole number,no,0 to 120,", StringComparison.Ordinal));
        Assert.Contains(result.OutLines, l => l.StartsWith("incidents,incidents.csv,report,key,yes,1 or more,", StringComparison.Ordinal));
    }
}
