using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Insights.Cli.Tests;

public sealed class CliTextTests
{
    [Theory]
    [InlineData("cases.jsonl")]
    [InlineData("/tmp/out dir/report (1).txt")]
    [InlineData(@"C:\Users\ann\report.txt")]
    [InlineData("")]
    public void Escape_PrintableAscii_IsReturnedAsIs(string text)
    {
        Assert.Same(text, CliText.Escape(text));
    }

    [Theory]
    [InlineData("a\nb", @"a\u000Ab")]
    [InlineData("a\rb\tc\u001B[31m", @"a\u000Db\u0009c\u001B[31m")]
    [InlineData("del\u007F", @"del\u007F")]
    [InlineData("line\u2028separator", @"line\u2028separator")]
    [InlineData("report\u202Etxt.exe", @"report\u202Etxt.exe")]
    [InlineData("café.txt", @"caf\u00E9.txt")]
    [InlineData("smile\U0001F600.txt", @"smile\uD83D\uDE00.txt")]
    [InlineData(@"C:\users\u0041", @"C:\u005Cusers\u005Cu0041")]
    [InlineData(@"C:\Users\x\", @"C:\Users\x\")]
    public void Escape_Example_IsPrintableAsciiWithUnicodeEscapes(string text, string expected)
    {
        Assert.Equal(expected, CliText.Escape(text));
    }

    [Fact]
    public void Escape_LoneSurrogates_AreEscapedAlone()
    {
        // Not as InlineData: attribute arguments are stored as UTF-8, which turns a lone surrogate into U+FFFD.
        Assert.Equal(@"half\uD83D", CliText.Escape("half\uD83D"));
        Assert.Equal(@"low\uDE00first", CliText.Escape("low\uDE00first"));
        Assert.Equal(@"\uDE00\uD83D", CliText.Escape("\uDE00\uD83D"));
    }

    [Property(Arbitrary = new[] { typeof(Generators) }, MaxTest = 500)]
    public void Escape_AnyText_IsPrintableAsciiOnly(string text)
    {
        Assert.All(CliText.Escape(text), c => Assert.InRange(c, ' ', '~'));
    }

    [Property(Arbitrary = new[] { typeof(Generators) }, MaxTest = 500)]
    public void Escape_AnyText_UnescapesToTheText(string text)
    {
        Assert.Equal(text, Unescape(CliText.Escape(text)));
    }

    [Property(Arbitrary = new[] { typeof(Generators) }, MaxTest = 200)]
    public void Escape_AnyText_IsTheSameWhateverComesAfterIt(string text)
    {
        // Messages print an escaped path followed by other text: the path's escaping must not depend on that
        // text, or a closing quote could be read as part of the name.
        var escaped = CliText.Escape(text);

        Assert.StartsWith(escaped, CliText.Escape(text + "'"), StringComparison.Ordinal);
    }

    [Fact]
    public void Reason_UnauthorizedAccess_IsAFixedPhraseWithoutThePath()
    {
        var reason = CliText.Reason(new UnauthorizedAccessException("Access to the path '/secret\nname' is denied."));

        Assert.Equal("permission denied", reason);
    }

    [Fact]
    public void Reason_OtherIOException_IsTheEscapedMessageWithoutAFinalStop()
    {
        var reason = CliText.Reason(new IOException("No space left on device : '/tmp/a\u202Eb'."));

        Assert.Equal(@"No space left on device : '/tmp/a\u202Eb'", reason);
    }

    /// <summary>The inverse the documentation of <see cref="CliText.Escape"/> describes, written independently of it.</summary>
    private static string Unescape(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 5 < text.Length && text[i + 1] == 'u'
                && ushort.TryParse(text.AsSpan(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var unit))
            {
                builder.Append((char)unit);
                i += 5;
            }
            else
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }

    /// <summary>Strings rich in what escaping must handle: controls, backslashes before 'u', surrogates (paired and lone), bidi marks.</summary>
    public static class Generators
    {
        public static Arbitrary<string> Text() => Arb.From(
            Gen.Frequency(
                (6, Gen.Choose(0x20, 0x7E)),
                (2, Gen.Elements((int)'\\', 'u', '0', 'A', 'F')),
                (1, Gen.Choose(0x00, 0x1F)),
                (1, Gen.Choose(0x7F, 0x9F)),
                (1, Gen.Elements(0x2028, 0x2029, 0x202E, 0x200F, 0xFEFF, 0xFFFD)),
                (2, Gen.Choose(0xD800, 0xDFFF)),
                (2, Gen.Choose(0, 0xFFFF)))
            .Select(code => (char)code)
            .ArrayOf()
            .Select(chars => new string(chars)));
    }
}
