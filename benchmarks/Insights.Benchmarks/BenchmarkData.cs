using Insights.Core.Frames;
using Insights.Core.Model;
using Insights.Core.Reports;
using Insights.Synthetic;
using Insights.Synthetic.Sampled;

namespace Insights.Benchmarks;

/// <summary>
/// The inputs the benchmarks share. Large frames are written by the sampled generator without any case object
/// (<see cref="Insights.Synthetic.SampledFrame"/>: each draw names the calibrated case a sampled case copies,
/// and the frame copies that case's row of the calibrated frame); DuckDB is loaded from the same draws.
/// </summary>
internal static class BenchmarkData
{
    /// <summary>The seed of every generated dataset, so every engine and every run sees the same cases.</summary>
    internal const ulong Seed = 2019;

    private static readonly Lazy<IReadOnlyList<ReportCase>> ExactRows = new(() => ReportCase.From(new Dataset(ExactDataset.Create())));
    private static readonly Lazy<CaseFrame<ReportCase>> ExactFrameValue = new(() => CaseFrame<ReportCase>.Build(OutreachReport.Definition, ExactRows.Value));

    /// <summary>Gets the calibrated dataset's frame: 1,820 rows, in the order of <see cref="ExactDataset.Create"/>.</summary>
    internal static CaseFrame<ReportCase> ExactFrame => ExactFrameValue.Value;

    /// <summary>Returns, for each of the <paramref name="count"/> cases the sampled generator makes from <paramref name="seed"/>, the calibrated case it copies.</summary>
    internal static int[] SampledSources(int count, ulong seed)
    {
        var sources = new int[count];
        var i = 0;
        foreach (var draw in SampledDraws.Draw(count, seed))
        {
            sources[i++] = draw.Source;
        }

        return sources;
    }

    /// <summary>Writes the frame of the <paramref name="count"/> sampled cases from <paramref name="seed"/> without making any case (<see cref="SampledFrame"/>).</summary>
    internal static CaseFrame<ReportCase> SampledFrame(int count, ulong seed) => Insights.Synthetic.SampledFrame.Generate(count, seed);

    /// <summary>Makes the <paramref name="count"/> sampled cases from <paramref name="seed"/> as objects, as the report counts them.</summary>
    internal static IReadOnlyList<ReportCase> SampledCases(int count, ulong seed)
        => ReportCase.From(new Dataset(SampledDataset.Generate(count, seed)));

    /// <summary>
    /// Makes the same cases as <see cref="SampledCases"/>, read back from their JSON Lines file
    /// (<see cref="SampledJsonLines"/>): each case then has records of its own, as a user's cases read from a file do.
    /// </summary>
    /// <exception cref="InvalidOperationException">A line of the file is rejected.</exception>
    internal static IReadOnlyList<ReportCase> SampledCasesFromFile(int count, ulong seed)
    {
        using var input = File.OpenRead(SampledJsonLines(count, seed));
        var cases = new List<Case>(count);
        foreach (var result in Insights.Core.Serialization.CaseReader.Read(input))
        {
            cases.Add(result.Case ?? throw new InvalidOperationException($"Line {result.LineNumber} of the sampled file is rejected."));
        }

        return ReportCase.From(new Dataset(cases));
    }

    /// <summary>Gets the path of the JSON Lines file of <paramref name="count"/> sampled cases, writing it once if it does not exist.</summary>
    internal static string SampledJsonLines(int count, ulong seed)
    {
        var path = Sidecar.PathOf($"sampled-{count}-seed-{seed}.jsonl");
        if (!File.Exists(path))
        {
            var partial = path + ".partial";
            using (var output = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
            {
                Insights.Core.Serialization.CaseJsonLines.Write(output, SampledDataset.Generate(count, seed));
            }

            File.Move(partial, path, overwrite: true);
        }

        return path;
    }

    /// <summary>Returns the folder of CSV tables of sampled cases, written once and kept beside the benchmark's results.</summary>
    internal static string SampledCsv(int count, ulong seed)
    {
        var path = Sidecar.PathOf($"sampled-{count}-seed-{seed}-csv");
        if (!File.Exists(Path.Combine(path, "cases.csv")))
        {
            Insights.Core.Tabular.CaseCsv.Write(SampledDataset.Generate(count, seed), path);
        }

        return path;
    }
}
