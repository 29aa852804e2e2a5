using System.Globalization;
using Insights.Core.Tabulation;

namespace Insights.Core.Statistics;

/// <summary>
/// Annotates evaluated tables with statistics computed from their counts alone: an interval on every proportion,
/// paired tests of change under intake-vs-exit tables (<see cref="Table.Pairs"/>), comparisons of each group's
/// cells with a reference group's, and tests of independence between groups; then adjusts every p-value of the
/// report together for multiplicity. Counts, percentages and rows are never changed, so a report annotated with
/// <see cref="StatisticsOptions"/> that ask for nothing is the report itself.
/// </summary>
/// <remarks>docs/statistics.md states which rows enter each test and why.</remarks>
public static class ReportStatistics
{
    /// <summary>The text of the marker printed beside a cell whose comparison with the reference group is significant.</summary>
    public const string SignificanceMarker = "*";

    /// <summary>Returns <paramref name="report"/> with every table annotated as <paramref name="options"/> ask, p-values adjusted across the whole report.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ReportResult Apply(ReportResult report, StatisticsOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(options);
        if (!options.AskForAny)
        {
            return report;
        }

        var sections = report.Sections.Select(s => (s.Title, Tables: s.Tables.Select(t => Annotate(t, options)).ToArray())).ToArray();
        var all = sections.SelectMany(s => s.Tables).ToArray();
        var adjusted = Adjust(all, options);
        var index = 0;
        var result = sections.Select(s => new ReportResultSection(s.Title, [.. s.Tables.Select(_ => adjusted[index++])])).ToArray();
        return report with { Sections = result };
    }

    /// <summary>Returns <paramref name="table"/> annotated as <paramref name="options"/> ask, p-values adjusted across this table's tests.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Table Apply(Table table, StatisticsOptions options)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(options);
        return options.AskForAny ? Adjust([Annotate(table, options)], options)[0] : table;
    }

    /// <summary>Returns the name printed for an interval method, e.g. <c>Wilson score</c>.</summary>
    public static string NameOf(IntervalMethod method) => method switch
    {
        IntervalMethod.Wilson => "Wilson score",
        IntervalMethod.WilsonContinuityCorrected => "Wilson score with continuity correction",
        IntervalMethod.ClopperPearson => "Clopper-Pearson exact",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Not an interval method."),
    };

    /// <summary>Returns the name printed for a p-value adjustment, e.g. <c>Holm</c>.</summary>
    public static string NameOf(PValueAdjustment adjustment) => adjustment switch
    {
        PValueAdjustment.None => "no adjustment",
        PValueAdjustment.Holm => "Holm",
        PValueAdjustment.BenjaminiHochberg => "Benjamini-Hochberg",
        _ => throw new ArgumentOutOfRangeException(nameof(adjustment), adjustment, "Not a p-value adjustment."),
    };

    private static Table Annotate(Table table, StatisticsOptions options)
    {
        var rows = table.Rows.Select(r => r.Cells.ToArray()).ToArray();
        var notes = new List<string>(table.Notes);
        var tests = new List<TableTest>(table.Tests);
        IntervalSettings? intervals = table.Intervals;

        if (options.ConfidenceLevel is { } level)
        {
            var any = false;
            foreach (var cells in rows)
            {
                for (var c = 0; c < cells.Length; c++)
                {
                    if (cells[c] is CountCell { ShowPercent: true, Base: > 0 } cell && cell.Count <= cell.Base)
                    {
                        var interval = Proportions.Interval(cell.Count, cell.Base, level, options.IntervalMethod);
                        cells[c] = cell with { Interval = new CellInterval(Clamp(interval.Lower), Clamp(interval.Upper)) };
                        any = true;
                    }
                }
            }

            if (any)
            {
                intervals = new IntervalSettings(NameOf(options.IntervalMethod), level);
                notes.Add($"[lower, upper]: {Level(level)} {NameOf(options.IntervalMethod)} interval of the percentage.");
            }
        }

        if (options.PairedTests && table.Pairs.Count > 0)
        {
            var before = tests.Count;
            foreach (var pairs in table.Pairs)
            {
                tests.AddRange(PairedTestsOf(pairs, options));
            }

            notes.Add(tests.Count > before
                ? "Paired tests: only the records answered at both occasions enter; missing answers and non-answers (Don't know, Not disclosed) are left out, and categories nobody gave on either occasion are dropped."
                : "Paired tests: too few paired answers to test change.");
        }

        if (options.ReferenceGroup is { } reference)
        {
            CompareWith(table, rows, reference, options);
        }

        if (options.GroupTests)
        {
            var before = tests.Count;
            var sparse = new List<string>();
            tests.AddRange(GroupTestsOf(table, sparse));
            if (tests.Count > before)
            {
                notes.Add("Group tests: chi-square test of independence between the groups over the answers (Missing rows left out), with Cramér's V; Fisher's exact test when two answers and two groups remain.");
            }

            if (sparse.Count > 0)
            {
                var which = sparse.All(s => s.Length == 0) ? "the chi-square test" : "the chi-square tests of " + string.Join(", ", sparse.Where(s => s.Length > 0));
                notes.Add($"Small expected counts (below 1, or below 5 in more than a fifth of the cells): read {which} with care; the chi-square approximation may be poor there.");
            }
        }

        var changed = new TableRow[rows.Length];
        for (var r = 0; r < rows.Length; r++)
        {
            changed[r] = new TableRow(table.Rows[r].Label, table.Rows[r].Kind, rows[r]);
        }

        return table.WithRows(changed, intervals, notes).WithTests(tests);
    }

    private static double Clamp(double value) => Math.Clamp(value, 0.0, 1.0);

    private static string Level(double level) => (level * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    private static IEnumerable<TableTest> PairedTestsOf(PairedCounts pairs, StatisticsOptions options)
    {
        // Non-answers say nothing about change; a category nobody gave on either occasion carries no information.
        int[] kept = [.. Enumerable.Range(0, pairs.Categories.Count).Where(i => !pairs.IsNonResponse(i) && Margin(pairs, i) > 0)];
        if (kept.Length < 2)
        {
            yield break;
        }

        var matrix = pairs.ToMatrix(i => kept.Contains(i));
        if (kept.Length == 2)
        {
            var result = PairedTests.McNemar(matrix[0, 1], matrix[1, 0], options.McNemar);
            yield return ToTest(pairs.Label, result, matrix);
            yield break;
        }

        if (PairedTests.TryStuartMaxwell(matrix, out var stuartMaxwell))
        {
            yield return ToTest(pairs.Label, stuartMaxwell, matrix);
        }

        if (PairedTests.TryBhapkar(matrix, out var bhapkar))
        {
            yield return ToTest(pairs.Label, bhapkar, matrix);
        }
    }

    private static long Margin(PairedCounts pairs, int category)
    {
        long total = 0;
        for (var j = 0; j < pairs.Categories.Count; j++)
        {
            total += pairs.Count(category, j) + pairs.Count(j, category);
        }

        return total;
    }

    private static TableTest ToTest(string subject, TestResult result, long[,] counts)
    {
        var all = counts.Cast<long>().ToArray();
        return new TableTest(subject, result.Test, result.Method, result.Statistic, result.DegreesOfFreedom, result.PValue)
        {
            EffectSize = result.EffectSize,
            EffectSizeName = result.EffectSize is null ? null : "Cramér's V",
            Records = all.Sum(),
            SmallestCount = all.Where(c => c > 0).DefaultIfEmpty(0).Min(),
        };
    }

    /// <summary>Adds to each cell of the non-reference groups its comparison with the reference group's cell in the same row and position.</summary>
    private static void CompareWith(Table table, TableCell?[][] rows, string reference, StatisticsOptions options)
    {
        var columns = table.Columns;
        int[] referenceColumns = [.. Enumerable.Range(0, columns.Count).Where(c => string.Equals(columns[c].Group, reference, StringComparison.Ordinal))];
        if (referenceColumns.Length == 0)
        {
            return;
        }

        var level = options.ConfidenceLevel ?? 1 - options.SignificanceLevel;
        foreach (var group in columns.Select(c => c.Group).Where(g => g is not null && !string.Equals(g, reference, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal))
        {
            int[] own = [.. Enumerable.Range(0, columns.Count).Where(c => string.Equals(columns[c].Group, group, StringComparison.Ordinal))];
            if (own.Length != referenceColumns.Length)
            {
                continue;
            }

            foreach (var cells in rows)
            {
                for (var k = 0; k < own.Length; k++)
                {
                    if (cells[own[k]] is CountCell { ShowPercent: true, Base: > 0 } mine && mine.Count <= mine.Base
                        && cells[referenceColumns[k]] is CountCell { ShowPercent: true, Base: > 0 } theirs && theirs.Count <= theirs.Base)
                    {
                        var difference = Proportions.DifferenceInterval(mine.Count, mine.Base, theirs.Count, theirs.Base, level);
                        var test = Proportions.TwoProportionTest(mine.Count, mine.Base, theirs.Count, theirs.Base);
                        var estimate = ((double)mine.Count / mine.Base) - ((double)theirs.Count / theirs.Base);
                        cells[own[k]] = mine with { Comparison = new CellComparison(estimate, difference.Lower, difference.Upper, test.PValue) };
                    }
                }
            }
        }
    }

    /// <summary>
    /// Tests of independence between the column groups of a grouped table, one per inner column, over the rows that
    /// partition that column's base in every group (declared by the table's relations; Missing rows left out).
    /// </summary>
    private static IEnumerable<TableTest> GroupTestsOf(Table table, List<string> sparse)
    {
        var columns = table.Columns;
        string[] groups = [.. columns.Select(c => c.Group).OfType<string>().Distinct(StringComparer.Ordinal)];
        if (groups.Length < 2 || columns.Any(c => c.Group is null))
        {
            yield break;
        }

        int[][] byGroup = [.. groups.Select(g => Enumerable.Range(0, columns.Count).Where(c => string.Equals(columns[c].Group, g, StringComparison.Ordinal)).ToArray())];
        var width = byGroup[0].Length;
        if (byGroup.Any(g => g.Length != width))
        {
            yield break;
        }

        for (var j = 0; j < width; j++)
        {
            int[] answers = [.. table.PartitionRows(byGroup[0][j]).Where(r => table.Rows[r].Kind != RowKind.Missing)];
            if (answers.Length < 2 || byGroup.Any(g => !answers.All(table.PartitionRows(g[j]).Contains)))
            {
                continue;
            }

            var counts = new long[answers.Length, groups.Length];
            for (var r = 0; r < answers.Length; r++)
            {
                for (var g = 0; g < groups.Length; g++)
                {
                    counts[r, g] = ((CountCell)table.Rows[answers[r]].Cells[byGroup[g][j]]!).Count;
                }
            }

            var subject = InnerHeader(columns[byGroup[0][j]]);
            if (Independence.TryChiSquare(counts, out var chiSquare))
            {
                if (HasSmallExpectedCounts(counts))
                {
                    sparse.Add(subject);
                }

                yield return ToTest(subject, chiSquare, counts);
            }

            if (Used(counts) is [var first, var second] && Used(Transposed(counts)) is [var left, var right])
            {
                yield return ToTest(subject, Independence.FisherExact(counts[first, left], counts[first, right], counts[second, left], counts[second, right]), counts);
            }
        }
    }

    /// <summary>
    /// Cochran's rule for the chi-square approximation: no expected count below 1, and at most a fifth below 5,
    /// over the rows and columns with any count (those the test uses).
    /// </summary>
    internal static bool HasSmallExpectedCounts(long[,] counts)
    {
        int[] rows = Used(counts);
        int[] columns = Used(Transposed(counts));
        double total = rows.Sum(r => columns.Sum(c => (double)counts[r, c]));
        if (total == 0)
        {
            return false;
        }

        var small = 0;
        foreach (var r in rows)
        {
            double rowTotal = columns.Sum(c => (double)counts[r, c]);
            foreach (var c in columns)
            {
                var expected = rowTotal * rows.Sum(x => (double)counts[x, c]) / total;
                if (expected < 1)
                {
                    return true;
                }

                small += expected < 5 ? 1 : 0;
            }
        }

        return small * 5 > rows.Length * columns.Length;
    }

    private static string InnerHeader(TableColumn column)
        => string.Equals(column.Header, column.Group, StringComparison.Ordinal) ? string.Empty
            : column.Group is { } group && column.Header.StartsWith(group + ": ", StringComparison.Ordinal) ? column.Header[(group.Length + 2)..] : column.Header;

    // The rows with any count.
    private static int[] Used(long[,] counts) => [.. Enumerable.Range(0, counts.GetLength(0)).Where(r => Enumerable.Range(0, counts.GetLength(1)).Any(c => counts[r, c] > 0))];

    private static long[,] Transposed(long[,] counts)
    {
        var result = new long[counts.GetLength(1), counts.GetLength(0)];
        for (var r = 0; r < counts.GetLength(0); r++)
        {
            for (var c = 0; c < counts.GetLength(1); c++)
            {
                result[c, r] = counts[r, c];
            }
        }

        return result;
    }

    /// <summary>Adjusts every p-value of <paramref name="tables"/> together and marks the significant ones.</summary>
    private static Table[] Adjust(Table[] tables, StatisticsOptions options)
    {
        var raw = new List<double>();
        foreach (var table in tables)
        {
            raw.AddRange(table.Tests.Select(t => t.PValue));
            raw.AddRange(Comparisons(table).Select(c => c.Comparison.PValue));
        }

        if (raw.Count == 0)
        {
            return tables;
        }

        var adjusted = options.Adjustment == PValueAdjustment.None ? [.. raw] : MultipleTesting.Adjust(raw, options.Adjustment);
        bool? Adjusted(int i, out double p)
        {
            p = adjusted[i];
            return options.Adjustment == PValueAdjustment.None ? null : true;
        }

        var next = 0;
        var result = new Table[tables.Length];
        var testCount = raw.Count;
        for (var t = 0; t < tables.Length; t++)
        {
            var table = tables[t];
            var tests = table.Tests.Select(test =>
            {
                var has = Adjusted(next++, out var p);
                return test with { AdjustedPValue = has is null ? null : p, Significant = p < options.SignificanceLevel };
            }).ToArray();

            var rows = table.Rows.Select(row => new TableRow(row.Label, row.Kind, [.. row.Cells.Select(cell =>
            {
                if (cell is not CountCell { Comparison: { } comparison } count)
                {
                    return cell;
                }

                var has = Adjusted(next++, out var p);
                return (TableCell)(count with { Comparison = comparison with { AdjustedPValue = has is null ? null : p, Significant = p < options.SignificanceLevel } });
            })])).ToArray();

            var notes = new List<string>(table.Notes);
            if (rows.Any(r => r.Cells.Any(c => c is CountCell { Comparison: not null })))
            {
                var reference = options.ReferenceGroup!;
                notes.Add($"{SignificanceMarker} differs from {reference} at the {Level(options.SignificanceLevel)} level (two-proportion chi-square test; {Adjustment(options, testCount)}); differences with {Level(options.ConfidenceLevel ?? 1 - options.SignificanceLevel)} Newcombe intervals in the JSON and CSV output.");
            }

            if (tests.Length > 0)
            {
                notes.Add($"Tests are marked significant at the {Level(options.SignificanceLevel)} level ({Adjustment(options, testCount)}).");
            }

            result[t] = table.WithRows(rows, table.Intervals, notes).WithTests(tests);
        }

        return result;
    }

    private static string Adjustment(StatisticsOptions options, int tests)
    {
        var count = tests == 1 ? "1 test" : tests.ToString("N0", CultureInfo.InvariantCulture) + " tests";
        return options.Adjustment == PValueAdjustment.None
            ? tests == 1 ? "p-value of the 1 test not adjusted" : $"p-values not adjusted for the {count}"
            : $"p-values adjusted by {NameOf(options.Adjustment)} across {count}";
    }

    private static IEnumerable<(int Row, int Column, CellComparison Comparison)> Comparisons(Table table)
    {
        for (var r = 0; r < table.Rows.Count; r++)
        {
            for (var c = 0; c < table.Rows[r].Cells.Count; c++)
            {
                if (table.Rows[r].Cells[c] is CountCell { Comparison: { } comparison })
                {
                    yield return (r, c, comparison);
                }
            }
        }
    }
}
