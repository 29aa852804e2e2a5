using System.Globalization;
using Xunit;

namespace Insights.Core.Tests.Statistics;

/// <summary>
/// Reads the reference values that scripts/statistics/make-fixtures.R wrote from R into Statistics/Fixtures (copied
/// beside the test binaries): one comment line naming the R and coin versions, a header, then plain comma-separated
/// values (no quoting; tables and vectors are ';'-separated inside a field; R's NA is NaN).
/// </summary>
internal static class RFixtures
{
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Read(string fileName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Statistics", "Fixtures", fileName);
        var lines = File.ReadAllLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')).ToArray();
        var header = lines[0].Split(',');
        var rows = lines.Skip(1).Select(line =>
        {
            var fields = line.Split(',');
            Assert.Equal(header.Length, fields.Length);
            return (IReadOnlyDictionary<string, string>)header.Zip(fields).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
        }).ToArray();
        Assert.NotEmpty(rows);
        return rows;
    }

    public static double Number(this IReadOnlyDictionary<string, string> row, string column) =>
        row[column] == "NA" ? double.NaN : double.Parse(row[column], NumberStyles.Float, CultureInfo.InvariantCulture);

    public static long Count(this IReadOnlyDictionary<string, string> row, string column) => checked((long)row.Number(column));

    public static double[] Numbers(this IReadOnlyDictionary<string, string> row, string column) =>
        [.. row[column].Split(';').Select(v => v == "NA" ? double.NaN : double.Parse(v, NumberStyles.Float, CultureInfo.InvariantCulture))];

    /// <summary>A k x k (or rows x columns) table from its row-major ';'-separated cells.</summary>
    public static long[,] Table(this IReadOnlyDictionary<string, string> row, int rows, int columns)
    {
        var cells = row.Numbers("cells");
        Assert.Equal(rows * columns, cells.Length);
        var table = new long[rows, columns];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                table[i, j] = checked((long)cells[i * columns + j]);
            }
        }

        return table;
    }

    /// <summary>
    /// Whether <paramref name="actual"/> agrees with R's <paramref name="expected"/>: within 1e-10 relative error, or
    /// 1e-12 absolute near 0; NaN only with NaN, infinities only with themselves.
    /// </summary>
    public static bool Close(double expected, double actual)
    {
        if (double.IsNaN(expected) || double.IsInfinity(expected))
        {
            return expected.Equals(actual);
        }

        var difference = Math.Abs(expected - actual);
        return difference <= 1e-12 || difference <= 1e-10 * Math.Abs(expected);
    }

    /// <summary>Collects the disagreements of a fixture so one failing test lists every row that differs.</summary>
    public sealed class Mismatches
    {
        private readonly List<string> found = [];

        public int Checked { get; private set; }

        public void Check(string what, double expected, double actual)
        {
            Checked++;
            if (!Close(expected, actual))
            {
                found.Add(string.Create(CultureInfo.InvariantCulture, $"{what}: R {expected:R}, ours {actual:R}"));
            }
        }

        public void AssertNone()
        {
            Assert.True(Checked > 0, "nothing was compared");
            Assert.True(found.Count == 0, $"{found.Count} of {Checked} values differ from R:\n" + string.Join("\n", found));
        }
    }
}
