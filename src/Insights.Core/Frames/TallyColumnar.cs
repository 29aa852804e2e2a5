using System.Numerics;
using Insights.Core.Tabulation;

namespace Insights.Core.Frames;

/// <summary>
/// The frame engine's form of one table: its <see cref="Tally{T}"/> interpreted into columns. What the
/// description reads is stored once per row, by column; counting a range of rows is a population count per bit
/// column, a histogram per code or number column, and a sum of the sparse entries. Nothing here knows any
/// tabulator: only the kinds of description, so a frame adds exactly what the object engine adds.
/// </summary>
/// <remarks>
/// Who reaches each part of a description is a gate: every record, or a gate's records that pass a filter, or
/// those of one group. Equal gates are one gate (a filter is known by its rule, and equal rules are one filter),
/// so a count under the same chain of filters, in any part of the table, is one stored bit: a cell without a base
/// of its own shares its column's base bit, and a multi-select's n shares the bit of its filter.
/// </remarks>
/// <typeparam name="T">The record type.</typeparam>
internal sealed class TallyColumnar<T> : IColumnarTable<T>
{
    private const int Unusual = int.MinValue + 2;

    private readonly List<Gate> _gates = [new Gate(GateKind.Every, -1, null, null, 0)];
    private readonly Dictionary<(int Parent, Rule<T> Rule), int> _filterGates = [];
    private readonly Dictionary<(int Parent, GroupTally<T> Groups), int> _keyGates = [];
    private readonly Dictionary<(int Key, int Group), int> _groupGates = [];
    private readonly Dictionary<int, int> _gateBits = [];
    private readonly List<(int Gate, int Bit)> _gateBitList = [];
    private readonly List<BitColumn> _bits = [];
    private readonly List<List<int>> _bitCounters = [];
    private readonly List<Leaf> _leaves = [];
    private readonly FrameStorage _storage = new();
    private readonly ulong[] _masks;
    private RuleTest<T>?[] _gateTests;
    private readonly int[]?[] _batchKeys;
    private readonly int[][] _countersOfBit;

    // The compiled gates, gate bits and leaves as arrays: appending a row walks them once per table.
    private readonly Gate[] _gateArray;
    private readonly (int Gate, BitColumn Bit)[] _gateBitArray;
    private readonly Leaf[] _leafArray;

    /// <summary>Interprets <paramref name="tally"/> into columns.</summary>
    /// <exception cref="NotSupportedException">The description holds a kind the frame engine cannot store.</exception>
    internal TallyColumnar(Tally<T> tally)
    {
        Compile(tally, gate: 0, offset: 0);
        // Per gate, the rows of a batch that reach it; per key gate, the group of each row of the batch.
        _masks = new ulong[_gates.Count];
        _batchKeys = [.. _gates.Select(g => g.Kind == GateKind.Key ? new int[64] : null)];
        // Until a frame shares its plan with the other tables, the table tests its own rules, keeping no answers
        // (kept answers live in the frame's memory, numbered by the frame's plan).
        _gateTests = TestsOf(RulePlan<T>.Of(Filters, share: false));
        _countersOfBit = [.. _bitCounters.Select(c => c.ToArray())];
        _gateArray = [.. _gates];
        _gateBitArray = [.. _gateBitList.Select(g => (g.Gate, _bits[g.Bit]))];
        _leafArray = [.. _leaves];

        // Storage is listed in a fixed order for a given description, so the columns of two frames of the same
        // report pair up by position (row copies between frames rely on it).
        _storage.Bits.AddRange(_bits);
        foreach (var leaf in _leaves)
        {
            leaf.CollectStorage(_storage);
        }
    }

    /// <summary>Gets the rule of every filter gate, one entry per gate (for the frame's <see cref="RulePlan{T}"/>).</summary>
    internal IEnumerable<Rule<T>> Filters => _gates.Where(g => g.Kind == GateKind.Filter).Select(g => g.Rule!);

    /// <summary>Tests the filters through <paramref name="plan"/>, made of the filters of every table of the frame, so a rule that other tables test as well is tested once a row.</summary>
    internal void Share(RulePlan<T> plan) => _gateTests = TestsOf(plan);

    private RuleTest<T>?[] TestsOf(RulePlan<T> plan) => [.. _gates.Select(g => g.Kind == GateKind.Filter ? plan.TestOf(g.Rule!) : null)];

    public long Bytes => _storage.Bits.Sum(b => b.Bytes) + _storage.Codes.Sum(c => c.Bytes) + _storage.Integers.Sum(c => c.Bytes) + _storage.Sparse.Sum(s => s.Bytes);

    public void AppendBatch(ReadOnlySpan<T> items, RuleAnswers? answers)
    {
        var n = items.Length;
        var masks = _masks;
        masks[0] = n == 64 ? ulong.MaxValue : (1UL << n) - 1;
        var gates = _gateArray;
        for (var g = 1; g < gates.Length; g++)
        {
            var gate = gates[g];
            var parent = masks[gate.Parent];
            var mask = 0UL;
            switch (gate.Kind)
            {
                case GateKind.Filter:
                    mask = parent == 0 ? 0 : _gateTests[g]!.Test(items, parent, answers);
                    break;
                case GateKind.Key:
                    var keys = _batchKeys[g]!;
                    keys.AsSpan(0, n).Fill(-1);
                    for (var rest = parent; rest != 0; rest &= rest - 1)
                    {
                        var i = BitOperations.TrailingZeroCount(rest);
                        var key = gate.Groups!.GroupOf(items[i]);
                        keys[i] = key;
                        if (key >= 0)
                        {
                            mask |= 1UL << i;
                        }
                    }

                    break;
                default:
                    var groupOf = _batchKeys[gate.Parent]!;
                    for (var rest = parent; rest != 0; rest &= rest - 1)
                    {
                        var i = BitOperations.TrailingZeroCount(rest);
                        if (groupOf[i] == gate.Group)
                        {
                            mask |= 1UL << i;
                        }
                    }

                    break;
            }

            masks[g] = mask;
        }

        foreach (var (gate, bit) in _gateBitArray)
        {
            bit.AppendBits(masks[gate], n);
        }

        foreach (var leaf in _leafArray)
        {
            leaf.AppendBatch(items, masks[leaf.Gate]);
        }
    }

    public void AppendCopy(IColumnarTable<T> source, int row)
    {
        var other = ((TallyColumnar<T>)source)._storage;
        for (var i = 0; i < _storage.Bits.Count; i++)
        {
            _storage.Bits[i].Append(other.Bits[i][row]);
        }

        for (var i = 0; i < _storage.Codes.Count; i++)
        {
            _storage.Codes[i].Append(other.Codes[i][row]);
        }

        for (var i = 0; i < _storage.Integers.Count; i++)
        {
            _storage.Integers[i].Append(other.Integers[i][row]);
        }

        for (var i = 0; i < _storage.Sparse.Count; i++)
        {
            _storage.Sparse[i].CopyRow(other.Sparse[i], row, _storage.Sparse[i].NextRow());
        }
    }

    public void Accumulate(int start, int end, Span<long> counters)
    {
        for (var b = 0; b < _bits.Count; b++)
        {
            var fed = _countersOfBit[b];
            if (fed.Length == 0)
            {
                continue;
            }

            var count = _bits[b].Count(start, end);
            foreach (var counter in fed)
            {
                counters[counter] += count;
            }
        }

        foreach (var leaf in _leaves)
        {
            leaf.Accumulate(start, end, counters);
        }
    }

    public IEnumerable<FrameColumn> Columns
    {
        get
        {
            var index = 0;
            for (var b = 0; b < _bits.Count; b++)
            {
                var bit = _bits[b];
                foreach (var counter in _countersOfBit[b])
                {
                    yield return new FrameColumn($"bit{index++}", FrameColumnKind.Bit, bit.ValueAt, counter);
                }
            }

            foreach (var leaf in _leaves)
            {
                foreach (var column in leaf.Columns)
                {
                    yield return column with { Name = $"{column.Name}{index++}" };
                }
            }
        }
    }

    public IEnumerable<(int Row, int Counter, long Amount)> SparseEntries => _storage.Sparse.SelectMany(s => s.Entries());

    public void CollectStorage(FrameStorage storage)
    {
        storage.Bits.AddRange(_storage.Bits);
        storage.Codes.AddRange(_storage.Codes);
        storage.Integers.AddRange(_storage.Integers);
        storage.Sparse.AddRange(_storage.Sparse);
    }

    private void Compile(Tally<T> tally, int gate, int offset)
    {
        switch (tally)
        {
            case CountTally<T>:
                Feed(GateBit(gate), offset);
                break;
            case BlankTally<T>:
                break;
            case CodeTally<T> code:
                _leaves.Add(code.Width <= ByteColumn.Excluded ? new CodeLeaf(gate, offset, code) : new WideCodeLeaf(gate, offset, code));
                break;
            case SetTally<T> set:
                Feed(GateBit(gate), offset);
                _leaves.Add(new SetLeaf(gate, offset, set, this));
                break;
            case NumberTally<T> number:
                _leaves.Add(new NumberLeaf(gate, offset, number));
                break;
            case WhereTally<T> where:
                Compile(where.Inner, FilterGate(gate, where.Rule), offset);
                break;
            case ConcatTally<T> concat:
                for (var i = 0; i < concat.Parts.Count; i++)
                {
                    Compile(concat.Parts[i], gate, offset + concat.PartOffsets[i]);
                }

                break;
            case GroupTally<T> groups:
                var key = KeyGate(gate, groups);
                for (var g = 0; g < groups.Groups; g++)
                {
                    Compile(groups.Inner, GroupGate(key, g), offset + (g * groups.Inner.Width));
                }

                break;
            case EachTally<T> each:
                _leaves.Add(new EachLeaf(gate, offset, each));
                break;
            default:
                throw new NotSupportedException($"The frame engine cannot store a {tally.GetType().Name}.");
        }
    }

    private int FilterGate(int parent, Rule<T> rule)
        => GateFor(_filterGates, (parent, rule), () => new Gate(GateKind.Filter, parent, rule, null, 0));

    private int KeyGate(int parent, GroupTally<T> groups)
        => GateFor(_keyGates, (parent, groups), () => new Gate(GateKind.Key, parent, null, groups, 0));

    private int GroupGate(int key, int group)
        => GateFor(_groupGates, (key, group), () => new Gate(GateKind.Group, key, null, null, group));

    private int GateFor<TKey>(Dictionary<TKey, int> gates, TKey key, Func<Gate> create) where TKey : notnull
    {
        if (!gates.TryGetValue(key, out var index))
        {
            index = _gates.Count;
            _gates.Add(create());
            gates.Add(key, index);
        }

        return index;
    }

    /// <summary>The bit column holding whether each row reaches <paramref name="gate"/>, made once per gate.</summary>
    private int GateBit(int gate)
    {
        if (!_gateBits.TryGetValue(gate, out var bit))
        {
            bit = NewBit();
            _gateBits.Add(gate, bit);
            _gateBitList.Add((gate, bit));
        }

        return bit;
    }

    private int NewBit()
    {
        _bits.Add(new BitColumn());
        _bitCounters.Add([]);
        return _bits.Count - 1;
    }

    private void Feed(int bit, int counter) => _bitCounters[bit].Add(counter);

    private enum GateKind
    {
        Every,
        Filter,
        Key,
        Group,
    }

    /// <summary>Who reaches a part of the description: a parent gate's records passing a filter, a key (the group of each record), or one group of a key.</summary>
    private sealed record Gate(GateKind Kind, int Parent, Rule<T>? Rule, GroupTally<T>? Groups, int Group);

    /// <summary>One leaf of the description: the columns it stores and how they are counted.</summary>
    private abstract class Leaf(int gate, int offset)
    {
        internal int Gate => gate;

        protected int Offset => offset;

        /// <summary>Stores the batch's rows; bit i of <paramref name="open"/> says whether row i reaches the leaf.</summary>
        internal abstract void AppendBatch(ReadOnlySpan<T> items, ulong open);

        internal abstract void Accumulate(int start, int end, Span<long> counters);

        internal abstract IEnumerable<FrameColumn> Columns { get; }

        internal abstract void CollectStorage(FrameStorage storage);
    }

    /// <summary>A code per row in a byte: 255 for a row that does not reach the leaf.</summary>
    private sealed class CodeLeaf(int gate, int offset, CodeTally<T> tally) : Leaf(gate, offset)
    {
        private readonly ByteColumn _codes = new();

        internal override void AppendBatch(ReadOnlySpan<T> items, ulong open)
        {
            tally.ReadInto(items, open, _codes.Extend(items.Length, out var first).AsSpan(first, items.Length), ByteColumn.Excluded);
        }

        internal override void Accumulate(int start, int end, Span<long> counters) => _codes.Histogram(start, end, counters.Slice(Offset, tally.Width));

        internal override IEnumerable<FrameColumn> Columns => [new FrameColumn("code", FrameColumnKind.Code, _codes.ValueAt, Offset, tally.Width)];

        internal override void CollectStorage(FrameStorage storage) => storage.Codes.Add(_codes);
    }

    /// <summary>A code per row in an integer, for categories too many for a byte (a column of a service's export).</summary>
    private sealed class WideCodeLeaf(int gate, int offset, CodeTally<T> tally) : Leaf(gate, offset)
    {
        private readonly IntColumn _codes = new();

        internal override void AppendBatch(ReadOnlySpan<T> items, ulong open)
        {
            for (var i = 0; i < items.Length; i++)
            {
                var code = (open & (1UL << i)) != 0 ? tally.Read(items[i]) : -1;
                _codes.Append(code >= 0 ? code : IntColumn.Excluded);
            }
        }

        internal override void Accumulate(int start, int end, Span<long> counters) => _codes.Histogram(start, end, counters.Slice(Offset, tally.Width));

        internal override IEnumerable<FrameColumn> Columns => [new FrameColumn("code", FrameColumnKind.Integer, _codes.ValueAt, Offset, MissingCounter: Offset)];

        internal override void CollectStorage(FrameStorage storage) => storage.Integers.Add(_codes);
    }

    /// <summary>A set per row: a bit for "no answer", one per member and one per net, and a byte of the set's size.</summary>
    private sealed class SetLeaf : Leaf
    {
        private readonly SetTally<T> _tally;
        private readonly BitColumn _missing;
        private readonly BitColumn[] _members;
        private readonly BitColumn[] _nets;
        private readonly ByteColumn? _sizes;

        internal SetLeaf(int gate, int offset, SetTally<T> tally, TallyColumnar<T> owner)
            : base(gate, offset)
        {
            _tally = tally;
            var missing = owner.NewBit();
            owner.Feed(missing, offset + 1);
            var members = Enumerable.Range(0, tally.Members).Select(i =>
            {
                var bit = owner.NewBit();
                owner.Feed(bit, offset + 2 + i);
                return bit;
            }).ToArray();
            var nets = Enumerable.Range(0, tally.Nets.Count).Select(i =>
            {
                var bit = owner.NewBit();
                owner.Feed(bit, offset + tally.NetStart + i);
                return bit;
            }).ToArray();
            _missing = owner._bits[missing];
            _members = [.. members.Select(b => owner._bits[b])];
            _nets = [.. nets.Select(b => owner._bits[b])];
            _sizes = tally.SizeMask is null ? null : new ByteColumn();
        }

        internal override void AppendBatch(ReadOnlySpan<T> items, ulong open)
        {
            var n = items.Length;
            var missing = 0UL;
            Span<ulong> members = stackalloc ulong[_members.Length];
            Span<ulong> nets = stackalloc ulong[_nets.Length];
            var netMasks = _tally.Nets;
            var memberMask = _members.Length == 64 ? ulong.MaxValue : (1UL << _members.Length) - 1;
            var sizes = _sizes is null ? default : _sizes.Extend(n, out var first).AsSpan(first, n);
            for (var i = 0; i < n; i++)
            {
                var row = 1UL << i;
                var answered = false;
                ulong bits = 0;
                if ((open & row) != 0)
                {
                    answered = _tally.TryRead(items[i], out bits);
                    if (!answered)
                    {
                        missing |= row;
                    }
                }

                for (var rest = bits & memberMask; rest != 0; rest &= rest - 1)
                {
                    members[BitOperations.TrailingZeroCount(rest)] |= row;
                }

                for (var k = 0; k < nets.Length; k++)
                {
                    if ((bits & netMasks[k]) != 0)
                    {
                        nets[k] |= row;
                    }
                }

                if (!sizes.IsEmpty)
                {
                    sizes[i] = answered ? (byte)BitOperations.PopCount(bits & _tally.SizeMask!.Value) : ByteColumn.Excluded;
                }
            }

            _missing.AppendBits(missing, n);
            for (var m = 0; m < _members.Length; m++)
            {
                _members[m].AppendBits(members[m], n);
            }

            for (var k = 0; k < _nets.Length; k++)
            {
                _nets[k].AppendBits(nets[k], n);
            }
        }

        // The bits are counted with the table's other bits; only the sizes are counted here.
        internal override void Accumulate(int start, int end, Span<long> counters) => _sizes?.Histogram(start, end, counters.Slice(Offset + _tally.SizeStart, SetTally<T>.SizeBuckets));

        internal override IEnumerable<FrameColumn> Columns => _sizes is null ? [] : [new FrameColumn("size", FrameColumnKind.Code, _sizes.ValueAt, Offset + _tally.SizeStart, SetTally<T>.SizeBuckets)];

        internal override void CollectStorage(FrameStorage storage)
        {
            if (_sizes is not null)
            {
                storage.Codes.Add(_sizes);
            }
        }
    }

    /// <summary>A number per row as an integer; the rare value outside the histogram keeps its counters sparsely.</summary>
    private sealed class NumberLeaf(int gate, int offset, NumberTally<T> tally) : Leaf(gate, offset)
    {
        private readonly IntColumn _values = new();
        private readonly SparseCounts _unusual = new();
        private SparseSink? _sink;

        internal override void AppendBatch(ReadOnlySpan<T> items, ulong open)
        {
            for (var i = 0; i < items.Length; i++)
            {
                var row = _unusual.NextRow();
                if ((open & (1UL << i)) == 0)
                {
                    _values.Append(IntColumn.Excluded);
                    continue;
                }

                var value = tally.Read(items[i]);
                if (value is not { } v)
                {
                    _values.Append(IntColumn.Missing);
                }
                else if (v is >= 0 and <= int.MaxValue && v <= tally.Maximum)
                {
                    _values.Append((int)v);
                }
                else
                {
                    _values.Append(Unusual);
                    _sink ??= new SparseSink(_unusual);
                    _sink.Row = row;
                    var target = new SinkTarget(_sink, Offset);
                    tally.Visit(v, ref target);
                }
            }
        }

        internal override void Accumulate(int start, int end, Span<long> counters)
        {
            counters[Offset] += _values.Histogram(start, end, counters.Slice(Offset + NumberTally<T>.Header, (int)tally.Maximum + 1));
            _unusual.Accumulate(start, end, counters);
        }

        internal override IEnumerable<FrameColumn> Columns => [new FrameColumn("value", FrameColumnKind.Integer, _values.ValueAt, Offset + NumberTally<T>.Header, MissingCounter: Offset)];

        internal override void CollectStorage(FrameStorage storage)
        {
            storage.Integers.Add(_values);
            storage.Sparse.Add(_unusual);
        }
    }

    /// <summary>The items of each row (children, police reports): what they add, as sparse entries of the row.</summary>
    private sealed class EachLeaf(int gate, int offset, EachTally<T> tally) : Leaf(gate, offset)
    {
        private readonly SparseCounts _entries = new();
        private SparseSink? _sink;

        internal override void AppendBatch(ReadOnlySpan<T> items, ulong open)
        {
            for (var i = 0; i < items.Length; i++)
            {
                var row = _entries.NextRow();
                if ((open & (1UL << i)) != 0)
                {
                    _sink ??= new SparseSink(_entries);
                    _sink.Row = row;
                    tally.Emit(items[i], Offset, _sink);
                }
            }
        }

        internal override void Accumulate(int start, int end, Span<long> counters) => _entries.Accumulate(start, end, counters);

        internal override IEnumerable<FrameColumn> Columns => [];

        internal override void CollectStorage(FrameStorage storage) => storage.Sparse.Add(_entries);
    }

    /// <summary>Keeps contributions as sparse entries of the current row.</summary>
    private sealed class SparseSink(SparseCounts entries) : ICounterSink
    {
        internal int Row { get; set; }

        public void Add(int counter, long amount) => entries.Add(Row, counter, amount);
    }
}
