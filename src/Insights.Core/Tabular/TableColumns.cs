using System.Collections.Frozen;
using System.Globalization;
using Insights.Core.Serialization;

namespace Insights.Core.Tabular;

/// <summary>A problem with a table file as a whole (its header), named by file and column; never a record's value.</summary>
public sealed class CaseTableException : FormatException
{
    /// <summary>Initializes a new instance of the <see cref="CaseTableException"/> class for a problem with a whole file (never a value it holds).</summary>
    /// <param name="file">The file's name, e.g. <c>reviews.parquet</c>.</param>
    /// <param name="message">What is wrong, naming the column where there is one; printed after the file's name, escaped to printable ASCII.</param>
    public CaseTableException(string file, string message)
        : base(Printable.Escape($"{file}: {message}"))
    {
        File = file;
    }

    /// <summary>Gets the file the problem is in.</summary>
    public string File { get; }
}

/// <summary>
/// How the columns of one file map to one table of the layout, made from its header and the mapping file; and
/// the normalizing of each cell to the layout's terms (codes, <c>yyyy-MM-dd</c>, <c>true</c>/<c>false</c>).
/// </summary>
internal sealed class TableColumns
{
    private readonly int[] _target;
    private readonly CellRule[] _rules;
    private readonly (int Column, string Value)[] _constants;

    private TableColumns(CaseTable table, string file, int[] target, CellRule[] rules, IReadOnlyList<string> unmapped, IReadOnlyList<string> header, (int, string)[] constants)
    {
        _constants = constants;
        Table = table;
        File = file;
        _target = target;
        _rules = rules;
        Unmapped = unmapped;
        Header = header;
    }

    internal CaseTable Table { get; }

    internal string File { get; }

    /// <summary>Gets the header's names that neither are layout columns nor are mapped (to one, or to nothing).</summary>
    internal IReadOnlyList<string> Unmapped { get; }

    internal IReadOnlyList<string> Header { get; }

    /// <summary>Gets the export's own name of each layout column read, for messages about values (validate --mapping).</summary>
    internal string SourceName(int layoutColumn)
    {
        var i = Array.IndexOf(_target, layoutColumn);
        return i < 0 ? Table.Columns[layoutColumn].Name : Header[i];
    }

    /// <summary>Makes the columns of <paramref name="header"/>; unknown columns are an error unless <paramref name="allowUnmapped"/>.</summary>
    /// <exception cref="CaseTableException">A column is unknown, a layout column is given twice, or a key column is missing.</exception>
    internal static TableColumns Of(CaseTable table, string file, string?[] header, CaseMapping mapping, bool allowUnmapped)
    {
        var tableMapping = mapping.Tables.TryGetValue(table.Name, out var m) ? m : null;
        var target = new int[header.Length];
        var unmapped = new List<string>();
        var seen = new Dictionary<int, int>();
        var names = new string[header.Length];
        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i] ?? string.Empty;
            names[i] = name;
            string? mapped = name.Trim();
            if (tableMapping is not null && tableMapping.Columns.TryGetValue(name, out var to))
            {
                mapped = to;
            }
            else if (tableMapping is not null && tableMapping.Columns.TryGetValue(name.Trim(), out var trimmed))
            {
                mapped = trimmed;
            }

            if (mapped is null)
            {
                target[i] = -1;
                continue;
            }

            var index = table.IndexOf(mapped);
            if (index < 0)
            {
                target[i] = -1;
                unmapped.Add(name);
                continue;
            }

            if (seen.TryGetValue(index, out var earlier))
            {
                throw new CaseTableException(file, string.Create(CultureInfo.InvariantCulture, $"columns {earlier + 1} and {i + 1} are both read as column {table.Columns[index].Name}."));
            }

            seen.Add(index, i);
            target[i] = index;
        }

        if (unmapped.Count > 0 && !allowUnmapped)
        {
            throw new CaseTableException(file, $"{(unmapped.Count == 1 ? "a column is" : $"{unmapped.Count} columns are")} neither in the layout nor in the mapping: {string.Join(", ", unmapped.Take(10).Select(u => $"\"{u}\""))}{(unmapped.Count > 10 ? ", …" : string.Empty)}. See docs/importing.md, or run insights codebook.");
        }

        for (var k = 0; k < table.KeyCount; k++)
        {
            if (!seen.ContainsKey(k))
            {
                throw new CaseTableException(file, $"it has no column {table.Columns[k].Name}, which every row of {table.Name} needs.");
            }
        }

        var constants = new List<(int, string)>();
        foreach (var (column, value) in tableMapping?.Constants ?? new Dictionary<string, string>())
        {
            var index = table.IndexOf(column);
            if (seen.ContainsKey(index))
            {
                throw new CaseTableException(file, $"column {column} is both in the file and a constant of the mapping.");
            }

            constants.Add((index, value));
            seen.Add(index, -1);
        }

        if (table.Parent is null && !seen.ContainsKey(table.IndexOf("id")))
        {
            throw new CaseTableException(file, "it has no column id, which every case needs.");
        }

        var rules = table.Columns.Select((c, i) => new CellRule(table, c, mapping, tableMapping)).ToArray();
        return new TableColumns(table, file, target, rules, unmapped, names, [.. constants]);
    }

    /// <summary>
    /// Returns the row's cells in layout order, normalized; <paramref name="unmapped"/> receives each value that is
    /// neither a code, a label, a mapped wording nor a missing wording (layout column, value).
    /// </summary>
    /// <returns>The cells, or <see langword="null"/> when the row has more cells than the header.</returns>
    internal string?[]? Cells(string?[] raw, Action<int, string>? unmapped)
    {
        if (raw.Length > _target.Length && raw.Skip(_target.Length).Any(c => c is not null))
        {
            return null;
        }

        var cells = new string?[Table.Columns.Count];
        var n = Math.Min(raw.Length, _target.Length);
        for (var i = 0; i < n; i++)
        {
            var to = _target[i];
            if (to >= 0 && raw[i] is { } value)
            {
                cells[to] = _rules[to].Normalize(value, to, unmapped);
            }
        }

        foreach (var (column, value) in _constants)
        {
            cells[column] = _rules[column].Normalize(value, column, unmapped);
        }

        return cells;
    }

    /// <summary>The normalizing of one layout column's cells.</summary>
    private sealed class CellRule
    {
        private readonly CaseColumn _column;
        private readonly FrozenSet<string> _missing;
        private readonly FrozenSet<string> _nothing;
        private readonly FrozenDictionary<string, string>? _codes;
        private readonly IReadOnlyDictionary<string, bool> _booleans;
        private readonly string[] _dateFormats;
        private readonly string _separator;

        internal CellRule(CaseTable table, CaseColumn column, CaseMapping mapping, TableMapping? tableMapping)
        {
            _ = table;
            _column = column;
            _missing = mapping.Missing.Select(m => m.Trim()).ToFrozenSet(StringComparer.Ordinal);
            _nothing = mapping.NothingTicked.Select(m => m.Trim()).Append(CaseLayout.NothingTicked).ToFrozenSet(StringComparer.Ordinal);
            _booleans = mapping.Booleans;
            _dateFormats = [.. mapping.DateFormats];
            _separator = mapping.Separator;
            if (column.Kind is ColumnKind.Code or ColumnKind.Codes)
            {
                // A code stands for itself; then the column's wordings, the code list's wordings and the report labels.
                var codes = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var c in column.Codes)
                {
                    codes.TryAdd(c.Code, c.Code);
                }

                if (tableMapping is not null && tableMapping.Values.TryGetValue(column.Name, out var own))
                {
                    foreach (var (from, to) in own)
                    {
                        codes.TryAdd(from.Trim(), to);
                    }
                }

                if (column.CodeList is { } list && mapping.Codes.TryGetValue(list, out var shared))
                {
                    foreach (var (from, to) in shared)
                    {
                        codes.TryAdd(from.Trim(), to);
                    }
                }

                foreach (var c in column.Codes)
                {
                    codes.TryAdd(c.Label, c.Code);
                }

                _codes = codes.ToFrozenDictionary(StringComparer.Ordinal);
            }
        }

        internal string? Normalize(string raw, int index, Action<int, string>? unmapped)
        {
            var value = _column.Kind == ColumnKind.Text ? raw : raw.Trim();
            if (value.Length == 0 || _missing.Contains(raw.Trim()))
            {
                return null;
            }

            switch (_column.Kind)
            {
                case ColumnKind.Code:
                    return Code(value, index, unmapped);
                case ColumnKind.Codes:
                    if (_nothing.Contains(value))
                    {
                        return CaseLayout.NothingTicked;
                    }

                    var parts = value.Split(_separator, StringSplitOptions.TrimEntries);
                    for (var i = 0; i < parts.Length; i++)
                    {
                        parts[i] = Code(parts[i], index, unmapped);
                    }

                    return string.Join(CaseLayout.CodeSeparator, parts);
                case ColumnKind.Boolean or ColumnKind.Presence:
                    if (_booleans.TryGetValue(value, out var flag))
                    {
                        return flag ? "true" : "false";
                    }

                    if (value.Equals("true", StringComparison.OrdinalIgnoreCase) || value.Equals("false", StringComparison.OrdinalIgnoreCase))
                    {
                        return value.ToLowerInvariant();
                    }

                    unmapped?.Invoke(index, value);
                    return value;
                case ColumnKind.Date:
                    if (_dateFormats.Length > 0 && !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                    {
                        if (DateOnly.TryParseExact(value, _dateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                        {
                            return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                        }
                    }

                    return value;
                default:
                    return value;
            }
        }

        private string Code(string value, int index, Action<int, string>? unmapped)
        {
            if (_codes!.TryGetValue(value, out var code))
            {
                return code;
            }

            unmapped?.Invoke(index, value);
            return value;
        }
    }
}
