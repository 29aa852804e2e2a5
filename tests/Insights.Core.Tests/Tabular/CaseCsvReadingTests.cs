using System.Globalization;
using System.Text;
using System.Text.Json;
using FsCheck.Xunit;
using Insights.Core.Model;
using Insights.Core.Serialization;
using Insights.Core.Tabular;
using Insights.Core.Tests.Generators;
using Xunit;

namespace Insights.Core.Tests.Tabular;

public sealed class CaseCsvReadingTests
{
    private static readonly Case Minimal = SampleCases.Minimal("C-17", "P-1", new DateOnly(2019, 2, 1));

    private static (List<ReadResult> Results, IReadOnlyList<TableReadSummary> Summaries) Read(string path, CaseMapping? mapping = null)
    {
        var results = new List<ReadResult>();
        var summaries = CaseCsv.Read(path, results.Add, new CsvReadOptions { Mapping = mapping ?? CaseMapping.None, DegreeOfParallelism = 2 });
        return (results, summaries);
    }

    private static void Append(TempFolder folder, string file, string line) => File.AppendAllText(folder.File(file), line + "\r\n");

    [Fact]
    public void ChildRowWithoutItsCase_IsRejectedNamingFileLineCaseAndColumn()
    {
        using var folder = new TempFolder();
        CaseCsv.Write([Minimal], folder.Path);
        Append(folder, "reviews.csv", "C-99,2019-03-01,,,,,,");

        var (results, summaries) = Read(folder.Path);

        var orphan = Assert.Single(results, r => !r.IsAccepted).Rejection!;
        Assert.Equal(FindingKind.OrphanRow, orphan.Kind);
        Assert.Equal("reviews.csv line 2, case C-99, column case: no row of cases.csv has this case", orphan.ToString());
        Assert.Equal(new ReadSummary(0, 1), summaries.Single(s => s.File == "reviews.csv").Summary);
        Assert.Equal(new ReadSummary(1, 0), summaries.Single(s => s.File == "cases.csv").Summary);
    }

    [Fact]
    public void BadValueInAChildRow_RejectsTheCase_NamingTheChildRowsFileLineAndColumn_Once()
    {
        using var folder = new TempFolder();
        CaseCsv.Write([Minimal], folder.Path);
        Append(folder, "reviews.csv", "C-17,2019-02-30,,,,,,");

        var (results, summaries) = Read(folder.Path);

        var rejection = Assert.Single(results).Rejection!;
        Assert.Equal("reviews.csv line 2, case C-17, column date: reviews[0].date must be a calendar date written yyyy-MM-dd", rejection.ToString());
        Assert.Equal(new ReadSummary(0, 1), summaries.Single(s => s.File == "reviews.csv").Summary);
        Assert.Equal(new ReadSummary(0, 1), summaries.Single(s => s.File == "cases.csv").Summary);
    }

    [Fact]
    public void RowsOfARejectedCase_AreRejectedWithIt()
    {
        var c = Minimal with { Reviews = [new ReviewForm { Date = new DateOnly(2019, 3, 1), Levels = new AbuseProfile() }] };
        using var folder = new TempFolder();
        CaseCsv.Write([c], folder.Path);
        var cases = File.ReadAllText(folder.File("cases.csv"));
        File.WriteAllText(folder.File("cases.csv"), cases.Replace("2019-02-01", "2019-02-31", StringComparison.Ordinal));

        var (results, summaries) = Read(folder.Path);

        Assert.Equal(2, results.Count);
        Assert.Equal("cases.csv line 2, case C-17, column intakeDate: intakeDate must be a calendar date written yyyy-MM-dd", results[0].Rejection!.ToString());
        Assert.Equal("reviews.csv line 2, case C-17, column case: the row was not used: its case is rejected (cases.csv line 2)", results[1].Rejection!.ToString());
        Assert.All(summaries, s => Assert.Equal(s.Summary.Read, s.Summary.Rejected));
    }

    [Fact]
    public void BrokenChildRow_RejectsItself_AndItsCase()
    {
        using var folder = new TempFolder();
        CaseCsv.Write([Minimal], folder.Path);
        Append(folder, "children.csv", "C-17,\"Years1To3");

        var (results, _) = Read(folder.Path);

        Assert.Equal(
            ["cases.csv line 2, case C-17, field $: a row of this case in children.csv is rejected (line 2)".Replace("field $", "column $", StringComparison.Ordinal),
             "children.csv line 2, case C-17, column $: not valid CSV: a quoted field is not closed before the end of the file"],
            results.Select(r => r.Rejection!.ToString()));
    }

    [Fact]
    public void IncidentNamingAMissingPoliceReport_IsRejected_TheCaseIsKept()
    {
        using var folder = new TempFolder();
        var c = Minimal with { Exit = SampleCases.MinimalExit(new DateOnly(2019, 6, 1)) with { CriminalJustice = new CriminalJusticeForm() } };
        CaseCsv.Write([c], folder.Path);
        Append(folder, "incidents.csv", "C-17,3,ThreatsToKill,,");

        var (results, summaries) = Read(folder.Path);

        Assert.True(results[0].IsAccepted);
        Assert.Equal("incidents.csv line 2, case C-17, column report: no row of police-reports.csv has this report", results[1].Rejection!.ToString());
        Assert.Equal(new ReadSummary(0, 1), summaries.Single(s => s.File == "incidents.csv").Summary);
    }

    [Fact]
    public void PoliceReportNumberGivenTwice_RejectsTheCase()
    {
        using var folder = new TempFolder();
        CaseCsv.Write([Minimal with { Exit = SampleCases.MinimalExit(new DateOnly(2019, 6, 1)) }], folder.Path);
        Append(folder, "police-reports.csv", "C-17,1,,,,");
        Append(folder, "police-reports.csv", "C-17,1,,,,");

        var (results, _) = Read(folder.Path);

        Assert.Equal("cases.csv line 2, case C-17, column $: a row of this case in police-reports.csv is rejected (line 3)", results[0].Rejection!.ToString());
        Assert.Contains(results, r => r.Rejection?.ToString() == "police-reports.csv line 3, case C-17, column report: report was already given for this case on line 2");
    }

    [Fact]
    public void UnknownColumn_IsAnErrorOfTheFile_NamingTheColumn()
    {
        using var folder = new TempFolder();
        CaseCsv.Write([Minimal], folder.Path);
        var text = File.ReadAllText(folder.File("cases.csv"));
        File.WriteAllText(folder.File("cases.csv"), text.Replace("referralStatus", "Referral status", StringComparison.Ordinal));

        var error = Assert.Throws<CaseTableException>(() => Read(folder.Path));

        Assert.Equal("cases.csv", error.File);
        Assert.Contains("\"Referral status\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ChildTableWithoutItsKeyColumn_IsAnErrorOfTheFile()
    {
        using var folder = new TempFolder();
        CaseCsv.Write([Minimal], folder.Path);
        File.WriteAllText(folder.File("reviews.csv"), "date\r\n2019-03-01\r\n");

        var error = Assert.Throws<CaseTableException>(() => Read(folder.Path));

        Assert.Equal("reviews.csv: it has no column case, which every row of reviews needs.", error.Message);
    }

    [Fact]
    public void MissingCasesFile_Throws()
    {
        using var folder = new TempFolder();
        Assert.Throws<FileNotFoundException>(() => Read(folder.Path));
    }

    [Fact]
    public void CasesFileAlone_WithOnlySomeColumns_IsRead()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("export.csv"), "id,client,service.id,service.name,service.region,intakeDate,intake.profile.age,intake.profile.employment\n" +
            "C-1,P-1,S-1,Outreach North,NorthEast,2019-04-01,34,\n" +
            "C-2,P-2,S-1,Outreach North,North East,2019-04-02,,[]\n");

        var (results, summaries) = Read(folder.File("export.csv"));

        Assert.All(results, r => Assert.True(r.IsAccepted, r.Rejection?.ToString()));
        Assert.Equal(34, results[0].Case!.Intake.Profile.Age);
        Assert.Equal(Region.NorthEast, results[1].Case!.Service.Region);
        Assert.Null(results[0].Case!.Intake.Profile.Employment);
        Assert.Equal(EnumSet<EmploymentStatus>.Empty, results[1].Case!.Intake.Profile.Employment);
        Assert.Equal("export.csv", Assert.Single(summaries).File);
    }

    [Property(Arbitrary = [typeof(CaseGenerators.Arbitraries)], MaxTest = 25)]
    public void CodesWrittenAsTheirReportLabels_ReadAsTheSameCases(IReadOnlyList<Case> cases)
    {
        using var folder = new TempFolder();
        CaseCsv.Write(cases, folder.Path);
        Rewrite(folder, (table, column, cell) => column.Kind switch
        {
            ColumnKind.Code => column.Codes.Single(c => c.Code == cell).Label,
            ColumnKind.Codes when cell != CaseLayout.NothingTicked => string.Join(';', cell.Split(';').Select(code => column.Codes.Single(c => c.Code == code).Label)),
            _ => cell,
        });

        var (results, _) = Read(folder.Path);

        Assert.Equal(cases.Select(CaseJsonLines.Serialize), results.Select(r => r.Case is null ? r.Rejection!.ToString() : CaseJsonLines.Serialize(r.Case)));
    }

    [Property(Arbitrary = [typeof(CaseGenerators.Arbitraries)], MaxTest = 25)]
    public void AnExportThatRenamesEveryColumnAndRewordsEveryValue_ReadsWithItsMapping_AsTheSameCases(IReadOnlyList<Case> cases)
    {
        using var folder = new TempFolder();
        CaseCsv.Write(cases, folder.Path);
        var layout = CaseLayout.Default;
        Rewrite(folder, (table, column, cell) => column.Kind switch
        {
            ColumnKind.Code => "~" + cell,
            ColumnKind.Codes when cell == CaseLayout.NothingTicked => "None ticked",
            ColumnKind.Codes => string.Join(" | ", cell.Split(';').Select(code => "~" + code)),
            ColumnKind.Boolean or ColumnKind.Presence => cell == "true" ? "Y" : "N",
            ColumnKind.Date => DateOnly.ParseExact(cell, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            _ => cell,
        }, missing: "not recorded", rename: name => "Export: " + name, fileName: table => "svc-" + table.FileName);

        var mapping = new CaseMapping
        {
            Separator = "|",
            DateFormats = ["dd/MM/yyyy"],
            Missing = ["not recorded"],
            NothingTicked = ["None ticked"],
            Booleans = new Dictionary<string, bool> { ["Y"] = true, ["N"] = false },
            Codes = layout.Tables.SelectMany(t => t.Columns).Where(c => c.CodeList is not null).DistinctBy(c => c.CodeList)
                .ToDictionary(c => c.CodeList!, c => (IReadOnlyDictionary<string, string>)c.Codes.ToDictionary(k => "~" + k.Code, k => k.Code)),
            Tables = layout.Tables.ToDictionary(t => t.Name, t => new TableMapping
            {
                File = "svc-" + t.FileName,
                Columns = t.Columns.ToDictionary(c => "Export: " + c.Name, c => (string?)c.Name),
            }),
        };

        // The mapping survives its own file format too.
        var reloaded = CaseMapping.Load(new MemoryStream(Encoding.UTF8.GetBytes(MappingJson(mapping))));
        var (results, summaries) = Read(folder.Path, reloaded);

        Assert.Equal(cases.Select(CaseJsonLines.Serialize), results.Select(r => r.Case is null ? r.Rejection!.ToString() : CaseJsonLines.Serialize(r.Case)));
        Assert.All(summaries, s => Assert.Equal(0, s.Summary.Rejected));
        var check = MappingCheck.Run(folder.Path, reloaded, _ => { });
        Assert.True(check.IsComplete);
    }

    [Fact]
    public void MappingCheck_ListsUnmappedColumnsAndValuesWithCounts()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("export.csv"),
            "Case Ref,Client Ref,Service,Service name,Region,Opened,Referral,Notes\n" +
            "C-1,P-1,S-1,Outreach North,NorthEast,01/04/2019,Self-referral,free text\n" +
            "C-2,P-2,S-1,Outreach North,NorthEast,02/04/2019,Self referal,\n" +
            "C-3,P-3,S-1,Outreach North,NorthEast,03/04/2019,Self referal,\n");
        var mapping = CaseMapping.Load(new MemoryStream(Encoding.UTF8.GetBytes("""
            {
              "dateFormats": ["dd/MM/yyyy"],
              "tables": { "cases": {
                "columns": { "Case Ref": "id", "Client Ref": "client", "Service": "service.id", "Service name": "service.name",
                             "Region": "service.region", "Opened": "intakeDate", "Referral": "primaryReferralRoute" },
                "values": { "primaryReferralRoute": { "Self-referral": "Self" } } } }
            }
            """)));

        var check = MappingCheck.Run(folder.File("export.csv"), mapping, _ => { });

        Assert.Equal([new UnmappedColumn("export.csv", "Notes")], check.UnmappedColumns);
        Assert.Equal([new UnmappedValue("export.csv", "Referral", "primaryReferralRoute", "Self referal", 2)], check.UnmappedValues);
        Assert.Equal(new ReadSummary(1, 2), check.Summaries[0].Summary);
    }

    [Theory]
    [InlineData("{\"tables\":{\"nope\":{}}}", "a table the layout does not have")]
    [InlineData("{\"tables\":{\"cases\":{\"columns\":{\"A\":\"nope\"}}}}", "to one the layout does not have")]
    [InlineData("{\"codes\":{\"YesNoDontKnow\":{\"Y\":\"Yess\"}}}", "which is not a code of YesNoDontKnow")]
    [InlineData("{\"delimiter\":\";;\"}", "delimiter must be one")]
    [InlineData("{\"unknown\":1}", "not valid")]
    [InlineData("[1]", "not valid")]
    public void BadMapping_IsRefusedWithAClearReason(string json, string reason)
    {
        using var folder = new TempFolder();
        CaseCsv.Write([Minimal], folder.Path);

        var error = Assert.ThrowsAny<FormatException>(() => Read(folder.Path, CaseMapping.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)))));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    /// <summary>Rewrites every table of a folder cell by cell (and renames files and columns), as a service's export would differ.</summary>
    private static void Rewrite(TempFolder folder, Func<CaseTable, CaseColumn, string, string> cell, string? missing = null, Func<string, string>? rename = null, Func<CaseTable, string>? fileName = null)
    {
        foreach (var table in CaseLayout.Default.Tables)
        {
            var path = folder.File(table.FileName);
            var rows = CsvRows.Read(new MemoryStream(File.ReadAllBytes(path))).ToList();
            var writer = new StringWriter();
            CsvRows.Write(writer, [.. rows[0].Cells!.Select(n => rename is null ? n : rename(n!))]);
            foreach (var row in rows.Skip(1))
            {
                var cells = row.Cells!.Select((c, i) =>
                {
                    var column = table.Columns[i];
                    return c is null ? (column.Kind is ColumnKind.Code ? missing : null) : (column.Kind == ColumnKind.Key ? c : cell(table, column, c));
                }).ToArray();
                CsvRows.Write(writer, cells);
            }

            File.Delete(path);
            File.WriteAllText(fileName is null ? path : folder.File(fileName(table)), writer.ToString());
        }
    }

    private static string MappingJson(CaseMapping mapping)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("separator", mapping.Separator);
            Strings(json, "dateFormats", mapping.DateFormats);
            Strings(json, "missing", mapping.Missing);
            Strings(json, "nothingTicked", mapping.NothingTicked);
            json.WriteStartObject("booleans");
            foreach (var (k, v) in mapping.Booleans)
            {
                json.WriteBoolean(k, v);
            }

            json.WriteEndObject();
            Maps(json, "codes", mapping.Codes);
            json.WriteStartObject("tables");
            foreach (var (name, table) in mapping.Tables)
            {
                json.WriteStartObject(name);
                json.WriteString("file", table.File);
                json.WriteStartObject("columns");
                foreach (var (k, v) in table.Columns)
                {
                    json.WriteString(k, v);
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());

        static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
        {
            json.WriteStartArray(name);
            foreach (var v in values)
            {
                json.WriteStringValue(v);
            }

            json.WriteEndArray();
        }

        static void Maps(Utf8JsonWriter json, string name, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> maps)
        {
            json.WriteStartObject(name);
            foreach (var (list, values) in maps)
            {
                json.WriteStartObject(list);
                foreach (var (k, v) in values)
                {
                    json.WriteString(k, v);
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
        }
    }
}
