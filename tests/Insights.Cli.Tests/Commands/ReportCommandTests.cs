using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Insights.Core.Model;
using Insights.Core.Reports;
using Insights.Synthetic;

namespace Insights.Cli.Tests.Commands;

public sealed partial class ReportCommandTests(CaseFiles files) : IClassFixture<CaseFiles>
{
    /// <summary>The whole report over the exact dataset, as text: computed once, shared by the tests that only read it.</summary>
    private static readonly Lazy<CliResult> DefaultReport = new(() => CliRun.InProcess("report"));

    [Fact]
    public void Report_NoInput_PrintsTheWholeReportOverTheExactDataset()
    {
        var result = DefaultReport.Value;

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(result.Error);
        Assert.StartsWith(OutreachReport.DefaultHeading.Title, result.Out, StringComparison.Ordinal);
        foreach (var section in OutreachReport.SectionNames)
        {
            Assert.Contains(result.OutLines, line => line == section);
        }
    }

    [Fact]
    public void Report_Text_ReferralStatusHasItsTitleLineAndPublishedRows()
    {
        // Published report, "Referral status" (n=1,820): New client 1346 74%, printed with thousands separators.
        var lines = DefaultReport.Value.OutLines;

        var title = Array.FindIndex(lines, line => Cells(line) is ["Referral status", "n=1,820"]);
        Assert.True(title >= 0, "No line 'Referral status  n=1,820'.");
        Assert.Equal(["New client", "1,346", "74%"], Cells(lines[title + 1]));
    }

    [Fact]
    public void Report_Text_ClientProfileCountsDistinctClients()
    {
        // Published report: "Number of individual clients (n) = 1,794"; the client profile tables use that base.
        var result = CliRun.InProcess("report", "--section", "Client profile");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(result.OutLines, line => Cells(line) is [_, "n=1,794", ..]);
        Assert.DoesNotContain(result.OutLines, line => line == OutreachReport.SectionTitles.KeyFindings);
    }

    [Fact]
    public void Report_RepeatedRuns_AreByteIdentical()
    {
        foreach (var format in new[] { "text", "markdown", "csv", "json" })
        {
            var first = CliRun.InProcess("report", "--format", format);
            var second = CliRun.InProcess("report", "--format", format);

            Assert.Equal(0, first.ExitCode);
            Assert.Equal(first.Out, second.Out);
        }
    }

    [Fact]
    public void Report_Csv_IsRfc4180WithOneRecordPerCell()
    {
        var result = CliRun.InProcess("report", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        var records = Csv.Parse(result.Out);
        var header = records[0];
        Assert.Equal(["section", "table", "row", "row_kind", "column", "count", "base", "percent", "percent_value", "value"], header);
        Assert.All(records, record => Assert.Equal(header.Length, record.Length));
        Assert.Contains(records, r => r[1] == "Referral status" && r[2] == "New client" && r[5] == "1346" && r[6] == "1820" && r[7] == "74%" && r[8] == "74");
        Assert.Contains(records, r => r[1] == "Referral status" && r[2] == "Continuing case" && r[7] == "4.0%" && r[8] == "4.0");
    }

    [Fact]
    public void Report_Json_ParsesAndHoldsThePublishedCounts()
    {
        var result = CliRun.InProcess("report", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal(OutreachReport.DefaultHeading.Title, root.GetProperty("title").GetString());
        var referral = root.GetProperty("sections").EnumerateArray()
            .SelectMany(s => s.GetProperty("tables").EnumerateArray())
            .First(t => t.GetProperty("title").GetString() == "Referral status");
        Assert.Equal(1820, referral.GetProperty("bases")[0].GetProperty("n").GetInt64());
        var newClient = referral.GetProperty("rows").EnumerateArray().First(r => r.GetProperty("label").GetString() == "New client");
        Assert.Equal(1346, newClient.GetProperty("cells")[0].GetProperty("count").GetInt64());
        Assert.Equal("74%", newClient.GetProperty("cells")[0].GetProperty("percent").GetString());
    }

    [Fact]
    public void Report_Markdown_HasAPipeRowForEachAnswer()
    {
        var result = CliRun.InProcess("report", "--format", "markdown", "--section", "Service inputs");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("# ", result.Out, StringComparison.Ordinal);
        Assert.Contains(result.OutLines, line => line.StartsWith('|') && line.EndsWith('|') && PipeCells(line) is ["New client", "1,346", "74%"]);
    }

    [Fact]
    public void Report_FormatName_IgnoresCase()
    {
        Assert.Equal(CliRun.InProcess("report", "--format", "csv", "--section", "Service inputs").Out, CliRun.InProcess("report", "--format", "CSV", "--section", "Service inputs").Out);
    }

    [Fact]
    public void Report_Output_WritesTheFileAndNothingToStandardOutput()
    {
        var path = files.NewPath("report.txt");

        var result = CliRun.InProcess("report", "--output", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Equal(DefaultReport.Value.Out, File.ReadAllText(path));
        Assert.False(File.ReadAllBytes(path).AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]), "No byte order mark.");
    }

    [Fact]
    public void Report_OutputInMissingDirectory_ExitsOneWithAMessage()
    {
        var path = Path.Combine(files.NewPath("missing-dir"), "report.txt");

        var result = CliRun.InProcess("report", "--output", path);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("error: cannot create output file", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_DirectoryAsInput_WithoutCasesCsv_ExitsOneSayingSo()
    {
        var path = Path.GetDirectoryName(files.Exact)!;

        var result = CliRun.InProcess("report", "--input", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Equal($"error: input folder '{path}' has no cases.csv (or the cases file its mapping names): a folder is read as CSV tables (docs/importing.md).\n", result.Error);
    }

    [Fact]
    public void Report_UnknownSection_ExitsTwoListingTheSections()
    {
        var result = CliRun.InProcess("report", "--section", "Horoscope");

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Contains("'Horoscope'", result.Error, StringComparison.Ordinal);
        foreach (var section in OutreachReport.SectionNames)
        {
            Assert.Contains(section, result.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Report_SectionByTitlePart_IgnoresCaseAndKeepsOnlyMatchingSections()
    {
        var result = CliRun.InProcess("report", "--section", "JUSTICE");

        Assert.Equal(0, result.ExitCode);
        var sectionLines = result.OutLines.Where(OutreachReport.SectionNames.Contains).ToArray();
        Assert.Equal([OutreachReport.SectionTitles.CriminalJustice, OutreachReport.SectionTitles.CivilJustice], sectionLines);
    }

    [Fact]
    public void Report_Service_CountsOnlyThatServicesCases()
    {
        var dataset = new Dataset(ExactDataset.Create());
        var service = dataset.Services[0].Id;
        var expected = dataset.Cases.Count(c => c.Service.Id == service);

        var result = CliRun.InProcess("report", "--service", service.Value, "--section", "Service inputs");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(result.OutLines, line => Cells(line) is ["Referral status", var n] && n == "n=" + expected.ToString("#,0", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Report_UnknownService_ExitsTwoListingTheServices()
    {
        var dataset = new Dataset(ExactDataset.Create());

        var result = CliRun.InProcess("report", "--service", "no-such-service");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'no-such-service'", result.Error, StringComparison.Ordinal);
        Assert.Contains(dataset.Services[0].Id.Value, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_Region_ByLabelOrCodeGivesTheSameReport()
    {
        var dataset = new Dataset(ExactDataset.Create());
        var region = dataset.Services[0].Region;
        var expected = dataset.Cases.Count(c => c.Service.Region == region);

        var byLabel = CliRun.InProcess("report", "--region", Labels.Of(region).ToUpperInvariant(), "--section", "Service inputs");
        var byCode = CliRun.InProcess("report", "--region", Labels.CodeOf(region), "--section", "Service inputs");

        Assert.Equal(0, byLabel.ExitCode);
        Assert.Equal(byLabel.Out, byCode.Out);
        Assert.Contains(byLabel.OutLines, line => Cells(line) is ["Referral status", var n] && n == "n=" + expected.ToString("#,0", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Report_UnknownRegion_ExitsTwoListingTheRegions()
    {
        var result = CliRun.InProcess("report", "--region", "Atlantis");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Yorkshire and the Humber", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_FromAndTo_IncludeBothEnds()
    {
        var dataset = new Dataset(ExactDataset.Create());
        var day = dataset.Cases.GroupBy(c => c.IntakeDate).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First();
        var text = day.Key.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var result = CliRun.InProcess("report", "--from", text, "--to", text, "--section", "Service inputs");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(result.OutLines, line => Cells(line) is ["Referral status", var n] && n == "n=" + day.Count().ToString("#,0", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Report_FromAfterEveryIntake_PrintsEmptyTablesRatherThanFailing()
    {
        var last = ExactDataset.Create().Max(c => c.IntakeDate).AddDays(1);

        var result = CliRun.InProcess("report", "--from", last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(result.OutLines, line => Cells(line) is ["Referral status", "n=0"]);
    }

    [Fact]
    public void Report_InputThatDoesNotExist_ExitsOneNamingTheFile()
    {
        var path = files.NewPath("absent.jsonl");

        var result = CliRun.InProcess("report", "--input", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Equal($"error: input file '{path}' does not exist.\n", result.Error);
    }

    [Fact]
    public void Report_ValidInput_TabulatesIt()
    {
        var result = CliRun.InProcess("report", "--input", files.ValidSampled, "--section", "Service inputs");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(result.Error);
        Assert.Contains(result.OutLines, line => Cells(line) is ["Referral status", var n] && n == "n=" + files.ValidSampledLines.Count.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Report_InputWithRejectedRecords_ExitsOneWithNoReport()
    {
        var result = CliRun.InProcess("report", "--input", files.ExactWithRejections);

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Out);
        var rejections = result.ErrorLines.Where(l => l.StartsWith("line ", StringComparison.Ordinal)).ToArray();
        Assert.Equal([1821L, 1822L, 1823L], rejections.Select(ValidateCommandTests.LineNumber));
        Assert.All(rejections, line => Assert.Matches(@"^line \d+, case [^,]+, field \S+: ", line));
        Assert.DoesNotContain(result.ErrorLines, l => l.Contains("warning:", StringComparison.Ordinal));
        Assert.StartsWith("error: 3 of 1,823 records", result.ErrorLines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Report_ExactFile_IsTheDefaultReportByteForByteInEveryFormat()
    {
        // `synth --mode exact` writes the cases `report` tabulates by default; reading them back must change nothing,
        // the five cases closed before intake (the report's "Errors") included.
        foreach (var format in new[] { "text", "markdown", "csv", "json" })
        {
            var fromFile = CliRun.InProcess("report", "--input", files.Exact, "--title", OutreachReport.DefaultHeading.Title, "--format", format);
            var builtIn = format == "text" ? DefaultReport.Value : CliRun.InProcess("report", "--format", format);

            Assert.True(fromFile.ExitCode == 0, fromFile.ToString());
            Assert.Equal(builtIn.Out, fromFile.Out);
            Assert.Equal([WarningsNote(5)], fromFile.ErrorLines);
        }
    }

    [Fact]
    public void Report_ExactFileWithFilters_SameAsTheBuiltInDatasetWithThem()
    {
        var dataset = new Dataset(ExactDataset.Create());
        string[] filters = ["--service", dataset.Services[1].Id.Value, "--from", "2018-06-01", "--to", "2018-12-31"];

        var fromFile = CliRun.InProcess(["report", "--input", files.Exact, "--title", OutreachReport.DefaultHeading.Title, .. filters]);
        var builtIn = CliRun.InProcess(["report", .. filters]);

        Assert.True(fromFile.ExitCode == 0, fromFile.ToString());
        Assert.Equal(builtIn.Out, fromFile.Out);
    }

    private const string RejectedNotice = "Rejected records: 3 of 1,823 read; they are not counted in this report.";

    [Fact]
    public void Report_SkipInvalid_PrintsTheCountOfRejectedUnderTheReportsHeading()
    {
        var result = CliRun.InProcess("report", "--input", files.ExactWithRejections, "--skip-invalid", "--title", OutreachReport.DefaultHeading.Title);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(OutreachReport.DefaultHeading.Title, result.OutLines[0]);
        Assert.Equal(RejectedNotice, result.OutLines[2]);
        Assert.Contains("\n" + RejectedNotice + "\n\n", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(RejectedNotice, result.Error, StringComparison.Ordinal);
        Assert.Contains(result.OutLines, line => Cells(line) is ["Referral status", "n=1,820"]);
        Assert.Equal(3, result.ErrorLines.Count(l => l.StartsWith("line ", StringComparison.Ordinal)));
        Assert.Contains(WarningsNote(5), result.ErrorLines);
    }

    [Fact]
    public void Report_SkipInvalid_TabulatesWhatTheDefaultReportTabulates()
    {
        var result = CliRun.InProcess("report", "--input", files.ExactWithRejections, "--skip-invalid", "--title", OutreachReport.DefaultHeading.Title);

        // The same report, with the notice as the last line of its heading.
        var heading = DefaultReport.Value.Out.IndexOf("\n\n", StringComparison.Ordinal);
        Assert.Equal(DefaultReport.Value.Out[..heading] + "\n" + RejectedNotice + DefaultReport.Value.Out[heading..], result.Out);
    }

    [Theory]
    [InlineData("markdown", "- " + RejectedNotice)]
    [InlineData("html", "<p class=\"notice\" role=\"note\">" + RejectedNotice + "</p>")]
    public void Report_SkipInvalidAsMarkdownOrHtml_ShowsTheNoticeInTheDocument(string format, string shown)
    {
        var result = CliRun.InProcess("report", "--input", files.ExactWithRejections, "--skip-invalid", "--format", format, "--section", "Service inputs");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(shown, result.Out, StringComparison.Ordinal);
        Assert.Equal(format == "html", result.Error.Contains(RejectedNotice, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    public void Report_SkipInvalidWithMachineFormat_KeepsTheOutputParseable(string format)
    {
        var result = CliRun.InProcess("report", "--input", files.ExactWithRejections, "--skip-invalid", "--format", format, "--section", "Service inputs");

        Assert.Equal(0, result.ExitCode);
        if (format == "csv")
        {
            Assert.NotEmpty(Csv.Parse(result.Out));
        }
        else
        {
            using var json = JsonDocument.Parse(result.Out);
            Assert.Equal([RejectedNotice], json.RootElement.GetProperty("notices").EnumerateArray().Select(n => n.GetString()));
        }

        Assert.Contains(RejectedNotice, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_SampledFile_CountsWarningsInANoteAndTabulatesEveryCase()
    {
        var result = CliRun.InProcess("report", "--input", files.Sampled, "--section", "Service inputs");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal([WarningsNote(files.SampledWarnedLines.Count)], result.ErrorLines);
        Assert.Contains(result.OutLines, line => Cells(line) is ["Referral status", var n] && n == "n=" + CaseFiles.SampledCount.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The note on standard error that counts warnings on kept records.</summary>
    internal static string WarningsNote(int count)
        => string.Create(CultureInfo.InvariantCulture, $"note: {count:#,0} data-quality {(count == 1 ? "warning" : "warnings")} on kept records (they are tabulated; 'insights validate' lists them).");

    /// <summary>The cells of a text-format line: cells are separated by two or more spaces (or a tab).</summary>
    internal static string[] Cells(string line) => CellSeparator().Split(line.Trim());

    private static string[] PipeCells(string line) => [.. line.Trim('|').Split('|').Select(c => c.Trim())];

    [GeneratedRegex(@" {2,}|\t")]
    private static partial Regex CellSeparator();

    [GeneratedRegex(@"^line \d+, case [A-Za-z0-9._-]+, field \S+: .+$")]
    internal static partial Regex FindingLine();
}
