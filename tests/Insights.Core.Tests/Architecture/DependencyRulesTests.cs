using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using Insights.Core.Model;
using Insights.Synthetic;
using Insights.Tests;
using Xunit;

namespace Insights.Core.Tests.Architecture;

/// <summary>
/// The dependency rules of docs/architecture.md, checked on the compiled assemblies: every reference a type of
/// Insights.Core makes (base type, interfaces, members' signatures, attributes and method bodies) must go to its
/// own namespace or to one its row of <see cref="Allowed"/> lists, so nothing in the flow goes back on itself.
/// </summary>
public class DependencyRulesTests
{
    /// <summary>
    /// What each namespace of Insights.Core may use besides itself (and anything outside the package): a namespace
    /// allows all its types, a full type name that type only. A namespace missing here is a failure: place it first.
    /// This is the one copy of the table; docs/architecture.md shows it (a test checks they agree).
    /// </summary>
    internal static readonly IReadOnlyList<(string Namespace, string[] MayUse)> Allowed =
    [
        ("Insights.Core.Model", []),
        ("Insights.Core.Serialization", ["Insights.Core.Model"]),
        ("Insights.Core.Tabular", ["Insights.Core.Serialization", "Insights.Core.Model"]),
        ("Insights.Core.Tabulation", ["Insights.Core.Model", "Insights.Core"]),
        ("Insights.Core.Frames", ["Insights.Core.Tabulation", "Insights.Core.Model"]),
        ("Insights.Core.Reports", ["Insights.Core.Tabulation", "Insights.Core.Model"]),
        ("Insights.Core.Statistics", ["Insights.Core.Tabulation"]),
        ("Insights.Core.Disclosure", ["Insights.Core.Tabulation"]),
        ("Insights.Core.Ingestion", ["Insights.Core.Serialization", "Insights.Core.Tabular", "Insights.Core.Frames", "Insights.Core.Reports", "Insights.Core.Tabulation", "Insights.Core.Model"]),
        ("Insights.Core.Formatting", [
            "Insights.Core",
            "Insights.Core.Tabulation.Table", "Insights.Core.Tabulation.TableBase", "Insights.Core.Tabulation.TableColumn",
            "Insights.Core.Tabulation.TableRow", "Insights.Core.Tabulation.RowKind", "Insights.Core.Tabulation.TableCell",
            "Insights.Core.Tabulation.CountCell", "Insights.Core.Tabulation.StatisticCell", "Insights.Core.Tabulation.SuppressedCell",
            "Insights.Core.Tabulation.CellInterval", "Insights.Core.Tabulation.CellComparison", "Insights.Core.Tabulation.TableTest", "Insights.Core.Tabulation.IntervalSettings",
            "Insights.Core.Tabulation.ReportResult", "Insights.Core.Tabulation.ReportResultSection"]),
        ("Insights.Core", []),
    ];

    private static readonly string[] Applications = ["Insights.Synthetic", "Insights.Cli"];

    private static readonly Lazy<IReadOnlySet<TypeReference>> Core = new(() => TypeReferences.Of(typeof(Case).Assembly.Location));

    [Fact]
    public void CoreNamespaces_DependOnlyOnWhatTheTableAllows()
    {
        var offending = ForbiddenReferences(Core.Value);

        Assert.True(offending.Count == 0, Describe(offending));
    }

    [Fact]
    public void CoreNamespaces_AreAllInTheTable()
    {
        var namespaces = Core.Value.Select(r => TypeReferences.NamespaceOf(r.From))
            .Where(IsCore)
            .Concat(typeof(Case).Assembly.GetTypes().Select(t => t.Namespace ?? string.Empty).Where(IsCore))
            .Distinct()
            .Order(StringComparer.Ordinal);

        Assert.Empty(namespaces.Except(Allowed.Select(a => a.Namespace)));
    }

    [Fact]
    public void Core_NeverReferencesSyntheticOrCli()
    {
        var assembly = typeof(Case).Assembly;

        Assert.DoesNotContain(assembly.GetReferencedAssemblies(), a => Applications.Contains(a.Name));
        Assert.DoesNotContain(Core.Value, r => Applications.Contains(r.ToAssembly));
    }

    [Fact]
    public void Synthetic_SeesNoInternalOfCore()
    {
        var core = typeof(Case).Assembly;
        var friends = core.GetCustomAttributes<InternalsVisibleToAttribute>().Select(a => a.AssemblyName.Split(',')[0].Trim());

        Assert.DoesNotContain("Insights.Synthetic", friends);
        var used = TypeReferences.Of(typeof(ExactDataset).Assembly.Location).Where(r => r.ToAssembly == core.GetName().Name).Select(r => r.To).Distinct();
        Assert.All(used, name => Assert.True(core.GetType(name.Replace('/', '+'))?.IsVisible == true, $"Insights.Synthetic uses {name}, which is not public"));
    }

    [Fact]
    public void DependencyRules_TheWalker_SeesReferencesInBodiesSignaturesAndBaseTypes()
    {
        // A guard against a walker that sees nothing and so passes everything: known edges of each kind.
        var edges = Core.Value.Select(r => (r.From, r.To)).ToHashSet();

        Assert.Contains(("Insights.Core.Serialization.LineParser", "Insights.Core.Model.CaseRules"), edges);      // a call in a method body
        Assert.Contains(("Insights.Core.Model.Dataset", "Insights.Core.Model.ProfileCaseOrder"), edges);          // a call inside a constructor
        Assert.Contains(("Insights.Core.Tabulation.CountCell", "Insights.Core.Tabulation.TableCell"), edges);    // a base type
        Assert.Contains(("Insights.Core.Ingestion.OutreachFrames", "Insights.Core.Frames.CaseFrameSet`1"), edges); // a return type
    }

    [Fact]
    public void ArchitectureDoc_ShowsTheTable()
    {
        var doc = File.ReadAllText(Path.Combine(Repository.Root(), "docs", "architecture.md")).ReplaceLineEndings("\n");

        Assert.Contains(TableMarkdown(), doc, StringComparison.Ordinal);
    }

    /// <summary>The table as docs/architecture.md shows it.</summary>
    internal static string TableMarkdown()
    {
        var text = new StringBuilder("| Namespace | May use (besides itself and anything outside Insights.Core) |\n|---|---|\n");
        foreach (var (ns, mayUse) in Allowed)
        {
            var uses = mayUse.Length == 0 ? "nothing of ours" : string.Join(", ", mayUse.Select(u => $"`{Short(u)}`"));
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"| `{Short(ns)}` | {uses} |\n");
        }

        return text.ToString();

        static string Short(string name) => name == "Insights.Core" ? "Insights.Core (root: Percent, Rounding)" : name["Insights.Core.".Length..];
    }

    /// <summary>The references between namespaces of Insights.Core that the table does not allow, sorted.</summary>
    internal static IReadOnlyList<TypeReference> ForbiddenReferences(IEnumerable<TypeReference> references)
    {
        var own = typeof(Case).Assembly.GetName().Name;
        var rules = Allowed.ToDictionary(a => a.Namespace, a => a.MayUse, StringComparer.Ordinal);
        return [.. references
            .Where(r => r.ToAssembly == own && IsCore(TypeReferences.NamespaceOf(r.From)) && IsCore(TypeReferences.NamespaceOf(r.To)))
            .Where(r =>
            {
                var from = TypeReferences.NamespaceOf(r.From);
                var to = TypeReferences.NamespaceOf(r.To);
                return from != to && !(rules.TryGetValue(from, out var mayUse) && (mayUse.Contains(to) || mayUse.Contains(r.To)));
            })
            .OrderBy(r => r.From, StringComparer.Ordinal)
            .ThenBy(r => r.To, StringComparer.Ordinal)];
    }

    private static bool IsCore(string ns) => ns == "Insights.Core" || ns.StartsWith("Insights.Core.", StringComparison.Ordinal);

    private static string Describe(IReadOnlyList<TypeReference> offending)
    {
        var text = new StringBuilder().Append(System.Globalization.CultureInfo.InvariantCulture, $"{offending.Count} references run against docs/architecture.md (type -> type it references):\n");
        foreach (var group in offending.GroupBy(r => (From: TypeReferences.NamespaceOf(r.From), To: TypeReferences.NamespaceOf(r.To))))
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"{group.Key.From} -> {group.Key.To}:\n");
            foreach (var reference in group)
            {
                text.Append(System.Globalization.CultureInfo.InvariantCulture, $"  {reference}\n");
            }
        }

        return text.ToString();
    }
}
