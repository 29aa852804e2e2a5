namespace Insights.Core.Tabulation;

/// <summary>
/// The relations that hold in one column of a choice table, read off its layout (never off the numbers): each
/// cell's base is n; a single-choice column's rows add up wherever their answers are disjoint (n over the answers
/// and Missing, a parent over its sub-answers, a net over its members); a multi-select net lies between its
/// largest member and their sum.
/// </summary>
internal static class ChoiceRelations
{
    private const int MissingAnswer = -1;

    /// <param name="layout">The printed answer rows, in order.</param>
    /// <param name="categories">The number of categories counted.</param>
    /// <param name="missing">How missing answers are counted and printed.</param>
    /// <param name="exclusive">Whether each record has one answer (single choice) rather than a set (multi-select).</param>
    /// <param name="cell">The cell term of printed row i of the column (layout rows first).</param>
    /// <param name="cellBase">The base term of printed row i.</param>
    /// <param name="missingRow">The printed index of the Missing row.</param>
    /// <param name="n">The term of the column's n.</param>
    internal static List<TableRelation> Column(ResolvedRow[] layout, int categories, MissingAnswers missing, bool exclusive, Func<int, TableTerm> cell, Func<int, TableTerm> cellBase, int missingRow, TableTerm n)
    {
        var relations = new List<TableRelation>();
        var sets = new List<(int Row, HashSet<int> Members)>();
        for (var i = 0; i < layout.Length; i++)
        {
            relations.Add(TableRelation.Sum(cellBase(i), n));
            if (layout[i].Kind == RowKind.Total)
            {
                relations.Add(TableRelation.Sum(cell(i), n));
                continue;
            }

            relations.Add(TableRelation.AtLeast(cellBase(i), cell(i)));
            sets.Add((i, [.. layout[i].Members]));
        }

        switch (missing)
        {
            case MissingAnswers.Shown:
                relations.Add(TableRelation.Sum(cellBase(missingRow), n));
                relations.Add(TableRelation.AtLeast(cellBase(missingRow), cell(missingRow)));
                sets.Add((missingRow, [MissingAnswer]));
                if (!exclusive)
                {
                    // Those who ticked an answer answered, so they and the missing fit in n together.
                    foreach (var (row, _) in sets.Where(s => s.Row != missingRow))
                    {
                        relations.Add(TableRelation.AtLeast(n, cell(row), cell(missingRow)));
                    }
                }

                break;
            case MissingAnswers.ShownSeparately:
                // The Missing row's percentage is over everyone: n and the missing together.
                relations.Add(TableRelation.Sum(cellBase(missingRow), n, cell(missingRow)));
                break;
        }

        // Rows counting the same answers print the same count.
        for (var i = 0; i < sets.Count; i++)
        {
            for (var j = i + 1; j < sets.Count; j++)
            {
                if (sets[i].Members.SetEquals(sets[j].Members))
                {
                    relations.Add(TableRelation.Sum(cell(sets[j].Row), cell(sets[i].Row)));
                }
            }
        }

        if (exclusive)
        {
            HashSet<int> universe = [.. Enumerable.Range(0, categories)];
            if (missing.InBase())
            {
                universe.Add(MissingAnswer);
            }

            foreach (var (row, members) in sets.Where(s => s.Members.Count > 1))
            {
                AddSums(relations, cell(row), members, sets, cell, isRow: true);
            }

            AddSums(relations, n, universe, sets, cell, isRow: false);
        }
        else
        {
            foreach (var (row, members) in sets.Where(s => s.Members.Count > 1))
            {
                var singles = members.Select(m => sets.FirstOrDefault(s => s.Members.Count == 1 && s.Members.Contains(m)))
                    .Where(s => s.Members is not null).Select(s => cell(s.Row)).Distinct().ToArray();
                if (singles.Length == members.Count)
                {
                    relations.Add(TableRelation.Net(cell(row), singles));
                }
                else
                {
                    relations.AddRange(singles.Select(s => TableRelation.AtLeast(cell(row), s)));
                }
            }
        }

        return relations;
    }

    /// <summary>
    /// Adds target = (or ≥) the sum of disjoint printed rows inside its answers: the coarsest such rows first (a net
    /// over its parents), then the single answers (a net over every sub-answer) when that is another family.
    /// </summary>
    // isRow: the target is a row, whose equal rows are already related, rather than n.
    private static void AddSums(List<TableRelation> relations, TableTerm target, HashSet<int> members, List<(int Row, HashSet<int> Members)> sets, Func<int, TableTerm> cell, bool isRow)
    {
        var inside = sets.Where(s => s.Members.IsProperSubsetOf(members)).ToArray();
        foreach (var equal in isRow ? [] : sets.Where(s => s.Members.SetEquals(members)))
        {
            relations.Add(TableRelation.Sum(cell(equal.Row), target));
        }

        var coarse = Family(inside.OrderByDescending(s => s.Members.Count).ThenBy(s => s.Row));
        var fine = Family(inside.Where(s => s.Members.Count == 1).OrderBy(s => s.Row));
        foreach (var family in new[] { coarse, fine }.Distinct(new FamilyComparer()))
        {
            if (family.Count == 0)
            {
                continue;
            }

            var covered = family.SelectMany(f => f.Members).Count() == members.Count;
            var terms = family.Select(f => cell(f.Row)).ToArray();
            relations.Add(covered ? TableRelation.Sum(target, terms) : TableRelation.AtLeast(target, terms));
        }
    }

    private static List<(int Row, HashSet<int> Members)> Family(IEnumerable<(int Row, HashSet<int> Members)> candidates)
    {
        var chosen = new List<(int Row, HashSet<int> Members)>();
        var used = new HashSet<int>();
        foreach (var candidate in candidates)
        {
            if (!candidate.Members.Overlaps(used))
            {
                chosen.Add(candidate);
                used.UnionWith(candidate.Members);
            }
        }

        return chosen;
    }

    private sealed class FamilyComparer : IEqualityComparer<List<(int Row, HashSet<int> Members)>>
    {
        public bool Equals(List<(int Row, HashSet<int> Members)>? x, List<(int Row, HashSet<int> Members)>? y)
            => x is not null && y is not null && x.Select(f => f.Row).Order().SequenceEqual(y.Select(f => f.Row).Order());

        public int GetHashCode(List<(int Row, HashSet<int> Members)> obj) => obj.Count;
    }

    /// <summary>The relations of a table placed inside another: its terms moved, its header bases and column bases mapped by <paramref name="map"/>.</summary>
    internal static IEnumerable<TableRelation> Moved(Table part, Func<TableTerm, TableTerm> map) => part.Relations.Select(r => r.Map(map));
}
