using System.Globalization;
using System.Text;
using Insights.Core.Tabulation;

namespace Insights.Core.Formatting;

/// <summary>
/// The headings of a report in Markdown, each unique by its GitHub anchor (<see cref="Anchor"/>), so that no two
/// read the same and every one can be linked to. The report title and the section titles are kept (a section whose
/// title another heading already has gets <c> (2)</c>, <c> (3)</c>, …). A section's first table titled like the
/// section gets no heading of its own: it sits under the section's. A table title that another heading has too is
/// told apart by what distinguishes it: its section, when the tables of that title are in several sections
/// (<c>Multiple types of abuse (Case review data)</c>), then, within one section, its column headers
/// (<c>Other forms of abuse (Forced marriage, FGM)</c>), and as a last resort a number.
/// </summary>
internal sealed class MarkdownHeadings
{
    internal MarkdownHeadings(ReportResult report)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        Report = Reserve(used, RenderText.OneLine(report.Title));
        Sections = [.. report.Sections.Select(s => Reserve(used, RenderText.OneLine(s.Title)))];

        // Proposed headings: the table's title, none for a section's first table titled like the section.
        var proposed = report.Sections.Select((section, s) => section.Tables
                .Select((table, t) => t == 0 && Anchor(table.Title) == Anchor(section.Title) ? null : RenderText.OneLine(table.Title))
                .ToArray())
            .ToArray();
        var entries = proposed.SelectMany((tables, s) => tables.Select((title, t) => (Section: s, Table: t, Title: title)))
            .Where(e => e.Title is not null)
            .ToArray();

        // A title shared with another table or with a section: first its section, where that tells them apart.
        foreach (var clash in Clashes(entries, proposed, used))
        {
            var sections = clash.Select(e => e.Section).Distinct().Count();
            foreach (var (s, t, title) in clash)
            {
                var sectionTitle = Sections[s];
                if ((sections > 1 || clash.Length == 1) && Anchor(sectionTitle) != Anchor(title!))
                {
                    proposed[s][t] = $"{title} ({sectionTitle})";
                }
            }
        }

        // Still shared (tables of one section): their column headers, for the tables that have named columns.
        entries = [.. entries.Select(e => (e.Section, e.Table, proposed[e.Section][e.Table]))];
        foreach (var clash in Clashes(entries, proposed, used))
        {
            foreach (var (s, t, title) in clash)
            {
                var columns = report.Sections[s].Tables[t].Columns.Select(RenderText.ColumnTitle).Select(RenderText.OneLine).Where(c => c.Length > 0).ToArray();
                if (columns.Length > 0)
                {
                    proposed[s][t] = $"{title} ({string.Join(", ", columns)})";
                }
            }
        }

        Tables = [.. proposed.Select(tables => (IReadOnlyList<string?>)[.. tables.Select(title => title is null ? null : Reserve(used, title))])];
    }

    /// <summary>Gets the report title's heading.</summary>
    internal string Report { get; }

    /// <summary>Gets each section's heading.</summary>
    internal IReadOnlyList<string> Sections { get; }

    /// <summary>Gets each table's heading, per section; null for a table under its section's heading.</summary>
    internal IReadOnlyList<IReadOnlyList<string?>> Tables { get; }

    /// <summary>
    /// The anchor GitHub gives a heading: its text lower-cased, with every character other than a letter, a digit, a
    /// mark, a hyphen or an underscore dropped, and each space a hyphen (github-slugger, without the <c>-1</c> GitHub
    /// adds to repeated anchors, which these headings never need).
    /// </summary>
    internal static string Anchor(string heading)
    {
        var text = RenderText.OneLine(heading).ToLowerInvariant();
        var anchor = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value == ' ')
            {
                anchor.Append('-');
                continue;
            }

            var kept = rune.Value is '-' or '_' || Rune.GetUnicodeCategory(rune) switch
            {
                UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                    or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => true,
                UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => true,
                UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
                _ => false,
            };
            if (kept)
            {
                anchor.Append(rune.ToString());
            }
        }

        return anchor.ToString();
    }

    /// <summary>The groups of entries whose anchor another entry or an already used heading has too.</summary>
    private static List<(int Section, int Table, string? Title)[]> Clashes((int Section, int Table, string? Title)[] entries, string?[][] proposed, HashSet<string> used)
        => [.. entries
            .GroupBy(e => Anchor(proposed[e.Section][e.Table]!), StringComparer.Ordinal)
            .Where(g => g.Count() > 1 || used.Contains(g.Key))
            .Select(g => g.ToArray())];

    /// <summary>The heading itself when its anchor is free, else the heading with the first free number; its anchor is then used.</summary>
    private static string Reserve(HashSet<string> used, string heading)
    {
        if (used.Add(Anchor(heading)))
        {
            return heading;
        }

        for (var k = 2; ; k++)
        {
            var numbered = string.Create(CultureInfo.InvariantCulture, $"{heading} ({k})");
            if (used.Add(Anchor(numbered)))
            {
                return numbered;
            }
        }
    }
}
