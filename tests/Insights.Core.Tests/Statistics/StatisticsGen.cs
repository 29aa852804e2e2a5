using Insights.Core.Statistics;
using FsCheck;
using FsCheck.Fluent;

namespace Insights.Core.Tests.Statistics;

/// <summary>Generators of counts for the statistics properties: small, moderate and large, so edges come up often.</summary>
internal static class StatisticsGen
{
    /// <summary>A count in [0, max], with 0, 1 and max themselves drawn often.</summary>
    public static Gen<long> Count(long max) =>
        Gen.Frequency(
            (1, Gen.Constant(0L)),
            (1, Gen.Constant(Math.Min(1L, max))),
            (1, Gen.Constant(max)),
            (4, Gen.Choose(0, (int)Math.Min(max, 60)).Select(v => (long)v)),
            (3, Gen.Choose(0, int.MaxValue).Select(v => (long)(v % (max + 1)))));

    /// <summary>Successes and trials: trials in [1, 10^6], successes in [0, trials].</summary>
    public static Gen<(long Successes, long Trials)> Proportion() =>
        from trials in Gen.OneOf(Gen.Choose(1, 30), Gen.Choose(1, 2_000), Gen.Choose(1, 1_000_000)).Select(v => (long)v)
        from successes in Count(trials)
        select (successes, trials);

    public static Gen<IntervalMethod> Method() => Gen.Elements(IntervalMethod.Wilson, IntervalMethod.WilsonContinuityCorrected, IntervalMethod.ClopperPearson);

    public static Gen<double> Level() => Gen.Elements(0.8, 0.9, 0.95, 0.99, 0.999);

    /// <summary>A square k x k table of paired counts, k in [2, 5], with a mix of zeros, small and large cells.</summary>
    public static Gen<long[,]> Square() =>
        from k in Gen.Choose(2, 5)
        from table in Table(k, k)
        select table;

    /// <summary>An r x c table with r, c in [2, 5].</summary>
    public static Gen<long[,]> Rectangle() =>
        from r in Gen.Choose(2, 5)
        from c in Gen.Choose(2, 5)
        from table in Table(r, c)
        select table;

    private static Gen<long[,]> Table(int rows, int columns) =>
        from scale in Gen.Elements(3L, 40L, 5_000L)
        from cells in Gen.ArrayOf(Gen.Frequency((1, Gen.Constant(0L)), (4, Count(scale))), rows * columns)
        select Build(rows, columns, cells);

    private static long[,] Build(int rows, int columns, long[] cells)
    {
        var table = new long[rows, columns];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                table[i, j] = cells[i * columns + j];
            }
        }

        return table;
    }

    /// <summary>A p-value in [0, 1], with 0, 1 and ties frequent; NaN sometimes.</summary>
    public static Gen<double> PValue() =>
        Gen.Frequency(
            (1, Gen.Constant(0.0)),
            (1, Gen.Constant(1.0)),
            (1, Gen.Constant(0.05)),
            (8, Gen.Choose(0, 1_000_000).Select(v => v / 1_000_000.0)));

    public static long[,] Transpose(long[,] table)
    {
        var result = new long[table.GetLength(1), table.GetLength(0)];
        for (var i = 0; i < table.GetLength(0); i++)
        {
            for (var j = 0; j < table.GetLength(1); j++)
            {
                result[j, i] = table[i, j];
            }
        }

        return result;
    }
}
