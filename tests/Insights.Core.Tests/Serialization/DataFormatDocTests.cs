using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json.Serialization.Metadata;
using System.Xml.Linq;
using Insights.Core.Model;
using Insights.Core.Serialization;
using Xunit;
using System.Runtime.CompilerServices;
using Insights.Tests;

namespace Insights.Core.Tests.Serialization;

/// <summary>
/// docs/data-format.md lists every field, code and rule. Its generated sections are rebuilt here from the
/// serializer's own metadata, the model's labels and range checks, and CaseRules, and must match the committed
/// text. Set UPDATE_DOCS=1 to rewrite them after a change to the model.
/// </summary>
public class DataFormatDocTests
{
    private const string Begin = "<!-- BEGIN GENERATED: do not edit; see DataFormatDocTests -->";
    private const string End = "<!-- END GENERATED -->";

    [Fact]
    public void DataFormatDoc_GeneratedSections_MatchTheModel()
    {
        var path = Path.Combine(Repository.Root(), "docs", "data-format.md");
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        var start = text.IndexOf(Begin, StringComparison.Ordinal);
        var end = text.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "docs/data-format.md lacks the generated-section markers");

        var expected = text[..(start + Begin.Length)] + "\n" + Generate() + text[end..];
        if (Environment.GetEnvironmentVariable("UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.Equal(expected, text);
    }

    [Fact]
    public void DataFormatDoc_ExampleLine_IsAccepted()
    {
        var text = File.ReadAllText(Path.Combine(Repository.Root(), "docs", "data-format.md"));
        var example = text.Split("```json\n", 2)[1].Split("\n```", 2)[0];

        var result = Assert.Single(CaseReader.Read(new StringReader(example)));

        Assert.True(result.IsAccepted, result.Rejection?.ToString());
        Assert.Equal(example, CaseJsonLines.Serialize(result.Case));
    }

    internal static string Generate()
    {
        var fields = new StringBuilder();
        var enums = new List<Type>();
        fields.Append("## Fields\n\n");
        fields.Append("Paths use `.` between properties and `[]` for the items of a list. Required properties are marked **required**; every other property may be left out (or be `null`), which means the answer is missing.\n\n");
        fields.Append("| Path | Type | Notes |\n|---|---|---|\n");
        Walk(CaseJson.Options.GetTypeInfo(typeof(Case)), string.Empty, fields, enums);

        var rules = new StringBuilder("## Cross-field rules\n\nA case that breaks a rule of kind *rejection* is rejected. A case that breaks only rules of kind *warning* is kept and tabulated, and each broken rule is reported as a warning (`insights validate` lists them). The field is the one named here, with list indexes filled in.\n\n| Field | Rule | Kind |\n|---|---|---|\n");
        foreach (var rule in CaseRules.All)
        {
            rules.Append(CultureInfo.InvariantCulture, $"| `{FieldPaths.Of(rule.Fields)}` | {Escape(FieldPaths.Of(rule.Requirement))} | {SeverityName(rule.Severity)} |\n");
        }

        var codes = new StringBuilder("## Codes\n\nEach code is written exactly as below (case-sensitive). The label is the text the report prints for it.\n");
        foreach (var type in enums.Distinct().OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            codes.Append(CultureInfo.InvariantCulture, $"\n### {type.Name}\n\n| Code | Label |\n|---|---|\n");
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static).OrderBy(f => (int)f.GetValue(null)!))
            {
                codes.Append(CultureInfo.InvariantCulture, $"| `{field.Name}` | {Escape(field.GetCustomAttribute<LabelAttribute>()!.Text)} |\n");
            }
        }

        return fields + "\n" + rules + "\n" + FindingKinds() + "\n" + codes;
    }

    private static void Walk(JsonTypeInfo info, string prefix, StringBuilder output, List<Type> enums)
    {
        foreach (var property in info.Properties)
        {
            var path = prefix + property.Name;
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var notes = property.IsRequired ? "**required**" : string.Empty;
            string description;
            JsonTypeInfo? nested = null;
            var nestedPrefix = path + ".";
            if (type.IsEnum)
            {
                enums.Add(type);
                description = $"code ([{type.Name}](#{type.Name.ToLowerInvariant()}))";
            }
            else if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EnumSet<>))
            {
                var member = type.GetGenericArguments()[0];
                enums.Add(member);
                description = $"array of distinct codes ([{member.Name}](#{member.Name.ToLowerInvariant()}))";
                notes = Join(notes, "`[]` is an answer with nothing ticked");
            }
            else if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueList<>))
            {
                description = "array of objects";
                notes = Join(notes, "left out when empty");
                nested = CaseJson.Options.GetTypeInfo(type.GetGenericArguments()[0]);
                nestedPrefix = path + "[].";
            }
            else if (type == typeof(int))
            {
                description = "whole number";
                notes = Join(notes, RangeOf(info.Type, property));
            }
            else if (type == typeof(bool))
            {
                description = "`true` or `false`";
            }
            else if (type == typeof(string))
            {
                description = "string";
                notes = Join(notes, "not empty or only spaces");
            }
            else if (type == typeof(DateOnly))
            {
                description = "date `yyyy-MM-dd`";
            }
            else if (type == typeof(CaseId) || type == typeof(ClientId) || type == typeof(ServiceId))
            {
                description = "identifier string";
                notes = Join(notes, "1 to 64 letters, digits, `-`, `_` or `.`");
            }
            else
            {
                description = "object";
                nested = CaseJson.Options.GetTypeInfo(type);
            }

            output.Append(CultureInfo.InvariantCulture, $"| `{path}` | {description} | {notes} |\n");
            if (nested is not null)
            {
                Walk(nested, nestedPrefix, output, enums);
            }
        }
    }

    /// <summary>Reads a number's valid range off the model's own init accessor, by setting the extremes on a scratch object.</summary>
    private static string RangeOf(Type declaringType, JsonPropertyInfo property)
    {
        var member = (PropertyInfo)property.AttributeProvider!;
        var probe = RuntimeHelpers.GetUninitializedObject(declaringType);
        int? minimum = null;
        int? maximum = null;
        foreach (var extreme in new[] { int.MinValue, int.MaxValue })
        {
            try
            {
                member.SetValue(probe, (int?)extreme, BindingFlags.DoNotWrapExceptions, null, null, null);
            }
            catch (ValueOutOfRangeException exception)
            {
                minimum = exception.Minimum;
                maximum = exception.Maximum;
            }
        }

        return (minimum, maximum) switch
        {
            (null, _) => "any",
            ({ } min, null) => string.Create(CultureInfo.InvariantCulture, $"{min} or more"),
            ({ } min, { } max) => string.Create(CultureInfo.InvariantCulture, $"{min} to {max}"),
        };
    }

    /// <summary>
    /// Lists every <see cref="FindingKind"/>, in the enum's order, with its documentation summary and the finding an
    /// example input gives (<see cref="FindingExamples"/>, each checked by <see cref="FindingTests"/>).
    /// </summary>
    private static string FindingKinds()
    {
        var summaries = KindSummaries();
        var text = new StringBuilder("## Findings\n\n");
        text.Append("Every rejection and warning is a finding of one of these kinds. A reason has the fixed wording of its kind, with only the field path, line numbers, byte positions and the format's own bounds filled in: it never quotes a value, code or property name from the record. The examples are what the reader reports for a small example input (the tests read each one).\n\n");
        text.Append("| Kind | Meaning | Severity | Field (example) | Reason (example) |\n|---|---|---|---|---|\n");
        foreach (var kind in Enum.GetValues<FindingKind>())
        {
            var examples = FindingExamples.All.Where(e => e.Expected.Kind == kind).Select(e => e.Expected).ToList();
            if (kind == FindingKind.InternalError)
            {
                // No known input causes it: its wording is that of Findings.InternalError.
                examples.Add(Findings.InternalError(1, null));
            }

            Assert.True(examples.Count > 0, $"FindingKind.{kind} has no example in FindingExamples.");
            Assert.True(summaries.ContainsKey(kind), $"FindingKind.{kind} has no documentation summary.");
            foreach (var severity in examples.GroupBy(e => e.Severity).OrderBy(g => g.Key))
            {
                var example = severity.First();
                text.Append(CultureInfo.InvariantCulture, $"| `{kind}` | {Escape(summaries[kind])} | {SeverityName(example.Severity)} | `{example.Field}` | {Escape(example.Reason)} |\n");
            }
        }

        return text.ToString();
    }

    /// <summary>Reads the summary of each <see cref="FindingKind"/> member from the library's XML documentation file.</summary>
    private static Dictionary<FindingKind, string> KindSummaries()
    {
        var path = Path.ChangeExtension(typeof(FindingKind).Assembly.Location, ".xml");
        Assert.True(File.Exists(path), $"The library's XML documentation is expected at {path}.");
        var prefix = "F:" + typeof(FindingKind).FullName + ".";
        var result = new Dictionary<FindingKind, string>();
        foreach (var member in XDocument.Load(path).Descendants("member"))
        {
            var name = (string?)member.Attribute("name");
            if (name is not null && name.StartsWith(prefix, StringComparison.Ordinal) && Enum.TryParse<FindingKind>(name[prefix.Length..], out var kind))
            {
                result[kind] = Text(member.Element("summary")!);
            }
        }

        return result;
    }

    /// <summary>The text of a documentation element: <c>&lt;c&gt;</c> as code, <c>&lt;see cref&gt;</c> as the name it points to.</summary>
    private static string Text(XElement element)
    {
        var text = new StringBuilder();
        foreach (var node in element.Nodes())
        {
            text.Append(node switch
            {
                XText t => t.Value,
                XElement { Name.LocalName: "c" } c => "`" + c.Value + "`",
                XElement { Name.LocalName: "see" } see when see.Attribute("langword") is { } word => "`" + word.Value + "`",
                XElement { Name.LocalName: "see" } see => see.Attribute("cref")!.Value.Split('.')[^1],
                XElement other => other.Value,
                _ => string.Empty,
            });
        }

        return string.Join(' ', text.ToString().Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
    }

    private static string SeverityName(Severity severity) => severity switch
    {
        Severity.Rejection => "rejection",
        Severity.Warning => "warning",
        _ => throw new ArgumentOutOfRangeException(nameof(severity)),
    };

    private static string Join(string first, string second) => first.Length == 0 ? second : first + "; " + second;

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);

}
