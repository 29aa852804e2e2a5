using System.Text.RegularExpressions;
using Insights.Core.Model;
using Insights.Core.Serialization;
using Insights.Core.Tests.Model;
using Xunit;

namespace Insights.Core.Tests.Serialization;

/// <summary>The cross-field rules name model paths; serialization writes them as the data format's field paths.</summary>
public partial class RuleFieldPathsTests
{
    /// <summary>Every path in the Fields table of docs/data-format.md, from the serializer's own metadata.</summary>
    private static readonly HashSet<string> SchemaPaths = [.. SchemaPath().Matches(DataFormatDocTests.Generate().Split("## Cross-field rules")[0]).Select(m => m.Groups[1].Value)];

    [Fact]
    public void EveryRuleField_IsAFieldOfTheFormat()
    {
        var fields = CaseRules.All.SelectMany(r => r.Fields).ToList();

        Assert.All(fields, f => Assert.Contains(FieldPaths.Of(f).Replace("<area>", "safety", StringComparison.Ordinal), SchemaPaths));
    }

    [Fact]
    public void EveryViolationField_IsAFieldOfTheFormat()
    {
        var written = ModelPathTests.AreaViolations().Select(v => FieldPaths.Of(v.Field)).ToList();

        Assert.All(written, w => Assert.Contains(w, SchemaPaths));
        Assert.Contains("exit.support.financeBenefitsAndDebt.safetyImpact", written);
    }

    [Fact]
    public void EveryPathInARuleText_IsAFieldOfTheFormat()
    {
        var paths = CaseRules.All.SelectMany(r => r.Requirement.Paths.Concat(r.Problem.Paths)).ToList();

        // A path from Case is a whole field path; one from another record type (Incident.Consequence) is the end of one.
        Assert.All(paths, p => Assert.True(
            p.Root == typeof(Case) ? SchemaPaths.Contains(FieldPaths.Of(p)) : SchemaPaths.Any(s => s.EndsWith("." + FieldPaths.Of(p), StringComparison.Ordinal)),
            $"{p} is written {FieldPaths.Of(p)}"));
    }

    [Fact]
    public void Of_WritesModelPathsAsTheFormatDoes()
    {
        var reviewDate = ModelPath.From<Case>().Item<ReviewForm>(nameof(Case.Reviews)).Member(nameof(ReviewForm.Date));
        var reviewLevel = ModelPath.From<Case>().Item<ReviewForm>(nameof(Case.Reviews)).Member<AbuseProfile>(nameof(ReviewForm.Levels)).Member(nameof(AbuseProfile.Physical));

        Assert.Equal("reviews[].date", FieldPaths.Of(reviewDate));
        Assert.Equal("reviews[2].date", FieldPaths.Of(reviewDate.At(2)));
        Assert.Equal("reviews[0].levels.physical", FieldPaths.Of(reviewLevel.At(0)));
        Assert.Equal("consequence", FieldPaths.Of(ModelPath.From<Incident>().Member(nameof(Incident.Consequence))));
        Assert.Equal(Finding.WholeLine, FieldPaths.Of(ModelPath.From<Case>().Member(nameof(Case.Reviews.Count))));
    }

    /// <summary>The rules' texts print exactly as they did when the rules named JSON paths.</summary>
    [Fact]
    public void Problems_AreWrittenInTheFormatsTerms()
    {
        string[] expected =
        [
            "the closure date is before the intake date (the report counts such cases as Errors in Case length)",
            "the review date is before the intake date or after the closure date",
            "a date is outside the plausible window 1990-01-01 to 2099-12-31",
            "intake.abuse.physicalDetails is given but intake.abuse.levels.physical is not High, Moderate or Standard",
            "intake.abuse.sexualDetails is given but intake.abuse.levels.sexual is not High, Moderate or Standard",
            "intake.abuse.harassmentDetails is given but intake.abuse.levels.harassmentAndStalking is not High, Moderate or Standard",
            "intake.abuse.controllingDetails is given but intake.abuse.levels.jealousAndControlling is not High, Moderate or Standard",
            "intake.profile.disabilityTypes is given but intake.profile.disability is not Yes",
            "the number of children listed differs from intake.profile.numberOfChildren",
            "intake.abuse.highRiskBasis is given but intake.abuse.highRisk is not Yes",
            "intake.abuse.previousExposureKinds is given but intake.abuse.previousExposure is not Yes",
            "intake.abuse.reasonNotLivingTogether is given but intake.abuse.livingWithPerpetrator is not NotLivingTogether",
            "intake.abuse.additionalPerpetrators is given but intake.abuse.multiplePerpetrators is not Yes",
            "intake.abuse.attemptsToEndRelationship is given but intake.abuse.attemptedToEndRelationship is not true",
            "intake.needs.diagnosedConditions is given but intake.needs.diagnosedMentalHealthCondition is not Yes",
            "exit.unplannedClosureReason is given but exit.closureType is not UnplannedClosure",
            "exit.ongoingContactReasons is given but exit.ongoingContact is not Yes",
            "an outcome or impact is given for a support area whose supported is not true",
            "an NFA reason is given for an incident whose consequence is not PoliceReportNoFurtherAction",
        ];

        Assert.Equal(expected, CaseRules.All.Select(r => FieldPaths.Of(r.Problem)));
        Assert.Equal(expected, CaseRules.All.Select(r => r.Problem.Render(FieldPaths.Of)));
    }

    [GeneratedRegex(@"^\| `([^`]+)` \|", RegexOptions.Multiline)]
    private static partial Regex SchemaPath();
}
