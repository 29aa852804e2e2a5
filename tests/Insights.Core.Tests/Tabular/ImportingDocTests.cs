using System.Globalization;
using System.Text;
using Insights.Core.Tabular;
using Insights.Tests;
using Xunit;

namespace Insights.Core.Tests.Tabular;

/// <summary>docs/importing.md lists the layout's tables and columns as generated from the model, so it cannot drift.</summary>
public class ImportingDocTests
{
    private const string Begin = "<!-- BEGIN GENERATED: do not edit; see ImportingDocTests -->";
    private const string End = "<!-- END GENERATED -->";

    [Fact]
    public void ImportingDoc_GeneratedColumns_MatchTheLayout()
    {
        var path = Path.Combine(Repository.Root(), "docs", "importing.md");
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        var start = text.IndexOf(Begin, StringComparison.Ordinal);
        var end = text.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "docs/importing.md lacks the generated-section markers");

        var expected = text[..(start + Begin.Length)] + "\n" + Generate() + text[end..];
        if (Environment.GetEnvironmentVariable("UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.Equal(expected, text);
    }

    [Fact]
    public void ImportingDoc_TableOfFiles_NamesEveryTableOfTheLayout()
    {
        var text = File.ReadAllText(Path.Combine(Repository.Root(), "docs", "importing.md"));

        Assert.All(CaseLayout.Default.Tables, t => Assert.Contains($"| `{t.FileName}` |", text, StringComparison.Ordinal));
    }

    [Fact]
    public void Layout_EveryNumberColumnHasARange_EveryCodeColumnItsCodes()
    {
        var columns = CaseLayout.Default.Tables.SelectMany(t => t.Columns).ToList();

        Assert.All(columns.Where(c => c.Kind == ColumnKind.WholeNumber), c => Assert.NotNull(c.Minimum));
        Assert.All(columns.Where(c => c.Kind is ColumnKind.Code or ColumnKind.Codes), c => Assert.NotEmpty(c.Codes));
        Assert.Equal(columns.Count(c => c.Kind != ColumnKind.Key), columns.Where(c => c.Kind != ColumnKind.Key).Select(c => c.Path).Distinct().Count());
    }

    [Fact]
    public void Codebook_HasEveryColumnAndEveryCode()
    {
        var writer = new StringWriter();
        Codebook.Write(writer);
        var rows = CsvRows.Read(new MemoryStream(Encoding.UTF8.GetBytes(writer.ToString()))).Skip(1).Select(r => r.Cells!).ToList();

        foreach (var table in CaseLayout.Default.Tables)
        {
            foreach (var column in table.Columns)
            {
                var mine = rows.Where(r => r[0] == table.Name && r[2] == column.Name).ToList();
                Assert.Equal(Math.Max(1, column.Codes.Count), mine.Count);
                Assert.Equal(column.Codes.Select(c => c.Code), mine.Where(r => r[7] is not null).Select(r => r[7]!));
            }
        }
    }

    internal static string Generate()
    {
        var text = new StringBuilder("## Columns\n\nGenerated from the model. Codes and their labels are listed in [data-format.md](data-format.md#codes); `insights codebook` writes the same list as CSV, with every code.\n");
        foreach (var table in CaseLayout.Default.Tables)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n### `{table.FileName}`\n\n");
            text.Append(table.ListPath.Length == 0
                ? "One row per case.\n\n"
                : $"One row per item of `{table.ListPath}`{(table.Parent is { ListPath.Length: > 0 } parent ? $" (of a row of `{parent.FileName}`)" : string.Empty)}.\n\n");
            text.Append("| Column | Type | Notes |\n|---|---|---|\n");
            foreach (var column in table.Columns)
            {
                var notes = new List<string>();
                if (column.IsRequired && column.Kind != ColumnKind.Key)
                {
                    notes.Add("**required**");
                }

                if (Codebook.RangeOf(column) is { } range)
                {
                    notes.Add(range);
                }

                if (column.Kind == ColumnKind.Key)
                {
                    notes.Add(column.Name == CaseLayout.CaseKey ? "the case's `id`" : "the police report's number within its case, 1, 2, …");
                }

                if (column.Kind == ColumnKind.Presence)
                {
                    notes.Add("`true` when the form is present with no answers");
                }

                var type = column.CodeList is { } list
                    ? $"{Codebook.TypeOf(column)} ([{list}](data-format.md#{list.ToLowerInvariant()}))"
                    : Codebook.TypeOf(column);
                text.Append(CultureInfo.InvariantCulture, $"| `{column.Name}` | {type} | {string.Join("; ", notes)} |\n");
            }
        }

        return text.ToString();
    }
}
