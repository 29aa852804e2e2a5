using System.Text;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Insights.Core.Model;
using Insights.Core.Reports;
using Insights.Core.Tabulation;
using Xunit;

namespace Insights.Core.Tests.Tabulation;

/// <summary>The state file format (docs/states.md) and the definition fingerprint.</summary>
public sealed partial class ReportStateTests
{
    private const string Fingerprint = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    /// <summary>A valid file of 10 counters; the hostile cases edit one part of it.</summary>
    private const string ValidFile = """
        {"format":"insights-report-state","version":1,"definition":{"title":"T","sections":["S"],"fingerprint":"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef","counters":10},"records":{"read":5,"accepted":4,"rejected":1},"parts":2,"clients":{"key":"definition","check":"00112233aabbccdd","hashes":["0000000000000001","00000000000000ff"]},"counters":[[0,4],[9,7]]}
        """;

    private static ReportState ReadText(string text) => ReportStateFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)));

    private static byte[] Bytes(ReportState state)
    {
        using var stream = new MemoryStream();
        ReportStateFile.Write(state, stream);
        return stream.ToArray();
    }

    private static Gen<ReportState> States() =>
        from width in Gen.Choose(0, 300)
        from counters in Gen.ArrayOf(Gen.Frequency((4, Gen.Constant(0L)), (1, Gen.Choose(1, 1000).Select(v => (long)v)), (1, Gen.Constant(long.MaxValue))), width)
        from accepted in Gen.Choose(0, 100000)
        from rejected in Gen.Choose(0, 100)
        from parts in Gen.Choose(1, 50)
        from hashes in Gen.ArrayOf(ArbMap.Default.GeneratorFor<ulong>())
        from withClients in Gen.Elements(true, false)
        from sections in Gen.ArrayOf(Gen.Elements("At a glance", "Client profile", "Ünïcode — \"quoted\"\n"))
        select new ReportState("A report", [.. sections.Where(s => !string.IsNullOrWhiteSpace(s))], Fingerprint, counters, new RecordCounts(accepted + rejected, accepted, rejected), parts,
            withClients ? new ClientSet(ClientKeyKind.Shared, "00112233aabbccdd", hashes) : null);

    [Property(MaxTest = 100)]
    public Property StateFile_WriteThenRead_GivesTheSameStateAndTheSameBytes()
        => Prop.ForAll(Arb.From(States()), state =>
        {
            var bytes = Bytes(state);
            var read = ReportStateFile.Read(new MemoryStream(bytes));

            Assert.Equal(state.Counters.ToArray(), read.Counters.ToArray());
            Assert.Equal(state.Records, read.Records);
            Assert.Equal(state.Parts, read.Parts);
            Assert.Equal(state.Title, read.Title);
            Assert.Equal(state.Sections, read.Sections);
            Assert.Equal(state.Fingerprint, read.Fingerprint);
            Assert.Equal(state.Clients?.Hashes, read.Clients?.Hashes);
            Assert.Equal(state.Clients?.KeyKind, read.Clients?.KeyKind);
            Assert.Equal(bytes, Bytes(read));
        });

    [Fact]
    public void StateFile_Write_StoresOnlyTheCountersThatAreNotZero()
    {
        var counters = new long[100_000];
        counters[3] = 2;
        counters[99_999] = 5;
        var state = new ReportState("T", ["S"], Fingerprint, counters, RecordCounts.AllAccepted(2));

        var text = Encoding.UTF8.GetString(Bytes(state));

        Assert.Contains("\"counters\":[[3,2],[99999,5]]", text, StringComparison.Ordinal);
        Assert.StartsWith("{\"format\":\"insights-report-state\",\"version\":1,\"definition\":{", text, StringComparison.Ordinal);
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void StateFile_ValidExample_Reads()
    {
        var state = ReadText(ValidFile);

        Assert.Equal(10, state.CounterCount);
        Assert.Equal([4L, 0, 0, 0, 0, 0, 0, 0, 0, 7], state.Counters.ToArray());
        Assert.Equal(new RecordCounts(5, 4, 1), state.Records);
        Assert.Equal(2, state.Parts);
        Assert.Equal([1UL, 255UL], state.Clients!.Hashes);
    }

    /// <summary>Each edit of <see cref="ValidFile"/>, and the field the error must name.</summary>
    public static TheoryData<string, string, string> HostileEdits => new()
    {
        { "truncated", "TRUNCATE", "(the file)" },
        { "not JSON", "REPLACE:not json at all", "(the file)" },
        { "empty", "REPLACE:", "(the file)" },
        { "JSON null", "REPLACE:null", "(the file)" },
        { "another format", "\"format\":\"insights-report-state\"=>\"format\":\"something-else\"", "format" },
        { "version 2", "\"version\":1=>\"version\":2", "version" },
        { "version as text", "\"version\":1=>\"version\":\"1\"", "version" },
        { "no version", "\"version\":1,=>", "version" },
        { "index out of range", "[9,7]=>[10,7]", "counters" },
        { "negative index", "[0,4]=>[-1,4]", "counters" },
        { "negative value", "[9,7]=>[9,-7]", "counters" },
        { "huge value", "[9,7]=>[9,99999999999999999999]", "counters" },
        { "fractional value", "[9,7]=>[9,7.5]", "counters" },
        { "duplicate index", "[9,7]=>[0,7]", "counters" },
        { "indexes out of order", "[[0,4],[9,7]]=>[[9,7],[0,4]]", "counters" },
        { "entry not a pair", "[9,7]=>[9,7,1]", "counters" },
        { "no counters", ",\"counters\":[[0,4],[9,7]]=>", "counters" },
        { "huge width", "\"counters\":10=>\"counters\":2000000000", "definition.counters" },
        { "width beyond int", "\"counters\":10=>\"counters\":99999999999", "definition.counters" },
        { "fingerprint too short", "0123456789abcdef\",=>0123\",", "definition.fingerprint" },
        { "fingerprint upper case", "\"fingerprint\":\"0123456789abcdef=>\"fingerprint\":\"0123456789ABCDEF", "definition.fingerprint" },
        { "blank title", "\"title\":\"T\"=>\"title\":\" \"", "definition.title" },
        { "records do not add up", "\"read\":5=>\"read\":6", "records.read" },
        { "negative rejected", "\"rejected\":1=>\"rejected\":-1", "records.rejected" },
        { "huge records", "\"read\":5=>\"read\":1e40", "records.read" },
        { "no parts", "\"parts\":2,=>", "parts" },
        { "zero parts", "\"parts\":2=>\"parts\":0", "parts" },
        { "unknown key kind", "\"key\":\"definition\"=>\"key\":\"plain\"", "clients.key" },
        { "bad key check", "00112233aabbccdd=>00112233", "clients.check" },
        { "hashes out of order", "[\"0000000000000001\",\"00000000000000ff\"]=>[\"00000000000000ff\",\"0000000000000001\"]", "clients.hashes" },
        { "duplicate hash", "\"00000000000000ff\"]=>\"0000000000000001\"]", "clients.hashes" },
        { "hash not hex", "00000000000000ff=>0000000000000xyz", "clients.hashes" },
        { "unknown field", "\"parts\":2=>\"parts\":2,\"SECRET-FIELD-NAME\":1", "(the file)" },
        { "duplicate field", "\"parts\":2=>\"parts\":2,\"parts\":3", "parts" },
        { "deep nesting", "\"parts\":2=>\"parts\":2,\"x\":[[[[[[[[[[[[1]]]]]]]]]]]]", "(the file)" },
    };

    [Theory]
    [MemberData(nameof(HostileEdits))]
    public void StateFile_HostileEdit_IsRefusedNamingTheField(string what, string edit, string field)
    {
        var text = edit switch
        {
            "TRUNCATE" => ValidFile[..(ValidFile.Length / 2)],
            _ when edit.StartsWith("REPLACE:", StringComparison.Ordinal) => edit["REPLACE:".Length..],
            _ => Edit(ValidFile, edit),
        };

        var e = Assert.Throws<ReportStateFormatException>(() => ReadText(text));

        Assert.True(e.Field == field, $"{what}: named '{e.Field}', not '{field}': {e.Message}");
        Assert.DoesNotContain("SECRET", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("xyz", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("plain", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("something-else", e.Message, StringComparison.Ordinal);
    }

    private static string Edit(string text, string edit)
    {
        var (from, to) = (edit[..edit.IndexOf("=>", StringComparison.Ordinal)], edit[(edit.IndexOf("=>", StringComparison.Ordinal) + 2)..]);
        Assert.Contains(from, text, StringComparison.Ordinal);
        var at = text.IndexOf(from, StringComparison.Ordinal);
        return text[..at] + to + text[(at + from.Length)..];
    }

    [Fact]
    public void StateFile_WidthAboveTheCallersLimit_IsRefused()
    {
        var e = Assert.Throws<ReportStateFormatException>(() => ReportStateFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(ValidFile)), maximumCounters: 9));

        Assert.Equal("definition.counters", e.Field);
    }

    [Fact]
    public void Fingerprint_IsSha256HexAndDependsOnTheStructureOnly()
    {
        var fingerprint = Definition.Fingerprint;

        Assert.Matches(new Regex("^[0-9a-f]{64}$"), fingerprint);
        Assert.Equal(fingerprint, Definition.WithSections(_ => true).Fingerprint);
        Assert.Equal(fingerprint, Definition.WithHeading(new ReportHeading(Definition.Title, "April 2024 to March 2025", "an export")).Fingerprint);
        Assert.NotEqual(fingerprint, Definition.WithHeading(new ReportHeading("Another title")).Fingerprint);
        Assert.NotEqual(fingerprint, OutreachReport.Section("Client profile").Fingerprint);
        Assert.NotEqual(fingerprint, Definition.GroupBy(r => (Region?)r.Case.Service.Region).Fingerprint);
    }

    [Fact]
    public void Fingerprint_TablesThatDifferInTheirLabels_Differ()
    {
        var yes = new Report<ReportCase>("R", [new ReportSection<ReportCase>("S", [Table("Yes", r => true)])]);
        var no = new Report<ReportCase>("R", [new ReportSection<ReportCase>("S", [Table("No", r => true)])]);
        var sameButAnotherDelegate = new Report<ReportCase>("R", [new ReportSection<ReportCase>("S", [Table("Yes", r => r.IsClientProfile)])]);

        Assert.NotEqual(yes.Fingerprint, no.Fingerprint);

        // Documented limit: what a delegate reads cannot be fingerprinted.
        Assert.Equal(yes.Fingerprint, sameButAnotherDelegate.Fingerprint);
    }

    private static Tabulator<ReportCase> Table(string label, Func<ReportCase, bool> counted)
        => Tabulate.Counts<ReportCase>("T", _ => true).WithRow(label, new CountRule<ReportCase>(counted));

    [Fact]
    public void ClientKey_SameIdSameKey_SameHash_AndKeysDiffer()
    {
        var id = new ClientId("P-1");
        var definition = ClientKey.ForDefinition(Fingerprint);
        var shared = ClientKey.Shared("a secret the services share");

        Assert.Equal(definition.Hash(id), ClientKey.ForDefinition(Fingerprint).Hash(id));
        Assert.NotEqual(definition.Hash(id), shared.Hash(id));
        Assert.NotEqual(definition.Check, shared.Check);
        Assert.NotEqual(definition.Hash(id), definition.Hash(new ClientId("P-2")));
        Assert.Throws<ArgumentException>(() => ClientKey.Shared("too short"));
    }
}
