using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Insights.Core.Formatting;
using Insights.Core.Frames;
using Insights.Core.Tabulation;

namespace Insights.Core.Tests.Frames;

/// <summary>
/// Questions asked of several things per record, and numbers beyond a table's range, which frames keep as sparse
/// entries: the frame must count them as the object path does, values far above the maximum included (their
/// statistics add the value itself, not one).
/// </summary>
public sealed class SparseColumnarTests
{
    private static readonly Report<Item> Report = new("Sparse", [new ReportSection<Item>("Numbers",
    [
        Tabulate.NumericOfEach<Item>("Each value", i => i.Values, 40)
            .WithBand("Low", 0, 9)
            .WithBand("High", 30)
            .WithStatistic(new NumericStatistic("Mean", Average.Mean, decimals: 1))
            .WithStatistic(new NumericStatistic("Median of the large", Average.Median, minimum: 20)),
        Tabulate.Numeric<Item>("First value", i => i.Values.Length == 0 ? null : i.Values[0], 40)
            .WithBand("Up to 20", 0, 20)
            .WithStatistic(new NumericStatistic("Mean", Average.Mean, decimals: 2)),
        Tabulate.SingleChoiceOfEach<Item, DayOfWeek>("Each day", i => i.Values.Select(v => v is { } x ? (DayOfWeek?)(DayOfWeek)(Math.Abs(x) % 7) : null)),
    ])]);

    [Property(MaxTest = 100)]
    public bool Evaluate_SeveralValuesPerRecord_SameReportAsObjects(PositiveInt seed, PositiveInt size)
    {
        var random = new Random(seed.Get);
        var items = Enumerable.Range(0, size.Get % 200).Select(_ => new Item([.. Enumerable.Range(0, random.Next(4)).Select(_ => Value(random))])).ToArray();
        var frame = CaseFrame<Item>.Build(Report, items);
        var picks = items.Length == 0 ? [] : Enumerable.Range(0, 3 * items.Length).Select(_ => random.Next(items.Length)).ToArray();
        var copy = new CaseFrame<Item>(Report);
        copy.AddCopiesOf(frame, picks);

        return Json(frame.Evaluate()) == Json(Report.Evaluate(items))
            && Json(copy.EvaluateParallel()) == Json(Report.Evaluate(picks.Select(p => items[p])));
    }

    private static long? Value(Random random) => random.Next(6) switch
    {
        0 => null,
        1 => -random.Next(1, 5),
        2 => random.NextInt64(41, 3_000_000_000),
        _ => random.Next(41),
    };

    private static string Json(ReportResult result) => TableRenderer.Render(result, OutputFormat.Json);

    public sealed record Item(long?[] Values);
}
