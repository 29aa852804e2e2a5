using System.Text.RegularExpressions;
using Insights.Core.Disclosure;
using Insights.Core.Formatting;
using Insights.Core.Model;
using Insights.Core.Reports;
using Insights.Synthetic;

namespace Insights.Cli.Tests.Commands;

public sealed partial class ReportCommandTests
{
    [Fact]
    public void Report_SuppressBelowOnBuiltInData_WithholdsSmallCountsWithAFootnote()
    {
        var result = CliRun.InProcess("report", "--format", "csv", "--suppress-below", "10");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(",[c],", result.Out, StringComparison.Ordinal);

        // No published count (the sixth CSV field) is from 1 to 9.
        foreach (var line in result.Out.Split("\r\n").Skip(1).Where(l => l.Length > 0))
        {
            var count = Regex.Match(line, "^(?:(?:\"(?:[^\"]|\"\")*\"|[^,]*),){5}([0-9]+),").Groups[1].Value;
            Assert.False(count.Length > 0 && long.Parse(count, System.Globalization.CultureInfo.InvariantCulture) is >= 1 and < 10, line);
        }

        var text = CliRun.InProcess("report", "--suppress-below", "10");
        Assert.Contains("[c] withheld to protect confidentiality: counts from 1 to 9", text.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_SuppressBelowByRegion_ProtectsTheReportWithItsLinks()
    {
        var result = CliRun.InProcess("report", "--by", "region", "--suppress-below", "10", "--format", "json");

        // The same report protected by the library with the built-in report's links, and without them.
        var grouped = OutreachReport.Definition.GroupBy(r => (Region?)r.Case.Service.Region).Evaluate(ReportCase.From(new Dataset(ExactDataset.Create())));
        var linked = Suppression.Apply(grouped, new SuppressionOptions(10) { Links = OutreachReport.Links(grouped) });
        var unlinked = Suppression.Apply(grouped, new SuppressionOptions(10));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(TableRenderer.Render(linked, OutputFormat.Json), result.Out);
        Assert.NotEqual(TableRenderer.Render(unlinked, OutputFormat.Json), result.Out);
    }

    [Fact]
    public void Report_SuppressBelowOne_IsWrongUsage()
    {
        var result = CliRun.InProcess("report", "--suppress-below", "1");

        Assert.Equal(2, result.ExitCode);
    }
}
