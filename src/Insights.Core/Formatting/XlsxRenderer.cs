using Insights.Core.Tabulation;

namespace Insights.Core.Formatting;

/// <summary>
/// Writes evaluated tables and reports as an Excel workbook (Office Open XML, <c>.xlsx</c>), the binary
/// counterpart of <see cref="TableRenderer"/>'s text formats. A report gives a <c>Contents</c> sheet, with a link
/// to each section, and one sheet per section; each table is its title row, its n line, a header row, its rows and
/// its notes, with a blank row between tables.
/// </summary>
/// <remarks>
/// <para>
/// Every cell shows exactly the text the text format prints for it. Counts and bases are numbers; a
/// percentage is a number (the fraction, <c>0.13</c> for <c>13%</c>), rounded as <see cref="Percent.Format"/>
/// rounds it and formatted <c>0%</c>, <c>0.0%</c> or <c>0.00%</c> by the same rule, so Excel cannot round it
/// differently; a statistic is its number with a format that shows its decimals and its unit
/// (<c>36.4 years</c>). A dash (a base of 0, an undefined statistic) and every label stay text. Text is put
/// on one line as in the text format; characters XML cannot hold become U+FFFD, and text longer than Excel's
/// 32,767 characters a cell is cut there.
/// </para>
/// <para>
/// The workbook has no formulas and no external links, and it is deterministic: the same tables always give the
/// same bytes (the archive's timestamps are fixed). It is built in memory and then copied to the stream, so
/// the stream need be neither readable nor seekable; it is left open.
/// </para>
/// </remarks>
public static class XlsxRenderer
{
    /// <summary>Writes every section and table of <paramref name="report"/> to <paramref name="output"/> as a workbook.</summary>
    /// <param name="report">The report: its title, period and source head the contents sheet.</param>
    /// <param name="output">Where the <c>.xlsx</c> bytes go; it is left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> cannot be written to.</exception>
    /// <exception cref="IOException">Writing to <paramref name="output"/> failed.</exception>
    public static void Write(ReportResult report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        RequireWritable(output);
        XlsxWorkbook.Write(report, output);
    }

    /// <summary>Writes one table to <paramref name="output"/> as a workbook with a single sheet named after the table.</summary>
    /// <param name="table">The table.</param>
    /// <param name="output">Where the <c>.xlsx</c> bytes go; it is left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> cannot be written to.</exception>
    /// <exception cref="IOException">Writing to <paramref name="output"/> failed.</exception>
    public static void Write(Table table, Stream output)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(output);
        RequireWritable(output);
        XlsxWorkbook.Write(table, output);
    }

    /// <summary>Returns the workbook of <paramref name="report"/> as bytes.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static byte[] Render(ReportResult report)
    {
        using var buffer = new MemoryStream();
        Write(report, buffer);
        return buffer.ToArray();
    }

    /// <summary>Returns the workbook of one table as bytes.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public static byte[] Render(Table table)
    {
        using var buffer = new MemoryStream();
        Write(table, buffer);
        return buffer.ToArray();
    }

    private static void RequireWritable(Stream output)
    {
        if (!output.CanWrite)
        {
            throw new ArgumentException("The stream cannot be written to.", nameof(output));
        }
    }
}
