using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Xunit;

namespace Insights.Core.Tests.Formatting;

/// <summary>A cell read back from a workbook: the text Excel shows for it, whether it holds a number, its format code and font.</summary>
public sealed record XlsxCell(string Shown, bool IsNumber, string FormatCode, bool Bold);

/// <summary>A sheet read back: its name, its cells by (1-based row, 0-based column), its frozen rows and its internal links.</summary>
public sealed record XlsxSheet(string Name, IReadOnlyDictionary<(int Row, int Column), XlsxCell> Cells, int FrozenRows, IReadOnlyList<(string Reference, string Location)> Links, IReadOnlyDictionary<int, double> Widths)
{
    /// <summary>The cells of one row, in column order.</summary>
    public List<(int Column, XlsxCell Cell)> Row(int row) => [.. Cells.Where(c => c.Key.Row == row).OrderBy(c => c.Key.Column).Select(c => (c.Key.Column, c.Value))];

    /// <summary>The shown text of column A of a row, or null when the cell is absent.</summary>
    public string? A(int row) => Cells.TryGetValue((row, 0), out var cell) ? cell.Shown : null;

    public int LastRow => Cells.Count == 0 ? 0 : Cells.Keys.Max(k => k.Row);
}

/// <summary>
/// Reads xlsx output back with the Open XML SDK, independently of the writer's code: every cell's shown text is its
/// value formatted by its number format, with the small subset of Excel's format language the writer may use
/// (<c>General</c>, <c>0</c>, <c>#,##0</c>, decimals, <c>%</c>, quoted or backslash-escaped literal text).
/// </summary>
public static partial class XlsxOutput
{
    public static List<XlsxSheet> Read(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        var workbookPart = document.WorkbookPart!;
        var stylesheet = workbookPart.WorkbookStylesPart?.Stylesheet;
        var formats = stylesheet?.CellFormats?.Elements<CellFormat>().ToList() ?? [];
        var codes = stylesheet?.NumberingFormats?.Elements<NumberingFormat>().ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value!) ?? [];
        var fonts = stylesheet?.Fonts?.Elements<Font>().ToList() ?? [];
        var sheets = new List<XlsxSheet>();
        foreach (var sheet in workbookPart.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)workbookPart.GetPartById(sheet.Id!.Value!);
            var cells = new Dictionary<(int, int), XlsxCell>();
            foreach (var cell in part.Worksheet.Descendants<Cell>())
            {
                var (row, column) = Position(cell.CellReference!.Value!);
                var format = cell.StyleIndex is { } index ? formats[(int)index.Value] : null;
                var formatId = format?.NumberFormatId?.Value ?? 0;
                var code = formatId == 0 ? "General" : codes[formatId];
                var bold = format?.FontId is { } fontId && fonts[(int)fontId.Value].Elements<Bold>().Any();
                var isNumber = cell.DataType is null;
                var shown = isNumber
                    ? Display(double.Parse(cell.CellValue!.Text, NumberStyles.Float, CultureInfo.InvariantCulture), code)
                    : cell.DataType!.Value == CellValues.InlineString ? cell.InlineString!.InnerText : throw new InvalidOperationException("Only inline strings and numbers are expected.");
                Assert.True(cells.TryAdd((row, column), new XlsxCell(shown, isNumber, code, bold)), $"Cell {cell.CellReference} appears twice.");
            }

            var pane = part.Worksheet.Descendants<Pane>().FirstOrDefault();
            var frozen = pane is { State.Value: var state } && state == PaneStateValues.Frozen ? (int)(pane.VerticalSplit?.Value ?? 0) : 0;
            var links = part.Worksheet.Descendants<Hyperlink>().Select(h => (h.Reference!.Value!, h.Location!.Value!)).ToList();
            var widths = part.Worksheet.Descendants<Column>().ToDictionary(c => (int)c.Min!.Value - 1, c => c.Width!.Value);
            sheets.Add(new XlsxSheet(sheet.Name!.Value!, cells, frozen, links, widths));
        }

        return sheets;
    }

    /// <summary>Every error the Open XML validator finds, described (empty when the package is valid).</summary>
    public static List<string> ValidationErrors(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        return [.. new OpenXmlValidator().Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")];
    }

    /// <summary>The text Excel shows for <paramref name="value"/> under <paramref name="code"/> (the subset the writer uses).</summary>
    public static string Display(double value, string code)
    {
        if (code == "General")
        {
            return ((decimal)value).ToString(CultureInfo.InvariantCulture);
        }

        var match = FormatCode().Match(code);
        Assert.True(match.Success, $"Unexpected number format '{code}'.");
        var number = (decimal)value;
        var percent = match.Groups["percent"].Success;
        if (percent)
        {
            number *= 100;
        }

        var decimals = match.Groups["decimals"].Length;
        var rounded = Math.Round(number, decimals, MidpointRounding.AwayFromZero);
        var pattern = (match.Groups["integer"].Value == "#,##0" ? "#,##0" : "0") + (decimals > 0 ? "." + new string('0', decimals) : string.Empty);
        var literal = new StringBuilder();
        foreach (Capture piece in match.Groups["literal"].Captures)
        {
            literal.Append(piece.Value[0] == '\\' ? piece.Value[1..] : piece.Value[1..^1]);
        }

        return rounded.ToString(pattern, CultureInfo.InvariantCulture) + (percent ? "%" : string.Empty) + literal;
    }

    private static (int Row, int Column) Position(string reference)
    {
        var letters = reference.TakeWhile(char.IsAsciiLetterUpper).ToArray();
        var column = letters.Aggregate(0, (sum, c) => (sum * 26) + (c - 'A' + 1)) - 1;
        return (int.Parse(reference[letters.Length..], CultureInfo.InvariantCulture), column);
    }

    [GeneratedRegex("""^(?<integer>0|#,##0)(?:\.(?<decimals>0+))?(?<percent>%)?(?:(?<literal>"[^"]*"|\\.))*$""", RegexOptions.CultureInvariant)]
    private static partial Regex FormatCode();
}
