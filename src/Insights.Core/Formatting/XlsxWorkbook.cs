using System.Globalization;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Insights.Core.Tabulation;
using Table = Insights.Core.Tabulation.Table;

namespace Insights.Core.Formatting;

/// <summary>
/// Builds the xlsx workbook of <see cref="XlsxRenderer"/>: lays each sheet out as rows of text and number
/// cells, then writes them with the Open XML SDK. Every cell's number and number format come from the same
/// decisions as the text format's characters (<see cref="CountCell.PercentValue"/>, <see cref="RenderText"/>).
/// </summary>
internal static class XlsxWorkbook
{
    internal const string ContentsSheet = "Contents";

    private const string MainContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    /// <summary>The longest sheet name Excel accepts.</summary>
    internal const int MaxSheetName = 31;

    /// <summary>The most characters Excel keeps in a cell.</summary>
    internal const int MaxCellText = 32_767;

    /// <summary>The characters a sheet name cannot hold.</summary>
    private const string ForbiddenInSheetNames = "[]:*?/\\";

    /// <summary>The largest integer a double (Excel's only number type) holds exactly: 2^53.</summary>
    private const long LargestExactInteger = 9_007_199_254_740_992;

    /// <summary>Significant digits Excel keeps of a number.</summary>
    private const int ExcelDigits = 15;

    private const double MaxColumnWidth = 100;

    /// <summary>A fixed archive timestamp, so the same tables always give the same bytes.</summary>
    private static readonly DateTimeOffset ArchiveTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    internal static void Write(ReportResult report, Stream output)
    {
        var names = SheetNames(report.Sections.Select(s => s.Title), [ContentsSheet]);
        var contents = new SheetLayout(ContentsSheet);
        contents.Row(Measure.No, Text(0, report.Title, Look.SheetTitle));
        foreach (var (name, text) in new[] { ("Period", report.Period), ("Source", report.Source) })
        {
            if (text is not null)
            {
                contents.Row(Measure.No, Text(0, name + ": " + text, Look.Plain));
            }
        }

        foreach (var notice in report.Notices)
        {
            contents.Row(Measure.No, Text(0, notice, Look.Plain));
        }

        contents.FrozenRows = contents.RowCount;
        contents.Blank();
        contents.Row(Measure.Yes, Text(0, "Sections", Look.Bold));
        for (var s = 0; s < report.Sections.Count; s++)
        {
            contents.Row(Measure.Yes, Text(0, report.Sections[s].Title, Look.Link));
            contents.Links.Add((contents.RowCount, names[s]));
        }

        var sheets = new List<SheetLayout> { contents };
        for (var s = 0; s < report.Sections.Count; s++)
        {
            var section = report.Sections[s];
            var sheet = new SheetLayout(names[s]);
            sheet.Row(Measure.No, Text(0, section.Title, Look.SheetTitle));
            sheet.FrozenRows = 1;
            foreach (var table in section.Tables)
            {
                sheet.Blank();
                AddTable(sheet, table);
            }

            sheets.Add(sheet);
        }

        Save(sheets, output);
    }

    internal static void Write(Table table, Stream output)
    {
        var sheet = new SheetLayout(SheetNames([table.Title], [])[0]);
        AddTable(sheet, table);
        sheet.FrozenRows = sheet.HeaderRows;
        Save([sheet], output);
    }

    /// <summary>
    /// Sheet names for <paramref name="titles"/>, in order: each title on one line without the characters Excel
    /// forbids (<c>[]:*?/\</c> become spaces) or an apostrophe at either end, cut to 31 characters, and made unique
    /// ignoring case (as Excel compares them), also against <paramref name="reserved"/> and Excel's own
    /// <c>History</c>, by a suffix <c> (2)</c>, <c> (3)</c>, …; a title with nothing left becomes <c>Sheet</c>.
    /// </summary>
    internal static IReadOnlyList<string> SheetNames(IEnumerable<string> titles, IEnumerable<string> reserved)
    {
        var used = new HashSet<string>(reserved, StringComparer.OrdinalIgnoreCase) { "History" };
        var names = new List<string>();
        foreach (var title in titles)
        {
            var cleaned = new StringBuilder(title.Length);
            foreach (var c in XmlSafe(title))
            {
                cleaned.Append(ForbiddenInSheetNames.Contains(c, StringComparison.Ordinal) ? ' ' : c);
            }

            var name = RenderText.OneLine(cleaned.ToString()).Trim('\'', ' ');
            if (name.Length == 0)
            {
                name = "Sheet";
            }

            var candidate = Cut(name, MaxSheetName);
            for (var n = 2; used.Contains(candidate); n++)
            {
                var suffix = string.Create(CultureInfo.InvariantCulture, $" ({n})");
                candidate = Cut(name, MaxSheetName - suffix.Length) + suffix;
            }

            used.Add(candidate);
            names.Add(candidate);
        }

        return names;

        // Never splits a surrogate pair, and never leaves a space or an apostrophe at the end.
        static string Cut(string text, int length)
        {
            if (text.Length > length)
            {
                text = text[..(char.IsHighSurrogate(text[length - 1]) ? length - 1 : length)];
            }

            var trimmed = text.TrimEnd('\'', ' ');
            return trimmed.Length == 0 ? "Sheet" : trimmed;
        }
    }

    /// <summary>A table's rows: title, n line, header, one row per table row, notes.</summary>
    private static void AddTable(SheetLayout sheet, Table table)
    {
        sheet.Row(Measure.No, Text(0, table.Title, Look.Bold));
        if (table.Bases.Count > 0)
        {
            var bases = new List<LaidCell>();
            for (var b = 0; b < table.Bases.Count; b++)
            {
                bases.Add(Text(2 * b, table.Bases[b].Label, Look.Plain));
                bases.Add(table.Bases[b].IsSuppressed ? Text(2 * b + 1, SuppressedCell.Symbol, Look.Right) : Count(2 * b + 1, table.Bases[b].N, NumberFormats.Thousands));
            }

            sheet.Row(Measure.Yes, [.. bases]);
        }

        var header = new List<LaidCell>();
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var title = RenderText.ColumnTitle(table.Columns[c]);
            header.Add(Text(1 + (2 * c), title.Length == 0 ? "Count" : title, Look.BoldRight));
            header.Add(Text(2 + (2 * c), "%", Look.BoldRight));
        }

        sheet.Row(Measure.Yes, [.. header]);
        sheet.HeaderRows = sheet.RowCount;
        foreach (var row in table.Rows)
        {
            var cells = new List<LaidCell>
            {
                Text(0, (row.Kind == RowKind.SubCategory ? RenderText.SubCategoryMarker : string.Empty) + row.Label, Look.Plain),
            };
            for (var c = 0; c < row.Cells.Count; c++)
            {
                switch (row.Cells[c])
                {
                    case CountCell count:
                        cells.Add(Count(1 + (2 * c), count.Count, NumberFormats.Thousands));
                        if (count.PercentValue is { } percent)
                        {
                            cells.Add(Percentage(2 + (2 * c), percent, count.PercentText));
                        }
                        else if (count.PercentText.Length > 0)
                        {
                            cells.Add(Text(2 + (2 * c), count.PercentText, Look.Right));
                        }

                        break;
                    case SuppressedCell:
                        cells.Add(Text(1 + (2 * c), SuppressedCell.Symbol, Look.Right));
                        break;
                    case StatisticCell statistic:
                        cells.Add(Statistic(1 + (2 * c), statistic));
                        break;
                }
            }

            sheet.Row(Measure.Yes, [.. cells]);
        }

        foreach (var note in table.Notes)
        {
            sheet.Row(Measure.No, Text(0, note, Look.Italic));
        }
    }

    private static LaidCell Text(int column, string text, Look look)
    {
        var line = RenderText.OneLine(XmlSafe(text));
        if (line.Length > MaxCellText)
        {
            line = line[..(char.IsHighSurrogate(line[MaxCellText - 1]) ? MaxCellText - 1 : MaxCellText)];
        }

        return new LaidCell(column, line, null, new Style(look, null));
    }

    /// <summary>
    /// A count as a number showing what the text format prints (<c>1,346</c> with <see cref="NumberFormats.Thousands"/>, as
    /// counts and the n line's <c>1,820</c> are), or as that text beyond 2^53, where Excel's doubles would change it.
    /// </summary>
    private static LaidCell Count(int column, long count, string format)
    {
        var text = format == NumberFormats.Thousands ? RenderText.WithThousands(count) : RenderText.Count(count);
        return count <= LargestExactInteger ? new LaidCell(column, text, count, new Style(Look.Plain, format)) : Text(column, text, Look.Right);
    }

    /// <summary>The fraction of the percentage as printed (2.2% is 0.022), with the format of its printed decimals.</summary>
    private static LaidCell Percentage(int column, decimal percent, string text)
    {
        var fraction = percent / 100m;
        return SignificantDigits(fraction) <= ExcelDigits
            ? new LaidCell(column, text, fraction, new Style(Look.Plain, NumberFormats.Percent(percent.Scale)))
            : Text(column, text, Look.Right);
    }

    /// <summary>A statistic's number with a format showing its decimals and unit, or its text when it is not a number and a unit.</summary>
    private static LaidCell Statistic(int column, StatisticCell statistic)
    {
        var text = RenderText.OneLine(XmlSafe(statistic.Text));
        if (string.Equals(text, statistic.Text, StringComparison.Ordinal)
            && RenderText.TrySplitStatistic(statistic, out var value, out var unit)
            && SignificantDigits(value) <= ExcelDigits
            && NumberFormats.Statistic(value.Scale, unit) is { } format)
        {
            return new LaidCell(column, text, value, new Style(Look.Plain, format));
        }

        return Text(column, statistic.Text, Look.Right);
    }

    private static int SignificantDigits(decimal value)
    {
        var digits = value.ToString(CultureInfo.InvariantCulture).Replace("-", string.Empty, StringComparison.Ordinal).Replace(".", string.Empty, StringComparison.Ordinal).Trim('0');
        return digits.Length;
    }

    /// <summary>Text with every character XML 1.0 cannot hold (lone surrogates, U+FFFE, U+FFFF) replaced by U+FFFD.</summary>
    internal static string XmlSafe(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var valid = char.IsHighSurrogate(c)
                ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                : !char.IsLowSurrogate(c) && c is not ('\uFFFE' or '\uFFFF');
            if (char.IsHighSurrogate(c) && valid)
            {
                builder?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            if (!valid)
            {
                builder ??= new StringBuilder(text, 0, i, text.Length);
                builder.Append('\uFFFD');
                continue;
            }

            builder?.Append(c);
        }

        return builder?.ToString() ?? text;
    }

    /// <summary>Writes the sheets as a package, then copies it to <paramref name="output"/> with fixed timestamps.</summary>
    private static void Save(IReadOnlyList<SheetLayout> sheets, Stream output)
    {
        using var package = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(package, SpreadsheetDocumentType.Workbook))
        {
            var styles = new StyleTable();
            // Every relationship gets a fixed id (the SDK would draw random ones), so the bytes depend on the tables only.
            var workbookPart = document.AddNewPart<WorkbookPart>(MainContentType, "rId1");
            var sheetList = new Sheets();
            for (var s = 0; s < sheets.Count; s++)
            {
                var id = string.Create(CultureInfo.InvariantCulture, $"rId{s + 1}");
                var part = workbookPart.AddNewPart<WorksheetPart>(id);
                part.Worksheet = Worksheet(sheets[s], styles, selected: s == 0);
                sheetList.Append(new Sheet { Name = sheets[s].Name, SheetId = (uint)(s + 1), Id = id });
            }

            var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>(string.Create(CultureInfo.InvariantCulture, $"rId{sheets.Count + 1}"));
            stylesPart.Stylesheet = styles.Stylesheet();
            workbookPart.Workbook = new Workbook(new BookViews(new WorkbookView { ActiveTab = 0 }), sheetList);
        }

        Normalise(package, output);
    }

    /// <summary>
    /// Copies the package's archive to <paramref name="output"/>: <c>[Content_Types].xml</c> first, the other
    /// entries in their order, every timestamp fixed, so the bytes depend on the tables only.
    /// </summary>
    private static void Normalise(MemoryStream package, Stream output)
    {
        package.Position = 0;
        using var copy = new MemoryStream();
        using (var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true))
        using (var target = new ZipArchive(copy, ZipArchiveMode.Create, leaveOpen: true))
        {
            var entries = source.Entries.OrderBy(e => e.FullName == "[Content_Types].xml" ? 0 : 1).ToList();
            foreach (var entry in entries)
            {
                var written = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                written.LastWriteTime = ArchiveTime;
                using var from = entry.Open();
                using var to = written.Open();
                from.CopyTo(to);
            }
        }

        copy.Position = 0;
        copy.CopyTo(output);
        output.Flush();
    }

    private static Worksheet Worksheet(SheetLayout sheet, StyleTable styles, bool selected)
    {
        var view = new SheetView { WorkbookViewId = 0 };
        if (selected)
        {
            view.TabSelected = true;
        }

        if (sheet.FrozenRows > 0)
        {
            var topLeft = string.Create(CultureInfo.InvariantCulture, $"A{sheet.FrozenRows + 1}");
            view.Append(
                new Pane { VerticalSplit = sheet.FrozenRows, TopLeftCell = topLeft, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft } });
        }

        var worksheet = new Worksheet(new SheetViews(view));
        var widths = sheet.ColumnWidths();
        if (widths.Count > 0)
        {
            var columns = new Columns();
            foreach (var (index, width) in widths)
            {
                columns.Append(new Column { Min = (uint)(index + 1), Max = (uint)(index + 1), Width = width, CustomWidth = true });
            }

            worksheet.Append(columns);
        }

        var data = new SheetData();
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            if (sheet.Rows[r].Cells.Length == 0)
            {
                continue;
            }

            var row = new Row { RowIndex = (uint)(r + 1) };
            foreach (var cell in sheet.Rows[r].Cells.OrderBy(c => c.Column))
            {
                var reference = Reference(cell.Column, r + 1);
                var style = styles.IndexOf(cell.Style);
                row.Append(cell.Number is { } number
                    ? new Cell { CellReference = reference, StyleIndex = style, CellValue = new CellValue(number.ToString(CultureInfo.InvariantCulture)) }
                    : new Cell
                    {
                        CellReference = reference,
                        StyleIndex = style,
                        DataType = CellValues.InlineString,
                        InlineString = new InlineString(new Text(cell.Text) { Space = SpaceProcessingModeValues.Preserve }),
                    });
            }

            data.Append(row);
        }

        worksheet.Append(data);
        if (sheet.Links.Count > 0)
        {
            var links = new Hyperlinks();
            foreach (var (row, target) in sheet.Links)
            {
                links.Append(new Hyperlink { Reference = Reference(0, row), Location = "'" + target.Replace("'", "''", StringComparison.Ordinal) + "'!A1", Display = target });
            }

            worksheet.Append(links);
        }

        return worksheet;
    }

    /// <summary>An A1 reference: column 0 is A, 26 is AA.</summary>
    internal static string Reference(int column, int row)
    {
        var letters = new StringBuilder();
        for (var c = column + 1; c > 0; c = (c - 1) / 26)
        {
            letters.Insert(0, (char)('A' + ((c - 1) % 26)));
        }

        return letters.Append(row.ToString(CultureInfo.InvariantCulture)).ToString();
    }

    /// <summary>The number formats the workbook uses, as Excel format codes.</summary>
    internal static class NumberFormats
    {
        internal const string Thousands = "#,##0";

        /// <summary>The longest format code Excel accepts.</summary>
        private const int MaxCode = 255;

        /// <summary><c>0%</c>, <c>0.0%</c> or <c>0.00%</c>.</summary>
        internal static string Percent(int decimals) => Fixed(decimals) + "%";

        /// <summary>The number with <paramref name="decimals"/> decimals, then the unit as literal text; null when too long for a format.</summary>
        internal static string? Statistic(int decimals, string unit)
        {
            var code = unit.Length == 0 ? Fixed(decimals) : Fixed(decimals) + "\"" + unit.Replace("\"", "\"\\\"\"", StringComparison.Ordinal) + "\"";
            return code.Length <= MaxCode ? code : null;
        }

        private static string Fixed(int decimals) => decimals == 0 ? "0" : "0." + new string('0', decimals);
    }

    private enum Measure
    {
        No,
        Yes,
    }

    /// <summary>How a cell looks: its font and alignment.</summary>
    internal enum Look
    {
        Plain,
        Right,
        Bold,
        BoldRight,
        Italic,
        SheetTitle,
        Link,
    }

    /// <summary>A cell's look and number format (null for text).</summary>
    internal readonly record struct Style(Look Look, string? NumberFormat);

    /// <summary>A cell of a laid-out sheet: its column, the text it shows, its number (null for a text cell) and its style.</summary>
    internal readonly record struct LaidCell(int Column, string Text, decimal? Number, Style Style);

    private readonly record struct LaidRow(LaidCell[] Cells, bool Measured);

    /// <summary>A sheet as rows of cells, before it is written.</summary>
    private sealed class SheetLayout(string name)
    {
        internal string Name { get; } = name;

        internal List<LaidRow> Rows { get; } = [];

        internal int RowCount => Rows.Count;

        internal int FrozenRows { get; set; }

        internal int HeaderRows { get; set; }

        /// <summary>Rows (1-based) whose column A links to a sheet.</summary>
        internal List<(int Row, string Sheet)> Links { get; } = [];

        internal void Row(Measure measure, params LaidCell[] cells) => Rows.Add(new LaidRow(cells, measure == Measure.Yes));

        internal void Blank() => Rows.Add(new LaidRow([], false));

        /// <summary>
        /// A width for each column that holds a measured cell: its longest text plus a margin. Titles and notes are
        /// not measured: they spill over the empty cells to their right, as in the published report.
        /// </summary>
        internal List<(int Column, double Width)> ColumnWidths()
        {
            var longest = new SortedDictionary<int, int>();
            foreach (var row in Rows.Where(r => r.Measured))
            {
                foreach (var cell in row.Cells)
                {
                    var length = cell.Text.Length + (cell.Style.Look is Look.Bold or Look.BoldRight ? 1 : 0);
                    longest[cell.Column] = Math.Max(longest.GetValueOrDefault(cell.Column), length);
                }
            }

            return [.. longest.Select(l => (l.Key, Math.Min(MaxColumnWidth, Math.Max(l.Value, 6) + 2)))];
        }
    }

    /// <summary>The workbook's fonts, number formats and cell formats; a style's index is its position in cellXfs.</summary>
    private sealed class StyleTable
    {
        private const uint FirstCustomFormat = 164;
        private readonly Dictionary<Style, uint> _styles = [];
        private readonly Dictionary<string, uint> _formats = new(StringComparer.Ordinal);
        private readonly List<Style> _order = [];

        internal uint IndexOf(Style style)
        {
            if (!_styles.TryGetValue(style, out var index))
            {
                // Index 0 is the default format, which every workbook needs.
                index = (uint)_order.Count + 1;
                _styles.Add(style, index);
                _order.Add(style);
                if (style.NumberFormat is { } code && !_formats.ContainsKey(code))
                {
                    _formats.Add(code, FirstCustomFormat + (uint)_formats.Count);
                }
            }

            return index;
        }

        internal Stylesheet Stylesheet()
        {
            var looks = Enum.GetValues<Look>();
            var fonts = new Fonts(looks.Select(Font)) { Count = (uint)looks.Length };
            var formats = new CellFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 });
            foreach (var style in _order)
            {
                var format = new CellFormat
                {
                    NumberFormatId = style.NumberFormat is { } code ? _formats[code] : 0,
                    FontId = (uint)Array.IndexOf(looks, style.Look),
                    FillId = 0,
                    BorderId = 0,
                    FormatId = 0,
                };
                if (style.Look != Look.Plain)
                {
                    format.ApplyFont = true;
                }

                if (style.NumberFormat is not null)
                {
                    format.ApplyNumberFormat = true;
                }

                if (style.Look is Look.Right or Look.BoldRight)
                {
                    format.ApplyAlignment = true;
                    format.Append(new Alignment { Horizontal = HorizontalAlignmentValues.Right });
                }

                formats.Append(format);
            }

            formats.Count = (uint)(_order.Count + 1);
            var sheet = new Stylesheet();
            if (_formats.Count > 0)
            {
                sheet.Append(new NumberingFormats(_formats.OrderBy(f => f.Value).Select(f => new NumberingFormat { NumberFormatId = f.Value, FormatCode = f.Key })) { Count = (uint)_formats.Count });
            }

            sheet.Append(
                fonts,
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
                new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
                new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
                formats,
                new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
            return sheet;
        }

        private static Font Font(Look look)
        {
            var font = new Font();
            if (look is Look.Bold or Look.BoldRight or Look.SheetTitle)
            {
                font.Append(new Bold());
            }

            if (look == Look.Italic)
            {
                font.Append(new Italic());
            }

            if (look == Look.Link)
            {
                font.Append(new Underline());
            }

            font.Append(new FontSize { Val = look == Look.SheetTitle ? 14 : 11 });
            font.Append(look == Look.Link ? new Color { Rgb = "FF0563C1" } : new Color { Theme = 1 });
            font.Append(new FontName { Val = "Calibri" }, new FontFamilyNumbering { Val = 2 }, new FontScheme { Val = FontSchemeValues.Minor });
            return font;
        }
    }
}
