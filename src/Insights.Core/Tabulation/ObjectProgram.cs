namespace Insights.Core.Tabulation;

/// <summary>
/// The object engine: a <see cref="Tally{T}"/> compiled into a tree of steps that read a record and add to its
/// counters. A predicate that several parts of a report test (whether a case has an exit form, whether it is the
/// client's profile case) is tested once per record and its answer shared, so a report costs one reading of each
/// shared test however many tables use it.
/// </summary>
/// <typeparam name="T">The record type read.</typeparam>
internal sealed class ObjectProgram<T>
{
    private readonly Step _root;
    private readonly int _sharedPredicates;

    private ObjectProgram(Step root, int sharedPredicates, int width)
    {
        _root = root;
        _sharedPredicates = sharedPredicates;
        Width = width;
    }

    internal int Width { get; }

    /// <summary>Compiles <paramref name="tally"/>; with <paramref name="sharePredicates"/>, predicates used more than once are tested once per record.</summary>
    internal static ObjectProgram<T> Compile(Tally<T> tally, bool sharePredicates = true)
    {
        var uses = new Dictionary<Func<T, bool>, int>();
        if (sharePredicates)
        {
            CountUses(tally, uses);
        }

        var slots = new Dictionary<Func<T, bool>, int>();
        foreach (var (predicate, count) in uses)
        {
            if (count > 1)
            {
                slots.Add(predicate, slots.Count);
            }
        }

        return new ObjectProgram<T>(Build(tally, slots), slots.Count, tally.Width);
    }

    /// <summary>Creates the per-thread memory of shared predicate answers, or null when there is none to share.</summary>
    internal Scratch? CreateScratch() => _sharedPredicates == 0 ? null : new Scratch(_sharedPredicates);

    /// <summary>Adds one record to <paramref name="counters"/> (the tally's counters, from 0).</summary>
    internal void Add(T item, Span<long> counters, Scratch? scratch)
    {
        scratch?.NextRecord();
        _root.Run(item, counters, scratch);
    }

    /// <summary>Passes what one record adds to <paramref name="sink"/>, counters shifted by <paramref name="offset"/> (predicates are not shared).</summary>
    internal void Emit(T item, int offset, ICounterSink sink) => _root.Emit(item, offset, sink);

    private static void CountUses(Tally<T> tally, Dictionary<Func<T, bool>, int> uses)
    {
        switch (tally)
        {
            case WhereTally<T> where:
                uses[where.Predicate] = uses.GetValueOrDefault(where.Predicate) + 1;
                CountUses(where.Inner, uses);
                break;
            case ConcatTally<T> concat:
                foreach (var part in concat.Parts)
                {
                    CountUses(part, uses);
                }

                break;
            case GroupTally<T> group:
                CountUses(group.Inner, uses);
                break;
        }
    }

    private static Step Build(Tally<T> tally, Dictionary<Func<T, bool>, int> slots) => tally switch
    {
        CountTally<T> => new CountStep(),
        BlankTally<T> => new BlankStep(),
        CodeTally<T> code => new CodeStep(code),
        SetTally<T> set => new SetStep(set),
        NumberTally<T> number => new NumberStep(number),
        // Counts (most of a counts table: a cell's base and count under the column's filter, a row's count under
        // its rule) are one step that tests its predicates in a loop, rather than a step and a virtual call per count.
        WhereTally<T> { Inner: CountTally<T> } where => CountsStep.Of(where.Predicate, [where.Inner], [0], slots),
        WhereTally<T> { Inner: ConcatTally<T> concat } where when CountsStep.Fits(concat) => CountsStep.Of(where.Predicate, concat.Parts, concat.PartOffsets, slots),
        WhereTally<T> where => slots.TryGetValue(where.Predicate, out var slot)
            ? new SharedWhereStep(where.Predicate, slot, Build(where.Inner, slots))
            : new WhereStep(where.Predicate, Build(where.Inner, slots)),
        ConcatTally<T> concat when CountsStep.Fits(concat) => CountsStep.Of(null, concat.Parts, concat.PartOffsets, slots),
        ConcatTally<T> concat => new ConcatStep([.. concat.Parts.Select(p => Build(p, slots))], [.. concat.PartOffsets]),
        GroupTally<T> group => new GroupStep(group, Build(group.Inner, slots)),
        EachTally<T> each => new EachStep(each),
        _ => throw new NotSupportedException($"The object engine cannot run a {tally.GetType().Name}."),
    };

    /// <summary>The answers of shared predicates for the current record: an answer is valid while its stamp is the record's.</summary>
    internal sealed class Scratch(int slots)
    {
        private readonly int[] _stamps = new int[slots];
        private readonly bool[] _answers = new bool[slots];
        private int _stamp;

        internal void NextRecord()
        {
            if (++_stamp == int.MaxValue)
            {
                Array.Clear(_stamps);
                _stamp = 1;
            }
        }

        internal bool Test(Func<T, bool> predicate, int slot, T item)
        {
            if (_stamps[slot] == _stamp)
            {
                return _answers[slot];
            }

            var answer = predicate(item);
            _answers[slot] = answer;
            _stamps[slot] = _stamp;
            return answer;
        }
    }

    // Each step runs its part of the description two ways: adding into counters (the object engine), and passing
    // the (counter, amount) pairs to a sink (a frame keeps the items of a record that way). Both ways call the
    // same reading and the same leaf semantics.
    private abstract class Step
    {
        internal abstract void Run(T item, Span<long> counters, Scratch? scratch);

        internal abstract void Emit(T item, int offset, ICounterSink sink);
    }

    private sealed class CountStep : Step
    {
        internal override void Run(T item, Span<long> counters, Scratch? scratch) => counters[0]++;

        internal override void Emit(T item, int offset, ICounterSink sink) => sink.Add(offset, 1);
    }

    private sealed class BlankStep : Step
    {
        internal override void Run(T item, Span<long> counters, Scratch? scratch)
        {
        }

        internal override void Emit(T item, int offset, ICounterSink sink)
        {
        }
    }

    private sealed class CodeStep(CodeTally<T> tally) : Step
    {
        internal override void Run(T item, Span<long> counters, Scratch? scratch)
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
        internal override void Run(T item, Span<long> counters, Scratch? scratch)
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
        internal override void Run(T item, Span<long> counters, Scratch? scratch) => tally.Add(tally.Read(item), counters);

        internal override void Emit(T item, int offset, ICounterSink sink)
        {
            var target = new SinkTarget(sink, offset);
            tally.Visit(tally.Read(item), ref target);
        }
    }

    private sealed class CountsStep(Func<T, bool>? guard, int guardSlot, Func<T, bool>?[] predicates, int[] slots, int[] positions) : Step
    {
        internal static bool Fits(ConcatTally<T> concat) => concat.Parts.All(p => p is CountTally<T> or WhereTally<T> { Inner: CountTally<T> });

        /// <summary>The step for <paramref name="parts"/> (each a count, or a count under a filter) at <paramref name="offsets"/>, under <paramref name="guard"/>.</summary>
        internal static CountsStep Of(Func<T, bool>? guard, IReadOnlyList<Tally<T>> parts, IReadOnlyList<int> offsets, Dictionary<Func<T, bool>, int> slots)
        {
            var predicates = new Func<T, bool>?[parts.Count];
            var predicateSlots = new int[predicates.Length];
            for (var i = 0; i < predicates.Length; i++)
            {
                predicates[i] = (parts[i] as WhereTally<T>)?.Predicate;
                predicateSlots[i] = SlotOf(predicates[i], slots);
            }

            return new CountsStep(guard, SlotOf(guard, slots), predicates, predicateSlots, [.. offsets.Take(predicates.Length)]);
        }

        private static int SlotOf(Func<T, bool>? predicate, Dictionary<Func<T, bool>, int> slots)
            => predicate is not null && slots.TryGetValue(predicate, out var slot) ? slot : -1;

        internal override void Run(T item, Span<long> counters, Scratch? scratch)
        {
            if (guard is not null && !Passes(guard, guardSlot, item, scratch))
            {
                return;
            }

            var all = predicates;
            for (var i = 0; i < all.Length; i++)
            {
                if (all[i] is not { } predicate || Passes(predicate, slots[i], item, scratch))
                {
                    counters[positions[i]]++;
                }
            }
        }

        // A shared predicate's answer comes from the record's scratch, once per record for every step that tests it.
        private static bool Passes(Func<T, bool> predicate, int slot, T item, Scratch? scratch)
            => slot >= 0 && scratch is not null ? scratch.Test(predicate, slot, item) : predicate(item);

        internal override void Emit(T item, int offset, ICounterSink sink)
        {
            if (guard is not null && !guard(item))
            {
                return;
            }

            for (var i = 0; i < predicates.Length; i++)
            {
                if (predicates[i] is not { } predicate || predicate(item))
                {
                    sink.Add(offset + positions[i], 1);
                }
            }
        }
    }

    private sealed class WhereStep(Func<T, bool> predicate, Step inner) : Step
    {
        internal override void Run(T item, Span<long> counters, Scratch? scratch)
        {
            if (predicate(item))
            {
                inner.Run(item, counters, scratch);
            }
        }

        internal override void Emit(T item, int offset, ICounterSink sink)
        {
            if (predicate(item))
            {
                inner.Emit(item, offset, sink);
            }
        }
    }

    private sealed class SharedWhereStep(Func<T, bool> predicate, int slot, Step inner) : Step
    {
        internal override void Run(T item, Span<long> counters, Scratch? scratch)
        {
            if (scratch is null ? predicate(item) : scratch.Test(predicate, slot, item))
            {
                inner.Run(item, counters, scratch);
            }
        }

        internal override void Emit(T item, int offset, ICounterSink sink)
        {
            if (predicate(item))
            {
                inner.Emit(item, offset, sink);
            }
        }
    }

    private sealed class ConcatStep(Step[] parts, int[] offsets) : Step
    {
        internal override void Run(T item, Span<long> counters, Scratch? scratch)
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

        internal override void Run(T item, Span<long> counters, Scratch? scratch)
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
        internal override void Run(T item, Span<long> counters, Scratch? scratch) => tally.Add(item, counters);

        internal override void Emit(T item, int offset, ICounterSink sink) => tally.Emit(item, offset, sink);
    }
}
