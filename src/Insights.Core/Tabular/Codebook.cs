using System.Globalization;

namespace Insights.Core.Tabular;

/// <summary>
/// The codebook of the flat layout: every column of every table with its type, whether it is required, its range
/// and its codes with their report labels, as a tidy CSV (one row per code, one row for a column without codes).
/// It is the starting point of a mapping file (docs/importing.md).
/// </summary>
public static class Codebook
{
    /// <summary>The codebook's columns, in order.</summary>
    public static IReadOnlyList<string> Header { get; } = ["table", "file", "column", "type", "required", "range", "code_list", "code", "label"];

    /// <summary>Writes the codebook of <see cref="CaseLayout.Default"/> as RFC 4180 CSV (UTF-8 text, CRLF line ends).</summary>
    public static void Write(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        CsvRows.Write(writer, [.. Header]);
        foreach (var table in CaseLayout.Default.Tables)
        {
            foreach (var column in table.Columns)
            {
                string?[] info = [table.Name, table.FileName, column.Name, TypeOf(column), column.IsRequired ? "yes" : "no", RangeOf(column), column.CodeList];
                if (column.Codes.Count == 0)
                {
                    CsvRows.Write(writer, [.. info, null, null]);
                    continue;
                }

                foreach (var code in column.Codes)
                {
                    CsvRows.Write(writer, [.. info, code.Code, code.Label]);
                }
            }
        }

        writer.Flush();
    }

    /// <summary>Returns the words the codebook and docs/importing.md use for a column's type.</summary>
    internal static string TypeOf(CaseColumn column) => column.Kind switch
    {
        ColumnKind.Identifier => "identifier",
        ColumnKind.Text => "text",
        ColumnKind.Code => "code",
        ColumnKind.Codes => "codes",
        ColumnKind.Date => "date",
        ColumnKind.WholeNumber => "whole number",
        ColumnKind.Boolean => "true/false",
        ColumnKind.Presence => "form present",
        ColumnKind.Key => "key",
        _ => column.Kind.ToString(),
    };

    /// <summary>Returns a whole number column's range (<c>0 to 120</c>, <c>1 or more</c>), or <see langword="null"/>.</summary>
    internal static string? RangeOf(CaseColumn column) => (column.Minimum, column.Maximum) switch
    {
        ({ } min, { } max) => string.Create(CultureInfo.InvariantCulture, $"{min} to {max}"),
        ({ } min, null) => string.Create(CultureInfo.InvariantCulture, $"{min} or more"),
        _ => null,
    };
}
