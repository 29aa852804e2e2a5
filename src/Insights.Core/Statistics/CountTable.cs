using System.Globalization;

namespace Insights.Core.Statistics;

/// <summary>Checks and margins of a table of counts given as a rectangular array.</summary>
internal static class CountTable
{
    public static void CheckCounts(long[,] counts, string name)
    {
        for (var i = 0; i < counts.GetLength(0); i++)
        {
            for (var j = 0; j < counts.GetLength(1); j++)
            {
                if (counts[i, j] < 0)
                {
                    throw new ArgumentOutOfRangeException(
                        name,
                        counts[i, j],
                        string.Create(CultureInfo.InvariantCulture, $"Counts must be 0 or more; the one at [{i}, {j}] is negative."));
                }
            }
        }
    }

    public static long RowTotal(long[,] counts, int row)
    {
        var total = 0L;
        for (var j = 0; j < counts.GetLength(1); j++)
        {
            total = checked(total + counts[row, j]);
        }

        return total;
    }

    public static long ColumnTotal(long[,] counts, int column)
    {
        var total = 0L;
        for (var i = 0; i < counts.GetLength(0); i++)
        {
            total = checked(total + counts[i, column]);
        }

        return total;
    }

    public static string Indexes(IEnumerable<int> indexes) => string.Join(", ", indexes.Select(i => i.ToString(CultureInfo.InvariantCulture)));
}
