using DuckDB.NET.Data;
using FsCheck.Xunit;
using Insights.Core.Formatting;
using Insights.Core.Ingestion;
using Insights.Core.Model;
using Insights.Core.Serialization;
using Insights.Core.Tabular;
using Insights.Core.Tests.Generators;
using Insights.Parquet;
using Insights.Synthetic;
using Xunit;

namespace Insights.Core.Tests.Tabular;

public sealed class ParquetCasesTests
{
    [Property(Arbitrary = [typeof(CaseGenerators.Arbitraries)], MaxTest = 25)]
    public void WriteThenRead_SingleFile_GivesEqualCasesAndEveryRowAccepted(IReadOnlyList<Case> cases)
    {
        using var folder = new TempFolder();
        var path = folder.File("cases.parquet");
        ParquetCases.Write(cases, path, new ParquetWriteOptions { RowGroupCases = 7 });

        AssertReadsBack(cases, path, "cases.parquet");
    }

    [Property(Arbitrary = [typeof(CaseGenerators.Arbitraries)], MaxTest = 25)]
    public void WriteThenRead_Folder_GivesEqualCasesAndEveryRowAccepted(IReadOnlyList<Case> cases)
    {
        using var folder = new TempFolder();
        ParquetCases.Write(cases, folder.Path, new ParquetWriteOptions { RowGroupCases = 7 });

        Assert.All(CaseLayout.Default.Tables, t => Assert.True(File.Exists(folder.File(t.Name + ".parquet"))));
        AssertReadsBack(cases, folder.Path, "cases.parquet");
    }

    [Property(Arbitrary = [typeof(CaseGenerators.Arbitraries)], MaxTest = 15)]
    public void JsonLinesThroughCsvAndParquet_GivesEqualJsonLines(IReadOnlyList<Case> cases)
    {
        using var folder = new TempFolder();
        using var json = new MemoryStream();
        CaseJsonLines.Write(json, cases);
        var original = json.ToArray();

        json.Position = 0;
        var fromJson = CaseReader.Read(json).Select(r => r.Case ?? throw new InvalidOperationException(r.Rejection!.ToString())).ToList();
        CaseCsv.Write(fromJson, folder.File("csv"));
        var fromCsv = new List<Case>();
        CaseCsv.Read(folder.File("csv"), r => fromCsv.Add(r.Case ?? throw new InvalidOperationException(r.Rejection!.ToString())));
        ParquetCases.Write(fromCsv, folder.File("cases.parquet"));
        var fromParquet = new List<Case>();
        ParquetCases.Read(folder.File("cases.parquet"), r => fromParquet.Add(r.Case ?? throw new InvalidOperationException(r.Rejection!.ToString())));

        using var back = new MemoryStream();
        CaseJsonLines.Write(back, fromParquet);
        Assert.Equal(original, back.ToArray());
    }

    [Fact]
    public void ExactDataset_FromParquetFileAndFolder_GivesTheReportOfJsonLines()
    {
        var cases = ExactDataset.Create();
        AssertSameReport(cases, expectedWarnings: 5);
    }

    [Fact]
    public void SampledDataset_FromParquetFileAndFolder_GivesTheReportOfJsonLines()
    {
        var cases = SampledDataset.Generate(3000, 7).ToList();
        AssertSameReport(cases, expectedWarnings: null);
    }

    [Fact]
    public void WriteThenRead_ManyRowGroupsOfManyDistinctValues_GivesEqualCases()
    {
        // Column buffers and each column's remembered texts carry over from row group to row group, and a column
        // of more distinct texts than are remembered (the ids) stops being remembered part-way through a group.
        var cases = SampledDataset.Generate(2600, 5).ToList();
        using var folder = new TempFolder();
        var path = folder.File("cases.parquet");
        ParquetCases.Write(cases, path, new ParquetWriteOptions { RowGroupCases = 900 });

        AssertReadsBack(cases, path, "cases.parquet");
    }

    [Fact]
    public void SingleFile_IsReadARowGroupAtATime_EachPartWithItsCasesOwnRows()
    {
        var cases = SampledDataset.Generate(50, 3).ToList();
        using var folder = new TempFolder();
        var path = folder.File("cases.parquet");
        ParquetCases.Write(cases, path, new ParquetWriteOptions { RowGroupCases = 20 });

        var source = ParquetCases.Open(path);
        Assert.True(source.HasRowsInCaseRows);
        var parts = source.ReadParts().ToList();
        Assert.Equal([20, 20, 10], parts.Select(p => p.Cases.Count));
        var children = CaseLayout.Default.Tables.Single(t => t.Name == "children");
        var expected = cases.Select((c, i) => (Position: (long)i, Count: c.Intake.Profile.Children.Count)).Where(x => x.Count > 0);
        var actual = parts.SelectMany(p => p.Others.TryGetValue(children, out var rows) ? rows : []).GroupBy(r => r.Position).Select(g => (Position: g.Key, Count: g.Count()));
        Assert.Equal(expected, actual);
        Assert.Equal(parts[1].Cases.Select(r => r.Position), source.ReadPartAgain(25).Cases.Select(r => r.Position));
        ParquetCases.Write(cases, folder.File("tables"));
        Assert.False(ParquetCases.Open(folder.File("tables")).HasRowsInCaseRows);
    }

    [Fact]
    public void SingleFile_TwoRowsWithOneId_EachHasOnlyItsOwnLists()
    {
        var first = SampledDataset.Generate(200, 9).First(c => c.Intake.Profile.Children.Count > 0);
        var second = first with { Intake = first.Intake with { Profile = first.Intake.Profile with { Children = ValueList<Child>.Empty } } };
        using var folder = new TempFolder();
        var path = folder.File("cases.parquet");
        ParquetCases.Write([second, first], path);

        var read = new List<ReadResult>();
        var summaries = ParquetCases.Read(path, read.Add, degreeOfParallelism: 2);

        // The first row is the case, with no children: the second row's children are its own and are rejected with it.
        Assert.Equal(CaseJsonLines.Serialize(second), CaseJsonLines.Serialize(read[0].Case!));
        Assert.False(read[1].IsAccepted);
        var childRows = summaries.Single(s => s.File == "cases.parquet/children").Summary;
        Assert.Equal(first.Intake.Profile.Children.Count, childRows.Read);
        Assert.Equal(childRows.Read, childRows.Rejected);
    }

    [Fact]
    public void DuckDb_ReadsTheSingleFileAndTheFolder_WithOurCounts()
    {
        var cases = SampledDataset.Generate(2000, 11).ToList();
        using var folder = new TempFolder();
        var file = folder.File("cases.parquet");
        ParquetCases.Write(cases, file, new ParquetWriteOptions { RowGroupCases = 500 });
        ParquetCases.Write(cases, folder.File("tables"));
        var tables = folder.File("tables");

        var caseCells = new List<IReadOnlyList<string?>>();
        var rows = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in cases)
        {
            CaseTables.Flatten(c, (table, cells) =>
            {
                if (table == CaseLayout.Default.Cases)
                {
                    caseCells.Add([.. cells]);
                }

                rows[table.Name] = rows.GetValueOrDefault(table.Name) + 1;
            });
        }

        foreach (var column in new[] { "service.region", "intake.profile.ethnicity", "referralStatus", "exit.closureType" })
        {
            var index = CaseLayout.Default.Cases.IndexOf(column);
            var ours = caseCells.GroupBy(c => c[index] ?? "(missing)", StringComparer.Ordinal).ToDictionary(g => g.Key, g => (long)g.Count(), StringComparer.Ordinal);
            var sql = $"SELECT coalesce(\"{column}\", '(missing)'), count(*) FROM read_parquet('{{0}}') GROUP BY 1";
            Assert.Equal(Sorted(ours), Sorted(Counts(string.Format(System.Globalization.CultureInfo.InvariantCulture, sql, file))));
            Assert.Equal(Sorted(ours), Sorted(Counts(string.Format(System.Globalization.CultureInfo.InvariantCulture, sql, Path.Combine(tables, "cases.parquet")))));
        }

        // Repeated records: unnest in the single file, the flat files' rows in the folder, the same numbers.
        Assert.True(rows["reviews"] > 0 && rows["incidents"] > 0);
        Assert.Equal(rows["reviews"], Scalar($"SELECT count(*) FROM (SELECT unnest(reviews) FROM read_parquet('{file}'))"));
        Assert.Equal(rows["children"], Scalar($"SELECT sum(len(children)) FROM read_parquet('{file}')"));
        Assert.Equal(rows["police-reports"], Scalar($"SELECT count(*) FROM (SELECT unnest(\"police-reports\") FROM read_parquet('{file}'))"));
        Assert.Equal(rows["incidents"], Scalar($"SELECT count(*) FROM (SELECT unnest(r.incidents) FROM (SELECT unnest(\"police-reports\") AS r FROM read_parquet('{file}')))"));
        Assert.Equal(rows["incidents"], Scalar($"SELECT count(*) FROM read_parquet('{Path.Combine(tables, "incidents.parquet")}')"));
        Assert.Equal(rows["reviews"], Scalar($"SELECT count(*) FROM read_parquet('{Path.Combine(tables, "reviews.parquet")}')"));
        Assert.Equal(cases.Count, Scalar($"SELECT count(*) FROM read_parquet('{file}')"));

        // Typed columns: dates are DATE, whole numbers INTEGER, yes/no BOOLEAN.
        Assert.Equal("DATE", Text($"SELECT typeof(intakeDate) FROM read_parquet('{file}') LIMIT 1"));
        Assert.Equal("INTEGER", Text($"SELECT typeof(\"intake.profile.age\") FROM read_parquet('{file}') LIMIT 1"));
        Assert.Equal("INTEGER", Text($"SELECT typeof(report) FROM read_parquet('{Path.Combine(tables, "police-reports.parquet")}') LIMIT 1"));
    }

    [Fact]
    public void Write_TextColumns_AreDictionaryEncodedButDistinctIds()
    {
        var cases = SampledDataset.Generate(2000, 11).ToList();
        using var folder = new TempFolder();
        var file = folder.File("cases.parquet");
        ParquetCases.Write(cases, file);

        // Codes repeat, so a row group stores each once and an index per value (what every reader decodes fastest);
        // case and client ids are all distinct, so the writer keeps them plain.
        foreach (var column in new[] { "intake.profile.ethnicity", "service.region", "exit.closureType" })
        {
            Assert.Contains("DICTIONARY", Text($"SELECT encodings FROM parquet_metadata('{file}') WHERE path_in_schema = '{column}' LIMIT 1"), StringComparison.Ordinal);
        }

        var plain = $"SELECT count(*) FROM parquet_metadata('{file}') WHERE type = 'BYTE_ARRAY' AND encodings NOT LIKE '%DICTIONARY%'";
        Assert.Equal(0, Scalar(plain + " AND path_in_schema NOT IN ('id', 'client')"));
        Assert.Equal(2, Scalar(plain));
    }

    [Fact]
    public void Read_FileWrittenByDuckDb_IsReadWithTheSameCases()
    {
        var cases = SampledDataset.Generate(300, 3).ToList();
        using var folder = new TempFolder();
        var ours = folder.File("ours.parquet");
        ParquetCases.Write(cases, ours);
        var theirs = folder.File("theirs.parquet");
        Execute($"COPY (SELECT * FROM read_parquet('{ours}')) TO '{theirs}' (FORMAT parquet)");

        AssertReadsBack(cases, theirs, "theirs.parquet");
    }

    [Fact]
    public void Read_ColumnOfTheWrongType_IsAnErrorNamingFileAndColumn()
    {
        using var folder = new TempFolder();
        var file = folder.File("cases.parquet");
        ParquetCases.Write(SampledDataset.Generate(20, 1), file);
        var bad = folder.File("bad.parquet");
        Execute($"COPY (SELECT * REPLACE (CAST(\"intake.profile.age\" AS VARCHAR) AS \"intake.profile.age\") FROM read_parquet('{file}')) TO '{bad}' (FORMAT parquet)");

        var error = Assert.Throws<CaseTableException>(() => ParquetCases.Read(bad, _ => { }));
        Assert.Equal("bad.parquet", error.File);
        Assert.Contains("'intake.profile.age'", error.Message, StringComparison.Ordinal);
        Assert.Contains("INT32", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownColumn_IsAnErrorNamingIt()
    {
        using var folder = new TempFolder();
        var file = folder.File("cases.parquet");
        ParquetCases.Write(SampledDataset.Generate(20, 1), file);
        var bad = folder.File("bad.parquet");
        Execute($"COPY (SELECT *, 42 AS \"intake.favouriteColour\" FROM read_parquet('{file}')) TO '{bad}' (FORMAT parquet)");

        var error = Assert.Throws<CaseTableException>(() => ParquetCases.Read(bad, _ => { }));
        Assert.Contains("intake.favouriteColour", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ListThatIsNoTable_IsAnErrorNamingIt()
    {
        using var folder = new TempFolder();
        var file = folder.File("cases.parquet");
        ParquetCases.Write(SampledDataset.Generate(20, 1), file);
        var bad = folder.File("bad.parquet");
        Execute($"COPY (SELECT *, [1, 2] AS pets FROM read_parquet('{file}')) TO '{bad}' (FORMAT parquet)");

        var error = Assert.Throws<CaseTableException>(() => ParquetCases.Read(bad, _ => { }));
        Assert.Contains("'pets'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(1000)]
    public void Read_EmptyOrTruncatedFile_IsAClearError(int keep)
    {
        using var folder = new TempFolder();
        var file = folder.File("cases.parquet");
        ParquetCases.Write(SampledDataset.Generate(200, 1), file);
        var bytes = File.ReadAllBytes(file);
        var bad = folder.File("bad.parquet");
        File.WriteAllBytes(bad, bytes[..Math.Min(keep, bytes.Length - 1)]);

        var error = Assert.Throws<CaseTableException>(() => ParquetCases.Read(bad, _ => { }));
        Assert.Equal("bad.parquet: the file is not a readable Parquet file: it is empty, truncated, or of another format.", error.Message);
    }

    [Fact]
    public void Read_RejectedCase_IsPlacedAtItsRowAndColumn()
    {
        var cases = SampledDataset.Generate(10, 5).ToList();
        using var folder = new TempFolder();
        var file = folder.File("cases.parquet");
        ParquetCases.Write(cases, file);
        var bad = folder.File("bad.parquet");

        // Row 4 (line 5) gets an unknown code; its finding names the file, the line and the column.
        Execute($"COPY (SELECT * REPLACE (CASE WHEN id = '{cases[3].Id.Value}' THEN 'NotARegion' ELSE \"service.region\" END AS \"service.region\") FROM read_parquet('{file}')) TO '{bad}' (FORMAT parquet)");

        var results = new List<ReadResult>();
        var summaries = ParquetCases.Read(bad, results.Add);

        // The case's own finding, then its held rows (its children), each rejected because their case is.
        var rejections = results.Where(r => !r.IsAccepted).Select(r => r.Rejection!).ToList();
        var rejection = rejections[0];
        Assert.Equal("bad.parquet", rejection.File);
        Assert.All(rejections.Skip(1), r => Assert.Equal(cases[3].Id.Value, r.CaseId));
        Assert.Equal(5, rejection.LineNumber);
        Assert.Equal("service.region", rejection.Field);
        Assert.Equal(1, summaries[0].Summary.Rejected);
    }

    [Fact]
    public void Write_EmptyInput_GivesFilesThatReadAsNoCases()
    {
        using var folder = new TempFolder();
        ParquetCases.Write([], folder.File("cases.parquet"));
        ParquetCases.Write([], folder.File("tables"));

        Assert.Equal(0, ParquetCases.Read(folder.File("cases.parquet"), _ => { })[0].Summary.Read);
        Assert.Equal(0, ParquetCases.Read(folder.File("tables"), _ => { })[0].Summary.Read);
        Assert.Equal(0, Scalar($"SELECT count(*) FROM read_parquet('{folder.File("cases.parquet")}')"));
    }

    private static void AssertReadsBack(IReadOnlyList<Case> cases, string path, string casesFile)
    {
        var read = new List<ReadResult>();
        var summaries = ParquetCases.Read(path, read.Add, degreeOfParallelism: 2);

        Assert.Empty(read.Where(r => !r.IsAccepted).Select(r => r.Rejection!.ToString()));
        Assert.Equal(cases.Select(CaseJsonLines.Serialize), read.Select(r => CaseJsonLines.Serialize(r.Case!)));
        Assert.Equal(cases.Count, summaries.Single(s => s.File == casesFile).Summary.Accepted);
        Assert.All(summaries, s => Assert.Equal(0, s.Summary.Rejected));
    }

    private static void AssertSameReport(IReadOnlyList<Case> cases, int? expectedWarnings)
    {
        using var folder = new TempFolder();
        using var json = new MemoryStream();
        CaseJsonLines.Write(json, cases);
        json.Position = 0;
        var (fromJson, _) = OutreachFrames.ReadJsonLines(json, new FrameReadOptions { DegreeOfParallelism = 2 });
        var expectedText = TableRenderer.Render(fromJson.Evaluate(), OutputFormat.Text);
        var expectedJson = TableRenderer.Render(fromJson.Evaluate(), OutputFormat.Json);

        ParquetCases.Write(cases, folder.File("cases.parquet"), new ParquetWriteOptions { RowGroupCases = 1000 });
        ParquetCases.Write(cases, folder.File("tables"), new ParquetWriteOptions { RowGroupCases = 1000 });
        foreach (var path in new[] { folder.File("cases.parquet"), folder.File("tables") })
        {
            var findings = new List<ReadResult>();
            var (frames, summaries) = ParquetCases.ReadFrames(path, new FrameReadOptions { DegreeOfParallelism = 2, Findings = findings.Add });
            var report = frames.Evaluate();

            Assert.Equal(cases.Count, summaries[0].Summary.Accepted);
            Assert.All(summaries, s => Assert.Equal(0, s.Summary.Rejected));
            if (expectedWarnings is { } warnings)
            {
                Assert.Equal(warnings, findings.Count);
                Assert.All(findings, r => Assert.Equal("cases.parquet", Assert.Single(r.Warnings).File));
            }

            Assert.Equal(expectedText, TableRenderer.Render(report, OutputFormat.Text));
            Assert.Equal(expectedJson, TableRenderer.Render(report, OutputFormat.Json));
        }
    }

    private static Dictionary<string, long> Counts(string sql)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        while (reader.Read())
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }

        return counts;
    }

    private static long Scalar(string sql)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return long.Parse(command.ExecuteScalar()?.ToString() ?? "0", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Text(string sql)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (string)command.ExecuteScalar()!;
    }

    private static void Execute(string sql)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static DuckDBConnection Connect()
    {
        var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        return connection;
    }

    private static List<KeyValuePair<string, long>> Sorted(Dictionary<string, long> counts) => [.. counts.OrderBy(p => p.Key, StringComparer.Ordinal)];
}
