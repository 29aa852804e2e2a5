using System.Reflection;
using Insights.Core.Model;
using Insights.Core.Tests.Generators;
using Xunit;

namespace Insights.Core.Tests.Model;

public class ModelPathTests
{
    private static readonly ModelPath ReviewDate = ModelPath.From<Case>().Item<ReviewForm>(nameof(Case.Reviews)).Member(nameof(ReviewForm.Date));

    [Fact]
    public void Equals_PathsOfTheSameSteps_AreEqual()
    {
        var built = ModelPath.From<Case>().Member<ExitForm>(nameof(Case.Exit)).Member(nameof(ExitForm.ClosureDate));
        var again = ModelPath.From<Case>().Member<ExitForm>(nameof(Case.Exit)).Member(nameof(ExitForm.ClosureDate));

        Assert.Equal(built, again);
        Assert.True(built == again);
        Assert.False(built != again);
        Assert.Equal(built.GetHashCode(), again.GetHashCode());
        Assert.Equal(ReviewDate.At(2), ReviewDate.At(2));
        Assert.NotEqual(ReviewDate.At(2), ReviewDate.At(1));
        Assert.NotEqual(ReviewDate, ReviewDate.At(0));
        Assert.NotEqual(built, ReviewDate);
        Assert.False(built.Equals(null));
        Assert.True((ModelPath?)null == null);
    }

    [Fact]
    public void ToString_WritesModelTerms()
    {
        Assert.Equal("Case.Exit.ClosureDate", ModelPath.From<Case>().Member<ExitForm>(nameof(Case.Exit)).Member(nameof(ExitForm.ClosureDate)).ToString());
        Assert.Equal("Case.Reviews[].Date", ReviewDate.ToString());
        Assert.Equal("Case.Reviews[2].Date", ReviewDate.At(2).ToString());
        Assert.Equal("AreaSupport.Supported", ModelPath.From(typeof(AreaSupport<>)).Member(nameof(AreaSupport<>.Supported)).ToString());
        Assert.Equal(
            "Case.Exit.Support.<area>.Outcomes",
            ModelPath.From<Case>().Member<ExitForm>(nameof(Case.Exit)).Member<SupportGiven>(nameof(ExitForm.Support)).Each("area", typeof(AreaSupport<>)).Member(nameof(AreaSupport<>.Outcomes)).ToString());
    }

    [Fact]
    public void Steps_AreWhatWasBuilt()
    {
        var path = ReviewDate.At(3);

        Assert.Equal(typeof(Case), path.Root);
        Assert.True(path.IsConcrete);
        Assert.False(ReviewDate.IsConcrete);
        Assert.Collection(
            path.Steps,
            s => Assert.Equal((typeof(Case), "Reviews", true, (int?)3), (s.DeclaringType, s.Property, s.IsListItem, s.Index)),
            s => Assert.Equal((typeof(ReviewForm), "Date", false, (int?)null), (s.DeclaringType, s.Property, s.IsListItem, s.Index)));
        Assert.True(ReviewDate.Steps[0].IsAnyItem);
        Assert.False(path.Steps[0].IsAnyItem);
    }

    [Fact]
    public void Build_InvalidSteps_Throw()
    {
        Assert.Throws<ArgumentException>(() => ModelPath.From<Case>().Member("intake date"));
        Assert.Throws<ArgumentException>(() => ModelPath.From<Case>().Member(""));
        Assert.Throws<ArgumentException>(() => ModelPath.From<Case>().Member("1st"));
        Assert.Throws<ArgumentException>(() => ModelPath.From<Case>().Member("Exit.ClosureDate"));
        Assert.Throws<ArgumentException>(() => ModelPath.From<Case>().Each("any area", typeof(AreaSupport<>)));
        Assert.Throws<InvalidOperationException>(() => ReviewDate.Member(nameof(ReviewForm.Levels)));
        Assert.Throws<ArgumentException>(() => ReviewDate.At());
        Assert.Throws<ArgumentException>(() => ReviewDate.At(1, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReviewDate.At(-1));
        Assert.Throws<ArgumentException>(() => ReviewDate.At(1).At(2));
    }

    [Fact]
    public void RuleText_InvalidFormats_Throw()
    {
        Assert.Throws<ArgumentException>(() => RuleText.Of("{0} is given", ReviewDate, ReviewDate));
        Assert.Throws<FormatException>(() => RuleText.Of("{0} differs from {1}", ReviewDate));
        Assert.Throws<ArgumentException>(() => RuleText.Of("{0} is given", ModelPath.From<Case>().Member<ExitForm>(nameof(Case.Exit))));
        Assert.Equal("Case.Reviews[].Date is given", RuleText.Of("{0} is given", ReviewDate).ToString());
    }

    [Fact]
    public void Matches_FillsInIndexesAndPlaceholders()
    {
        Assert.True(ReviewDate.Matches(ReviewDate.At(4)));
        Assert.True(ReviewDate.Matches(ReviewDate));
        Assert.False(ReviewDate.At(4).Matches(ReviewDate.At(3)));
        Assert.False(ReviewDate.Matches(ModelPath.From<Case>().Member(nameof(Case.IntakeDate))));
    }

    [Fact]
    public void Join_ShortensAPathThatDiffersOnlyInItsLastStep()
    {
        Assert.Equal("a.b.c, .d, .e, x.y, z", ModelPath.Join(["a.b.c", "a.b.d", "a.b.e", "x.y", "z"]));
        Assert.Equal("intakeDate, reviews[].date, exit.closureDate", ModelPath.Join(["intakeDate", "reviews[].date", "exit.closureDate"]));
    }

    /// <summary>Every path a rule names (its fields, its texts' fields, and the fields of its violations) walks real properties.</summary>
    [Fact]
    public void EveryRulePath_NamesRealProperties()
    {
        var paths = CaseRules.All.SelectMany(r => r.Fields.Concat(r.Requirement.Paths).Concat(r.Problem.Paths))
            .Concat(AreaViolations().Select(v => v.Field))
            .ToList();

        Assert.All(paths, AssertWalksRealProperties);
    }

    [Fact]
    public void AreaRule_NamesEveryAreaByItsProperty_InTheOrderOfSupportArea()
    {
        var violations = AreaViolations();

        Assert.Equal(Labels.All<SupportArea>().Select(a => a.ToString()), violations.Select(v => v.Field.Steps[2].Property));
        Assert.All(violations, v => Assert.True(v.Field.IsConcrete));
        Assert.All(violations, v => Assert.Contains(v.Rule.Fields, f => f.Matches(v.Field)));
        Assert.All(violations, v => Assert.Equal("SafetyImpact", v.Field.Steps[^1].Property));
    }

    /// <summary>A case whose every support area has a safety impact but is not supported: one violation per area.</summary>
    internal static IReadOnlyList<RuleViolation> AreaViolations()
    {
        object support = new SupportGiven();
        foreach (var property in typeof(SupportGiven).GetProperties().Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(AreaSupport<>)))
        {
            var area = Activator.CreateInstance(property.PropertyType)!;
            property.PropertyType.GetProperty(nameof(AreaSupport<>.SafetyImpact))!.SetValue(area, Impact.NoChange);
            property.SetValue(support, area);
        }

        var open = SampleCases.Minimal(intakeDate: new DateOnly(2019, 2, 1));
        var c = open with { Exit = SampleCases.MinimalExit(open.IntakeDate) with { Support = (SupportGiven)support } };
        var violations = CaseRules.Check(c);
        Assert.Equal(Enum.GetValues<SupportArea>().Length, violations.Count);
        return violations;
    }

    private static void AssertWalksRealProperties(ModelPath path)
    {
        Assert.True(path.IsComplete, $"{path} is not complete");
        Assert.Equal(path.Root, path.Steps[0].DeclaringType);
        for (var s = 0; s < path.Steps.Count; s++)
        {
            var step = path.Steps[s];
            var next = s + 1 < path.Steps.Count ? path.Steps[s + 1].DeclaringType : null;
            if (step.Placeholder is not null)
            {
                Assert.NotNull(next);
                Assert.Contains(step.DeclaringType.GetProperties(), p => SameType(next, Unwrap(p.PropertyType)));
                continue;
            }

            var property = step.DeclaringType.GetProperty(step.Property!, BindingFlags.Public | BindingFlags.Instance);
            Assert.True(property is not null, $"{path}: {step.DeclaringType.Name} has no property {step.Property}");
            var type = Unwrap(property.PropertyType);
            if (step.IsListItem)
            {
                Assert.True(type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueList<>), $"{path}: {step.Property} is not a list");
                type = type.GetGenericArguments()[0];
            }

            if (next is not null)
            {
                Assert.True(SameType(next, type), $"{path}: {step.Property} is a {type.Name}, not a {next.Name}");
            }
        }
    }

    private static Type Unwrap(Type type) => Nullable.GetUnderlyingType(type) ?? type;

    private static bool SameType(Type expected, Type actual)
        => expected == actual || (expected.IsGenericTypeDefinition && actual.IsGenericType && actual.GetGenericTypeDefinition() == expected);
}
