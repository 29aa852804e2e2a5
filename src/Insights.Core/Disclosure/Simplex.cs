namespace Insights.Core.Disclosure;

/// <summary>What a linear program's optimum is.</summary>
internal enum LinearOutcome
{
    Optimal,
    Unbounded,
    Infeasible,
}

/// <summary>A linear constraint: the sum of coefficient × variable is equal to, or at least, the right-hand side.</summary>
internal sealed record LinearConstraint(double[] Coefficients, bool IsEquality, double RightHandSide);

/// <summary>
/// A small dense two-phase simplex: minimise c·x subject to equalities and ≥ constraints, x ≥ 0. Bland's rule
/// (the lowest-indexed improving column enters; ties for leaving go to the lowest-indexed basic variable) makes
/// it terminate without cycling and makes every answer deterministic. Tables are small (tens of unknowns), so a
/// dense tableau is simplest; counts are integers well inside a double's exact range.
/// </summary>
internal static class Simplex
{
    private const double Epsilon = 1e-9;

    /// <summary>Minimises <paramref name="objective"/>·x over x ≥ 0 subject to <paramref name="constraints"/>.</summary>
    internal static (LinearOutcome Outcome, double Value) Minimise(double[] objective, IReadOnlyList<LinearConstraint> constraints)
    {
        var variables = objective.Length;
        var surplus = constraints.Count(c => !c.IsEquality);
        var rows = constraints.Count;
        var artificialStart = variables + surplus;
        var columns = artificialStart + rows;

        // Tableau rows: constraints with b ≥ 0, one artificial variable each (the first basis).
        var tableau = new double[rows, columns + 1];
        var basis = new int[rows];
        var nextSurplus = variables;
        for (var r = 0; r < rows; r++)
        {
            var constraint = constraints[r];
            if (constraint.Coefficients.Length != variables)
            {
                throw new ArgumentException("A constraint has a different number of coefficients than the objective.", nameof(constraints));
            }

            var sign = constraint.RightHandSide < 0 ? -1.0 : 1.0;
            for (var v = 0; v < variables; v++)
            {
                tableau[r, v] = sign * constraint.Coefficients[v];
            }

            if (!constraint.IsEquality)
            {
                tableau[r, nextSurplus++] = -sign;
            }

            tableau[r, artificialStart + r] = 1;
            tableau[r, columns] = sign * constraint.RightHandSide;
            basis[r] = artificialStart + r;
        }

        // Phase 1: minimise the sum of the artificial variables.
        var phaseOne = new double[columns];
        for (var a = artificialStart; a < columns; a++)
        {
            phaseOne[a] = 1;
        }

        var active = Enumerable.Repeat(true, rows).ToArray();
        if (Optimise(tableau, basis, active, phaseOne, columns, columns) == LinearOutcome.Unbounded)
        {
            throw new InvalidOperationException("Phase 1 of the simplex cannot be unbounded.");
        }

        if (ObjectiveValue(tableau, basis, active, phaseOne, columns) > 1e-7)
        {
            return (LinearOutcome.Infeasible, double.NaN);
        }

        // Drive artificial variables out of the basis; a row where none can replace it is redundant.
        for (var r = 0; r < rows; r++)
        {
            if (basis[r] < artificialStart)
            {
                continue;
            }

            var entering = -1;
            for (var c = 0; c < artificialStart; c++)
            {
                if (Math.Abs(tableau[r, c]) > Epsilon)
                {
                    entering = c;
                    break;
                }
            }

            if (entering < 0)
            {
                active[r] = false;
            }
            else
            {
                Pivot(tableau, basis, r, entering, columns);
            }
        }

        // Phase 2 over the original and surplus variables only.
        var phaseTwo = new double[columns];
        Array.Copy(objective, phaseTwo, variables);
        var outcome = Optimise(tableau, basis, active, phaseTwo, artificialStart, columns);
        return outcome == LinearOutcome.Unbounded
            ? (LinearOutcome.Unbounded, double.NegativeInfinity)
            : (LinearOutcome.Optimal, ObjectiveValue(tableau, basis, active, phaseTwo, columns));
    }

    private static LinearOutcome Optimise(double[,] tableau, int[] basis, bool[] active, double[] cost, int allowed, int columns)
    {
        var rows = basis.Length;
        var isBasic = new bool[columns + 1];
        foreach (var b in basis)
        {
            isBasic[b] = true;
        }

        // Bland's rule cannot cycle in exact arithmetic; the cap turns a floating-point cycle into an error, never a hang.
        for (var iteration = 0; ; iteration++)
        {
            if (iteration > 20_000)
            {
                throw new InvalidOperationException("The simplex did not converge (a floating-point cycle).");
            }

            // Reduced cost of column c: cost[c] − Σ cost[basis[r]] · tableau[r, c].
            var entering = -1;
            for (var c = 0; c < allowed; c++)
            {
                if (isBasic[c])
                {
                    continue;
                }

                var reduced = cost[c];
                for (var r = 0; r < rows; r++)
                {
                    if (active[r])
                    {
                        reduced -= cost[basis[r]] * tableau[r, c];
                    }
                }

                if (reduced < -Epsilon)
                {
                    entering = c;
                    break;
                }
            }

            if (entering < 0)
            {
                return LinearOutcome.Optimal;
            }

            var leaving = -1;
            var best = double.PositiveInfinity;
            for (var r = 0; r < rows; r++)
            {
                if (!active[r] || tableau[r, entering] <= Epsilon)
                {
                    continue;
                }

                var ratio = tableau[r, columns] / tableau[r, entering];
                if (ratio < best - Epsilon || (Math.Abs(ratio - best) <= Epsilon && basis[r] < basis[leaving]))
                {
                    best = ratio;
                    leaving = r;
                }
            }

            if (leaving < 0)
            {
                return LinearOutcome.Unbounded;
            }

            isBasic[basis[leaving]] = false;
            isBasic[entering] = true;
            Pivot(tableau, basis, leaving, entering, columns);
        }
    }

    private static void Pivot(double[,] tableau, int[] basis, int row, int column, int columns)
    {
        var pivot = tableau[row, column];
        for (var c = 0; c <= columns; c++)
        {
            tableau[row, c] /= pivot;
        }

        for (var r = 0; r < basis.Length; r++)
        {
            if (r == row || tableau[r, column] == 0)
            {
                continue;
            }

            var factor = tableau[r, column];
            for (var c = 0; c <= columns; c++)
            {
                tableau[r, c] -= factor * tableau[row, c];
            }
        }

        basis[row] = column;
    }

    private static double ObjectiveValue(double[,] tableau, int[] basis, bool[] active, double[] cost, int columns)
    {
        double value = 0;
        for (var r = 0; r < basis.Length; r++)
        {
            if (active[r])
            {
                value += cost[basis[r]] * tableau[r, columns];
            }
        }

        return value;
    }
}
