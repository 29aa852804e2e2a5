using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Insights.Core.Tabular;
using Xunit;

namespace Insights.Core.Tests.Tabular;

public sealed class CsvRowsTests
{
    private static readonly Gen<string?> Cell = Gen.OneOf(
        Gen.Constant<string?>(null),
        Gen.Elements("a", "b,c", "say \"hi\"", "two\nlines", "cr\ronly", "crlf\r\nend", " padded ", "Café – ✓", "😀", "\"", ",", "")
            .Select(s => (string?)s),
        Gen.Choose(0, 40).SelectMany(n => Gen.ArrayOf(Gen.Elements('x', ',', '"', '\n', '\r', ' ', 'é', ';'), n)).Select(c => (string?)new string(c)));

    private static readonly Gen<string?[][]> Rows = Gen.Choose(1, 5).SelectMany(width =>
        Gen.ListOf(Gen.ArrayOf(Cell, width)).Select(rows => rows.ToArray()));

    [Property(MaxTest = 300)]
    public Property Write_ThenRead_GivesTheSameCells_AndEachRowsStartingLine()
        => Prop.ForAll(Rows.ToArbitrary(), rows =>
        {
            var writer = new StringWriter();
            foreach (var row in rows)
            {
                CsvRows.Write(writer, row);
            }

            var text = writer.ToString();
            var read = CsvRows.Read(new MemoryStream(Encoding.UTF8.GetBytes(text))).ToList();

            // Rows whose cells are all empty (or only spaces, unquoted) are blank lines, which are skipped.
            var expected = rows.Where(r => r.Any(c => !string.IsNullOrEmpty(c))).ToList();
            Assert.Equal(expected.Count, read.Count);
            for (var i = 0; i < read.Count; i++)
            {
                Assert.Null(read[i].Problem);
                Assert.Equal(string.Join("|", expected[i].Select(c => string.IsNullOrEmpty(c) ? "<null>" : c)), Joined(read[i]));
            }

            // A row's line is one more than the line ends before it (CRLF counting once, inside quotes too).
            var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
            var offsets = read.Select(r => r.Offset).ToList();
            foreach (var row in read)
            {
                var before = Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text), 0, (int)row.Offset);
                var ends = before.Replace("\r\n", "\n", StringComparison.Ordinal).Count(c => c is '\n' or '\r');
                Assert.Equal(ends + 1, row.Line);
            }

            Assert.Equal(offsets.Order(), offsets);
            _ = lines;
        });

    [Theory]
    [InlineData("a,b\n1,2\n", 2)]
    [InlineData("a,b\r\n1,2\r\n", 2)]
    [InlineData("a,b\r1,2\r", 2)]
    [InlineData("a,b\n1,2", 2)]
    [InlineData("\uFEFFa,b\n1,2\n", 2)]
    [InlineData("a,b\n\n   \n1,2\n", 4)]
    public void Read_AnyLineEnd_ByteOrderMark_AndBlankLines_GiveTheRowsAtTheirLines(string text, long lineOfSecondRow)
    {
        var rows = CsvRows.Read(new MemoryStream(Encoding.UTF8.GetBytes(text))).ToList();

        Assert.Equal(2, rows.Count);
        Assert.Equal("a|b", Joined(rows[0]));
        Assert.Equal("1|2", Joined(rows[1]));
        Assert.Equal(lineOfSecondRow, rows[1].Line);
    }

    [Theory]
    [InlineData("x,\"open\n", "a quoted field is not closed before the end of the file")]
    [InlineData("x,ab\"c\n", "a field that is not in quotes has a quote in it")]
    [InlineData("x,\"ab\"c\n", "a quoted field has text after its closing quote")]
    public void Read_BrokenRow_IsAProblemOfThatRow_NeverQuoted(string text, string problem)
    {
        var rows = CsvRows.Read(new MemoryStream(Encoding.UTF8.GetBytes("h1,h2\n" + text + "ok,1\n"))).ToList();

        var broken = rows[1];
        Assert.Null(broken.Cells);
        Assert.StartsWith(problem.Split(' ')[0], broken.Problem);
        Assert.Equal(problem, broken.Problem);
        Assert.Equal(2, broken.Line);
    }

    [Fact]
    public void Read_InvalidUtf8_RejectsTheRowAndReadsOn()
    {
        var bytes = Encoding.UTF8.GetBytes("h\n").Concat(new byte[] { 0x41, 0xC3, 0x28, 0x0A }).Concat(Encoding.UTF8.GetBytes("ok\n")).ToArray();

        var rows = CsvRows.Read(new MemoryStream(bytes)).ToList();

        Assert.Equal(3, rows.Count);
        Assert.Equal("the row is not valid UTF-8 text", rows[1].Problem);
        Assert.Equal("ok", Joined(rows[2]));
        Assert.Equal(3, rows[2].Line);
    }

    [Fact]
    public void Read_RowOverTheLimit_IsRejectedWithoutHoldingIt_AndTheNextRowIsRead()
    {
        var text = "h\n" + new string('x', CsvRows.MaxRowBytes + 10) + "\nok\n";

        var rows = CsvRows.Read(new MemoryStream(Encoding.UTF8.GetBytes(text))).ToList();

        Assert.Equal(3, rows.Count);
        Assert.Equal("the row is longer than the limit of 1,048,576 bytes", rows[1].Problem);
        Assert.Equal("ok", Joined(rows[2]));
        Assert.Equal(3, rows[2].Line);
    }

    [Fact]
    public void Read_Empty_GivesNoRows()
    {
        Assert.Empty(CsvRows.Read(new MemoryStream([])));
        Assert.Empty(CsvRows.Read(new MemoryStream(Encoding.UTF8.GetBytes("\uFEFF"))));
    }

    private static string Joined(CsvRow row) => string.Join("|", row.Cells!.Select(c => c ?? "<null>"));

    [Property(MaxTest = 300)]
    public Property Read_AnyBytes_NeverThrows_AndRowsAreInOrder(byte[] bytes)
    {
        var rows = CsvRows.Read(new MemoryStream(bytes)).ToList();
        return (rows.Zip(rows.Skip(1)).All(p => p.First.Line < p.Second.Line && p.First.Offset < p.Second.Offset)).ToProperty();
    }
}
