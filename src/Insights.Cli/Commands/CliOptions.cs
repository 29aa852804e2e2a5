using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Numerics;
using Insights.Core.Formatting;

namespace Insights.Cli.Commands;

/// <summary>Options shared by several commands, and the parsers that turn a bad value into a usage error (exit 2).</summary>
internal static class CliOptions
{
    internal const string DateFormat = "yyyy-MM-dd";

    private static readonly (string Name, OutputFormat Format)[] Formats =
    [
        ("text", OutputFormat.Text),
        ("markdown", OutputFormat.Markdown),
        ("csv", OutputFormat.Csv),
        ("json", OutputFormat.Json),
        ("html", OutputFormat.Html),
    ];

    /// <summary>The --format name of the Excel workbook: a binary format, written only to an --output file.</summary>
    internal const string Xlsx = "xlsx";

    /// <summary>The --format name of the PDF printed from the HTML report by a local Chromium: binary, written only to an --output file.</summary>
    internal const string Pdf = "pdf";

    private static readonly string[] FormatNames = [.. Formats.Select(f => f.Name), Xlsx, Pdf];

    /// <summary>Whether a --format value names a binary format, which is written only to an --output file that is not the terminal.</summary>
    internal static bool IsBinary(string name) => name is Xlsx or Pdf;

    internal static Option<string> InputFile(string description, bool required) => new("--input", "-i")
    {
        Description = description,
        HelpName = "PATH",
        Required = required,
        CustomParser = NonBlankPath,
    };

    internal static Option<string> OutputFile(string description, bool required) => new("--output", "-o")
    {
        Description = description,
        HelpName = "PATH",
        Required = required,
        CustomParser = NonBlankPath,
    };

    /// <summary>The --mapping option: a mapping file for a service's own CSV export (docs/importing.md).</summary>
    internal static Option<string> Mapping() => new("--mapping")
    {
        Description = "Mapping file (JSON) from a service's own CSV export to the layout: column names, answer wordings, date formats, separators (docs/importing.md). CSV input only.",
        HelpName = "PATH",
        CustomParser = NonBlankPath,
    };

    /// <summary>The --format option; its value is the format's lower-case name (the default, <c>text</c>, shows so in help).</summary>
    internal static Option<string> Format() => new("--format", "-f")
    {
        Description = "Output format: text (laid out like the published report), markdown, csv (RFC 4180, one line per cell), json, html (one self-contained page with charts), xlsx (an Excel workbook; needs --output), or pdf (the HTML printed by a local Chromium; needs --output).",
        HelpName = string.Join('|', FormatNames),
        DefaultValueFactory = _ => FormatNames[0],
        CustomParser = result => ParseChoice(result, FormatNames, "an output format"),
    };

    /// <summary>Returns the text format a --format value names (any but the binary <see cref="Xlsx"/> and <see cref="Pdf"/>).</summary>
    internal static OutputFormat FormatNamed(string name) => Formats.First(f => string.Equals(f.Name, name, StringComparison.Ordinal)).Format;

    /// <summary>Parses one of <paramref name="choices"/> ignoring case, returning it as listed; anything else is wrong usage.</summary>
    internal static string ParseChoice(ArgumentResult result, string[] choices, string what)
    {
        var text = result.Tokens[0].Value;
        foreach (var choice in choices)
        {
            if (string.Equals(choice, text, StringComparison.OrdinalIgnoreCase))
            {
                return choice;
            }
        }

        var list = choices.Length == 2 ? $"{choices[0]} or {choices[1]}" : string.Join(", ", choices);
        result.AddError($"'{text}' is not {what}; use {(choices.Length == 2 ? string.Empty : "one of ")}{list}.");
        return choices[0];
    }

    /// <summary>The --section option: sections whose title contains a text; what it means for the command is its description.</summary>
    internal static Option<string> Section(string description) => new("--section", "-s")
    {
        Description = description,
        HelpName = "NAME",
    };

    /// <summary>The --service filter; <paramref name="verb"/> says what the command does with the cases ("Tabulate", "Count").</summary>
    internal static Option<string> Service(string verb) => new("--service")
    {
        Description = $"{verb} only the cases of the service with this id.",
        HelpName = "ID",
    };

    /// <summary>The --region filter, by label or code; <paramref name="verb"/> as for <see cref="Service"/>.</summary>
    internal static Option<string> Region(string verb) => new("--region")
    {
        Description = $"{verb} only the cases of services in this region, by label (\"North East\") or code (NorthEast), ignoring case.",
        HelpName = "NAME",
    };

    internal static Option<DateOnly?> Date(string name, string description) => new(name)
    {
        Description = description,
        HelpName = DateFormat,
        CustomParser = ParseDate,
    };

    /// <summary>Parses a whole number in plain decimal digits, reporting anything else as wrong usage.</summary>
    internal static T? ParseWholeNumber<T>(ArgumentResult result, T minimum, T maximum) where T : struct, IBinaryInteger<T>
    {
        var text = result.Tokens[0].Value;
        if (T.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= minimum && value <= maximum)
        {
            return value;
        }

        result.AddError(string.Create(CultureInfo.InvariantCulture, $"'{text}' is not a whole number from {minimum:#,0} to {maximum:#,0} (option '{OptionName(result)}')."));
        return null;
    }

    private static string? NonBlankPath(ArgumentResult result)
    {
        var text = result.Tokens[0].Value;
        if (string.IsNullOrWhiteSpace(text))
        {
            result.AddError($"Option '{OptionName(result)}' needs a file path.");
        }

        return text;
    }

    private static DateOnly? ParseDate(ArgumentResult result)
    {
        var text = result.Tokens[0].Value;
        if (DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        result.AddError($"'{text}' is not a date of the form {DateFormat} (option '{OptionName(result)}').");
        return null;
    }

    private static string OptionName(ArgumentResult result) => result.Parent is OptionResult option ? option.Option.Name : result.Argument.Name;
}
