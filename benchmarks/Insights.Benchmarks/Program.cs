using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Insights.Benchmarks;

// Usage: dotnet run -c Release --project benchmarks/Insights.Benchmarks -- [--cases 100000,1000000] [BenchmarkDotNet options]
//        dotnet run -c Release --project benchmarks/Insights.Benchmarks -- check [CASES]
if (args is ["check", .. var rest])
{
    return Checks.Run(rest.Length > 0 ? int.Parse(rest[0], System.Globalization.CultureInfo.InvariantCulture) : 100_000);
}

var config = DefaultConfig.Instance
    .AddColumn(ThroughputColumn.CasesPerSecond, ThroughputColumn.MegabytesPerSecond);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(BenchmarkCases.Extract(args), config);
return 0;
