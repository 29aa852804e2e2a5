using System.Globalization;
using Insights.Core.Model;
using Insights.Synthetic.Calibration;

namespace Insights.Synthetic.Published;

/// <summary>
/// One table of the published report, kept as the rows were printed: a label, then a count and a percentage
/// per column. Only the counts are read; the percentages stay so that a row can be compared with the report
/// by eye. A sub-row's "└ " marker is dropped from its label.
/// </summary>
internal sealed class PublishedTable
{
    /// <summary>Labels of rows that sum other rows (nets) or repeat the base; they are never answers.</summary>
    private static readonly HashSet<string> NetLabels = new(StringComparer.Ordinal)
    {
        "Total", "Total BME", "Total LBG", "Total Agree", "Total Improved",
    };

    /// <summary>Printed labels that misspell an answer, and the answer's label.</summary>
    private static readonly Dictionary<string, string> Misprints = new(StringComparer.Ordinal)
    {
        // The exit CYPs table spells the intake table's "Common assessment framework (Caf/Taf)" with a t.
        ["Common assessment framework (Cat/Taf)"] = "Common assessment framework (Caf/Taf)",
    };

    private readonly Dictionary<string, int[]> _counts;

    internal PublishedTable(string title, int? n, string[] columns, string rows)
        : this(title, n, columns, ParseRows(title, rows))
    {
    }

    private PublishedTable(string title, int? n, string[] columns, List<(string Label, int[] Counts)> rows)
    {
        Title = title;
        N = n;
        Columns = columns;
        Rows = rows.Select(r => r.Label).ToArray();
        _counts = rows.ToDictionary(r => r.Label, r => r.Counts, StringComparer.Ordinal);
    }

    /// <summary>Gets the table's title as the test fixture names it.</summary>
    internal string Title { get; }

    /// <summary>Gets the printed base, or <see langword="null"/> when the report prints none (or one per column).</summary>
    internal int? N { get; }

    /// <summary>Gets the column headings of a grid; empty for a table with one count column.</summary>
    internal IReadOnlyList<string> Columns { get; }

    /// <summary>Gets the row labels in printed order.</summary>
    internal IReadOnlyList<string> Rows { get; }

    /// <summary>Returns the count printed in <paramref name="row"/> (and <paramref name="column"/> for a grid).</summary>
    internal int Count(string row, string? column = null)
    {
        if (!_counts.TryGetValue(row, out var counts))
        {
            throw new KeyNotFoundException($"Published table '{Title}' has no row '{row}'.");
        }

        var index = ColumnIndex(column);
        return index < counts.Length
            ? counts[index]
            : throw new KeyNotFoundException($"Published table '{Title}', row '{row}' has no count in column {index.ToString(CultureInfo.InvariantCulture)}.");
    }

    /// <summary>Returns whether the table prints <paramref name="row"/>.</summary>
    internal bool HasRow(string row) => _counts.ContainsKey(row);

    /// <summary>Returns every count of <paramref name="row"/>, one per column.</summary>
    internal IReadOnlyList<int> CountsOf(string row) => _counts[row];

    /// <summary>
    /// Returns a copy with one count replaced: how a row the report contradicts elsewhere is corrected
    /// (each use names its evidence; see docs/report-deviations.md).
    /// </summary>
    internal PublishedTable WithCount(string row, int count, string? column = null)
    {
        var index = ColumnIndex(column);
        var rows = Rows.Select(label =>
        {
            var counts = (int[])_counts[label].Clone();
            if (string.Equals(label, row, StringComparison.Ordinal))
            {
                counts[index] = count;
            }

            return (label, counts);
        }).ToList();
        return _counts.ContainsKey(row)
            ? new PublishedTable(Title, N, [.. Columns], rows)
            : throw new KeyNotFoundException($"Published table '{Title}' has no row '{row}'.");
    }

    /// <summary>
    /// Reads the counts of one column as the answers to a single-choice (or multi-select) question: every row
    /// must be a label of <typeparamref name="TEnum"/>, "Missing", a net, or one of <paramref name="ignoredRows"/>.
    /// Members the table does not print count 0. The missing count is the "Missing" row; without one it is
    /// <paramref name="hiddenMissingBase"/> minus the answers when a base is given (the report hides it), else 0.
    /// </summary>
    /// <exception cref="InvalidOperationException">A row is not an answer of <typeparamref name="TEnum"/>.</exception>
    internal Deck<TEnum> Deck<TEnum>(string? column = null, int? hiddenMissingBase = null, params string[] ignoredRows)
        where TEnum : struct, Enum
    {
        var index = ColumnIndex(column);
        var counts = new int[Labels.All<TEnum>().Count];
        int? missing = null;
        foreach (var row in Rows)
        {
            if (NetLabels.Contains(row) || ignoredRows.Contains(row, StringComparer.Ordinal))
            {
                continue;
            }

            var count = _counts[row][index];
            if (string.Equals(row, "Missing", StringComparison.Ordinal))
            {
                missing = count;
            }
            else if (Labels.TryParse<TEnum>(Misprints.GetValueOrDefault(row, row), out var value))
            {
                counts[Convert.ToInt32(value, CultureInfo.InvariantCulture)] = count;
            }
            else
            {
                throw new InvalidOperationException($"Published table '{Title}': row '{row}' is not an answer of {typeof(TEnum).Name}.");
            }
        }

        var answers = counts.Sum();
        missing ??= hiddenMissingBase is { } total ? total - answers : 0;
        return missing < 0
            ? throw new InvalidOperationException($"Published table '{Title}' has more answers ({answers.ToString(CultureInfo.InvariantCulture)}) than its base.")
            : new Deck<TEnum>(counts, missing.Value);
    }

    /// <summary>
    /// Reads one row of a grid whose columns are the answers (the "Level of abuse" grid, the needs summary):
    /// each column heading must be a label of <typeparamref name="TEnum"/> or "Missing". Without a "Missing"
    /// column the missing count is <paramref name="hiddenMissingBase"/> minus the answers (0 when no base is given).
    /// </summary>
    internal Deck<TEnum> RowDeck<TEnum>(string row, int? hiddenMissingBase = null)
        where TEnum : struct, Enum
    {
        var counts = new int[Labels.All<TEnum>().Count];
        int? missing = null;
        var printed = _counts.TryGetValue(row, out var found) ? found : throw new KeyNotFoundException($"Published table '{Title}' has no row '{row}'.");
        for (var i = 0; i < Columns.Count; i++)
        {
            if (string.Equals(Columns[i], "Missing", StringComparison.Ordinal))
            {
                missing = printed[i];
            }
            else
            {
                counts[Convert.ToInt32(Labels.Parse<TEnum>(Columns[i]), CultureInfo.InvariantCulture)] = printed[i];
            }
        }

        missing ??= hiddenMissingBase is { } total ? total - counts.Sum() : 0;
        return new Deck<TEnum>(counts, missing.Value);
    }

    private int ColumnIndex(string? column)
    {
        if (column is null)
        {
            return 0;
        }

        for (var i = 0; i < Columns.Count; i++)
        {
            if (string.Equals(Columns[i], column, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new KeyNotFoundException($"Published table '{Title}' has no column '{column}'.");
    }

    private static List<(string Label, int[] Counts)> ParseRows(string title, string text)
    {
        var rows = new List<(string, int[])>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var cells = line.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var label = cells[0].StartsWith("└ ", StringComparison.Ordinal) ? cells[0][2..] : cells[0];
            var counts = cells.Skip(1).Where(c => !c.EndsWith('%')).Select(c => int.Parse(c, NumberStyles.None, CultureInfo.InvariantCulture)).ToArray();
            if (counts.Length == 0)
            {
                throw new FormatException($"Published table '{title}': row '{label}' has no count.");
            }

            rows.Add((label, counts));
        }

        return rows;
    }
}
