using System.Reflection;
using System.Runtime.CompilerServices;
using Insights.Core.Model;
using Xunit;

namespace Insights.Core.Tests.Model;

public class ModelConventionsTests
{
    private static readonly Type[] ModelTypes = typeof(Case).Assembly.GetTypes()
        .Where(t => t.Namespace == typeof(Case).Namespace && !t.IsNested && !t.Name.Contains('<', StringComparison.Ordinal))
        .ToArray();

    public static TheoryData<Type> AnswerEnums()
    {
        // Every enum in the model is an answer enum, except Severity: it says whether a broken rule rejects a
        // case or only warns (CaseRules), and is never an answer in a record.
        var data = new TheoryData<Type>();
        foreach (var type in ModelTypes.Where(t => t.IsEnum && t.IsPublic && t != typeof(Severity)))
        {
            data.Add(type);
        }

        return data;
    }

    public static TheoryData<Type> PublicModelClasses()
    {
        var data = new TheoryData<Type>();
        foreach (var type in ModelTypes.Where(t => t.IsPublic && t.IsClass && !(t.IsAbstract && t.IsSealed) && !typeof(Attribute).IsAssignableFrom(t)))
        {
            data.Add(type);
        }

        return data;
    }

    [Fact]
    public void AnswerEnums_DiscoveredByReflection_CoverTheModel()
    {
        Assert.True(AnswerEnums().Count >= 60, $"only {AnswerEnums().Count} enums found");
    }

    [Theory]
    [MemberData(nameof(AnswerEnums))]
    public void AnswerEnum_Members_AreIntNumberedFromZeroWithoutGaps(Type type)
    {
        Assert.Equal(typeof(int), Enum.GetUnderlyingType(type));
        var values = Enum.GetValues(type).Cast<object>().Select(Convert.ToInt32).Order().ToArray();
        Assert.Equal(Enumerable.Range(0, values.Length), values);
        Assert.InRange(values.Length, 2, 64);
    }

    [Theory]
    [MemberData(nameof(AnswerEnums))]
    public void AnswerEnum_Labels_AreNonEmptyUniqueAndNeverMissing(Type type)
    {
        var labels = type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (f.Name, Label: f.GetCustomAttribute<LabelAttribute>()?.Text))
            .ToArray();

        Assert.All(labels, l => Assert.False(string.IsNullOrWhiteSpace(l.Label), $"{type.Name}.{l.Name} has no label"));
        Assert.Equal(labels.Length, labels.Select(l => l.Label).Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(labels, l => string.Equals(l.Label, "Missing", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(labels, l => l.Name == "Missing");
    }

    [Theory]
    [MemberData(nameof(PublicModelClasses))]
    public void PublicModelClass_Properties_HaveNoPublicMutableSetters(Type type)
    {
        var open = type.IsGenericTypeDefinition ? type.MakeGenericType(typeof(SafetyOutcome)) : type;
        foreach (var property in open.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var setter = property.SetMethod;
            if (setter is null || !setter.IsPublic)
            {
                continue;
            }

            var isInitOnly = setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
            Assert.True(isInitOnly, $"{type.Name}.{property.Name} has a public setter that is not init-only");
        }
    }

    [Theory]
    [MemberData(nameof(PublicModelClasses))]
    public void PublicModelClass_IsSealed(Type type)
    {
        Assert.True(type.IsSealed, $"{type.Name} is not sealed");
    }

    [Fact]
    public void Labels_CopiedFromReport_KeepOddSpellings()
    {
        // Exact texts from the published report, including its punctuation.
        Assert.Equal("Common assessment framework (Caf/Taf)", Labels.Of(CypsInvolvement.CommonAssessmentFramework));
        Assert.Equal("Assault – Grievous Bodily Harm - without intent (Section 20)", Labels.Of(Offence.AssaultGrievousBodilyHarmWithoutIntent));
        Assert.Equal("English/ Welsh / Scottish / Northern Irish / British", Labels.Of(Ethnicity.EnglishWelshScottishNorthernIrishBritish));
        Assert.Equal("Attempted/strangulation", Labels.Of(PhysicalAbuseDetail.AttemptedStrangulation));
        Assert.Equal("Hospital - A&E", Labels.Of(InitialReferralRoute.HospitalAccidentAndEmergency));
        Assert.Equal("Hospital - Emergency department", Labels.Of(PrimaryReferralRoute.HospitalEmergencyDepartment));
        Assert.Equal("Children/parenting", Labels.Of(SupportArea.ChildrenAndParenting));
    }

    [Fact]
    public void AnswerEnums_MemberCounts_MatchReportTables()
    {
        // Row counts of each table, without its Missing row.
        Assert.Equal(25, Labels.All<PrimaryReferralRoute>().Count);
        Assert.Equal(26, Labels.All<InitialReferralRoute>().Count);
        Assert.Equal(19, Labels.All<Relationship>().Count);
        Assert.Equal(21, Labels.All<Agency>().Count);
        Assert.Equal(16, Labels.All<CypsInvolvement>().Count);
        Assert.Equal(20, Labels.All<Ethnicity>().Count);
        Assert.Equal(27, Labels.All<Offence>().Count);
        Assert.Equal(11, Labels.All<IncidentConsequence>().Count);
        Assert.Equal(16, Labels.All<PerpetratorPenalty>().Count);
        Assert.Equal(26, Labels.All<SafetyOutcome>().Count);
        Assert.Equal(20, Labels.All<ChildrenAndParentingOutcome>().Count);
        Assert.Equal(18, Labels.All<ControllingBehaviourDetail>().Count);
        Assert.Equal(8, Labels.All<CivilOrderType>().Count);
        Assert.Equal(14, Labels.All<CivilJusticeSupport>().Count);
        Assert.Equal(12, Labels.All<CriminalJusticeSupport>().Count);
    }

    [Fact]
    public void EthnicityGroupOf_EverySubGroup_BelongsToTheGroupPrintedAboveIt()
    {
        var groups = Labels.All<Ethnicity>().GroupBy(e => e.GroupOf()).ToDictionary(g => g.Key?.ToString() ?? "none", g => g.Count());
        Assert.Equal(4, groups[nameof(EthnicGroup.White)]);
        Assert.Equal(4, groups[nameof(EthnicGroup.Mixed)]);
        Assert.Equal(5, groups[nameof(EthnicGroup.Asian)]);
        Assert.Equal(3, groups[nameof(EthnicGroup.Black)]);
        Assert.Equal(2, groups[nameof(EthnicGroup.Other)]);
        Assert.Equal(2, groups["none"]);
    }

    [Fact]
    public void IntakeNeedArea_EveryAreaButSafety_MapsToTheNeedWithTheSameCode()
    {
        foreach (var area in Labels.All<SupportArea>())
        {
            var need = area.IntakeNeedArea();
            if (area == SupportArea.Safety)
            {
                Assert.Null(need);
            }
            else
            {
                Assert.Equal(Labels.CodeOf(area), Labels.CodeOf(need!.Value));
            }
        }

        Assert.Equal(Labels.All<NeedArea>().Count, Labels.All<SupportArea>().Count - 1);
    }
}
