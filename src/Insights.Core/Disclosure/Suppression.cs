using System.Globalization;
using Insights.Core.Tabulation;

namespace Insights.Core.Disclosure;

/// <summary>
/// Disclosure control of published tables: primary suppression of every count from 1 to K − 1 (and every
/// statistic of fewer than K records), then secondary suppression until no withheld number can be worked out
/// from what is published, checked by <see cref="DisclosureAudit"/>. See docs/disclosure.md for the method.
/// </summary>
public static class Suppression
{
    /// <summary>Gets the footnote added to every table with a withheld number (K filled in).</summary>
    internal static string Footnote(int threshold) => string.Create(CultureInfo.InvariantCulture,
        $"{SuppressedCell.Symbol} withheld to protect confidentiality: counts from 1 to {threshold - 1}, statistics of fewer than {threshold} records, and other figures from which they could be worked out.");

    /// <summary>Returns the report with disclosure control applied to all its tables together (links between tables from <paramref name="options"/>).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A link names a table or number the report does not have.</exception>
    public static ReportResult Apply(ReportResult report, SuppressionOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(options);
        var published = new Queue<Table>(Apply([.. report.Tables], options));
        return report with { Sections = [.. report.Sections.Select(s => s with { Tables = [.. s.Tables.Select(_ => published.Dequeue())] })] };
    }

    /// <summary>Returns the table with disclosure control applied.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Table Apply(Table table, SuppressionOptions options)
    {
        ArgumentNullException.ThrowIfNull(table);
        return Apply([table], options)[0];
    }

    /// <summary>Returns the tables with disclosure control applied to them together; positions are those of the links.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A table is already suppressed, or a link names a number the tables do not have.</exception>
    public static IReadOnlyList<Table> Apply(IReadOnlyList<Table> tables, SuppressionOptions options)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(options);
        if (tables.Any(t => t.Rows.Any(r => r.Cells.Any(c => c is SuppressedCell)) || t.Bases.Any(b => b.IsSuppressed)))
        {
            throw new ArgumentException("A table already has withheld numbers; apply disclosure control to the tables as tabulated.", nameof(tables));
        }

        // Tables no link joins share no relation, so each group of linked tables is protected on its own (and on
        // any core): a failing number is only ever fixed by withholding a number of its own group, and the work of
        // each round of secondary suppression is that of one group, not of the whole report.
        var groups = LinkedGroups(tables.Count, options.Links);
        var published = new Table[tables.Count];
        Parallel.ForEach(groups, group =>
        {
            var local = group.Select(t => tables[t]).ToArray();
            var position = group.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i);
            var links = options.Links.Where(l => position.ContainsKey(l.FirstTable))
                .Select(l => l with { FirstTable = position[l.FirstTable], SecondTable = position[l.SecondTable] }).ToArray();
            var engine = new Engine(new TermSystem(local, links), options.Threshold);
            engine.Run();
            for (var i = 0; i < local.Length; i++)
            {
                published[group[i]] = ProtectStatistics(engine.Publish(local[i], i), options.Threshold);
            }
        });
        return published;
    }

    /// <summary>The tables joined by links, directly or through others, as groups of positions in ascending order.</summary>
    private static List<int[]> LinkedGroups(int tables, IReadOnlyList<CrossTableLink> links)
    {
        var parent = Enumerable.Range(0, tables).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        foreach (var link in links)
        {
            if (link.FirstTable < 0 || link.FirstTable >= tables || link.SecondTable < 0 || link.SecondTable >= tables)
            {
                throw new ArgumentException("A cross-table link names a table or number the report does not have.", nameof(links));
            }

            parent[Find(link.FirstTable)] = Find(link.SecondTable);
        }

        return [.. Enumerable.Range(0, tables).GroupBy(Find).Select(g => g.Order().ToArray())];
    }

    /// <summary>
    /// The statistics computed from a table's counts can give away what suppression withholds: a test's statistic
    /// is a function of cells that are not printed (a McNemar test of its discordant pairs), and a comparison's
    /// difference is a function of both cells compared. So a published table keeps no paired cross-tabulation; a
    /// table with any withheld number keeps no test and no comparison; and any other test computed from fewer than
    /// K records, or from a cross-tabulation holding a count from 1 to K − 1, is withheld too (with a note).
    /// </summary>
    private static Table ProtectStatistics(Table table, int threshold)
    {
        var anyWithheld = table.Bases.Any(b => b.IsSuppressed) || table.Rows.Any(r => r.Cells.Any(c => c is SuppressedCell));
        TableTest[] kept = anyWithheld ? [] : table.Tests.Where(t => t.Records >= threshold && (t.SmallestCount == 0 || t.SmallestCount >= threshold)).ToArray();
        var hasComparisons = table.Rows.Any(r => r.Cells.Any(c => c is CountCell { Comparison: not null }));
        var result = table.WithPairs([]);
        if (kept.Length == table.Tests.Count && !(anyWithheld && hasComparisons))
        {
            return result;
        }

        var notes = new List<string>(table.Notes);
        if (kept.Length < table.Tests.Count)
        {
            notes.Add("Tests withheld: computed from small counts, they could give away the numbers withheld.");
        }

        var rows = table.Rows;
        if (anyWithheld && hasComparisons)
        {
            rows = [.. rows.Select(r => new TableRow(r.Label, r.Kind, [.. r.Cells.Select(c => c is CountCell { Comparison: not null } count ? count with { Comparison = null } : c)]))];
            notes.Add("Comparisons withheld: a table with withheld numbers shows no differences, which could give them away.");
        }

        return result.WithRows(rows, table.Intervals, notes).WithTests(kept);
    }

    private sealed class Engine(TermSystem system, int threshold)
    {
        private readonly bool[] _withheld = new bool[system.Count];
        private readonly SuppressionReason[] _reason = new SuppressionReason[system.Count];
        private readonly Dictionary<string, FeasibleInterval[]> _audited = [];

        internal void Run()
        {
            // Primary: every printed count from 1 to K − 1 (a cell's count or base, a header or column base).
            for (var term = 0; term < system.Count; term++)
            {
                if (system.Value(term) is >= 1 and var value && value < threshold)
                {
                    Withhold(system.UnitOf(term), SuppressionReason.Primary);
                }
            }

            while (true)
            {
                Propagate();
                var failures = DisclosureAudit.Intervals(system, t => _withheld[t], t => _withheld[t] ? null : system.Value(t), threshold, _audited)
                    .Where(i => !i.IsProtected).ToArray();
                if (failures.Length == 0)
                {
                    return;
                }

                // Withhold the smallest published number related to a failing one; failing that, the smallest
                // published number related to anything withheld; last, a published 0 beside a failing number (a 0
                // whose base is never printed, as in a stacked part). One at a time, so the loop ends.
                var failing = failures.Select(f => system.IndexOf(f.Table, f.Term) ?? throw new InvalidOperationException("The audit named a number the system does not have.")).ToHashSet();
                var choice = Smallest(failing.SelectMany(f => system.RelationsOf[f]).SelectMany(r => system.Relations[r].Terms), allowZero: false)
                    ?? Smallest(Enumerable.Range(0, system.Count).Where(t => _withheld[t]).SelectMany(t => system.RelationsOf[t]).SelectMany(r => system.Relations[r].Terms), allowZero: false)
                    ?? Smallest(failing.SelectMany(f => system.RelationsOf[f]).SelectMany(r => system.Relations[r].Terms), allowZero: true)
                    ?? Smallest(Enumerable.Range(0, system.Count), allowZero: false)
                    ?? throw new InvalidOperationException("Disclosure control cannot protect the table: every number is already withheld.");
                Withhold(choice, SuppressionReason.Secondary);
            }
        }

        /// <summary>Applies the two local rules until nothing changes.</summary>
        private void Propagate()
        {
            var changed = true;
            while (changed)
            {
                changed = false;
                foreach (var relation in system.Relations)
                {
                    // A published cell whose base is (partly) withheld would print it as its base: withhold the cell.
                    if (system.At(relation.Target).Term.Kind == TableTermKind.CellBase && !_withheld[relation.Target]
                        && relation.Members.Any(m => _withheld[m] && !system.IsHidden(m)))
                    {
                        Withhold(system.UnitOf(relation.Target), SuppressionReason.Secondary);
                        changed = true;
                        continue;
                    }

                    // A withheld cell's base is not a secret of its own (it copies a published n), so only the
                    // other equalities can expose a withheld number.
                    if (relation.Kind != TableRelationKind.Sum || system.At(relation.Target).Term.Kind == TableTermKind.CellBase)
                    {
                        continue;
                    }

                    // An equality with one unknown gives it away; one whose withheld members add up to less than K
                    // shows they are small.
                    var unknown = relation.Terms.Where(t => _withheld[t] || system.IsHidden(t)).ToArray();
                    var withheld = unknown.Where(t => !system.IsHidden(t)).ToArray();
                    if (withheld.Length == 0)
                    {
                        continue;
                    }

                    var exposed = unknown.Length == 1
                        || (!_withheld[relation.Target] && unknown.Length == withheld.Length && withheld.Sum(t => system.Value(t) ?? 0) < threshold);
                    if (exposed && Smallest(relation.Terms, allowZero: false) is { } choice)
                    {
                        Withhold(choice, SuppressionReason.Secondary);
                        changed = true;
                    }
                }
            }
        }

        /// <summary>
        /// The unit of the smallest published number among <paramref name="terms"/> (a cell by its count), ties by
        /// position: table, then cells before column bases before header bases, then row, then column.
        /// </summary>
        private int? Smallest(IEnumerable<int> terms, bool allowZero)
        {
            int? best = null;
            (long, int, int, int, int) bestKey = default;
            foreach (var term in terms.Where(t => !system.IsHidden(t)).Select(system.UnitOf).Distinct())
            {
                if (_withheld[term] || system.Value(term) is not { } value || (value == 0 && !allowZero))
                {
                    continue;
                }

                var (table, t) = system.At(term);
                var key = (value, table, t.Kind switch { TableTermKind.Cell => 0, TableTermKind.ColumnBase => 1, _ => 2 }, t.Row, t.Column);
                if (best is null || key.CompareTo(bestKey) < 0)
                {
                    best = term;
                    bestKey = key;
                }
            }

            return best;
        }

        private void Withhold(int unit, SuppressionReason reason)
        {
            foreach (var term in system.TermsOfUnit(unit))
            {
                if (!_withheld[term])
                {
                    _withheld[term] = true;
                    _reason[term] = reason;
                }
            }
        }

        internal Table Publish(Table table, int position)
        {
            var any = false;
            var withheld = new Dictionary<TableTerm, SuppressionReason>();
            for (var t = 0; t < system.Count; t++)
            {
                if (_withheld[t] && !system.IsHidden(t) && system.At(t).Table == position)
                {
                    withheld[system.At(t).Term] = _reason[t];
                }
            }

            var rows = table.Rows.Select((row, r) => new TableRow(row.Label, row.Kind, [.. row.Cells.Select((cell, c) =>
            {
                if (withheld.TryGetValue(TableTerm.Cell(r, c), out var reason))
                {
                    any = true;
                    return new SuppressedCell(reason);
                }

                // A statistic of fewer than K records describes too few people to publish.
                if (cell is StatisticCell { Records: >= 1 and var records } && records < threshold)
                {
                    any = true;
                    return new SuppressedCell(SuppressionReason.Primary);
                }

                return cell;
            })])).ToArray();
            var bases = table.Bases.Select((b, i) => withheld.ContainsKey(TableTerm.Base(i)) ? TableBase.Withheld(b.Label) : b).ToArray();
            var columns = table.Columns.Select((c, i) => withheld.ContainsKey(TableTerm.ColumnBase(i)) ? c.WithBaseWithheld() : c).ToArray();
            any |= withheld.Count > 0;
            IReadOnlyList<string> notes = any ? [.. table.Notes, Footnote(threshold)] : table.Notes;
            return new Table(table.Title, bases, columns, rows, notes) { Relations = table.Relations };
        }
    }
}
