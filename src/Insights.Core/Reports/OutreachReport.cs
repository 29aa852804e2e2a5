using Insights.Core.Model;
using Insights.Core.Tabulation;

namespace Insights.Core.Reports;

/// <summary>
/// The Insights Outreach report (England and Wales 2018-19) as a definition: every published table, in the
/// published order, with its title, labels, base and notes, built from the same tabulators users compose.
/// Evaluate it over a <see cref="Dataset"/>; select sections by title with <see cref="Section"/>.
/// </summary>
/// <remarks>
/// Bases follow the report: intake tables count intake forms (cases), the client profile counts one case per
/// client, exit tables count cases with an exit form, and detail tables count those with the parent answer.
/// Where the published report is internally inconsistent, the definition computes the consistent figure; the
/// differences are listed in docs/report-deviations.md.
/// </remarks>
public static partial class OutreachReport
{
    /// <summary>
    /// Gets the heading of the published report, which <see cref="Definition"/> carries: the title
    /// "Insights outreach England and Wales dataset 2018-19", which names its period itself, so no separate period
    /// or source is printed. A report on other data should get its own heading (<see cref="Create"/>).
    /// </summary>
    public static ReportHeading DefaultHeading { get; } = new("Insights outreach England and Wales dataset 2018-19");

    // Built in the static constructor, which runs after the field initializers of every part of this partial
    // class: the table builders read static fields declared in the other files, and the order in which the
    // parts' initializers run follows the order the files reach the compiler, which is not fixed.
    static OutreachReport()
    {
        Definition = new(DefaultHeading,
        [
            new(SectionTitles.AtAGlance, AtAGlance()),
            new(SectionTitles.OutreachServiceOf100, OutreachServiceOf100()),
            new(SectionTitles.KeyFindings, KeyFindings()),
            new(SectionTitles.ServiceInputs, ServiceInputs()),
            new(SectionTitles.ClientProfile, ClientProfile()),
            new(SectionTitles.HistoryOfAbuse, HistoryOfAbuse()),
            new(SectionTitles.NeedsAtIntake, NeedsAtIntake()),
            new(SectionTitles.CaseReview, CaseReview()),
            new(SectionTitles.ClientOutcomes, ClientOutcomesAndAbuseAtExit()),
            new(SectionTitles.ReportedOutcomes, ReportedOutcomes()),
            new(SectionTitles.SupportAndInterventions, SupportAndInterventions()),
            new(SectionTitles.CriminalJustice, CriminalJustice()),
            new(SectionTitles.CivilJustice, CivilJustice()),
        ]);
        SectionNames = [.. Definition.Sections.Select(s => s.Title)];
    }

    /// <summary>Gets the whole report definition, under the published report's heading (<see cref="DefaultHeading"/>).</summary>
    public static Report<ReportCase> Definition { get; }

    /// <summary>
    /// Returns the whole report definition under <paramref name="heading"/>: the same tables, with the title, period
    /// and source of the data it is run on (a service's own year, say). Equal to <c>Definition.WithHeading(heading)</c>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="heading"/> is <see langword="null"/>.</exception>
    public static Report<ReportCase> Create(ReportHeading heading) => Definition.WithHeading(heading);

    /// <summary>Gets the titles of the report's sections, in order.</summary>
    public static IReadOnlyList<string> SectionNames { get; }

    /// <summary>Evaluates the whole report over <paramref name="dataset"/>.</summary>
    public static ReportResult Evaluate(Dataset dataset) => Definition.Evaluate(ReportCase.From(dataset));

    /// <summary>Returns the report restricted to the sections whose title contains <paramref name="titlePart"/> (ordinal, ignoring case).</summary>
    /// <exception cref="ArgumentException">No section title contains <paramref name="titlePart"/>.</exception>
    public static Report<ReportCase> Section(string titlePart)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(titlePart);
        var report = Definition.WithSections(s => s.Title.Contains(titlePart, StringComparison.OrdinalIgnoreCase));
        return report.Sections.Count > 0
            ? report
            : throw new ArgumentException($"No section of the report is called '{titlePart}'. Sections: {string.Join(", ", SectionNames)}.", nameof(titlePart));
    }

    /// <summary>The section titles.</summary>
    public static class SectionTitles
    {
        /// <summary>At a glance.</summary>
        public const string AtAGlance = "At a glance";

        /// <summary>Outreach service of 100.</summary>
        public const string OutreachServiceOf100 = "Outreach service of 100";

        /// <summary>Key findings.</summary>
        public const string KeyFindings = "Key findings";

        /// <summary>Service inputs.</summary>
        public const string ServiceInputs = "Service inputs";

        /// <summary>Client profile.</summary>
        public const string ClientProfile = "Client profile";

        /// <summary>History of abuse at intake.</summary>
        public const string HistoryOfAbuse = "History of abuse at intake";

        /// <summary>Needs at intake.</summary>
        public const string NeedsAtIntake = "Needs at intake";

        /// <summary>Case review data.</summary>
        public const string CaseReview = "Case review data";

        /// <summary>Client outcomes and abuse at exit.</summary>
        public const string ClientOutcomes = "Client outcomes and profile of abuse at exit";

        /// <summary>Client- and caseworker-reported outcomes.</summary>
        public const string ReportedOutcomes = "Client and caseworker reported outcomes";

        /// <summary>Support and interventions.</summary>
        public const string SupportAndInterventions = "Support and interventions";

        /// <summary>Criminal justice outcomes.</summary>
        public const string CriminalJustice = "Criminal justice system outcomes";

        /// <summary>Civil justice outcomes.</summary>
        public const string CivilJustice = "Civil justice system outcomes";
    }

    private static bool IsProfile(ReportCase r) => r.IsClientProfile;

    private static bool IsMatched(ReportCase r) => r.Case.Exit is not null;

    private static ExitForm Exit(ReportCase r) => r.Case.Exit!;

    private static ClientProfile Profile(ReportCase r) => r.Case.Intake.Profile;

    private static AbuseHistory Abuse(ReportCase r) => r.Case.Intake.Abuse;

    private static IntakeNeeds Needs(ReportCase r) => r.Case.Intake.Needs;

    private static SingleChoiceTabulator<ReportCase, TAnswer> One<TAnswer>(string title, Func<ReportCase, TAnswer?> answer) where TAnswer : struct, Enum
        => Tabulate.SingleChoice(title, answer);

    private static MultiSelectTabulator<ReportCase, TAnswer> Many<TAnswer>(string title, Func<ReportCase, EnumSet<TAnswer>?> answer) where TAnswer : struct, Enum
        => Tabulate.MultiSelect(title, answer);

    private static GridItem<ReportCase, TAnswer> Item<TAnswer>(string label, Func<ReportCase, TAnswer?> answer) where TAnswer : struct, Enum => new(label, answer);

    private static CountRule<ReportCase> Cell(Func<ReportCase, bool> counted, Func<ReportCase, bool>? inBase = null) => new(counted, inBase);

    private static CountRule<ReportCase> Cell(Rule<ReportCase> counted, Rule<ReportCase>? inBase = null) => new(counted, inBase);

    private static RowLayout<TAnswer> Rows<TAnswer>(params TAnswer[] answers) where TAnswer : struct, Enum => RowLayout<TAnswer>.Empty.Answers(answers);

    private static RowLayout<TAnswer> AllRows<TAnswer>() where TAnswer : struct, Enum => RowLayout<TAnswer>.AllAnswers;

    private static readonly YesNoDontKnow[] YesNoDontKnowAnswers = [YesNoDontKnow.Yes, YesNoDontKnow.No, YesNoDontKnow.DontKnow];

    /// <summary>The three "multiple types of abuse" rows over a profile of abuse levels.</summary>
    private static (string Label, Func<AbuseProfile?, bool> Counted)[] MultipleTypesRows { get; } =
    [
        ("Clients experiencing multiple types of abuse", p => p is not null && p.ExperiencedCount >= 2),
        ("Clients experiencing multiple types of high severity abuse", p => p is not null && p.HighCount >= 2),
        ("Clients experiencing at least one type of high severity abuse", p => p is not null && p.HighCount >= 1),
    ];

    private static CountsTabulator<ReportCase> MultipleTypes(string title, Func<ReportCase, bool> inBase, Func<ReportCase, AbuseProfile?> levels)
    {
        var table = Tabulate.Counts(title, inBase);
        foreach (var (label, counted) in MultipleTypesRows)
        {
            table = table.WithRow(label, r => counted(levels(r)));
        }

        return table;
    }
}
