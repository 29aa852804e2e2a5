using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Insights.Core.Formatting;
using Insights.Core.Tabulation;
using Xunit;
using static Insights.Core.Tests.Formatting.RenderedOutput;

namespace Insights.Core.Tests.Formatting;

public sealed class XlsxRendererTests
{
    private static readonly Lazy<byte[]> OutreachBytes = new(() => XlsxRenderer.Render(OutreachFixture.Report));

    private static readonly string[] ForbiddenInSheetNames = ["[", "]", ":", "*", "?", "/", "\\"];

    [Fact]
    public void Write_OutreachReport_ValidatorFindsNoError()
    {
        var errors = XlsxOutput.ValidationErrors(OutreachBytes.Value);

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void Write_OutreachReport_EveryCellShowsTheTextRenderersText()
    {
        var report = OutreachFixture.Report;
        var sheets = XlsxOutput.Read(OutreachBytes.Value);
        var text = TableRenderer.Render(report, OutputFormat.Text).Split('\n');
        Assert.Equal(text[0], sheets[0].A(1));
        Assert.Equal(1 + report.Sections.Count, sheets.Count);

        var checkedCells = 0;
        for (var s = 0; s < report.Sections.Count; s++)
        {
            var section = report.Sections[s];
            var sheet = sheets[s + 1];
            var seen = new HashSet<(int, int)>();
            Assert.Equal(RenderText.OneLine(section.Title), See(sheet, seen, 1, 0));
            var row = 2;
            foreach (var table in section.Tables)
            {
                // A blank row, then the table.
                Assert.Empty(sheet.Row(row));
                row++;

                var tableText = TableRenderer.Render(table, OutputFormat.Text);
                var titleLine = CellSeparator().Split(tableText.Split('\n')[0]);
                Assert.Equal(titleLine[0], See(sheet, seen, row, 0));
                Assert.True(sheet.Cells[(row, 0)].Bold, $"The title of '{table.Title}' is not bold.");
                row++;

                if (table.Bases.Count > 0)
                {
                    for (var b = 0; b < table.Bases.Count; b++)
                    {
                        Assert.True(sheet.Cells[(row, (2 * b) + 1)].IsNumber);
                        Assert.Equal(titleLine[1 + b], See(sheet, seen, row, 2 * b) + "=" + See(sheet, seen, row, (2 * b) + 1));
                    }

                    row++;
                }

                for (var c = 0; c < table.Columns.Count; c++)
                {
                    var title = RenderText.ColumnTitle(table.Columns[c]);
                    Assert.Equal(title.Length == 0 ? "Count" : RenderText.OneLine(title), See(sheet, seen, row, 1 + (2 * c)));
                    Assert.Equal("%", See(sheet, seen, row, 2 + (2 * c)));
                }

                row++;
                var lines = TextRowLines(table, tableText);
                for (var r = 0; r < table.Rows.Count; r++, row++)
                {
                    var tableRow = table.Rows[r];
                    var label = (tableRow.Kind == RowKind.SubCategory ? RenderText.SubCategoryMarker : string.Empty) + RenderText.OneLine(tableRow.Label);
                    var cells = sheet.Row(row);
                    Assert.Equal(label, See(sheet, seen, row, 0));
                    Assert.Equal(TextTokens(lines[r], label), cells.Skip(1).Select(c => See(sheet, seen, row, c.Column)));
                    AssertNumbersWhereTheTextIsANumber(tableRow, cells);
                    checkedCells += cells.Count;
                }

                foreach (var note in table.Notes)
                {
                    Assert.Equal(RenderText.OneLine(note), See(sheet, seen, row, 0));
                    row++;
                }
            }

            // Nothing else is on the sheet.
            Assert.Equal(sheet.Cells.Count, seen.Count);
            Assert.Equal(row - 1, sheet.LastRow);
        }

        Assert.True(checkedCells > 2_000, $"Only {checkedCells} cells were compared.");
    }

    [Fact]
    public void Write_OutreachReport_ContentsLinksEverySectionSheet()
    {
        var report = OutreachFixture.Report;
        var sheets = XlsxOutput.Read(OutreachBytes.Value);
        var contents = sheets[0];
        Assert.Equal("Contents", contents.Name);

        Assert.Equal(report.Sections.Count, contents.Links.Count);
        for (var s = 0; s < report.Sections.Count; s++)
        {
            var (reference, location) = contents.Links[s];
            Assert.Equal("'" + sheets[s + 1].Name.Replace("'", "''", StringComparison.Ordinal) + "'!A1", location);
            var row = int.Parse(reference[1..], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(report.Sections[s].Title, contents.A(row));
        }
    }

    [Fact]
    public void Write_OutreachReport_SheetNamesValidTitlesFrozenColumnsSized()
    {
        var sheets = XlsxOutput.Read(OutreachBytes.Value);
        Assert.Equal(sheets.Count, sheets.Select(s => s.Name.ToUpperInvariant()).Distinct().Count());
        Assert.All(sheets, sheet =>
        {
            AssertValidSheetName(sheet.Name);
            Assert.Equal(1, sheet.FrozenRows);
            Assert.True(sheet.Cells[(1, 0)].Bold);
            Assert.NotEmpty(sheet.Widths);

            // Every measured column is at least as wide as its longest count, percentage or header.
            foreach (var ((row, column), cell) in sheet.Cells.Where(c => c.Key.Column > 0 && c.Value.IsNumber))
            {
                Assert.True(sheet.Widths[column] >= cell.Shown.Length, $"Column {column} of '{sheet.Name}' is narrower than '{cell.Shown}'.");
            }
        });
    }

    [Fact]
    public void Write_SameReportTwice_SameBytes()
    {
        Assert.Equal(OutreachBytes.Value, XlsxRenderer.Render(OutreachFixture.Report));
    }

    [Fact]
    public void Write_StreamNeitherReadableNorSeekable_WritesTheSameWorkbook()
    {
        var sink = new MemoryStream();
        using (var writeOnly = new WriteOnlyStream(sink))
        {
            XlsxRenderer.Write(OutreachFixture.Report, writeOnly);
        }

        Assert.Equal(OutreachBytes.Value, sink.ToArray());
    }

    [Fact]
    public void Write_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => XlsxRenderer.Write((ReportResult)null!, new MemoryStream()));
        Assert.Throws<ArgumentNullException>(() => XlsxRenderer.Write(OutreachFixture.Report, null!));
        Assert.Throws<ArgumentNullException>(() => XlsxRenderer.Write((Table)null!, new MemoryStream()));
        Assert.Throws<ArgumentException>(() => XlsxRenderer.Write(OutreachFixture.Report, new MemoryStream([], writable: false)));
    }

    [Property(MaxTest = 150)]
    public void Write_AnyCountAndBase_PercentCellShowsPercentFormat(NonNegativeInt count, PositiveInt denominator, bool large)
    {
        // Large counts and bases reach the 2-decimal band with big numbers, and rates above 100%.
        var (c, d) = large ? ((long)count.Get * 7919, (long)denominator.Get * 104_729) : (count.Get, denominator.Get);
        var table = new Table("Rates", [new TableBase("n", d)], [new TableColumn(string.Empty)], [new TableRow("Row", RowKind.Category, [new CountCell(c, d)])]);

        var sheet = Assert.Single(XlsxOutput.Read(XlsxRenderer.Render(table)));

        var percent = sheet.Cells[(4, 2)];
        Assert.True(percent.IsNumber);
        Assert.Equal(Percent.Format(c, d), percent.Shown);
        Assert.Equal(c.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture), sheet.Cells[(4, 1)].Shown);
    }

    [Theory]
    [InlineData(1, 8, "13%")]          // 12.5 rounds away from zero
    [InlineData(84, 841, "10.0%")]     // 9.988…: the 1-decimal band, shown as 10.0
    [InlineData(23, 4000, "0.58%")]    // 0.575 exactly, where doubles give 0.57
    [InlineData(1, 200, "0.50%")]
    [InlineData(0, 7, "0%")]
    [InlineData(399, 400, "100%")]     // 99.75 rounds up to 100
    [InlineData(5, 2, "250%")]         // a rate above 100
    public void Write_PercentEdgeCases_ShowExactlyPercentFormat(long count, long denominator, string shown)
    {
        var table = new Table("Rates", [new TableBase("n", denominator)], [new TableColumn(string.Empty)], [new TableRow("Row", RowKind.Category, [new CountCell(count, denominator)])]);

        var sheet = Assert.Single(XlsxOutput.Read(XlsxRenderer.Render(table)));

        Assert.Equal(shown, sheet.Cells[(4, 2)].Shown);
        Assert.Equal(Percent.Format(count, denominator), shown);
    }

    [Fact]
    public void Write_CountsBeyondWhatADoubleHoldsExactly_StayText()
    {
        // 2^53 + 1 would show as 9007199254740992 from a double; the cell keeps the exact digits as text.
        const long Huge = 9_007_199_254_740_993;
        var table = new Table("Huge", [new TableBase("n", Huge)], [new TableColumn(string.Empty)], [new TableRow("Row", RowKind.Category, [new CountCell(Huge, Huge)])]);

        var bytes = XlsxRenderer.Render(table);

        Assert.Empty(XlsxOutput.ValidationErrors(bytes));
        var sheet = Assert.Single(XlsxOutput.Read(bytes));
        Assert.Equal(("9,007,199,254,740,993", false), (sheet.Cells[(2, 1)].Shown, sheet.Cells[(2, 1)].IsNumber));
        Assert.Equal(("9,007,199,254,740,993", false), (sheet.Cells[(4, 1)].Shown, sheet.Cells[(4, 1)].IsNumber));
        Assert.Equal(("100%", true), (sheet.Cells[(4, 2)].Shown, sheet.Cells[(4, 2)].IsNumber));
    }

    [Fact]
    public void Write_EmptyTableAndZeroBase_ValidWithTitleNHeaderAndDashes()
    {
        var empty = new Table("Nothing yet", [new TableBase("n", 0)], [new TableColumn(string.Empty)], []);
        var zero = new Table(
            "Case length",
            [new TableBase("n", 0)],
            [new TableColumn(string.Empty)],
            [
                new TableRow("0 to 1 month", RowKind.Category, [new CountCell(0, 0)]),
                new TableRow("Total", RowKind.Total, [new CountCell(0, 0, showPercent: false)]),
                new TableRow("Average case length (median)", RowKind.Statistic, [new StatisticCell(null, "-")]),
            ],
            ["No case has closed yet."]);
        var noColumns = new Table("No columns", [], [], [new TableRow("Only a label", RowKind.Category, [])]);
        var report = new ReportResult("Empty", [new ReportResultSection("Empty section", []), new ReportResultSection("Tables", [empty, zero, noColumns])]);

        var bytes = XlsxRenderer.Render(report);

        Assert.Empty(XlsxOutput.ValidationErrors(bytes));
        var sheets = XlsxOutput.Read(bytes);
        Assert.Equal(["Contents", "Empty section", "Tables"], sheets.Select(s => s.Name));
        Assert.Equal(["Empty section"], sheets[1].Cells.Values.Select(c => c.Shown));
        var tables = sheets[2];
        Assert.Equal(["Nothing yet"], tables.Row(3).Select(c => c.Cell.Shown));
        Assert.Equal(["n", "0"], tables.Row(4).Select(c => c.Cell.Shown));
        Assert.Equal(["Count", "%"], tables.Row(5).Select(c => c.Cell.Shown));
        Assert.Empty(tables.Row(6));
        Assert.Equal(["0 to 1 month", "0", "-"], tables.Row(10).Select(c => c.Cell.Shown));
        Assert.False(tables.Cells[(10, 2)].IsNumber);
        Assert.Equal(["Total", "0"], tables.Row(11).Select(c => c.Cell.Shown));
        Assert.Equal(["Average case length (median)", "-"], tables.Row(12).Select(c => c.Cell.Shown));
        Assert.Equal(["No case has closed yet."], tables.Row(13).Select(c => c.Cell.Shown));
        Assert.Equal(["No columns"], tables.Row(15).Select(c => c.Cell.Shown));
        Assert.Equal(["Only a label"], tables.Row(17).Select(c => c.Cell.Shown));
    }

    [Fact]
    public void Write_Statistics_NumbersWithTheirDecimalsAndUnit()
    {
        var table = new Table(
            "Statistics",
            [new TableBase("n", 10)],
            [new TableColumn(string.Empty)],
            [
                new TableRow("Mean age", RowKind.Statistic, [new StatisticCell(36.4m, "36.4 years")]),
                new TableRow("Median length", RowKind.Statistic, [new StatisticCell(13m, "13 weeks")]),
                new TableRow("Two decimals", RowKind.Statistic, [new StatisticCell(2.50m, "2.50")]),
                new TableRow("Quoted unit", RowKind.Statistic, [new StatisticCell(-1.5m, "-1.5 \"units\" 5%")]),
                new TableRow("Hand-made text", RowKind.Statistic, [new StatisticCell(4m, "about four")]),
                new TableRow("Longer number", RowKind.Statistic, [new StatisticCell(1.5m, "1.55 years")]),
            ]);

        var bytes = XlsxRenderer.Render(table);

        Assert.Empty(XlsxOutput.ValidationErrors(bytes));
        var sheet = Assert.Single(XlsxOutput.Read(bytes));
        Assert.Equal(("36.4 years", true), Shown(sheet, 4));
        Assert.Equal(("13 weeks", true), Shown(sheet, 5));
        Assert.Equal(("2.50", true), Shown(sheet, 6));
        Assert.Equal(("-1.5 \"units\" 5%", true), Shown(sheet, 7));
        Assert.Equal(("about four", false), Shown(sheet, 8));
        Assert.Equal(("1.55 years", false), Shown(sheet, 9));

        static (string, bool) Shown(XlsxSheet sheet, int row) => (sheet.Cells[(row, 1)].Shown, sheet.Cells[(row, 1)].IsNumber);
    }

    [Fact]
    public void Write_VeryLongTitlesAndText_NamesCutTo31CellsTo32767()
    {
        var longTitle = string.Concat(Enumerable.Repeat("Very long section title ", 20));
        var hugeTitle = new string('x', 40_000);
        var table = new Table(hugeTitle, [new TableBase(longTitle, 3)], [new TableColumn(longTitle, longTitle)], [new TableRow(hugeTitle, RowKind.Category, [new CountCell(1, 3)])], [hugeTitle]);
        var report = new ReportResult(hugeTitle, [new ReportResultSection(longTitle, [table]), new ReportResultSection(longTitle + "2", [table])]);

        var bytes = XlsxRenderer.Render(report);

        Assert.Empty(XlsxOutput.ValidationErrors(bytes));
        var sheets = XlsxOutput.Read(bytes);
        Assert.All(sheets, s => AssertValidSheetName(s.Name));
        Assert.Equal(["Contents", "Very long section title Very lo", "Very long section title Ver (2)"], sheets.Select(s => s.Name));
        Assert.All(sheets.SelectMany(s => s.Cells.Values), c => Assert.True(c.Shown.Length <= 32_767));
        Assert.Equal(32_767, sheets[1].Cells[(3, 0)].Shown.Length);
        Assert.All(sheets[1].Widths.Values, w => Assert.InRange(w, 1, 100));
    }

    [Fact]
    public void Write_SheetNameCollisions_UniqueValidNamesAndLinksToEach()
    {
        string[] titles = ["Profile", "PROFILE", "Contents", "History", "a[b]c:d*e?f/g\\h", "'Quoted'", "   ", new string('z', 40), new string('z', 35), "Profile (2)", "\uD83D\uDE00" + new string('e', 28) + "\uD83D\uDE00"];
        var table = new Table("T", [new TableBase("n", 1)], [new TableColumn(string.Empty)], [new TableRow("R", RowKind.Category, [new CountCell(1, 1)])]);
        var report = new ReportResult("Collisions", [.. titles.Select(t => new ReportResultSection(t, [table]))]);

        var bytes = XlsxRenderer.Render(report);

        Assert.Empty(XlsxOutput.ValidationErrors(bytes));
        var sheets = XlsxOutput.Read(bytes);
        var names = sheets.Select(s => s.Name).ToList();
        Assert.All(names, AssertValidSheetName);
        Assert.Equal(names.Count, names.Select(n => n.ToUpperInvariant()).Distinct().Count());
        Assert.Equal("Contents", names[0]);
        Assert.Equal(["Profile", "PROFILE (2)", "Contents (2)", "History (2)", "a b c d e f g h", "Quoted", "Sheet", new string('z', 31), new string('z', 27) + " (2)", "Profile (2) (2)",
            "\uD83D\uDE00" + new string('e', 28)], names.Skip(1));
        Assert.Equal(sheets.Skip(1).Select(s => "'" + s.Name.Replace("'", "''", StringComparison.Ordinal) + "'!A1"), sheets[0].Links.Select(l => l.Location));
    }

    [Fact]
    public void Write_CharactersXmlCannotHold_BecomeReplacementCharacters()
    {
        var table = new Table("Lone \uD800 surrogate", [new TableBase("n", 1)], [new TableColumn("\uFFFE")], [new TableRow("Tab\tand\u0001control", RowKind.Category, [new CountCell(1, 1)])]);

        var bytes = XlsxRenderer.Render(table);

        Assert.Empty(XlsxOutput.ValidationErrors(bytes));
        var sheet = Assert.Single(XlsxOutput.Read(bytes));
        Assert.Equal("Lone \uFFFD surrogate", sheet.A(1));
        Assert.Equal("\uFFFD", sheet.Cells[(3, 1)].Shown);
        Assert.Equal("Tab and control", sheet.A(4));
    }

    [Property(Arbitrary = new[] { typeof(TableRendererTests) }, MaxTest = 40)]
    public void Write_AnyText_ValidWorkbookWithUniqueNamesAndEveryLabelOnOneLine(ReportResult report)
    {
        var bytes = XlsxRenderer.Render(report);

        Assert.Empty(XlsxOutput.ValidationErrors(bytes));
        var sheets = XlsxOutput.Read(bytes);
        Assert.Equal(1 + report.Sections.Count, sheets.Count);
        Assert.Equal(sheets.Count, sheets.Select(s => s.Name.ToUpperInvariant()).Distinct().Count());
        Assert.All(sheets, s => AssertValidSheetName(s.Name));
        Assert.Equal(report.Sections.Count, sheets[0].Links.Count);
        Assert.All(sheets.SelectMany(s => s.Cells.Values), c => Assert.Equal(RenderText.OneLine(c.Shown), c.Shown));

        // Each section's sheet holds, below its title, each table's rows: title, n, header, rows, notes and a blank row.
        for (var s = 0; s < report.Sections.Count; s++)
        {
            var rows = 1 + report.Sections[s].Tables.Sum(t => 1 + 1 + (t.Bases.Count > 0 ? 1 : 0) + 1 + t.Rows.Count + t.Notes.Count);
            Assert.True(sheets[s + 1].LastRow <= rows);
            Assert.Equal(RenderText.OneLine(report.Sections[s].Title), sheets[s + 1].A(1));
        }
    }

    [Fact]
    public void Write_OneTable_OneSheetWithTitleNAndHeaderFrozen()
    {
        var table = OutreachFixture.Report.Sections[0].Tables[0];

        var sheet = Assert.Single(XlsxOutput.Read(XlsxRenderer.Render(table)));

        AssertValidSheetName(sheet.Name);
        Assert.Equal(table.Title, sheet.A(1));
        Assert.Equal(table.Bases.Count > 0 ? 3 : 2, sheet.FrozenRows);
    }

    private static string See(XlsxSheet sheet, HashSet<(int, int)> seen, int row, int column)
    {
        Assert.True(sheet.Cells.TryGetValue((row, column), out var cell), $"Sheet '{sheet.Name}' has no cell at row {row}, column {column}.");
        seen.Add((row, column));
        return cell.Shown;
    }

    /// <summary>Counts and percentages are numbers; a dash is text; a statistic is a number whenever the tabulators made it.</summary>
    private static void AssertNumbersWhereTheTextIsANumber(TableRow row, List<(int Column, XlsxCell Cell)> cells)
    {
        var byColumn = cells.ToDictionary(c => c.Column, c => c.Cell);
        for (var c = 0; c < row.Cells.Count; c++)
        {
            switch (row.Cells[c])
            {
                case CountCell count:
                    Assert.True(byColumn[1 + (2 * c)].IsNumber);
                    if (count.ShowPercent)
                    {
                        Assert.Equal(count.Base != 0, byColumn[2 + (2 * c)].IsNumber);
                    }

                    break;
                case StatisticCell statistic:
                    Assert.Equal(statistic.Value is not null, byColumn[1 + (2 * c)].IsNumber);
                    break;
            }
        }
    }

    private static void AssertValidSheetName(string name)
    {
        Assert.InRange(name.Length, 1, 31);
        Assert.DoesNotContain(ForbiddenInSheetNames, name.Contains);
        Assert.False(name.StartsWith('\'') || name.EndsWith('\''), $"'{name}' starts or ends with an apostrophe.");
    }

    private static System.Text.RegularExpressions.Regex CellSeparator() => new("  +", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>A stream that can only be written: no reading, no seeking, no length.</summary>
    private sealed class WriteOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
