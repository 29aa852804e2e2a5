using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Insights.Core.Model;
using Insights.Core.Serialization;
using Insights.Core.Tests.Generators;
using Xunit;

namespace Insights.Core.Tests.Serialization;

public class CaseRoundTripProperties
{
    [Property(MaxTest = 300)]
    public Property GeneratedCase_ObeysCaseRules()
        => Prop.ForAll(Arb.From(CaseGenerators.Case), c => Assert.Empty(CaseRules.Check(c)));

    [Property(MaxTest = 300)]
    public Property WriteThenRead_GivesAnEqualCase()
        => Prop.ForAll(Arb.From(CaseGenerators.Case), c =>
        {
            var result = Assert.Single(CaseReader.Read(new StringReader(CaseJsonLines.Serialize(c))));

            Assert.Null(result.Rejection);
            Assert.Empty(result.Warnings);
            Assert.Equal(c, result.Case);
        });

    [Property(MaxTest = 50)]
    public Property WriteThenRead_Dataset_KeepsEveryCaseInOrder()
        => Prop.ForAll(Arb.From(CaseGenerators.Dataset), cases =>
        {
            using var stream = new MemoryStream();
            CaseJsonLines.Write(stream, cases);
            stream.Position = 0;

            var results = CaseReader.Read(stream).ToList();

            Assert.All(results, r => Assert.True(r.IsAccepted));
            Assert.Equal(cases, results.Select(r => r.Case!));
            Assert.Equal(Enumerable.Range(1, cases.Count).Select(i => (long)i), results.Select(r => r.LineNumber));
        });

    [Property(MaxTest = 50)]
    public Property Dataset_HasUniqueIdsAndSometimesSharedClients()
        => Prop.ForAll(Arb.From(CaseGenerators.Dataset), cases =>
        {
            var dataset = new Dataset(cases);
            Assert.Equal(cases.Count, dataset.Cases.Count);
            Assert.True(dataset.ClientCount <= cases.Count);
        });

    [Property(MaxTest = 100)]
    public Property Read_ValidAndHostileLinesMixed_AcceptsEachValidLineAndRejectsEachOther()
    {
        var valid = CaseGenerators.Dataset.Select(cases => cases.Select((c, i) => (Line: CaseJsonLines.Serialize(c), Case: c)).ToList());
        var mixed =
            from cases in valid
            from hostile in Gen.ListOf(MutatedLines.Line(Gen.Elements(cases.Select(c => c.Line).DefaultIfEmpty("{\"id\":\"C-1\"}").ToArray())))
            from order in Gen.Shuffle(Enumerable.Range(0, cases.Count + hostile.Count).ToArray())
            select (cases, hostile, order);

        return Prop.ForAll(Arb.From(mixed), input =>
        {
            var (cases, hostile, order) = input;
            var lines = order.Select(i => i < cases.Count ? (Bytes: Encoding.UTF8.GetBytes(cases[i].Line), Expected: cases[i].Case) : (Bytes: hostile[i - cases.Count], Expected: (Case?)null)).ToList();
            var bytes = lines.SelectMany(l => l.Bytes.Append((byte)'\n')).ToArray();

            var results = CaseReader.Read(new MemoryStream(bytes)).ToList();

            var nonBlank = lines.Select((l, i) => (l, Number: i + 1L)).Where(x => !x.l.Bytes.All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r')).ToList();
            Assert.Equal(nonBlank.Select(x => x.Number), results.Select(r => r.LineNumber));
            var summary = ReadSummary.Of(results);
            Assert.Equal(summary.Accepted + summary.Rejected, summary.Read);
            Assert.Equal(results.Count, summary.Read);
            foreach (var ((line, _), result) in nonBlank.Zip(results))
            {
                if (line.Expected is { } expected)
                {
                    Assert.True(result.IsAccepted, result.Rejection?.ToString());
                    Assert.Equal(expected, result.Case);
                }
                else
                {
                    Assert.False(result.IsAccepted);
                }
            }
        });
    }

    [Property(MaxTest = 200)]
    public Property WriteThenRead_WarnedCase_IsKeptWithOneWarningPerBrokenRule()
        => Prop.ForAll(Arb.From(MessyCases.Warned), c =>
        {
            var violations = CaseRules.Check(c);
            Assert.NotEmpty(violations);
            Assert.All(violations, v => Assert.Equal(Severity.Warning, v.Severity));

            var result = Assert.Single(CaseReader.Read(new StringReader(CaseJsonLines.Serialize(c))));

            Assert.True(result.IsAccepted, result.Rejection?.ToString());
            Assert.Equal(c, result.Case);
            Assert.Equal(violations.Select(v => (FieldPaths.Of(v.Field), FieldPaths.Of(v.Message))), result.Warnings.Select(w => (w.Field, w.Reason)));
            Assert.All(result.Warnings, w => Assert.Equal(FindingKind.RuleBroken, w.Kind));
        });
}
