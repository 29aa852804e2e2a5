using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Insights.Core.Formatting;
using Insights.Core.Model;
using Insights.Core.Reports;
using Insights.Synthetic;

namespace Insights.Cli.Tests.Commands;

public sealed partial class ReportCommandTests
{
    [Fact]
    public void Report_FormatXlsxWithOutput_WritesAWorkbookThatOpensAndValidates()
    {
        var path = files.NewPath("report.xlsx");

        var result = CliRun.InProcess("report", "--format", "xlsx", "--output", path);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(result.Out);
        Assert.Empty(result.Error);
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var names = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
        // One sheet per section, named by the section's title cut to Excel's 31 characters.
        Assert.Equal("Contents", names[0]);
        Assert.Equal(OutreachReport.SectionNames.Count, names.Count - 1);
        Assert.All(OutreachReport.SectionNames.Zip(names.Skip(1)), pair => Assert.Equal(pair.First.Length > 31 ? pair.First[..31].TrimEnd() : pair.First, pair.Second));

        // The same bytes as the library writes for the same report.
        var expected = XlsxRenderer.Render(OutreachReport.Definition.EvaluateParallel(ReportCase.From(new Dataset(ExactDataset.Create()))).WithHeading(OutreachReport.DefaultHeading));
        Assert.Equal(expected, File.ReadAllBytes(path));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(path)!, "*.tmp"));
    }

    [Fact]
    public void Report_FormatXlsxWithoutOutput_ExitsTwoAndWritesNothing()
    {
        var result = CliRun.InProcess("report", "--format", "XLSX");

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.StartsWith("error: --format xlsx writes a binary Excel workbook", result.Error, StringComparison.Ordinal);
        Assert.Contains("--output", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_FormatXlsxSampledSection_WritesOneSectionSheet()
    {
        var path = files.NewPath("sampled.xlsx");

        var result = CliRun.InProcess("report", "--sampled", "500", "--section", "Service inputs", "--format", "xlsx", "--output", path);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        Assert.Equal(["Contents", "Service inputs"], document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value));
    }

    [Fact]
    public void Report_FormatXlsxFromInputFile_SameWorkbookAsTheLibrary()
    {
        var path = files.NewPath("input.xlsx");

        var result = CliRun.InProcess("report", "--input", files.Exact, "--format", "xlsx", "--output", path, "--title", "Exact file");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var contents = (WorksheetPart)document.WorkbookPart!.GetPartById(document.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().First().Id!.Value!);
        Assert.Equal("Exact file", contents.Worksheet.Descendants<Cell>().First().InnerText);
    }
}
