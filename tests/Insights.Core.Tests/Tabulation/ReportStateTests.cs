using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Insights.Core.Formatting;
using Insights.Core.Ingestion;
using Insights.Core.Model;
using Insights.Core.Reports;
using Insights.Core.Serialization;
using Insights.Core.Tabulation;
using Insights.Synthetic;
using Xunit;

namespace Insights.Core.Tests.Tabulation;

/// <summary>States of parts merge into the report of the whole, in both engines; the definition and the clients are checked.</summary>
public sealed partial class ReportStateTests
{
    /// <summary>
    /// A small part of the calibrated exact dataset: every case of the clients with more than one case (the
    /// sampled generator makes one case per client), and the first 200 of the others.
    /// </summary>
    private static readonly Lazy<Case[]> Sample = new(() =>
    {
        var exact = ExactDataset.Create();
        var repeated = exact.GroupBy(c => c.Client).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        var others = exact.Where(c => !repeated.Contains(c.Client)).Take(200).ToHashSet();
        return [.. exact.Where(c => repeated.Contains(c.Client) || others.Contains(c))];
    });

    private static int Cases => Sample.Value.Length;

    private static readonly Lazy<string> WholeReport = new(() => Json(OutreachReport.Evaluate(new Dataset(Sample.Value))));

    private static Report<ReportCase> Definition => OutreachReport.Definition;

    private static string Json(ReportResult result) => TableRenderer.Render(result, OutputFormat.Json);

    /// <summary>A split of the sample's clients into 1 to 5 parts (some perhaps empty), and the order the parts are merged in.</summary>
    private static Gen<(int[] PartOfClient, int Parts, int[] Order)> ClientSplit() =>
        from parts in Gen.Choose(1, 5)
        from partOf in Gen.ArrayOf(Gen.Choose(0, parts - 1), Clients.Value.Length)
        from order in Gen.Shuffle(Enumerable.Range(0, parts).ToArray())
        select (partOf, parts, order);

    private static readonly Lazy<ClientId[]> Clients = new(() => [.. Sample.Value.Select(c => c.Client).Distinct()]);

    private static Case[][] Split(int[] partOfClient, int parts)
    {
        var index = Clients.Value.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i);
        return [.. Enumerable.Range(0, parts).Select(p => Sample.Value.Where(c => partOfClient[index[c.Client]] == p).ToArray())];
    }

    private static ReportState ObjectState(Case[] part)
        => Definition.Tabulate(ReportCase.From(new Dataset(part)), r => r.Case.Client);

    private static ReportState FrameState(Case[] part)
    {
        var bytes = Encoding.UTF8.GetBytes(CaseJsonLines.ToText(part));
        var (frames, summary) = OutreachFrames.ReadJsonLines(new MemoryStream(bytes), new FrameReadOptions { DegreeOfParallelism = 2 });
        return frames.Tabulate()
            .WithRecords(new RecordCounts(summary.Read, summary.Accepted, summary.Rejected))
            .WithClients(ClientSet.Of(part.Select(c => c.Client), ClientKey.ForDefinition(Definition.Fingerprint)));
    }

    private static ReportState RoundTrip(ReportState state)
    {
        using var stream = new MemoryStream();
        ReportStateFile.Write(state, stream);
        stream.Position = 0;
        return ReportStateFile.Read(stream);
    }

    [Fact]
    public void Sample_HasClientsWithSeveralCases()
    {
        // Without them the property below could not tell a client-aware merge from a naive one.
        Assert.True(Sample.Value.GroupBy(c => c.Client).Count(g => g.Count() > 1) >= 2);
    }

    [Property(MaxTest = 15)]
    public Property Combine_AnySplitKeptByClient_BothEnginesGiveTheWholeReport()
        => Prop.ForAll(Arb.From(ClientSplit()), split =>
        {
            var parts = Split(split.PartOfClient, split.Parts);
            var objectStates = parts.Select(ObjectState).ToArray();
            var frameStates = parts.Select(FrameState).ToArray();

            for (var p = 0; p < parts.Length; p++)
            {
                Assert.Equal(objectStates[p].Counters.ToArray(), frameStates[p].Counters.ToArray());
                Assert.Equal(objectStates[p].Clients!.Hashes, frameStates[p].Clients!.Hashes);
            }

            var fromObjects = ReportState.Combine(split.Order.Select(p => objectStates[p]));
            var fromFrames = ReportState.Combine(split.Order.Select(p => RoundTrip(frameStates[p])));

            Assert.Equal(WholeReport.Value, Json(Definition.Finish(fromObjects)));
            Assert.Equal(WholeReport.Value, Json(Definition.Finish(fromFrames)));
            Assert.Equal(split.Parts, fromFrames.Parts);
            Assert.Equal(RecordCounts.AllAccepted(Cases), fromFrames.Records);
            Assert.Equal(Clients.Value.Length, fromFrames.Clients!.Count);
        });

    [Fact]
    public void Combine_SplitThatSeparatesAClientsCases_IsRefusedWithTheNumberOfSharedClients()
    {
        var shared = Sample.Value.GroupBy(c => c.Client).Where(g => g.Count() > 1).Take(2).Select(g => g.Key).ToHashSet();
        var index = Clients.Value.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i);
        var firstCases = shared.Select(id => Sample.Value.First(c => c.Client == id)).ToHashSet();
        var left = Sample.Value.Where(c => shared.Contains(c.Client) ? firstCases.Contains(c) : index[c.Client] % 2 == 0).ToArray();
        var right = Sample.Value.Except(left).ToArray();

        var e = Assert.Throws<StateMergeException>(() => ObjectState(left).Merge(ObjectState(right)));

        Assert.Equal(2, e.SharedClients);
        Assert.Contains("2 clients were counted in more than one state", e.Message, StringComparison.Ordinal);
        Assert.Contains("split the data by client, or by service", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Combine_NaiveSumOfASeparatedClient_WouldDifferFromTheWholeReport()
    {
        // Why the refusal exists: a client's cases in two parts are each a profile case there, so the client counts twice.
        var client = Sample.Value.GroupBy(c => c.Client).First(g => g.Count() > 1);
        var left = Sample.Value.Where(c => c != client.First()).ToArray();
        var right = new[] { client.First() };

        var naive = ObjectState(left).WithClients(null).Merge(ObjectState(right).WithClients(null));

        Assert.NotEqual(WholeReport.Value, Json(Definition.Finish(naive)));
    }

    [Fact]
    public void Combine_StatesOfDifferentDefinitions_IsRefused()
    {
        var part = Sample.Value[..50];
        var whole = ObjectState(part);
        var section = OutreachReport.Section("Client profile").Tabulate(ReportCase.From(new Dataset(part)), r => r.Case.Client);

        var e = Assert.Throws<StateMergeException>(() => whole.Merge(section));

        Assert.Contains("another report definition", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, e.SharedClients);
    }

    [Fact]
    public void Combine_DifferentClientKeys_IsRefused()
    {
        var items = ReportCase.From(new Dataset(Sample.Value[..10]));
        var left = Definition.Tabulate(items, r => r.Case.Client);
        var right = Definition.Tabulate(ReportCase.From(new Dataset(Sample.Value[10..20])), r => r.Case.Client, ClientKey.Shared("a secret the services share"));

        var e = Assert.Throws<StateMergeException>(() => left.Merge(right));

        Assert.Contains("different client keys", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Combine_SomeStatesWithoutClients_IsRefused()
    {
        var left = ObjectState(Sample.Value[..10]);
        var right = Definition.Tabulate(ReportCase.From(new Dataset(Sample.Value[10..20])));

        Assert.Throws<StateMergeException>(() => left.Merge(right));
    }

    [Fact]
    public void Combine_CountsBeyondTheRange_IsRefusedNotWrapped()
    {
        var state = ObjectState(Sample.Value[..5]).WithClients(null);
        var index = state.Counters.IndexOfAnyExcept(0L);
        var huge = state.Counters.ToArray();
        huge[index] = long.MaxValue;
        var big = new ReportState(state.Title, state.Sections, state.Fingerprint, huge, state.Records);

        var e = Assert.Throws<StateMergeException>(() => big.Merge(state));

        Assert.Contains("exceeds", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Combine_IsCommutativeAndAssociative()
    {
        var (a, b, c) = (ObjectState(Sample.Value[..40]), ObjectState(Sample.Value[40..41]), ObjectState(Sample.Value[41..90]));
        a = a.WithClients(null);
        b = b.WithClients(null);
        c = c.WithClients(null);

        var left = a.Merge(b).Merge(c);
        var right = ReportState.Combine(c, ReportState.Combine(b, a));

        Assert.Equal(left.Counters.ToArray(), right.Counters.ToArray());
        Assert.Equal(left.Records, right.Records);
        Assert.Equal(3, right.Parts);
    }

    [Fact]
    public void Finish_StateOfAnotherDefinition_IsRefused()
    {
        var state = OutreachReport.Section("justice").Tabulate(ReportCase.From(new Dataset(Sample.Value[..10])));

        var e = Assert.Throws<ArgumentException>(() => Definition.Finish(state));

        Assert.Contains("another report definition", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tabulate_NoRecords_IsTheIdentityOfMerging()
    {
        var state = ObjectState(Sample.Value[..30]);
        var empty = ObjectState([]);

        Assert.Equal(state.Counters.ToArray(), state.Merge(empty).Counters.ToArray());
        Assert.Equal(Json(Definition.Finish(state)), Json(Definition.Finish(empty.Merge(state))));
    }
}
