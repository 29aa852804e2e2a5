using Insights.Core.Model;
using Insights.Core.Tabulation;

namespace Insights.Core.Reports;

public static partial class OutreachReport
{
    // Built on first use (a benign race builds it twice at worst): every table's own columns and bases, ungrouped.
    private static Dictionary<(string Section, string Table), (int Columns, int Bases)>? _shapes;

    private static Dictionary<(string Section, string Table), (int Columns, int Bases)> Shapes => _shapes ??= TableShapes();

    private static Dictionary<(string Section, string Table), (int Columns, int Bases)> TableShapes()
    {
        // The definition over no cases has every table, since its rows and columns never depend on the data.
        var shapes = new Dictionary<(string, string), (int, int)>();
        foreach (var section in Definition.Evaluate(Array.Empty<ReportCase>()).Sections)
        {
            foreach (var table in section.Tables)
            {
                shapes.TryAdd((section.Title, table.Title), (table.Columns.Count, table.Bases.Count));
            }
        }

        return shapes;
    }

    /// <summary>
    /// Gets the numbers that <paramref name="result"/>, an evaluation of this report (whole, some sections, split by
    /// region or service, or a service against the rest), prints more than once, as links for disclosure control
    /// (<c>SuppressionOptions.Links</c>), so that a count withheld in one table is never published in another.
    /// </summary>
    /// <remarks>
    /// The links come from the definition, never from the numbers: the summary pages repeat detail counts (At a
    /// glance's clients engaged is the n of the profile tables; its Disability, LGB, BME and Male are rows of the
    /// profile tables), the key findings on social and community support are cells of the Needs &amp; Support
    /// matrix, and the matrix's support base is its need count, which each area's questions print again (their
    /// n, their "Yes", their total improved). A link whose tables <paramref name="result"/> lacks (a section left
    /// out) is left out; tables split into column groups are linked group by group.
    /// </remarks>
    /// <param name="result">The evaluated report.</param>
    /// <returns>The links, by the tables' positions in <see cref="ReportResult.Tables"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<CrossTableLink> Links(ReportResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var placed = new Dictionary<(string Section, string Table), (int Position, Table Table)>();
        var position = 0;
        foreach (var section in result.Sections)
        {
            foreach (var table in section.Tables)
            {
                placed.TryAdd((section.Title, table.Title), (position++, table));
            }
        }

        var links = new List<CrossTableLink>();
        foreach (var (first, second) in Repeated())
        {
            if (Place(placed, first) is not { } a || Place(placed, second) is not { } b || a.Groups != b.Groups)
            {
                continue;
            }

            for (var g = 0; g < a.Groups; g++)
            {
                if (Term(a, first, g) is { } x && Term(b, second, g) is { } y)
                {
                    links.Add(new CrossTableLink(a.Position, x, b.Position, y));
                }
            }
        }

        return links;
    }

    /// <summary>Where a link's end sits in an evaluated report: its table, its position, and how many column groups split it.</summary>
    private sealed record Placed(int Position, Table Table, int Groups, int Columns, int Bases);

    private static Placed? Place(Dictionary<(string Section, string Table), (int Position, Table Table)> placed, Spot spot)
    {
        if (!placed.TryGetValue((spot.Section, spot.Table), out var found) || !Shapes.TryGetValue((spot.Section, spot.Table), out var shape)
            || shape.Columns == 0 || found.Table.Columns.Count % shape.Columns != 0)
        {
            return null;
        }

        var groups = found.Table.Columns.Count / shape.Columns;
        return groups == 0 ? null : new Placed(found.Position, found.Table, groups, shape.Columns, shape.Bases);
    }

    private static TableTerm? Term(Placed placed, Spot spot, int group)
    {
        if (spot.Kind == SpotKind.N)
        {
            return placed.Bases > 0 && placed.Table.Bases.Count == placed.Groups * placed.Bases ? TableTerm.Base(group * placed.Bases) : null;
        }

        var row = spot.Row is null ? 0 : FindRow(placed.Table, spot.Row);
        if (row < 0 || row >= placed.Table.Rows.Count)
        {
            return null;
        }

        var column = (group * placed.Columns) + spot.Column;
        return spot.Kind == SpotKind.Cell ? TableTerm.Cell(row, column) : TableTerm.CellBase(row, column);
    }

    private static int FindRow(Table table, string label)
    {
        for (var r = 0; r < table.Rows.Count; r++)
        {
            if (table.Rows[r].Kind != RowKind.Missing && string.Equals(table.Rows[r].Label, label, StringComparison.Ordinal))
            {
                return r;
            }
        }

        return -1;
    }

    private enum SpotKind
    {
        N,
        Cell,
        CellBase,
    }

    /// <summary>A number of the definition: a table's n, or a cell's count or base by row label (null: the first row) and own column.</summary>
    private sealed record Spot(string Section, string Table, SpotKind Kind, string? Row = null, int Column = 0);

    private static Spot N(string section, string table) => new(section, table, SpotKind.N);

    private static Spot Cell(string section, string table, string? row, int column = 0) => new(section, table, SpotKind.Cell, row, column);

    private static Spot CellBase(string section, string table, string? row, int column = 0) => new(section, table, SpotKind.CellBase, row, column);

    /// <summary>Every pair of numbers the definition prints twice: why each pair is equal is in the comment above it.</summary>
    private static IEnumerable<(Spot First, Spot Second)> Repeated()
    {
        const string glance = SectionTitles.AtAGlance, findings = SectionTitles.KeyFindings, profile = SectionTitles.ClientProfile, support = SectionTitles.SupportAndInterventions;

        // Clients engaged counts the client-profile cases; so does the n of every table over them that keeps its
        // missing answers in n.
        var engaged = Cell(glance, Printed.AtAGlance, Printed.ClientsEngaged);
        foreach (var n in new[]
        {
            N(glance, Printed.DiverseGroups), N(findings, Printed.ChildrenInHousehold), N(profile, Printed.SexualOrientation),
            N(profile, Printed.Ethnicity), N(profile, Printed.Pregnant), N(profile, Printed.HasDisability), N(profile, Printed.Employment),
        })
        {
            yield return (engaged, n);
        }

        // The diverse groups are rows of the profile tables, over the same profile cases.
        yield return (Cell(glance, Printed.DiverseGroups, Printed.Disability), Cell(profile, Printed.HasDisability, Labels.Of(YesNoDontKnow.Yes)));
        yield return (Cell(glance, Printed.DiverseGroups, Printed.Disability), N(profile, Printed.DisabilityType));
        yield return (Cell(glance, Printed.DiverseGroups, Printed.Lgb), Cell(profile, Printed.SexualOrientation, Printed.TotalLgb));
        yield return (Cell(glance, Printed.DiverseGroups, Printed.Bme), Cell(profile, Printed.Ethnicity, Printed.TotalBme));
        yield return (Cell(glance, Printed.DiverseGroups, Printed.Male), Cell(profile, Printed.SexAtBirth, Labels.Of(Sex.Male)));

        // Clients with children involved are the cases the CYPS table is over (it keeps its missing answers in n).
        yield return (Cell(findings, Printed.ChildrenInHousehold, null), N(profile, Printed.CypsInvolvement));

        // The key findings on social and community support are the matrix's row for it: need among the closed
        // cases, support among those in need, caseworker-reported wellbeing among those supported. (The first
        // finding's n, the closed cases, is the base of every need cell, which the matrix prints in CSV and JSON
        // only; linking it to one row's base, but not to the others', made sparse groups unprotectable, and it
        // is the n of many exit tables besides: left to those tables' own protection.)
        var social = Labels.Of(SupportArea.SocialAndCommunitySupport);
        yield return (Cell(findings, Printed.NeedOfSocialSupport, null), Cell(support, Printed.Matrix, social, 0));
        yield return (N(findings, Printed.SupportFromWorker), Cell(support, Printed.Matrix, social, 0));
        yield return (Cell(findings, Printed.SupportFromWorker, null), Cell(support, Printed.Matrix, social, 1));
        yield return (N(findings, Printed.WellbeingFollowingSupport), CellBase(support, Printed.Matrix, social, 3));
        yield return (Cell(findings, Printed.WellbeingFollowingSupport, null), Cell(support, Printed.Matrix, social, 3));

        foreach (var area in Labels.All<SupportArea>())
        {
            var row = Labels.Of(area);

            // In the matrix, support is a share of those in need, and both impacts are shares of those supported.
            // Safety has no need cell: every closed case is in need of safety.
            if (area != SupportArea.Safety)
            {
                yield return (CellBase(support, Printed.Matrix, row, 1), Cell(support, Printed.Matrix, row, 0));
            }

            yield return (CellBase(support, Printed.Matrix, row, 2), CellBase(support, Printed.Matrix, row, 3));

            // Each area's questions print the matrix's numbers again: asked of those in need, "Yes" is the support
            // count; the outcomes and the impacts are over those supported, and "Total Improved" is the impact.
            yield return (N(support, Printed.SupportedQuestion(area)), CellBase(support, Printed.Matrix, row, 1));
            yield return (Cell(support, Printed.SupportedQuestion(area), Printed.Yes), Cell(support, Printed.Matrix, row, 1));
            yield return (N(support, Printed.OutcomesAchieved(area)), CellBase(support, Printed.Matrix, row, 3));
            yield return (N(support, Printed.ImpactOn(area)), CellBase(support, Printed.Matrix, row, 3));
            yield return (Cell(support, Printed.ImpactOn(area), Printed.TotalImproved, 0), Cell(support, Printed.Matrix, row, 2));
            yield return (Cell(support, Printed.ImpactOn(area), Printed.TotalImproved, 1), Cell(support, Printed.Matrix, row, 3));
        }
    }
}
