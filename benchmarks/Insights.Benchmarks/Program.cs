using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Insights.Benchmarks;

// Usage: dotnet run -c Release --project benchmarks/Insights.Benchmarks -- [--cases 100000,1000000] [BenchmarkDotNet options]
//        dotnet run -c Release --project benchmarks/Insights.Benchmarks -- check [CASES]     (frame = objects = DuckDB, rough timings)
//        dotnet run -c Release --project benchmarks/Insights.Benchmarks -- profile [CASES]   (counting time by kind of column)
if (args is [("check" or "profile") and var command, .. var rest])
{
    var cases = rest.Length > 0 ? int.Parse(rest[0], NumberStyles.None, CultureInfo.InvariantCulture) : 100_000;
    return command == "check" ? Checks.Run(cases) : Checks.Profile(cases);
}

var config = DefaultConfig.Instance
    .AddColumn(ThroughputColumn.CasesPerSecond, ThroughputColumn.MegabytesPerSecond);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(BenchmarkCases.Extract(args), config);
return 0;
