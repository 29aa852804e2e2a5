using System.Text;
using Insights.Core.Model;
using Insights.Core.Serialization;
using Insights.Core.Tests.Generators;
using Xunit;

namespace Insights.Core.Tests.Serialization;

public class CaseJsonLinesTests
{
    private static Case Example() => SampleCases.Minimal("C-17", "P-4", new DateOnly(2018, 11, 30)) with
    {
        ReferralStatus = ReferralStatus.RepeatToService,
        Intake = SampleCases.Minimal().Intake with
        {
            Profile = new ClientProfile
            {
                Age = 34,
                Employment = EnumSet.Of(EmploymentStatus.Volunteering, EmploymentStatus.Unemployed),
                Children = [new Child { Age = ChildAgeBand.Years4To11 }, new Child()],
                NumberOfChildren = 2,
            },
        },
        Exit = SampleCases.MinimalExit(new DateOnly(2019, 2, 28)) with { ClientOutcomes = new ClientOutcomes { FeelSafer = Agreement.StronglyAgree } },
    };

    [Fact]
    public void Serialize_Example_WritesCamelCaseCodesAndOmitsMissingAnswers()
    {
        // The format documented in docs/data-format.md: codes are member names, sets are arrays in report order,
        // missing answers and empty lists are left out.
        const string expected =
            """{"id":"C-17","client":"P-4","service":{"id":"S-1","name":"Outreach North","region":"NorthEast"},"referralStatus":"RepeatToService","intakeDate":"2018-11-30","intake":{"profile":{"age":34,"numberOfChildren":2,"children":[{"age":"Years4To11"},{}],"employment":["Unemployed","Volunteering"]},"abuse":{"levels":{}},"perpetrator":{},"needs":{}},"exit":{"closureDate":"2019-02-28","levels":{},"clientOutcomes":{"feelSafer":"StronglyAgree"},"support":{}}}""";

        Assert.Equal(expected, CaseJsonLines.Serialize(Example()));
    }

    [Fact]
    public void Serialize_EmptySetAndFalse_AreWrittenBecauseTheyAreAnswers()
    {
        var c = SampleCases.Minimal().WithAbuse(a => a with { AttemptedToEndRelationship = false }).WithProfile(p => p with { Employment = EnumSet<EmploymentStatus>.Empty });

        var line = CaseJsonLines.Serialize(c);

        Assert.Contains("\"employment\":[]", line, StringComparison.Ordinal);
        Assert.Contains("\"attemptedToEndRelationship\":false", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_StreamAndTextWriter_GiveTheSameUtf8BytesWithoutBom()
    {
        Case[] cases = [Example(), SampleCases.Minimal("C-2") with { Service = SampleCases.Service with { Name = "Café \"Nord\"" } }];
        using var stream = new MemoryStream();
        using var text = new StringWriter();

        CaseJsonLines.Write(stream, cases);
        CaseJsonLines.Write(text, cases);

        var bytes = stream.ToArray();
        Assert.Equal(Encoding.UTF8.GetBytes(text.ToString()), bytes);
        Assert.NotEqual(0xEF, bytes[0]);
        var lines = text.ToString().Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.Equal(string.Empty, lines[2]);
        Assert.Equal(CaseJsonLines.Serialize(cases[1]), lines[1]);
    }

    [Fact]
    public void Write_SameCasesTwice_GivesIdenticalBytes()
    {
        static byte[] Bytes()
        {
            using var stream = new MemoryStream();
            CaseJsonLines.Write(stream, [Example(), SampleCases.Minimal("C-3")]);
            return stream.ToArray();
        }

        Assert.Equal(Bytes(), Bytes());
    }

    [Fact]
    public void Write_NullCase_Throws()
    {
        using var text = new StringWriter();

        Assert.Throws<ArgumentNullException>(() => CaseJsonLines.Write(text, [SampleCases.Minimal(), null!]));
    }
}
