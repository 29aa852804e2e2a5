using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Insights.Core.Tests.Formatting;

/// <summary>Reads back what the HTML renderer writes: its tables as text, and its charts' data islands.</summary>
internal static partial class HtmlOutput
{
    /// <summary>A table as a reader sees it: caption, and per body row the row header then each cell's text.</summary>
    internal sealed record HtmlTable(string Id, string Attributes, string Caption, IReadOnlyList<IReadOnlyList<string>> Rows);

    internal static IReadOnlyList<HtmlTable> Tables(string html)
        => [.. TableElement().Matches(html).Select(m => new HtmlTable(
            m.Groups["id"].Value,
            m.Groups["attributes"].Value,
            TextOf(CaptionElement().Match(m.Value).Groups["content"].Value),
            [.. RowElement().Matches(BodyElement().Match(m.Value).Groups["content"].Value)
                .Select(r => (IReadOnlyList<string>)[.. CellElement().Matches(r.Value).Select(c => TextOf(c.Groups["content"].Value))])]))];

    /// <summary>The chart data islands by id, parsed.</summary>
    internal static IReadOnlyDictionary<string, JsonElement> Islands(string html)
        => IslandElement().Matches(html).ToDictionary(m => m.Groups["id"].Value, m => JsonDocument.Parse(m.Groups["content"].Value).RootElement.Clone());

    /// <summary>The raw text of every data island.</summary>
    internal static IEnumerable<string> IslandTexts(string html) => IslandElement().Matches(html).Select(m => m.Groups["content"].Value);

    /// <summary>An element's text: tags dropped, entities decoded, runs of white space as one space.</summary>
    internal static string TextOf(string fragment)
        => Spaces().Replace(WebUtility.HtmlDecode(Tag().Replace(fragment.Replace("<br>", " ", StringComparison.Ordinal), string.Empty)), " ").Trim();

    /// <summary>The document without the licence comments (<c>/*! … */</c>) of the libraries it embeds.</summary>
    internal static string WithoutLicenceComments(string html) => LicenceComment().Replace(html, string.Empty);

    // A page's tables have ids; a fragment's (TableRenderer.RenderHtmlFragment) have none.
    [GeneratedRegex("<table(?: id=\"(?<id>[^\"]*)\")?(?<attributes>[^>]*)>.*?</table>", RegexOptions.Singleline)]
    private static partial Regex TableElement();

    [GeneratedRegex("<caption[^>]*>(?<content>.*?)</caption>", RegexOptions.Singleline)]
    private static partial Regex CaptionElement();

    [GeneratedRegex("<tbody>(?<content>.*?)</tbody>", RegexOptions.Singleline)]
    private static partial Regex BodyElement();

    [GeneratedRegex("<tr[^>]*>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex RowElement();

    [GeneratedRegex("<t[hd](?:\\s[^>]*)?>(?<content>.*?)</t[hd]>", RegexOptions.Singleline)]
    private static partial Regex CellElement();

    [GeneratedRegex("<script type=\"application/json\" id=\"(?<id>[^\"]*)\">(?<content>.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex IslandElement();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex("\\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex("/\\*!.*?\\*/", RegexOptions.Singleline)]
    private static partial Regex LicenceComment();
}
