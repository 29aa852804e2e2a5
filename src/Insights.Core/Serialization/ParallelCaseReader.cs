using System.Collections.Concurrent;

namespace Insights.Core.Serialization;

/// <summary>
/// Reads JSON Lines cases on all cores with exactly the results of <see cref="CaseReader"/>: one thread splits
/// the input into lines (any stream, pipes included), workers parse and check blocks of lines in parallel, and
/// each block is then committed in input order (duplicate ids, services), so line numbers, rejections and
/// warnings are those of a single pass. Memory is bounded: a few blocks of lines are in flight at a time.
/// </summary>
public static class ParallelCaseReader
{
    /// <summary>Bytes of input read at a time into one pooled buffer.</summary>
    private const int BufferBytes = 4 << 20;

    /// <summary>
    /// Bytes of lines per block handed to a worker (about 100 cases): large enough to amortise the hand-over, small
    /// enough that the cases parsed and waiting for their turn to be committed rarely outlive a gen-0 collection
    /// (with 4 MiB blocks about 1,700 cases a worker did, and collecting cost a third of the time).
    /// </summary>
    private const int BlockBytes = 256 << 10;

    /// <summary>
    /// Reads every line of <paramref name="utf8Json"/>, calling <paramref name="result"/> for each non-blank line in
    /// input order, on one thread at a time (never concurrently), and returns the counts.
    /// </summary>
    /// <param name="utf8Json">UTF-8 JSON Lines; a leading byte order mark is ignored.</param>
    /// <param name="result">Receives each line's result in input order.</param>
    /// <param name="degreeOfParallelism">How many threads parse; by default the processor count.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static ReadSummary Read(Stream utf8Json, Action<ReadResult> result, int? degreeOfParallelism = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(result);
        return Run<object?>(
            utf8Json,
            _ => null,
            (r, _) =>
            {
                result(r);
                return 0;
            },
            accepted: null,
            degreeOfParallelism);
    }

    /// <summary>
    /// The engine: <paramref name="ordered"/> sees every result with its line in input order (one call at a time)
    /// and returns a tag; <paramref name="accepted"/> then receives each result whose tag is not 0, with the tag, on
    /// the worker that committed it and with that worker's own state from <paramref name="createState"/> (so it
    /// needs no locking), in no particular order. A worker never waits for its block's turn: a block parsed early
    /// is left, parsed, for the worker that commits the block before it (at most two a worker wait so).
    /// </summary>
    internal static ReadSummary Run<TState>(
        Stream utf8Json,
        Func<int, TState> createState,
        Func<ReadResult, RawLine, int> ordered,
        Action<TState, ReadResult, int>? accepted,
        int? degreeOfParallelism)
        => Run(LineSplitter.SplitBlocks(utf8Json, CaseJson.MaxLineBytes, BufferBytes, BlockBytes), createState, ordered, accepted, degreeOfParallelism);

    /// <summary>
    /// The engine over blocks of records made by any source (JSON Lines split into lines, rows of CSV tables):
    /// <paramref name="parse"/> parses and checks record <c>i</c> of a block on a worker (by default the JSON line).
    /// </summary>
    internal static ReadSummary Run<TState>(
        IEnumerable<LineBlock> source,
        Func<int, TState> createState,
        Func<ReadResult, RawLine, int> ordered,
        Action<TState, ReadResult, int>? accepted,
        int? degreeOfParallelism,
        Func<LineBlock, int, ParsedLine>? parse = null)
    {
        parse ??= static (block, i) => LineParser.Parse(block.Lines[i]);
        var workers = Math.Max(1, degreeOfParallelism ?? Environment.ProcessorCount);
        using var blocks = new BlockingCollection<Block>(boundedCapacity: workers * 2);
        var checks = new RecordChecks();
        var summary = ReadSummary.Empty;
        var gate = new object();
        var nextToCommit = 0L;
        Exception? failure = null;

        var producer = StartSplitting(source, blocks, e =>
        {
            lock (gate)
            {
                failure ??= e;
                Monitor.PulseAll(gate);
            }
        });

        // A block parsed before the block ahead of it is committed waits here, parsed, instead of its worker
        // waiting: whichever worker commits the block ahead commits it too, so no worker idles for its turn. At
        // most this many wait, so memory stays bounded when one worker is far behind.
        var waiting = new Dictionary<long, (Block Block, ParsedLine[] Parsed)>();
        var maxWaiting = workers * 2;

        var consumers = new Task[workers];
        for (var w = 0; w < workers; w++)
        {
            var worker = w;
            consumers[w] = Task.Factory.StartNew(
                () =>
                {
                    var state = createState(worker);
                    var parsed = Array.Empty<ParsedLine>();
                    var committed = new List<Block>();
                    var toStore = new List<(ReadResult Result, int Tag)>();
                    foreach (var block in blocks.GetConsumingEnumerable())
                    {
                        var count = block.Lines.Lines.Length;
                        if (parsed.Length < count)
                        {
                            parsed = new ParsedLine[count];
                        }

                        for (var i = 0; i < count; i++)
                        {
                            parsed[i] = parse(block.Lines, i);
                        }

                        lock (gate)
                        {
                            while (nextToCommit != block.Index && waiting.Count >= maxWaiting && failure is null)
                            {
                                Monitor.Wait(gate);
                            }

                            if (failure is not null)
                            {
                                block.Release();
                                return;
                            }

                            if (nextToCommit != block.Index)
                            {
                                waiting.Add(block.Index, (block, parsed[..count]));
                                Array.Clear(parsed, 0, count);
                                continue;
                            }

                            try
                            {
                                Commit(block, parsed.AsSpan(0, count));
                                while (waiting.Remove(nextToCommit, out var next))
                                {
                                    Commit(next.Block, next.Parsed);
                                }
                            }
                            catch (Exception e)
                            {
                                failure ??= e;
                                Monitor.PulseAll(gate);
                                foreach (var done in committed)
                                {
                                    done.Release();
                                }

                                return;
                            }

                            Monitor.PulseAll(gate);
                        }

                        foreach (var done in committed)
                        {
                            done.Release();
                        }

                        committed.Clear();
                        if (accepted is not null)
                        {
                            foreach (var (result, tag) in toStore)
                            {
                                accepted(state, result, tag);
                            }
                        }

                        toStore.Clear();
                        Array.Clear(parsed, 0, count);
                    }

                    // Commits one block, in turn, under the gate; what it accepted is stored after the gate is left.
                    void Commit(Block block, ReadOnlySpan<ParsedLine> lines)
                    {
                        committed.Add(block);
                        for (var i = 0; i < lines.Length; i++)
                        {
                            var result = checks.Commit(lines[i]);
                            summary = summary.Add(result);
                            var tag = ordered(result, block.Lines.Lines[i]);
                            if (tag != 0 && accepted is not null)
                            {
                                toStore.Add((result, tag));
                            }
                        }

                        nextToCommit++;
                    }
                },
                CancellationToken.None,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default);
        }

        try
        {
            Finish(consumers, blocks, producer, ref failure);
        }
        finally
        {
            foreach (var (block, _) in waiting.Values)
            {
                block.Release();
            }
        }

        return summary;
    }

    private static Task StartSplitting(IEnumerable<LineBlock> source, BlockingCollection<Block> blocks, Action<Exception> fail)
        => Task.Factory.StartNew(
            () =>
            {
                try
                {
                    long index = 0;
                    foreach (var lines in source)
                    {
                        if (lines.Lines.Length == 0)
                        {
                            lines.Release();
                            continue;
                        }

                        blocks.Add(new Block(index++, lines));
                    }
                }
                catch (Exception e)
                {
                    fail(e);
                }
                finally
                {
                    blocks.CompleteAdding();
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);

    private static void Finish(Task[] consumers, BlockingCollection<Block> blocks, Task producer, ref Exception? failure)
    {
        try
        {
            Task.WaitAll(consumers);
        }
        catch (AggregateException e)
        {
            failure ??= e.InnerExceptions[0];
        }
        finally
        {
            // A consumer that stopped early leaves the splitter blocked on a full queue: drain it so it can finish.
            foreach (var left in blocks.GetConsumingEnumerable())
            {
                left.Release();
            }

            producer.Wait();
        }

        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
        }
    }

    private sealed record Block(long Index, LineBlock Lines)
    {
        internal void Release() => Lines.Release();
    }
}
