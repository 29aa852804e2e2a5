using Insights.Core.Tabulation;

namespace Insights.Core.Disclosure;

/// <summary>
/// Checks a published table (or report) against what a reader could work out: for every withheld number, the
/// smallest and largest value it could have given the published numbers, the declared relations and
/// non-negativity (a linear program, solved twice per number), and whether that interval is wide enough.
/// A withheld number is protected when its interval reaches K (nothing published shows it to be small) and spans
/// at least K − 1 (it cannot be narrowed to fewer than K values). The result never contains a withheld value.
/// </summary>
public static class DisclosureAudit
{
    /// <summary>Audits one published table at threshold <paramref name="threshold"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is below 2.</exception>
    public static AuditResult Check(Table table, int threshold)
    {
        ArgumentNullException.ThrowIfNull(table);
        return Check([table], new SuppressionOptions(threshold));
    }

    /// <summary>Audits every table of a published report together, with the links of <paramref name="options"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A link names a table or number the report does not have.</exception>
    public static AuditResult Check(ReportResult report, SuppressionOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Check([.. report.Tables], options);
    }

    /// <summary>Audits tables together (positions in <paramref name="tables"/> are those of the links).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static AuditResult Check(IReadOnlyList<Table> tables, SuppressionOptions options)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(options);
        var system = new TermSystem(tables, options.Links);
        var withheld = Enumerable.Range(0, system.Count).Select(t => system.Value(t) is null).ToArray();
        return new AuditResult(options.Threshold, Intervals(system, t => withheld[t], system.Value, options.Threshold));
    }

    /// <summary>
    /// The feasible interval of every withheld number of the system (cell bases, which are never counts of their own,
    /// are left out). A <paramref name="cache"/> kept across calls skips the components already audited: a
    /// component's intervals depend only on which numbers it holds, since everything outside it is published.
    /// </summary>
    internal static List<FeasibleInterval> Intervals(TermSystem system, Func<int, bool> withheld, Func<int, long?> value, int threshold, Dictionary<string, FeasibleInterval[]>? cache = null)
    {
        bool Unknown(int term) => withheld(term) || system.IsHidden(term);

        // An equality of two numbers (a cell's base that copies the table's n, two rows counting the same answers, a
        // cross-table link) makes them one quantity: known when either is published, otherwise one column of the
        // linear program. Without this a column of a few hundred rows becomes a program of a thousand columns and
        // rows, and each of its bounds takes seconds.
        var copyOf = Enumerable.Range(0, system.Count).ToArray();
        foreach (var relation in system.Relations.Where(IsCopy))
        {
            Union(copyOf, relation.Members[0], relation.Target);
        }

        var classValue = new Dictionary<int, long>();
        for (var t = 0; t < system.Count; t++)
        {
            if (!Unknown(t) && value(t) is { } v)
            {
                classValue.TryAdd(Find(copyOf, t), v);
            }
        }

        long? Fixed(int term) => Unknown(term) && classValue.TryGetValue(Find(copyOf, term), out var v) ? v : null;
        bool Variable(int term) => Unknown(term) && Fixed(term) is null;
        long? Known(int term) => Unknown(term) ? Fixed(term) : value(term);
        bool IsAudited(int term) => withheld(term) && !system.IsHidden(term) && system.At(term).Term.Kind != TableTermKind.CellBase;

        var result = new List<FeasibleInterval>();

        // A withheld number equal to a published one is no secret at all.
        for (var t = 0; t < system.Count; t++)
        {
            if (IsAudited(t) && Fixed(t) is { } v)
            {
                var (table, tableTerm) = system.At(t);
                result.Add(new FeasibleInterval(table, tableTerm, v, v, IsProtected: false));
            }
        }

        // Unknowns linked by a relation are solved together; published numbers are constants.
        var parent = Enumerable.Range(0, system.Count).ToArray();
        foreach (var relation in system.Relations)
        {
            var variables = relation.Terms.Where(Variable).ToArray();
            for (var i = 1; i < variables.Length; i++)
            {
                Union(parent, variables[i], variables[0]);
            }
        }

        var components = Enumerable.Range(0, system.Count).Where(Variable).GroupBy(t => Find(parent, t)).OrderBy(g => g.Min());
        foreach (var component in components)
        {
            var variables = component.Order().ToArray();
            var audited = variables.Where(IsAudited).ToArray();
            if (audited.Length == 0)
            {
                continue;
            }

            var key = cache is null ? string.Empty : string.Join(',', variables);
            if (cache is not null && cache.TryGetValue(key, out var known))
            {
                result.AddRange(known);
                continue;
            }

            // One column per class of copies; its lower bound is the largest of its members'.
            var column = new Dictionary<int, int>();
            var lower = new List<long>();
            foreach (var v in variables)
            {
                var root = Find(copyOf, v);
                if (!column.TryGetValue(root, out var c))
                {
                    column[root] = c = lower.Count;
                    lower.Add(0);
                }

                column[v] = c;
                lower[c] = Math.Max(lower[c], system.LowerBound(v, withheld));
            }

            var constraints = Constraints(system, column, [.. lower], Variable, Known, t => Find(copyOf, t));
            var found = new List<FeasibleInterval>(audited.Length);
            foreach (var term in audited)
            {
                var objective = new double[lower.Count];
                objective[column[term]] = 1;
                var (minOutcome, min) = Simplex.Minimise(objective, constraints);
                objective[column[term]] = -1;
                var (maxOutcome, max) = Simplex.Minimise(objective, constraints);
                if (minOutcome == LinearOutcome.Infeasible || maxOutcome == LinearOutcome.Infeasible)
                {
                    throw new InvalidOperationException("The published numbers contradict the table's relations; the audit cannot bound the withheld numbers.");
                }

                // Counts are whole numbers, so the interval of the relaxation shrinks to whole numbers.
                var low = lower[column[term]] + (long)Math.Ceiling(min - 1e-6);
                long? high = maxOutcome == LinearOutcome.Unbounded ? null : lower[column[term]] + (long)Math.Floor(-max + 1e-6);
                var isProtected = high is not { } h || (h >= threshold && h - low >= threshold - 1);
                var (table, tableTerm) = system.At(term);
                found.Add(new FeasibleInterval(table, tableTerm, low, high, isProtected));
            }

            cache?.Add(key, [.. found]);
            result.AddRange(found);
        }

        return [.. result.OrderBy(i => i.Table).ThenBy(i => i.Term.Kind).ThenBy(i => i.Term.Row).ThenBy(i => i.Term.Column)];
    }

    /// <summary>Whether a relation says that one number equals another (and nothing else).</summary>
    private static bool IsCopy(TermSystem.Relation relation) => relation.Kind == TableRelationKind.Sum && relation.Members.Length == 1;

    private static int Find(int[] parent, int x)
    {
        while (parent[x] != x)
        {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }

        return x;
    }

    private static void Union(int[] parent, int a, int b) => parent[Find(parent, a)] = Find(parent, b);

    /// <summary>The relations over the unknowns of one component, each unknown shifted by its lower bound (x = lower + x′, x′ ≥ 0).</summary>
    private static List<LinearConstraint> Constraints(TermSystem system, Dictionary<int, int> position, long[] lower, Func<int, bool> unknown, Func<int, long?> value, Func<int, int> copyClass)
    {
        var relations = system.Relations.Where(r => !IsCopy(r) && r.Terms.Any(t => unknown(t) && position.ContainsKey(t))).ToArray();

        // "Target ≥ Σ members" adds nothing when another relation has the same target (or a copy of it) equal to, or
        // at least, a sum of more members, since every number is non-negative: each cell of a column is at most
        // its base, implied by the column's rows adding up to n. Dropping these keeps a long column's program to
        // one row instead of one per cell.
        var sums = relations.Where(r => r.Kind is TableRelationKind.Sum or TableRelationKind.AtLeastSum).ToLookup(r => copyClass(r.Target));
        bool Implied(TermSystem.Relation relation) => relation.Kind == TableRelationKind.AtLeastSum
            && sums[copyClass(relation.Target)].Any(other => !ReferenceEquals(other, relation) && other.Members.Length > relation.Members.Length
                && relation.Members.All(m => other.Members.Contains(m)));

        var constraints = new List<LinearConstraint>();
        foreach (var relation in relations)
        {
            // A copy is already one column; a relation implied by another adds no row.
            if (Implied(relation))
            {
                continue;
            }

            switch (relation.Kind)
            {
                case TableRelationKind.Sum:
                    constraints.Add(Linear(relation.Target, relation.Members, isEquality: true));
                    break;
                case TableRelationKind.AtLeastSum:
                    constraints.Add(Linear(relation.Target, relation.Members, isEquality: false));
                    break;
                default:
                    foreach (var member in relation.Members)
                    {
                        constraints.Add(Linear(relation.Target, [member], isEquality: false));
                    }

                    // Σ members − target ≥ 0: written as a ≥ constraint with the signs turned.
                    var sum = Linear(relation.Target, relation.Members, isEquality: false);
                    constraints.Add(sum with { Coefficients = [.. sum.Coefficients.Select(c => -c)], RightHandSide = -sum.RightHandSide });
                    break;
            }
        }

        return [.. constraints.Where(c => c.Coefficients.Any(x => x != 0))];

        // target − Σ members (= or ≥) 0, with the known numbers and the lower bounds moved to the right-hand side.
        LinearConstraint Linear(int target, IEnumerable<int> members, bool isEquality)
        {
            var coefficients = new double[lower.Length];
            double rhs = 0;
            foreach (var (term, sign) in members.Select(m => (m, -1.0)).Prepend((target, 1.0)))
            {
                if (unknown(term))
                {
                    coefficients[position[term]] += sign;
                    rhs -= sign * lower[position[term]];
                }
                else
                {
                    rhs -= sign * value(term)!.Value;
                }
            }

            return new LinearConstraint(coefficients, isEquality, rhs);
        }
    }
}
