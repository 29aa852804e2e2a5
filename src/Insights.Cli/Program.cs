using System.Text;
using Insights.Cli;

// Labels such as "└ Yes, …" must reach a Windows console intact; elsewhere the console is UTF-8 already.
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return InsightsCli.Run(args, new CliConsole(Console.Out, Console.Error, Console.IsErrorRedirected));
