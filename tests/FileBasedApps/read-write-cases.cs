#:project ../../src/Insights.Core/Insights.Core.csproj
#:property TreatWarningsAsErrors=true

// A file-based app as an analyst would write one (`dotnet run read-write-cases.cs`): it builds cases in code,
// validates them, writes them as JSON Lines, reads them back (on one thread and on all cores), and tabulates the
// report from the file (also as an Excel workbook). `dotnet run` keeps the file-based defaults (PublishAot, so reflection-based JSON is off);
// `dotnet publish` of this file compiles it with NativeAOT. It prints "ok" and exits 0 when every check holds.
using Insights.Core.Formatting;
using Insights.Core.Ingestion;
using Insights.Core.Model;
using Insights.Core.Reports;
using Insights.Core.Serialization;
using Insights.Core.Statistics;
using Insights.Core.Tabular;
using Insights.Core.Tabulation;

var service = new Service { Id = new ServiceId("svc-1"), Name = "Outreach service", Region = Region.London };
Case Make(string id, string client, DateOnly intake, DateOnly? closed) => new()
{
    Id = new CaseId(id),
    Client = new ClientId(client),
    Service = service,
    ReferralStatus = ReferralStatus.NewClient,
    IntakeDate = intake,
    Intake = new IntakeForm
    {
        Profile = new ClientProfile { Age = 34, Ethnicity = Ethnicity.EnglishWelshScottishNorthernIrishBritish },
        Abuse = new AbuseHistory { Levels = new AbuseProfile { Physical = AbuseLevel.High } },
        Perpetrator = new PerpetratorProfile(),
        Needs = new IntakeNeeds(),
    },
};

var cases = new[]
{
    Make("c-1", "p-1", new DateOnly(2018, 5, 1), null),
    Make("c-2", "p-2", new DateOnly(2018, 6, 1), null),
    Make("c-3", "p-1", new DateOnly(2018, 4, 1), null),
};

var failures = new List<string>();
void Check(bool condition, string what)
{
    if (!condition)
    {
        failures.Add(what);
    }
}

var validated = CaseValidator.CheckAll([.. cases, cases[0]]);
Check(validated.Take(3).All(r => r.IsAccepted), "the three cases are valid");
Check(validated[3].Rejection?.Kind == FindingKind.DuplicateId, "a repeated id is rejected");

using var file = new MemoryStream();
CaseJsonLines.Write(file, cases);
file.Position = 0;
var read = CaseReader.Read(file).ToList();
Check(read.Count == 3 && read.All(r => r.IsAccepted), "the file reads back");
Check(read.Select(r => r.Case).SequenceEqual(cases), "the cases read back are equal");

file.Position = 0;
var parallel = new List<ReadResult>();
var summary = ParallelCaseReader.Read(file, parallel.Add);
Check(summary.Accepted == 3 && summary.Rejected == 0, "the parallel reader accepts the three");

var hostile = new MemoryStream("{\"id\":\"\\ud800\"}\n{\"id\":\"x\",\"name\":\"Jane Doe, 12 Acacia Avenue\"\n"u8.ToArray());
var rejected = CaseReader.Read(hostile).ToList();
Check(rejected.Count == 2 && rejected.All(r => !r.IsAccepted), "hostile lines are rejected");
Check(rejected.All(r => !r.Rejection!.ToString().Contains("Acacia", StringComparison.Ordinal)), "no message quotes the record");

file.Position = 0;
var (frames, frameSummary) = OutreachFrames.ReadJsonLines(file);
var fromFile = TableRenderer.Render(frames.Evaluate(), OutputFormat.Json);
var fromObjects = TableRenderer.Render(OutreachReport.Evaluate(new Dataset(cases)), OutputFormat.Json);
Check(frameSummary.Accepted == 3, "the report reads the three");
Check(fromFile == fromObjects, "the report from the file equals the report of the objects");

// A report state (the counters of the report, no records) is written and read back with source-generated JSON.
var state = frames.Tabulate().WithClients(ClientSet.Of(cases.Select(c => c.Client), ClientKey.ForDefinition(OutreachReport.Definition.Fingerprint)));
var stateFile = new MemoryStream();
ReportStateFile.Write(state, stateFile);
stateFile.Position = 0;
var stateBack = ReportStateFile.Read(stateFile);
Check(TableRenderer.Render(OutreachReport.Definition.Finish(stateBack.Merge(OutreachReport.Definition.Tabulate([], r => r.Case.Client))), OutputFormat.Json) == fromObjects, "a state read back from its file finishes into the same report");

// The Excel workbook is written with the Open XML SDK, trimmed and AOT-compiled like the rest of the library.
var workbook = XlsxRenderer.Render(frames.Evaluate());
using (var zip = new System.IO.Compression.ZipArchive(new MemoryStream(workbook)))
{
    Check(zip.GetEntry("xl/workbook.xml") is not null && zip.GetEntry("xl/worksheets/sheet1.xml") is not null, "the report writes an xlsx workbook");
}

// The HTML page inlines its styles, scripts and Chart.js from the assembly's resources, which trimming must keep.
var report = frames.Evaluate();
var page = TableRenderer.Render(report, OutputFormat.Html);
Check(page.Contains("Chart.js v4.6.1", StringComparison.Ordinal) && page.Contains("@media print", StringComparison.Ordinal), "the HTML page embeds Chart.js and its styles");
Check(System.Text.RegularExpressions.Regex.Count(page, "<table[ >]") == report.Tables.Count(), "the HTML page has one table per table");

// CSV tables and a mapping file (its JSON read by source-generated metadata) work the same way.
var folder = Path.Combine(Path.GetTempPath(), "insights-app-" + Guid.NewGuid().ToString("N"));
try
{
    CaseCsv.Write(cases, folder);
    var fromTables = new List<ReadResult>();
    var tableSummaries = CaseCsv.Read(folder, fromTables.Add);
    Check(fromTables.Select(r => r.Case).SequenceEqual(cases), "the cases read back from CSV tables are equal");
    Check(tableSummaries.All(t => t.Summary.Rejected == 0), "every row of every table is accepted");
    File.WriteAllText(Path.Combine(folder, "export.csv"), "Ref,Client,Service,Name,Region,Opened\nE-1,P-9,svc-1,Outreach service,London,01/02/2019\n");
    var mapping = CaseMapping.Load(new MemoryStream("""{"dateFormats":["dd/MM/yyyy"],"tables":{"cases":{"columns":{"Ref":"id","Client":"client","Service":"service.id","Name":"service.name","Region":"service.region","Opened":"intakeDate"}}}}"""u8.ToArray()));
    var check = MappingCheck.Run(Path.Combine(folder, "export.csv"), mapping, _ => { });
    Check(check.IsComplete && check.Summaries[0].Summary.Accepted == 1, "a service's export reads with its mapping");
}
finally
{
    Directory.Delete(folder, recursive: true);
}

// The statistics run on MathNet.Numerics, trimmed and AOT-compiled too (values from R: prop.test and mcnemar.test).
var wilson = Proportions.Interval(7, 20, 0.95, IntervalMethod.Wilson);
Check(Math.Abs(wilson.Lower - 0.181191824101082) < 1e-9 && Math.Abs(wilson.Upper - 0.567145723314764) < 1e-9, "a Wilson interval");
var mcnemar = PairedTests.McNemar(20, 30, McNemarMethod.ChiSquare);
Check(mcnemar.Statistic == 2.0 && Math.Abs(mcnemar.PValue - 0.15729920705028) < 1e-9, "a McNemar test");
var paired = PairedTests.StuartMaxwell(new long[,] { { 10, 4, 0 }, { 6, 8, 0 }, { 0, 0, 7 } });
Check(paired.DegreesOfFreedom == 1.0, "a Stuart-Maxwell test with a singular covariance");

if (failures.Count > 0)
{
    Console.WriteLine("failed: " + string.Join("; ", failures));
    return 1;
}

Console.WriteLine("ok");
return 0;
