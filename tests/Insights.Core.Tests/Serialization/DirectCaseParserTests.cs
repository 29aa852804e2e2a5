using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Insights.Core.Model;
using Insights.Core.Serialization;
using Insights.Core.Tests.Generators;
using Insights.Synthetic;
using Xunit;

namespace Insights.Core.Tests.Serialization;

/// <summary>
/// The direct reader of valid lines (<c>DirectCaseParser</c>) against the serializer it stands in for: it must
/// know exactly the format's properties, accept what honest writers write, and never accept a line the
/// serializer would refuse or read it differently, so that every finding stays the serializer's.
/// </summary>
public class DirectCaseParserTests
{
    [Fact]
    public void KnownTypes_ListExactlyTheSerializersPropertiesOfEveryRecordInTheFormat()
    {
        var known = DirectCaseParser.KnownTypes.ToDictionary(t => t.Type, t => t.Names.ToArray());
        var reachable = RecordTypes(typeof(Case)).ToList();
        Assert.Equal(known.Count, reachable.Select(t => t.IsGenericType ? t.GetGenericTypeDefinition() : t).Distinct().Count());
        foreach (var type in reachable)
        {
            var key = type.IsGenericType ? type.GetGenericTypeDefinition() : type;
            Assert.True(known.TryGetValue(key, out var names), $"{type.Name} is in the format but unknown to the direct reader");
            var metadata = CaseJson.Options.GetTypeInfo(type).Properties.Select(p => p.Name).ToArray();

            // Same names in the same order: the order is the writer's, which the direct reader searches first.
            Assert.Equal(metadata, names);
        }
    }

    [Fact]
    public void TryParse_EveryLineOfTheCalibratedAndSampledData_GivesTheSerializersCase()
    {
        var cases = ExactDataset.Cases.Concat(SampledDataset.Generate(3_000, 7)).ToList();
        foreach (var c in cases)
        {
            var line = Encoding.UTF8.GetBytes(CaseJsonLines.Serialize(c));
            Assert.True(DirectCaseParser.TryParse(line, out var direct), $"{c.Id} was left to the serializer");
            Assert.Equal(c, direct);
            Assert.Equal(JsonSerializer.Deserialize(line, CaseJson.CaseInfo), direct);
        }
    }

    [Property(Arbitrary = new[] { typeof(CaseGenerators.Arbitraries) }, MaxTest = 300)]
    public void TryParse_AnyValidCase_IsReadDirectlyAndEqual(Case c)
    {
        var line = Encoding.UTF8.GetBytes(CaseJsonLines.Serialize(c));
        Assert.True(DirectCaseParser.TryParse(line, out var direct));
        Assert.Equal(c, direct);
    }

    [Property(MaxTest = 300)]
    public Property TryParse_AnyLine_AcceptsOnlyWhatTheSerializerAcceptsAndReadsItTheSame()
        => Prop.ForAll(Arb.From(MutatedLines.LineOrEdit(CaseGenerators.Case.Select(CaseJsonLines.Serialize))), line =>
        {
            if (DirectCaseParser.TryParse(line, out var direct))
            {
                Assert.Equal(Serialized(line), direct);
            }
        });

    [Property(Arbitrary = new[] { typeof(CaseGenerators.Arbitraries) }, MaxTest = 200)]
    public void TryParse_PropertiesInAnyOrderWithExplicitNulls_ReadsTheSerializersCase(Case c, int seed)
    {
        var node = JsonSerializer.SerializeToNode(c, CaseJson.CaseInfo)!.AsObject();
        var random = new Random(seed);
        Shuffle(node, random);
        var line = Encoding.UTF8.GetBytes(node.ToJsonString());
        Assert.True(DirectCaseParser.TryParse(line, out var direct));
        Assert.Equal(Serialized(line), direct);
    }

    [Theory]
    [InlineData("""{"id":"C-1","client":"P-1","service":{"id":"S-1","name":"N","region":"London"},"intakeDate":"2019-01-01","intake":{"profile":{},"abuse":{"levels":{}},"perpetrator":{},"needs":{}}}""", true)]
    [InlineData("""{"id":"C-1","client":"P-1","service":{"id":"S-1","name":"N","region":"London"},"intakeDate":"2019-01-01","intake":{"profile":{"age":null,"ethnicity":null,"employment":null},"abuse":{"levels":{}},"perpetrator":{},"needs":{}},"exit":null}""", true)]
    [InlineData("""  {"id":"C-1","client":"P-1","service":{"id":"S-1","name":"N","region":"London"},"intakeDate":"2019-01-01","intake":{"profile":{},"abuse":{"levels":{}},"perpetrator":{},"needs":{}}}  """, true)]
    // Space around a colon, and a property repeated right after itself, are read by the slower name lookup.
    [InlineData("""{"id" :"C-1", "client"  : "P-1","service":{"id":"S-1" , "name":"N","region" : "London"},"intakeDate":"2019-01-01","intake":{"profile":{},"abuse":{"levels":{}},"perpetrator":{},"needs":{}}}""", true)]
    [InlineData("""{"id":"C-1","client":"P-1","client":"P-1","service":{"id":"S-1","name":"N","region":"London"},"intakeDate":"2019-01-01","intake":{"profile":{},"abuse":{"levels":{}},"perpetrator":{},"needs":{}}}""", false)]
    // Each of these is left to the serializer, which either refuses it or reads it another way.
    [InlineData("""{"id":"C-1","id":"C-2","client":"P-1","service":{"id":"S-1","name":"N","region":"London"},"intakeDate":"2019-01-01","intake":{"profile":{},"abuse":{"levels":{}},"perpetrator":{},"needs":{}}}""", false)]
    [InlineData("""{"id":"C-1","client":"P-1","service":{"id":"S-1","name":"N","region":"London"},"intakeDate":"2019-01-01","intake":{"profile":{},"abuse":{},"perpetrator":{},"needs":{}}}""", false)]
    [InlineData("""{"id":"C-1","client":"P-1","service":{"id":"S-1","name":"N","region":"London"},"intakeDate":"2019-01-01","intake":{"profile":{"\u0061ge":30},"abuse":{"levels":{}},"perpetrator":{},"needs":{}}}""", false)]
    [InlineData("""{"id":"C-1","client":"P-1","service":{"id":"S-1","name":"N","region":"London"},"intakeDate":"2019-01-01","intake":{"profile":{"age":300},"abuse":{"levels":{}},"perpetrator":{},"needs":{}}}""", false)]
    [InlineData("""{"id":"C-1","client":"P-1","service":{"id":"S-1","name":"N","region":"London"},"intakeDate":"2019-01-01","intake":{"profile":{"sexAtBirth":"female"},"abuse":{"levels":{}},"perpetrator":{},"needs":{}}}""", false)]
    [InlineData("""{"id":"C-1","client":"P-1","service":{"id":"S-1","name":"N","region":"London"},"intakeDate":"2019-01-01","intake":{"profile":{"employment":["Retired","Retired"]},"abuse":{"levels":{}},"perpetrator":{},"needs":{}}}""", false)]
    [InlineData("""{"id":"C-1","client":"P-1","service":{"id":"S-1","name":" ","region":"London"},"intakeDate":"2019-01-01","intake":{"profile":{},"abuse":{"levels":{}},"perpetrator":{},"needs":{}}}""", false)]
    [InlineData("""{"id":"C-1","client":"P-1","service":{"id":"S-1","name":"N","region":"London"},"intakeDate":"2019-02-30","intake":{"profile":{},"abuse":{"levels":{}},"perpetrator":{},"needs":{}}}""", false)]
    [InlineData("""{"id":"C-1","client":"P-1","service":{"id":"S-1","name":"N","region":"London"},"intakeDate":"2019-01-01","intake":{"profile":{},"abuse":{"levels":{}},"perpetrator":{},"needs":{}},"reviews":null}""", false)]
    [InlineData("""{"id":"C-1","client":"P-1","service":{"id":"S-1","name":"N","region":"London"},"intakeDate":"2019-01-01","intake":{"profile":{},"abuse":{"levels":{}},"perpetrator":{},"needs":{}}} {}""", false)]
    [InlineData("""{"id":"C 1","client":"P-1","service":{"id":"S-1","name":"N","region":"London"},"intakeDate":"2019-01-01","intake":{"profile":{},"abuse":{"levels":{}},"perpetrator":{},"needs":{}}}""", false)]
    [InlineData("""{"id":"C-1","client":"P-1","service":{"id":"S-1","name":"N","region":"London"},"intakeDate":"2019-01-01","intake":{"profile":{"age":30.0},"abuse":{"levels":{}},"perpetrator":{},"needs":{}}}""", false)]
    [InlineData("""{"id":"C-1","client":"P-1","service":{"id":"S-1","name":"N","region":"London"},"intakeDate":"2019-01-01","intake":{"profile":{},"abuse":{"levels":{}},"perpetrator":{},"needs":{}},"isClosed":false}""", false)]
    [InlineData("null", false)]
    [InlineData("[]", false)]
    public void TryParse_Line_AcceptsOnlyWhatTheSerializerReadsTheSameWay(string text, bool direct)
    {
        var line = Encoding.UTF8.GetBytes(text);
        Assert.Equal(direct, DirectCaseParser.TryParse(line, out var c));
        if (direct)
        {
            Assert.Equal(Serialized(line), c);
        }
    }

    [Theory]
    [InlineData(new byte[] { 0xFF })]
    [InlineData(new byte[] { 0xC3 })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    [InlineData(new byte[] { 0xC3, 0xA9 })]
    public void TryParse_IdentifierNotPlainAscii_IsLeftToTheSerializer(byte[] bytes)
    {
        // Invalid UTF-8 would decode to U+FFFD while the serializer refuses the line: only ASCII ids are read directly.
        var text = """{"id":"C-1@","client":"P-1","service":{"id":"S-1","name":"N","region":"London"},"intakeDate":"2019-01-01","intake":{"profile":{},"abuse":{"levels":{}},"perpetrator":{},"needs":{}}}"""u8.ToArray();
        var at = Array.IndexOf(text, (byte)'@');
        byte[] line = [.. text[..at], .. bytes, .. text[(at + 1)..]];
        Assert.False(DirectCaseParser.TryParse(line, out _));
    }

    private static Case? Serialized(byte[] line)
    {
        try
        {
            return JsonSerializer.Deserialize(line, CaseJson.CaseInfo);
        }
        catch (Exception exception) when (exception is JsonException or IInvalidModelValue or InvalidOperationException)
        {
            Assert.Fail("The direct reader accepted a line the serializer refuses.");
            return null;
        }
    }

    private static void Shuffle(System.Text.Json.Nodes.JsonObject node, Random random)
    {
        var properties = node.ToList();
        node.Clear();
        foreach (var (name, value) in properties.OrderBy(_ => random.Next()))
        {
            if (value is System.Text.Json.Nodes.JsonObject child)
            {
                Shuffle(child, random);
            }
            else if (value is System.Text.Json.Nodes.JsonArray array)
            {
                foreach (var item in array.OfType<System.Text.Json.Nodes.JsonObject>())
                {
                    Shuffle(item, random);
                }
            }

            node[name] = value;
        }

        // Explicit nulls are read as missing answers by both readers.
        // (Only client profiles have "pregnant", and only abuse levels "harassmentAndStalking".)
        if (random.Next(3) == 0 && node.ContainsKey("pregnant") && !node.ContainsKey("age"))
        {
            node["age"] = null;
        }

        if (random.Next(3) == 0 && node.ContainsKey("harassmentAndStalking") && !node.ContainsKey("physical"))
        {
            node["physical"] = null;
        }
    }

    private static IEnumerable<Type> RecordTypes(Type root)
    {
        var seen = new HashSet<Type>();
        var queue = new Queue<Type>([root]);
        while (queue.TryDequeue(out var type))
        {
            var info = CaseJson.Options.GetTypeInfo(type);
            if (info.Kind != JsonTypeInfoKind.Object || !seen.Add(type))
            {
                continue;
            }

            yield return type;
            foreach (var property in info.Properties)
            {
                var member = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                if (member.IsGenericType && member.GetGenericTypeDefinition() == typeof(ValueList<>))
                {
                    member = member.GetGenericArguments()[0];
                }

                queue.Enqueue(member);
            }
        }
    }
}
