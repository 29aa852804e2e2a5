using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Insights.Core.Statistics;
using Insights.Core.Tabulation;

namespace Insights.Cli.Commands;

/// <summary>
/// The statistics options shared by <c>report</c> and <c>merge</c> (docs/statistics.md): intervals, paired tests,
/// group tests, the multiple-testing adjustment and the significance level. None of them is on by default, so the
/// published tables print as published.
/// </summary>
internal sealed class StatisticsCliOptions
{
    private static readonly (string Name, Insights.Core.Statistics.IntervalMethod Method)[] Intervals =
    [
        ("wilson", Insights.Core.Statistics.IntervalMethod.Wilson),
        ("wilson-cc", Insights.Core.Statistics.IntervalMethod.WilsonContinuityCorrected),
        ("clopper-pearson", Insights.Core.Statistics.IntervalMethod.ClopperPearson),
    ];

    private static readonly (string Name, McNemarMethod Method)[] McNemars =
    [
        ("auto", McNemarMethod.Automatic),
        ("exact", McNemarMethod.Exact),
        ("mid-p", McNemarMethod.MidP),
        ("chi-square", McNemarMethod.ChiSquare),
        ("chi-square-corrected", McNemarMethod.ChiSquareCorrected),
    ];

    private static readonly (string Name, PValueAdjustment Adjustment)[] Adjustments =
    [
        ("holm", PValueAdjustment.Holm),
        ("bh", PValueAdjustment.BenjaminiHochberg),
        ("none", PValueAdjustment.None),
    ];

    internal Option<double?> ConfidenceLevel { get; } = new("--ci")
    {
        Description = "Print a confidence interval beside every percentage, at this level in percent (e.g. 95), as [lower, upper] in percentage points; JSON and CSV carry the bounds as numbers.",
        HelpName = "LEVEL",
        CustomParser = result => ParseLevel(result, "--ci", "a confidence level in percent, e.g. 95"),
    };

    internal Option<string> Interval { get; } = new("--interval")
    {
        Description = "How --ci intervals are computed: wilson (Wilson score, the default), wilson-cc (with continuity correction) or clopper-pearson (exact).",
        HelpName = string.Join('|', Intervals.Select(i => i.Name)),
        DefaultValueFactory = _ => Intervals[0].Name,
        CustomParser = result => CliOptions.ParseChoice(result, [.. Intervals.Select(i => i.Name)], "an interval method"),
    };

    internal Option<bool> PairedTests { get; } = new("--paired-tests")
    {
        Description = "Under every intake-vs-exit table, print paired tests of change on the matched cases: McNemar for two categories, Stuart-Maxwell and Bhapkar for more.",
    };

    internal Option<string> McNemar { get; } = new("--mcnemar")
    {
        Description = "How McNemar's test is computed: auto (exact binomial below 25 discordant pairs, chi-square otherwise; the default), exact, mid-p, chi-square or chi-square-corrected.",
        HelpName = string.Join('|', McNemars.Select(m => m.Name)),
        DefaultValueFactory = _ => McNemars[0].Name,
        CustomParser = result => CliOptions.ParseChoice(result, [.. McNemars.Select(m => m.Name)], "a McNemar method"),
    };

    internal Option<bool> GroupTests { get; } = new("--group-tests")
    {
        Description = "Under every table split into groups (the key findings by age group; every table with --by or --compare-service), a chi-square test of independence between the groups (with Cramer's V; Fisher's exact test for 2 x 2) over the rows that partition each column.",
    };

    internal Option<string> Adjust { get; } = new("--adjust")
    {
        Description = "How the p-values of all the report's tests are adjusted for multiplicity: holm (the default), bh (Benjamini-Hochberg) or none. The output states which.",
        HelpName = string.Join('|', Adjustments.Select(a => a.Name)),
        DefaultValueFactory = _ => Adjustments[0].Name,
        CustomParser = result => CliOptions.ParseChoice(result, [.. Adjustments.Select(a => a.Name)], "a p-value adjustment"),
    };

    internal Option<double?> Alpha { get; } = new("--alpha")
    {
        Description = "The significance level at which tests and comparisons are marked, in percent (default 5).",
        HelpName = "LEVEL",
        CustomParser = result => ParseLevel(result, "--alpha", "a significance level in percent, e.g. 5"),
    };

    internal Option<bool> SumsTo100 { get; } = new("--sums-to-100")
    {
        Description = "Round the percentages of every single-choice column to whole numbers that add up to 100 (largest remainder), with a footnote. Off by default: the published report rounds each percentage on its own.",
    };

    internal IEnumerable<Option> All => [ConfidenceLevel, Interval, PairedTests, McNemar, GroupTests, Adjust, Alpha, SumsTo100];

    /// <summary>The options for a report without groups of its own (a merge of states): all but --group-tests.</summary>
    /// <summary>Annotates <paramref name="result"/> as <paramref name="options"/> ask, then rounds to 100 when asked.</summary>
    internal ReportResult Apply(ParseResult parseResult, ReportResult result, StatisticsOptions options)
    {
        var annotated = ReportStatistics.Apply(result, options);
        return parseResult.GetValue(SumsTo100) ? SumTo100.Apply(annotated) : annotated;
    }

    /// <summary>The options asked for, with <paramref name="referenceGroup"/> (the --compare-service reference) when given.</summary>
    internal StatisticsOptions Read(ParseResult parseResult, string? referenceGroup)
    {
        var options = new StatisticsOptions
        {
            ConfidenceLevel = parseResult.GetValue(ConfidenceLevel) / 100,
            IntervalMethod = Intervals.First(i => i.Name == parseResult.GetValue(Interval)).Method,
            PairedTests = parseResult.GetValue(PairedTests),
            McNemar = McNemars.First(m => m.Name == parseResult.GetValue(McNemar)).Method,
            GroupTests = parseResult.GetResult(GroupTests) is not null && parseResult.GetValue(GroupTests),
            ReferenceGroup = referenceGroup,
            Adjustment = Adjustments.First(a => a.Name == parseResult.GetValue(Adjust)).Adjustment,
            SignificanceLevel = (parseResult.GetValue(Alpha) ?? 5) / 100,
        };

        foreach (var (option, needs) in new (Option Option, bool Needs)[] { (Interval, options.ConfidenceLevel is null), (McNemar, !options.PairedTests) })
        {
            if (needs && parseResult.GetResult(option) is { Implicit: false })
            {
                throw CommandFailure.WrongUsage($"{option.Name} applies with {(option == Interval ? "--ci" : "--paired-tests")} only.");
            }
        }

        return options;
    }

    private static double? ParseLevel(ArgumentResult result, string name, string what)
    {
        var text = result.Tokens[0].Value;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var level) && level > 0 && level < 100)
        {
            return level;
        }

        result.AddError($"{name} takes {what}: a number strictly between 0 and 100; got '{CliText.Escape(text)}'.");
        return null;
    }
}
