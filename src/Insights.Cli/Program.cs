using Insights.Cli;

return InsightsCli.RunOnConsole(args);
