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

    /// <summary>The feasible interval of every withheld number of the system (cell bases, which are never counts of their own, are left out).</summary>
    internal static List<FeasibleInterval> Intervals(TermSystem system, Func<int, bool> withheld, Func<int, long?> value, int threshold)
    {
        bool Unknown(int term) => withheld(term) || system.IsHidden(term);

        // Unknowns linked by a relation are solved together; published numbers are constants.
        var parent = Enumerable.Range(0, system.Count).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        foreach (var relation in system.Relations)
        {
            var unknowns = relation.Terms.Where(Unknown).ToArray();
            for (var i = 1; i < unknowns.Length; i++)
            {
                parent[Find(unknowns[i])] = Find(unknowns[0]);
            }
        }

        var result = new List<FeasibleInterval>();
        var components = Enumerable.Range(0, system.Count).Where(Unknown).GroupBy(Find).OrderBy(g => g.Min());
        foreach (var component in components)
        {
            var variables = component.Order().ToArray();
            var audited = variables.Where(v => withheld(v) && !system.IsHidden(v) && system.At(v).Term.Kind != TableTermKind.CellBase).ToArray();
            if (audited.Length == 0)
            {
                continue;
            }

            var position = variables.Select((v, i) => (v, i)).ToDictionary(p => p.v, p => p.i);
            var lower = variables.Select(v => system.LowerBound(v, withheld)).ToArray();
            var constraints = Constraints(system, position, lower, Unknown, value);
            foreach (var term in audited)
            {
                var objective = new double[variables.Length];
                objective[position[term]] = 1;
                var (minOutcome, min) = Simplex.Minimise(objective, constraints);
                objective[position[term]] = -1;
                var (maxOutcome, max) = Simplex.Minimise(objective, constraints);
                if (minOutcome == LinearOutcome.Infeasible || maxOutcome == LinearOutcome.Infeasible)
                {
                    throw new InvalidOperationException("The published numbers contradict the table's relations; the audit cannot bound the withheld numbers.");
                }

                // Counts are whole numbers, so the interval of the relaxation shrinks to whole numbers.
                var low = lower[position[term]] + (long)Math.Ceiling(min - 1e-6);
                long? high = maxOutcome == LinearOutcome.Unbounded ? null : lower[position[term]] + (long)Math.Floor(-max + 1e-6);
                var isProtected = high is not { } h || (h >= threshold && h - low >= threshold - 1);
                var (table, tableTerm) = system.At(term);
                result.Add(new FeasibleInterval(table, tableTerm, low, high, isProtected));
            }
        }

        return [.. result.OrderBy(i => i.Table).ThenBy(i => i.Term.Kind).ThenBy(i => i.Term.Row).ThenBy(i => i.Term.Column)];
    }

    /// <summary>The relations over the unknowns of one component, each unknown shifted by its lower bound (x = lower + x′, x′ ≥ 0).</summary>
    private static List<LinearConstraint> Constraints(TermSystem system, Dictionary<int, int> position, long[] lower, Func<int, bool> unknown, Func<int, long?> value)
    {
        var constraints = new List<LinearConstraint>();
        foreach (var relation in system.Relations)
        {
            if (!relation.Terms.Any(t => unknown(t) && position.ContainsKey(t)))
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
            var coefficients = new double[position.Count];
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
