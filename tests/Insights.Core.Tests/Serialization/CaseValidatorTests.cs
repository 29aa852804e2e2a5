using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Insights.Core.Model;
using Insights.Core.Serialization;
using Insights.Core.Tests.Generators;
using Insights.Core.Tests.Support;
using Xunit;

namespace Insights.Core.Tests.Serialization;

public class CaseValidatorTests
{
    private static readonly DateOnly Intake = new(2019, 2, 1);

    [Property(MaxTest = 60)]
    public Property CheckAll_MessyDataset_SameFindingsAsReadingItsJsonLines()
        => Prop.ForAll(Arb.From(MessyCases.Dataset), cases =>
        {
            var read = CaseReader.Read(new StringReader(CaseJsonLines.ToText(cases))).ToList();

            var checkedInCode = CaseValidator.CheckAll(cases);

            ReadResults.AssertSame(read, checkedInCode);
        });

    [Property(MaxTest = 30)]
    public Property Check_OneAtATime_SameAsCheckAll()
        => Prop.ForAll(Arb.From(MessyCases.Dataset), cases =>
        {
            var validator = new CaseValidator();

            var results = cases.Select(validator.Check).ToList();

            ReadResults.AssertSame(CaseValidator.CheckAll(cases), results);
            Assert.Equal(cases.Count, validator.Count);
        });

    [Fact]
    public void Check_ClosedBeforeIntake_KeepsTheCaseWithAWarning()
    {
        var c = SampleCases.Minimal("C-1", intakeDate: Intake) with { Exit = SampleCases.MinimalExit(Intake.AddDays(-3)) };

        var result = new CaseValidator().Check(c);

        Assert.True(result.IsAccepted);
        Assert.Same(c, result.Case);
        Assert.Equal(1, result.LineNumber);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal("line 1, case C-1, field exit.closureDate: warning: the closure date is before the intake date (the report counts such cases as Errors in Case length)", warning.ToString());
    }

    [Fact]
    public void Check_RejectionRule_RejectsNumberedByPosition()
    {
        var validator = new CaseValidator();
        validator.Check(SampleCases.Minimal("C-1"));

        var result = validator.Check(SampleCases.Minimal("C-2").WithAbuse(a => a with { HighRiskBasis = HighRiskBasis.Escalation }));

        Assert.False(result.IsAccepted);
        Assert.Null(result.Case);
        Assert.Empty(result.Warnings);
        Assert.Equal(
            new Finding(2, "C-2", "intake.abuse.highRiskBasis", FindingKind.RuleBroken, Severity.Rejection, "intake.abuse.highRiskBasis is given but intake.abuse.highRisk is not Yes"),
            result.Rejection);
        Assert.Equal(2, validator.Count);
    }

    [Fact]
    public void Check_SameIdTwice_RejectsTheSecond()
    {
        var results = CaseValidator.CheckAll([SampleCases.Minimal("C-1"), SampleCases.Minimal("C-2"), SampleCases.Minimal("C-1", "P-9")]);

        Assert.True(results[0].IsAccepted && results[1].IsAccepted);
        Assert.Equal(new Finding(3, "C-1", "id", FindingKind.DuplicateId, Severity.Rejection, "case id was already read on line 1"), results[2].Rejection);
    }

    [Fact]
    public void Check_RejectedCase_DoesNotClaimItsId()
    {
        var broken = SampleCases.Minimal("C-1").WithAbuse(a => a with { HighRiskBasis = HighRiskBasis.Escalation });

        var results = CaseValidator.CheckAll([broken, SampleCases.Minimal("C-1")]);

        Assert.False(results[0].IsAccepted);
        Assert.True(results[1].IsAccepted);
    }

    [Fact]
    public void Check_ServiceRenamed_WarnsAndKeepsTheCase()
    {
        var renamed = SampleCases.Minimal("C-2") with { Service = SampleCases.Service with { Name = "Outreach Nord" } };

        var results = CaseValidator.CheckAll([SampleCases.Minimal("C-1"), renamed]);

        Assert.True(results[1].IsAccepted);
        Assert.Equal(
            [new Finding(2, "C-2", "service.name", FindingKind.ServiceMismatch, Severity.Warning, "service.name differs from the one this service id had when first read, on line 1")],
            results[1].Warnings);
    }

    [Fact]
    public void Check_SeparateValidators_DoNotShareIds()
    {
        Assert.True(new CaseValidator().Check(SampleCases.Minimal("C-1")).IsAccepted);
        Assert.True(new CaseValidator().Check(SampleCases.Minimal("C-1")).IsAccepted);
    }

    [Fact]
    public void Check_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new CaseValidator().Check(null!));
        Assert.Throws<ArgumentNullException>(() => CaseValidator.CheckAll(null!));
        Assert.Throws<ArgumentNullException>(() => CaseValidator.CheckAll([SampleCases.Minimal(), null!]));
    }
}
