using Insights.Core.Disclosure;
using Xunit;

namespace Insights.Core.Tests.Disclosure;

/// <summary>The simplex against linear programs solved by hand (each optimum worked out in the comment above it).</summary>
public sealed class SimplexTests
{
    private static LinearConstraint Eq(double rhs, params double[] a) => new(a, IsEquality: true, rhs);

    private static LinearConstraint Ge(double rhs, params double[] a) => new(a, IsEquality: false, rhs);

    [Fact]
    public void Minimise_TwoCellsSummingToTen_BoundsEachByTheSum()
    {
        // x + y = 10, x, y ≥ 0: min x = 0 (y = 10), max x = 10.
        Assert.Equal((LinearOutcome.Optimal, 0.0), Simplex.Minimise([1, 0], [Eq(10, 1, 1)]));
        Assert.Equal((LinearOutcome.Optimal, -10.0), Simplex.Minimise([-1, 0], [Eq(10, 1, 1)]));
    }

    [Fact]
    public void Minimise_ClassicTwoVariableProgram_FindsTheVertex()
    {
        // max 3x + 5y s.t. x ≤ 4, 2y ≤ 12, 3x + 2y ≤ 18 (written as ≥ with signs turned): optimum 36 at (2, 6).
        var constraints = new[] { Ge(-4, -1, 0), Ge(-12, 0, -2), Ge(-18, -3, -2) };
        var (outcome, value) = Simplex.Minimise([-3, -5], constraints);
        Assert.Equal(LinearOutcome.Optimal, outcome);
        Assert.Equal(-36, value, 9);
    }

    [Fact]
    public void Minimise_NothingBoundsTheVariable_IsUnbounded()
    {
        // x − y = 3: max x is unbounded (y grows with it).
        Assert.Equal(LinearOutcome.Unbounded, Simplex.Minimise([-1, 0], [Eq(3, 1, -1)]).Outcome);

        // ...but min x = 3 (y = 0).
        Assert.Equal((LinearOutcome.Optimal, 3.0), Simplex.Minimise([1, 0], [Eq(3, 1, -1)]));
    }

    [Fact]
    public void Minimise_ContradictoryConstraints_IsInfeasible()
    {
        // x + y = 2 and x + y ≥ 5 cannot both hold.
        Assert.Equal(LinearOutcome.Infeasible, Simplex.Minimise([1, 0], [Eq(2, 1, 1), Ge(5, 1, 1)]).Outcome);
    }

    [Fact]
    public void Minimise_RedundantEqualities_DropTheRedundantRow()
    {
        // x + y = 4 stated twice, x − y ≥ 2: min x = 3 (x = 3, y = 1).
        var (outcome, value) = Simplex.Minimise([1, 0], [Eq(4, 1, 1), Eq(4, 1, 1), Ge(2, 1, -1)]);
        Assert.Equal(LinearOutcome.Optimal, outcome);
        Assert.Equal(3, value, 9);
    }

    [Fact]
    public void Minimise_NetBetweenMaximumAndSumOfMembers_GivesTheNetsRange()
    {
        // Members a = 3, b = 5 published; net t: t ≥ a, t ≥ b, t ≤ a + b, so min t = 5, max t = 8.
        var constraints = new[] { Ge(3, 1), Ge(5, 1), Ge(-8, -1) };
        Assert.Equal(5, Simplex.Minimise([1], constraints).Value, 9);
        Assert.Equal(-8, Simplex.Minimise([-1], constraints).Value, 9);
    }

    [Fact]
    public void Minimise_DegenerateProgram_TerminatesUnderBlandsRule()
    {
        // Beale's cycling example (cycles under the largest-coefficient rule): min −3/4 x4 + 20 x5 − 1/2 x6 + 6 x7
        // s.t. 1/4 x4 − 8 x5 − x6 + 9 x7 ≤ 0, 1/2 x4 − 12 x5 − 1/2 x6 + 3 x7 ≤ 0, x6 ≤ 1; optimum −5/4.
        var constraints = new[]
        {
            Ge(0, -0.25, 8, 1, -9),
            Ge(0, -0.5, 12, 0.5, -3),
            Ge(-1, 0, 0, -1, 0),
        };
        var (outcome, value) = Simplex.Minimise([-0.75, 20, -0.5, 6], constraints);
        Assert.Equal(LinearOutcome.Optimal, outcome);
        Assert.Equal(-1.25, value, 9);
    }
}
