using System.Numerics;

namespace Insights.Core.Tabulation;

/// <summary>
/// The rules of a description compiled for testing: every distinct rule, the parts of larger rules included, is
/// one test; a rule used more than once (by several tables, or inside several larger rules) keeps its answer for
/// the current record, or for the rows of the current batch, so it is tested once however many ask. Both engines
/// test rules through a plan: the object engine one record at a time, the frame engine 64 rows at a time.
/// </summary>
/// <typeparam name="T">The record type tested.</typeparam>
internal sealed class RulePlan<T>
{
    private readonly Dictionary<Rule<T>, RuleTest<T>> _tests;

    private RulePlan(Dictionary<Rule<T>, RuleTest<T>> tests, int slots)
    {
        _tests = tests;
        Slots = slots;
    }

    /// <summary>Gets the number of rules whose answers are kept.</summary>
    internal int Slots { get; }

    /// <summary>Compiles <paramref name="uses"/> (one entry per use); with <paramref name="share"/>, rules used more than once keep their answers.</summary>
    internal static RulePlan<T> Of(IEnumerable<Rule<T>> uses, bool share = true)
    {
        var counts = new Dictionary<Rule<T>, int>();
        foreach (var use in uses)
        {
            Count(use, counts);
        }

        var tests = new Dictionary<Rule<T>, RuleTest<T>>();
        var slots = 0;
        foreach (var rule in counts.Keys)
        {
            Build(rule);
        }

        return new RulePlan<T>(tests, slots);

        RuleTest<T> Build(Rule<T> rule)
        {
            if (tests.TryGetValue(rule, out var built))
            {
                return built;
            }

            RuleTest<T> test = rule switch
            {
                AndRule<T> and => new AndTest<T>(Build(and.Left), Build(and.Right)),
                OrRule<T> or => new OrTest<T>(Build(or.Left), Build(or.Right)),
                NotRule<T> not => new NotTest<T>(Build(not.Inner)),
                // A predicate is called straight; any other leaf through its own test.
                PredicateRule<T> predicate => new LeafTest<T>(predicate.Predicate),
                _ => new LeafTest<T>(rule.Test),
            };

            // A negation costs less than looking its answer up.
            if (share && counts.GetValueOrDefault(rule) > 1 && test is not NotTest<T>)
            {
                test = new KeptTest<T>(test, slots++);
            }

            tests.Add(rule, test);
            return test;
        }
    }

    // A rule's parts are counted once per distinct rule containing them: a kept rule tests its parts once.
    private static void Count(Rule<T> rule, Dictionary<Rule<T>, int> counts)
    {
        var seen = counts.TryGetValue(rule, out var count);
        counts[rule] = count + 1;
        if (seen)
        {
            return;
        }

        switch (rule)
        {
            case AndRule<T> and:
                Count(and.Left, counts);
                Count(and.Right, counts);
                break;
            case OrRule<T> or:
                Count(or.Left, counts);
                Count(or.Right, counts);
                break;
            case NotRule<T> not:
                Count(not.Inner, counts);
                break;
        }
    }

    /// <summary>Gets the test of <paramref name="rule"/>, one of the uses the plan was made of.</summary>
    internal RuleTest<T> TestOf(Rule<T> rule) => _tests[rule];

    /// <summary>Creates the memory of kept answers for one thread, or null when nothing is kept.</summary>
    internal RuleAnswers? CreateAnswers() => Slots == 0 ? null : new RuleAnswers(Slots);
}

/// <summary>The kept answers of a plan's rules for the current record and the current batch of rows (one per thread).</summary>
internal sealed class RuleAnswers(int slots)
{
    private readonly int[] _recordOf = new int[slots];
    private readonly bool[] _answers = new bool[slots];
    private readonly long[] _batchOf = new long[slots];
    private readonly ulong[] _tested = new ulong[slots];
    private readonly ulong[] _passed = new ulong[slots];
    private int _record = 1;
    private long _batch = 1;

    /// <summary>Starts a new record: nothing is known about it yet.</summary>
    internal void NextRecord()
    {
        if (++_record == int.MaxValue)
        {
            Array.Clear(_recordOf);
            _record = 1;
        }
    }

    /// <summary>Starts a new batch of rows: nothing is known about them yet.</summary>
    internal void NextBatch() => _batch++;

    internal bool TryGet(int slot, out bool answer)
    {
        answer = _answers[slot];
        return _recordOf[slot] == _record;
    }

    internal void Keep(int slot, bool answer)
    {
        _answers[slot] = answer;
        _recordOf[slot] = _record;
    }

    /// <summary>Returns which of <paramref name="rows"/> were already tested in this batch, and of those which passed.</summary>
    internal ulong Known(int slot, ulong rows, out ulong passed)
    {
        if (_batchOf[slot] != _batch)
        {
            _batchOf[slot] = _batch;
            _tested[slot] = 0;
            _passed[slot] = 0;
        }

        passed = _passed[slot] & rows;
        return _tested[slot] & rows;
    }

    internal void Keep(int slot, ulong tested, ulong passed)
    {
        _tested[slot] |= tested;
        _passed[slot] |= passed;
    }
}

/// <summary>A compiled rule: tests one record, or the rows of a batch given as bits.</summary>
internal abstract class RuleTest<T>
{
    internal abstract bool Test(T item, RuleAnswers? answers);

    /// <summary>Returns which of <paramref name="rows"/> (bit i: <c>items[i]</c>) pass; rows outside <paramref name="rows"/> are never read.</summary>
    internal abstract ulong Test(ReadOnlySpan<T> items, ulong rows, RuleAnswers? answers);
}

/// <summary>A leaf of a rule's tree (a predicate, a field compared with values), tested record by record.</summary>
internal sealed class LeafTest<T>(Func<T, bool> test) : RuleTest<T>
{
    internal override bool Test(T item, RuleAnswers? answers) => test(item);

    internal override ulong Test(ReadOnlySpan<T> items, ulong rows, RuleAnswers? answers)
    {
        var passed = 0UL;
        for (var rest = rows; rest != 0; rest &= rest - 1)
        {
            var i = BitOperations.TrailingZeroCount(rest);
            if (test(items[i]))
            {
                passed |= 1UL << i;
            }
        }

        return passed;
    }
}

internal sealed class AndTest<T>(RuleTest<T> left, RuleTest<T> right) : RuleTest<T>
{
    internal override bool Test(T item, RuleAnswers? answers) => left.Test(item, answers) && right.Test(item, answers);

    internal override ulong Test(ReadOnlySpan<T> items, ulong rows, RuleAnswers? answers)
    {
        var kept = rows == 0 ? 0 : left.Test(items, rows, answers);
        return kept == 0 ? 0 : right.Test(items, kept, answers);
    }
}

internal sealed class OrTest<T>(RuleTest<T> left, RuleTest<T> right) : RuleTest<T>
{
    internal override bool Test(T item, RuleAnswers? answers) => left.Test(item, answers) || right.Test(item, answers);

    internal override ulong Test(ReadOnlySpan<T> items, ulong rows, RuleAnswers? answers)
    {
        var kept = rows == 0 ? 0 : left.Test(items, rows, answers);
        var rest = rows & ~kept;
        return rest == 0 ? kept : kept | right.Test(items, rest, answers);
    }
}

internal sealed class NotTest<T>(RuleTest<T> inner) : RuleTest<T>
{
    internal override bool Test(T item, RuleAnswers? answers) => !inner.Test(item, answers);

    internal override ulong Test(ReadOnlySpan<T> items, ulong rows, RuleAnswers? answers) => rows == 0 ? 0 : rows & ~inner.Test(items, rows, answers);
}

/// <summary>A rule used more than once: its answer is kept for the record, and for the rows of the batch it was asked about.</summary>
internal sealed class KeptTest<T>(RuleTest<T> inner, int slot) : RuleTest<T>
{
    internal override bool Test(T item, RuleAnswers? answers)
    {
        if (answers is null)
        {
            return inner.Test(item, null);
        }

        if (answers.TryGet(slot, out var answer))
        {
            return answer;
        }

        answer = inner.Test(item, answers);
        answers.Keep(slot, answer);
        return answer;
    }

    internal override ulong Test(ReadOnlySpan<T> items, ulong rows, RuleAnswers? answers)
    {
        if (answers is null)
        {
            return inner.Test(items, rows, null);
        }

        var tested = answers.Known(slot, rows, out var passed);
        var untested = rows & ~tested;
        if (untested == 0)
        {
            return passed;
        }

        var fresh = inner.Test(items, untested, answers);
        answers.Keep(slot, untested, fresh);
        return passed | fresh;
    }
}
