using System.Globalization;
using System.Text;
using System.Text.Json;
using Insights.Core.Model;
using Insights.Core.Serialization;

namespace Insights.Core.Tabular;

/// <summary>
/// Turns a case into rows of the flat layout: one row of <c>cases</c> and one row per repeated record. It goes
/// through the case's JSON form, so a cell holds exactly what the JSON Lines format writes (codes, <c>yyyy-MM-dd</c>
/// dates, whole numbers, <c>true</c>/<c>false</c>) and the two formats cannot drift apart.
/// </summary>
internal static class CaseFlattener
{
    /// <summary>Calls <paramref name="row"/> with each row of <paramref name="c"/>: the case's row first, then the rows of each table in layout order; a row's array is reused after the call.</summary>
    internal static void Flatten(Case c, Action<CaseTable, string?[]> row)
    {
        var layout = CaseLayout.Default;
        using var document = JsonSerializer.SerializeToDocument(c, CaseJson.CaseInfo);
        var caseId = c.Id.Value;
        var cells = new string?[layout.Cases.Columns.Count];
        var pending = new List<(ListNode List, JsonElement Items, int Report)>();
        Fill(layout.Root, document.RootElement, cells, pending);
        row(layout.Cases, cells);
        Emit(pending, caseId, row);
    }

    private static void Emit(List<(ListNode List, JsonElement Items, int Report)> lists, string caseId, Action<CaseTable, string?[]> row)
    {
        foreach (var (list, items, report) in lists)
        {
            var table = list.Table;
            var number = 0;
            foreach (var item in items.EnumerateArray())
            {
                number++;
                var cells = new string?[table.Columns.Count];
                cells[0] = caseId;
                if (table.KeyCount > 1)
                {
                    // A table that holds another numbers its own rows; a held table names its holder's number.
                    cells[1] = (report > 0 ? report : number).ToString(CultureInfo.InvariantCulture);
                }

                var nested = new List<(ListNode List, JsonElement Items, int Report)>();
                Fill(list.Item, item, cells, nested);
                row(table, cells);

                // The records a police report holds (its incidents) name it by its number.
                Emit([.. nested.Select(n => (n.List, n.Items, report > 0 ? report : number))], caseId, row);
            }
        }
    }

    private static void Fill(ObjectNode node, JsonElement element, string?[] cells, List<(ListNode List, JsonElement Items, int Report)> pending)
    {
        if (node.PresenceColumn >= 0)
        {
            cells[node.PresenceColumn] = "true";
        }

        foreach (var child in node.Children)
        {
            if (!element.TryGetProperty(child.Name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            switch (child)
            {
                case ValueNode v:
                    cells[v.Column] = Cell(v.Kind, value);
                    break;
                case ObjectNode o:
                    Fill(o, value, cells, pending);
                    break;
                case ListNode l:
                    pending.Add((l, value, 0));
                    break;
            }
        }
    }

    private static string Cell(ColumnKind kind, JsonElement value) => kind switch
    {
        ColumnKind.Codes => Codes(value),
        ColumnKind.Boolean => value.GetBoolean() ? "true" : "false",
        ColumnKind.WholeNumber => value.GetRawText(),
        _ => value.GetString()!,
    };

    private static string Codes(JsonElement array)
    {
        if (array.GetArrayLength() == 0)
        {
            return CaseLayout.NothingTicked;
        }

        var text = new StringBuilder();
        foreach (var code in array.EnumerateArray())
        {
            if (text.Length > 0)
            {
                text.Append(CaseLayout.CodeSeparator);
            }

            text.Append(code.GetString());
        }

        return text.ToString();
    }
}
