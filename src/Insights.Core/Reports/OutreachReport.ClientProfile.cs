using Insights.Core.Model;
using Insights.Core.Tabulation;

namespace Insights.Core.Reports;

public static partial class OutreachReport
{
    private static readonly Ethnicity[] BmeEthnicities =
        [.. Labels.All<Ethnicity>().Where(e => e.GroupOf() is not null && e is not Ethnicity.EnglishWelshScottishNorthernIrishBritish and not Ethnicity.Irish)];

    private static Tabulator<ReportCase>[] ClientProfile() =>
    [
        Tabulate.Numeric<ReportCase>("Age of client", r => Profile(r).Age, 120)
            .WithBand("<18", 0, 17).WithBand("18-20", 18, 20).WithBand("21-30", 21, 30).WithBand("31-40", 31, 40)
            .WithBand("41-50", 41, 50).WithBand("51-60", 51, 60).WithBand("61+", 61)
            .WithMissing(MissingAnswers.Hidden)
            .Where(IsProfile),
        One(Printed.SexAtBirth, r => Profile(r).SexAtBirth).WithMissing(MissingAnswers.Hidden).Where(IsProfile),
        Tabulate.Stack(
            "Which of the following describes how the client thinks of themselves?",
            One("Which of the following describes how the client thinks of themselves?", r => Profile(r).GenderIdentity).WithMissing(MissingAnswers.Hidden),
            Tabulate.Counts<ReportCase>("Not sex assigned at birth", _ => true)
                .WithRow("Not sex assigned at birth", r => Profile(r).GenderDiffersFromSexAtBirth == true)
                .WithRow("Missing", RowKind.Missing, Cell(r => Profile(r).GenderIdentity is null)))
            .Where(IsProfile),
        One(Printed.SexualOrientation, r => Profile(r).SexualOrientation)
            .WithLayout(l => l.Answers(SexualOrientation.Heterosexual)
                .ParentWithSubAnswers(Printed.TotalLgb, SexualOrientation.Bisexual, SexualOrientation.Gay, SexualOrientation.Lesbian, SexualOrientation.Other)
                .Answers(SexualOrientation.NotDisclosed, SexualOrientation.DontKnow))
            .Where(IsProfile),
        One(Printed.Ethnicity, r => Profile(r).Ethnicity)
            .WithLayout(EthnicityLayout())
            .WithNotes("National B&ME percentage is 18.5%. Note this dataset only reflects the demographics of areas in which services are located.")
            .Where(IsProfile),
        One(Printed.Pregnant, r => Profile(r).Pregnant).Where(IsProfile),
        Tabulate.Numeric<ReportCase>("How many children or young people are involved with this case?", r => Profile(r).NumberOfChildren, 30)
            .WithBand("0", 0, 0).WithBand("1", 1, 1).WithBand("2", 2, 2).WithBand("3", 3, 3).WithBand("4", 4, 4).WithBand("5+", 5)
            .WithStatistic(new NumericStatistic("Average number of children", Average.Mean, minimum: 1))
            .WithMissing(MissingAnswers.Hidden)
            .WithNotes("Average number of children (mean) is for cases where there is at least one (1) child involved")
            .Where(IsProfile),
        Tabulate.SingleChoiceOfEach("Ages of children", (ReportCase r) => Profile(r).Children, child => child.Age)
            .WithMissing(MissingAnswers.Excluded)
            .Where(IsProfile),
        Many(Printed.CypsInvolvement, r => Profile(r).CypsInvolvement)
            .Where(Profiled & NumberOfChildren.AtLeast(1)),
        One(Printed.HasDisability, r => Profile(r).Disability).Where(IsProfile),
        Many(Printed.DisabilityType, r => Profile(r).DisabilityTypes).Where(r => IsProfile(r) && Profile(r).Disability == YesNoDontKnow.Yes),
        Many(Printed.Employment, r => Profile(r).Employment).Where(IsProfile),
        One("Current financial situation", r => Profile(r).FinancialSituation),
        One("Has the client experienced an Adverse Childhood Experience (ACE)?", r => Profile(r).AdverseChildhoodExperience),
        Many("Adverse Childhood Experiences (ACEs)", r => Profile(r).AdverseChildhoodExperiences)
            .WithMissing(MissingAnswers.Hidden)
            .WithSetSizeStatistic(SetSizeStatistic.MeanOfAtLeastOne("Average number experienced"), AdverseChildhoodExperienceType.None)
            .WithSetSizeStatistic(SetSizeStatistic.CountAtLeast("Number experiencing four or more", 4), AdverseChildhoodExperienceType.None)
            .WithNotes("Average number experienced (mean) refers to cases where at least one ACE was recorded")
            .Where(r => Profile(r).AdverseChildhoodExperience is YesNoDontKnow.Yes or YesNoDontKnow.No),
    ];

    private static RowLayout<Ethnicity> EthnicityLayout()
    {
        var layout = RowLayout<Ethnicity>.Empty;
        foreach (var group in Labels.All<EthnicGroup>())
        {
            layout = layout.ParentWithSubAnswers(Labels.Of(group), [.. Labels.All<Ethnicity>().Where(e => e.GroupOf() == group)]);
        }

        return layout.Net(Printed.TotalBme, BmeEthnicities).Answers(Ethnicity.NotDisclosed, Ethnicity.DontKnow);
    }
}
