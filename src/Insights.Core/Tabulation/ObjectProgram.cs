namespace Insights.Core.Tabulation;

/// <summary>
/// The object engine: a <see cref="Tally{T}"/> compiled into a tree of steps that read a record and add to its
/// counters. A rule that several parts of a report test (whether a case has an exit form, whether it is the
/// client's profile case) is tested once per record and its answer shared, so a report costs one reading of each
/// shared test however many tables use it.
/// </summary>
/// <typeparam name="T">The record type read.</typeparam>
internal sealed class ObjectProgram<T>
{
    private readonly Step _root;
    private readonly RulePlan<T> _rules;

    private ObjectProgram(Step root, RulePlan<T> rules, int width)
    {
        _root = root;
        _rules = rules;
        Width = width;
    }

    internal int Width { get; }

    /// <summary>Compiles <paramref name="tally"/>; with <paramref name="sharePredicates"/>, rules used more than once are tested once per record.</summary>
    internal static ObjectProgram<T> Compile(Tally<T> tally, bool sharePredicates = true)
    {
        var uses = new List<Rule<T>>();
        CollectRules(tally, uses);
        var rules = RulePlan<T>.Of(uses, sharePredicates);
        return new ObjectProgram<T>(Build(tally, rules), rules, tally.Width);
    }

    /// <summary>Creates the per-thread memory of kept rule answers, or null when there is none to keep.</summary>
    internal RuleAnswers? CreateScratch() => _rules.CreateAnswers();

    /// <summary>Adds one record to <paramref name="counters"/> (the tally's counters, from 0).</summary>
    internal void Add(T item, Span<long> counters, RuleAnswers? scratch)
    {
        scratch?.NextRecord();
        _root.Run(item, counters, scratch);
    }

    /// <summary>Passes what one record adds to <paramref name="sink"/>, counters shifted by <paramref name="offset"/> (rule answers are not kept).</summary>
    internal void Emit(T item, int offset, ICounterSink sink) => _root.Emit(item, offset, sink);

    /// <summary>Lists the rule of every filter of <paramref name="tally"/>, one entry per filter (the items of <see cref="EachTally{T}"/> are records of another program).</summary>
    internal static void CollectRules(Tally<T> tally, List<Rule<T>> uses)
    {
        switch (tally)
        {
            case WhereTally<T> where:
                uses.Add(where.Rule);
                CollectRules(where.Inner, uses);
                break;
            case ConcatTally<T> concat:
                foreach (var part in concat.Parts)
                {
                    CollectRules(part, uses);
                }

                break;
            case GroupTally<T> group:
                CollectRules(group.Inner, uses);
                break;
        }
    }

    private static Step Build(Tally<T> tally, RulePlan<T> rules) => tally switch
    {
        CountTally<T> => new CountStep(),
        BlankTally<T> => new BlankStep(),
        CodeTally<T> code => new CodeStep(code),
        SetTally<T> set => new SetStep(set),
        NumberTally<T> number => new NumberStep(number),
        // Counts (most of a counts table: a cell's base and count under the column's filter, a row's count under
        // its rule) are one step that tests its rules in a loop, rather than a step and a virtual call per count.
        WhereTally<T> { Inner: CountTally<T> } where => CountsStep.Of(rules.TestOf(where.Rule), [where.Inner], [0], rules),
        WhereTally<T> { Inner: ConcatTally<T> concat } where when CountsStep.Fits(concat) => CountsStep.Of(rules.TestOf(where.Rule), concat.Parts, concat.PartOffsets, rules),
        WhereTally<T> where => new WhereStep(rules.TestOf(where.Rule), Build(where.Inner, rules)),
        ConcatTally<T> concat when CountsStep.Fits(concat) => CountsStep.Of(null, concat.Parts, concat.PartOffsets, rules),
        ConcatTally<T> concat => new ConcatStep([.. concat.Parts.Select(p => Build(p, rules))], [.. concat.PartOffsets]),
        GroupTally<T> group => new GroupStep(group, Build(group.Inner, rules)),
        EachTally<T> each => new EachStep(each),
        _ => throw new NotSupportedException($"The object engine cannot run a {tally.GetType().Name}."),
    };

    // Each step runs its part of the description two ways: adding into counters (the object engine), and passing
    // the (counter, amount) pairs to a sink (a frame keeps the items of a record that way). Both ways call the
    // same reading and the same leaf semantics.
    private abstract class Step
    {
        internal abstract void Run(T item, Span<long> counters, RuleAnswers? scratch);

        internal abstract void Emit(T item, int offset, ICounterSink sink);
    }

    private sealed class CountStep : Step
    {
        internal override void Run(T item, Span<long> counters, RuleAnswers? scratch) => counters[0]++;

        internal override void Emit(T item, int offset, ICounterSink sink) => sink.Add(offset, 1);
    }

    private sealed class BlankStep : Step
    {
        internal override void Run(T item, Span<long> counters, RuleAnswers? scratch)
        {
        }

        internal override void Emit(T item, int offset, ICounterSink sink)
        {
        }
    }

    private sealed class CodeStep(CodeTally<T> tally) : Step
    {
        internal override void Run(T item, Span<long> counters, RuleAnswers? scratch)
        {
            var code = tally.Read(item);
            if (code >= 0)
            {
                counters[code]++;
            }
        }

        internal override void Emit(T item, int offset, ICounterSink sink)
        {
            var code = tally.Read(item);
            if (code >= 0)
            {
                sink.Add(offset + code, 1);
            }
        }
    }

    private sealed class SetStep(SetTally<T> tally) : Step
    {
        internal override void Run(T item, Span<long> counters, RuleAnswers? scratch)
        {
            var answered = tally.TryRead(item, out var bits);
            var target = new SpanTarget(counters);
            tally.Visit(answered, bits, ref target);
        }

        internal override void Emit(T item, int offset, ICounterSink sink)
        {
            var answered = tally.TryRead(item, out var bits);
            var target = new SinkTarget(sink, offset);
            tally.Visit(answered, bits, ref target);
        }
    }

    private sealed class NumberStep(NumberTally<T> tally) : Step
    {
        internal override void Run(T item, Span<long> counters, RuleAnswers? scratch) => tally.Add(tally.Read(item), counters);

        internal override void Emit(T item, int offset, ICounterSink sink)
        {
            var target = new SinkTarget(sink, offset);
            tally.Visit(tally.Read(item), ref target);
        }
    }

    private sealed class CountsStep(RuleTest<T>? guard, RuleTest<T>?[] tests, int[] positions) : Step
    {
        internal static bool Fits(ConcatTally<T> concat) => concat.Parts.All(p => p is CountTally<T> or WhereTally<T> { Inner: CountTally<T> });

        /// <summary>The step for <paramref name="parts"/> (each a count, or a count under a filter) at <paramref name="offsets"/>, under <paramref name="guard"/>.</summary>
        internal static CountsStep Of(RuleTest<T>? guard, IReadOnlyList<Tally<T>> parts, IReadOnlyList<int> offsets, RulePlan<T> rules)
            => new(guard, [.. parts.Select(p => p is WhereTally<T> where ? rules.TestOf(where.Rule) : null)], [.. offsets.Take(parts.Count)]);

        internal override void Run(T item, Span<long> counters, RuleAnswers? scratch)
        {
            if (guard is not null && !guard.Test(item, scratch))
            {
                return;
            }

            var all = tests;
            for (var i = 0; i < all.Length; i++)
            {
                if (all[i] is not { } test || test.Test(item, scratch))
                {
                    counters[positions[i]]++;
                }
            }
        }

        internal override void Emit(T item, int offset, ICounterSink sink)
        {
            if (guard is not null && !guard.Test(item, null))
            {
                return;
            }

            for (var i = 0; i < tests.Length; i++)
            {
                if (tests[i] is not { } test || test.Test(item, null))
                {
                    sink.Add(offset + positions[i], 1);
                }
            }
        }
    }

    private sealed class WhereStep(RuleTest<T> test, Step inner) : Step
    {
        internal override void Run(T item, Span<long> counters, RuleAnswers? scratch)
        {
            if (test.Test(item, scratch))
            {
                inner.Run(item, counters, scratch);
            }
        }

        internal override void Emit(T item, int offset, ICounterSink sink)
        {
            if (test.Test(item, null))
            {
                inner.Emit(item, offset, sink);
            }
        }
    }

    private sealed class ConcatStep(Step[] parts, int[] offsets) : Step
    {
        internal override void Run(T item, Span<long> counters, RuleAnswers? scratch)
        {
            for (var i = 0; i < parts.Length; i++)
            {
                parts[i].Run(item, counters[offsets[i]..offsets[i + 1]], scratch);
            }
        }

        internal override void Emit(T item, int offset, ICounterSink sink)
        {
            for (var i = 0; i < parts.Length; i++)
            {
                parts[i].Emit(item, offset + offsets[i], sink);
            }
        }
    }

    private sealed class GroupStep(GroupTally<T> tally, Step inner) : Step
    {
        private readonly int _width = tally.Inner.Width;

        internal override void Run(T item, Span<long> counters, RuleAnswers? scratch)
        {
            var group = tally.GroupOf(item);
            if (group >= 0)
            {
                inner.Run(item, counters.Slice(group * _width, _width), scratch);
            }
        }

        internal override void Emit(T item, int offset, ICounterSink sink)
        {
            var group = tally.GroupOf(item);
            if (group >= 0)
            {
                inner.Emit(item, offset + (group * _width), sink);
            }
        }
    }

    private sealed class EachStep(EachTally<T> tally) : Step
    {
        internal override void Run(T item, Span<long> counters, RuleAnswers? scratch) => tally.Add(item, counters);

        internal override void Emit(T item, int offset, ICounterSink sink) => tally.Emit(item, offset, sink);
    }
}
