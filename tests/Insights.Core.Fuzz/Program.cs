using System.Globalization;
using Insights.Core.Serialization;
using Insights.Core.Tests.Generators;
using Insights.Core.Tests.Serialization;
using SharpFuzz;

namespace Insights.Core.Fuzz;

/// <summary>
/// Fuzzes <see cref="CaseReader"/> under afl-fuzz (SharpFuzz, out of process, so a crash of the runtime only
/// restarts the child). Each input is read as a whole file through <see cref="CaseReader.Read(Stream)"/> and
/// through <see cref="CaseReader.Read(TextReader)"/>, every result is enumerated, and the contract of
/// <see cref="ReaderInvariants"/> is checked: an exception escaping, or a broken invariant, is a crash.
/// </summary>
/// <remarks>
/// <para>INSIGHTS_FUZZ_CHECKS picks the checks of messages on top of "no exception, read = accepted + rejected":
/// <c>none</c> (the default, for the reader before the message rewrite), <c>ascii</c> (messages are printable
/// ASCII), <c>quotes</c> (no message repeats 8 or more characters of its line), <c>all</c>.</para>
/// <para>INSIGHTS_FUZZ_IN_PROCESS=1 uses SharpFuzz's in-process fork server instead (faster, but a stack
/// overflow or a timeout ends the whole afl-fuzz run).</para>
/// <para><c>--check FILE...</c> runs each file once, without afl-fuzz, and prints one line per file: <c>ok</c>
/// with the counts of the read, or the first problem (escaped, shortened); the exit code is 1 when any file has a problem. The script uses
/// it to tell the crashes afl-fuzz saved apart.</para>
/// </remarks>
internal static class Program
{
    private static int Main(string[] args)
    {
        var checks = ParseChecks(Environment.GetEnvironmentVariable("INSIGHTS_FUZZ_CHECKS"));
        if (args.Length > 0 && args[0] == "--check")
        {
            GiveTheInstrumentationSomewhereToWrite();
            var failed = 0;
            foreach (var path in args.Skip(1))
            {
                var bytes = File.ReadAllBytes(path);
                var problems = Problems(bytes, checks);
                failed += problems.Count > 0 ? 1 : 0;
                var outcome = problems.Count == 0
                    ? "ok, " + ReadSummary.Of(CaseReader.Read(new MemoryStream(bytes, writable: false)))
                    : problems[0].Split('\n')[0];
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}\t{outcome}"));
            }

            return failed > 0 ? 1 : 0;
        }

        Action<Stream> fuzz = stream =>
        {
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            var problems = Problems(memory.ToArray(), checks);
            if (problems.Count > 0)
            {
                throw new InvalidOperationException(string.Join('\n', problems));
            }
        };
        if (Environment.GetEnvironmentVariable("INSIGHTS_FUZZ_IN_PROCESS") == "1")
        {
            Fuzzer.Run(fuzz);
        }
        else
        {
            Fuzzer.OutOfProcess.Run(fuzz);
        }

        return 0;
    }

    /// <summary>
    /// The instrumented Insights.Core.dll counts branches in SharpFuzz's shared memory, which afl-fuzz (or
    /// Fuzzer.OutOfProcess.Run without it) sets up; runs outside those get a private buffer.
    /// </summary>
    private static unsafe void GiveTheInstrumentationSomewhereToWrite()
        => SharpFuzz.Common.Trace.SharedMem = (byte*)System.Runtime.InteropServices.NativeMemory.AllocZeroed(1 << 16);

    /// <summary>Reads the input both ways and returns what breaks the contract.</summary>
    private static List<string> Problems(byte[] bytes, ReaderInvariants.Checks checks)
    {
        var text = Wtf8.Decode(bytes);
        var lines = ReaderInvariants.LinesOf(text);
        var (fromBytes, bytesError) = ReaderInvariants.ReadAll(CaseReader.Read(new MemoryStream(bytes, writable: false)));
        var (fromText, textError) = ReaderInvariants.ReadAll(CaseReader.Read(new StringReader(text)));
        return
        [
            .. ReaderInvariants.Check(lines, fromBytes, bytesError, checks).Select(p => "Read(Stream): " + p),
            .. ReaderInvariants.Check(lines, fromText, textError, checks).Select(p => "Read(TextReader): " + p),
        ];
    }

    private static ReaderInvariants.Checks ParseChecks(string? value) => value?.Trim().ToUpperInvariant() switch
    {
        null or "" or "NONE" => ReaderInvariants.Checks.Counts,
        "ASCII" => ReaderInvariants.Checks.PrintableAscii,
        "QUOTES" => ReaderInvariants.Checks.NoQuotes,
        "ALL" => ReaderInvariants.Checks.All,
        _ => throw new ArgumentException($"INSIGHTS_FUZZ_CHECKS must be none, ascii, quotes or all, not '{value}'."),
    };
}
