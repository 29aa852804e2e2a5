using Insights.Core.Formatting;
using Insights.Core.Tabulation;
using Xunit;

namespace Insights.Core.Tests.Formatting;

public sealed partial class TableRendererTests
{
    // A small table with one row of every kind, a blank-free single column, a note and awkward characters.
    private static readonly Table Sample = new(
        "Pets, at home",
        [new TableBase("n", 1820)],
        [new TableColumn(string.Empty)],
        [
            new TableRow("Cat", RowKind.Category, [new CountCell(1346, 1820)]),
            new TableRow("Kitten", RowKind.SubCategory, [new CountCell(73, 1820)]),
            new TableRow("Furry | \"fluffy\"", RowKind.Net, [new CountCell(1400, 1820)]),
            new TableRow("Total", RowKind.Total, [new CountCell(1820, 1820, showPercent: false)]),
            new TableRow("Average age (median)", RowKind.Statistic, [new StatisticCell(13, "13 weeks")]),
            new TableRow("Missing", RowKind.Missing, [new CountCell(0, 1820)]),
        ],
        ["Counts, not percentages, add up."]);

    // Two columns with their own bases, a column group and a blank cell.
    private static readonly Table Matrix = new(
        "Needs & support",
        [new TableBase("n (Needs)", 1086), new TableBase("n (Support)", 1086)],
        [new TableColumn("Needs", Base: 1086), new TableColumn("Supported", "Impact", 841)],
        [
            new TableRow("Safety", RowKind.Category, [null, new CountCell(841, 1086)]),
            new TableRow("Housing", RowKind.Category, [new CountCell(390, 1086), new CountCell(298, 390)]),
        ]);

    [Fact]
    public void Render_Text_LaidOutLikeTheReport()
    {
        Assert.Equal(
            """
            Pets, at home  n=1,820
            Cat                      1,346   74%
            └ Kitten                    73  4.0%
            Furry | "fluffy"         1,400   77%
            Total                    1,820
            Average age (median)  13 weeks
            Missing                      0    0%
            Counts, not percentages, add up.


            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            TableRenderer.Render(Sample, OutputFormat.Text));
    }

    [Fact]
    public void Render_Text_ColumnHeadersOnTwoLevelsAlignedOverTheirCells()
    {
        // The upper level names the columns, or their group where it adds something (Impact); the lower level names
        // the sub-columns: Count and %, or the header under its group (Supported), right-aligned over the numbers.
        Assert.Equal(
            """
            Needs & support  n (Needs)=1,086  n (Support)=1,086
                     Needs       Impact
                     Count    %  Supported    %
            Safety                     841  77%
            Housing    390  36%        298  76%


            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            TableRenderer.Render(Matrix, OutputFormat.Text));
    }

    [Fact]
    public void Render_Markdown_PipeTableWithEscapedLabels()
    {
        Assert.Equal(
            """
            ### Pets, at home

            n = 1,820

            | Label | Count | % |
            | --- | ---: | ---: |
            | Cat | 1,346 | 74% |
            | └ Kitten | 73 | 4.0% |
            | Furry \| "fluffy" | 1,400 | 77% |
            | Total | 1,820 |  |
            | Average age (median) | 13 weeks |  |
            | Missing | 0 | 0% |

            *Counts, not percentages, add up.*


            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            TableRenderer.Render(Sample, OutputFormat.Markdown));
    }

    [Fact]
    public void Render_Csv_OneRecordPerNonBlankCell()
    {
        Assert.Equal(
            "section,table,row,row_kind,column,count,base,percent,percent_value,value\r\n" +
            ",Needs & support,Safety,category,Impact: Supported,841,1086,77%,77,\r\n" +
            ",Needs & support,Housing,category,Needs,390,1086,36%,36,\r\n" +
            ",Needs & support,Housing,category,Impact: Supported,298,390,76%,76,\r\n",
            TableRenderer.Render(Matrix, OutputFormat.Csv));
        Assert.Contains(",\"Pets, at home\",\"Furry | \"\"fluffy\"\"\",net,,1400,1820,77%,77,\r\n", TableRenderer.Render(Sample, OutputFormat.Csv), StringComparison.Ordinal);
        Assert.Contains(",\"Pets, at home\",Average age (median),statistic,,,,,,13 weeks\r\n", TableRenderer.Render(Sample, OutputFormat.Csv), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Json_DocumentedSchema()
    {
        Assert.Equal(
            """
            {
              "title": "Needs & support",
              "bases": [
                {
                  "label": "n (Needs)",
                  "n": 1086
                },
                {
                  "label": "n (Support)",
                  "n": 1086
                }
              ],
              "columns": [
                {
                  "header": "Needs",
                  "group": null,
                  "base": 1086
                },
                {
                  "header": "Supported",
                  "group": "Impact",
                  "base": 841
                }
              ],
              "rows": [
                {
                  "label": "Safety",
                  "kind": "category",
                  "cells": [
                    null,
                    {
                      "count": 841,
                      "base": 1086,
                      "percent": "77%"
                    }
                  ]
                },
                {
                  "label": "Housing",
                  "kind": "category",
                  "cells": [
                    {
                      "count": 390,
                      "base": 1086,
                      "percent": "36%"
                    },
                    {
                      "count": 298,
                      "base": 390,
                      "percent": "76%"
                    }
                  ]
                }
              ],
              "notes": []
            }

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            TableRenderer.Render(Matrix, OutputFormat.Json));
    }

    [Fact]
    public void Render_ReportText_TitleAndSectionsUnderlined()
    {
        var report = new ReportResult("Outreach 2018-19", [new ReportResultSection("Client profile", [Matrix])]);
        Assert.StartsWith(
            "Outreach 2018-19\n================\n\nClient profile\n--------------\n\nNeeds & support  n (Needs)=1,086",
            TableRenderer.Render(report, OutputFormat.Text),
            StringComparison.Ordinal);
        Assert.StartsWith(
            "# Outreach 2018-19\n\n## Client profile\n\n### Needs & support\n\nn (Needs) = 1,086; n (Support) = 1,086\n\n| Label | Needs |  | Impact |  |\n| --- | ---: | ---: | ---: | ---: |\n|  | **Count** | **%** | **Supported** | **%** |\n",
            TableRenderer.Render(report, OutputFormat.Markdown),
            StringComparison.Ordinal);
        Assert.StartsWith("Client profile,Needs & support,Safety,", TableRenderer.Render(report, OutputFormat.Csv).Split("\r\n")[1], StringComparison.Ordinal);
        Assert.StartsWith("{\n  \"title\": \"Outreach 2018-19\",\n  \"sections\": [\n    {\n      \"title\": \"Client profile\",\n      \"tables\": [\n        {\n          \"title\": \"Needs & support\",", TableRenderer.Render(report, OutputFormat.Json), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_LabelsWithTabsAndLineBreaks_PutOnOneLineInTextAndMarkdown()
    {
        var table = new Table("Two\nlines", [], [new TableColumn(string.Empty)], [new TableRow("Tab\there  and\r\nbreak", RowKind.Category, [new CountCell(1, 2)])]);
        Assert.Equal("Two lines\nTab here and break  1  50%\n\n", TableRenderer.Render(table, OutputFormat.Text));
        Assert.Contains("| Tab here and break | 1 | 50% |\n", TableRenderer.Render(table, OutputFormat.Markdown), StringComparison.Ordinal);
        Assert.Contains(",\"Two\nlines\",\"Tab\there  and\r\nbreak\",category,,1,2,50%,50,\r\n", TableRenderer.Render(table, OutputFormat.Csv), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_MarkdownMarkupInLabels_Escaped()
    {
        var table = new Table("*Bold* _x_ #1", [], [new TableColumn(string.Empty)], [new TableRow("<script> [link] `code` \\ <18", RowKind.Category, [new CountCell(1, 2)])]);
        var markdown = TableRenderer.Render(table, OutputFormat.Markdown);
        Assert.StartsWith("### \\*Bold\\* \\_x\\_ \\#1\n", markdown, StringComparison.Ordinal);
        Assert.Contains("| \\<script> \\[link\\] \\`code\\` \\\\ <18 | 1 | 50% |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NullArgumentsOrUnknownFormat_Throw()
    {
        using var writer = new StringWriter();
        Assert.Throws<ArgumentNullException>(() => TableRenderer.Write((Table)null!, OutputFormat.Text, writer));
        Assert.Throws<ArgumentNullException>(() => TableRenderer.Write(Sample, OutputFormat.Text, null!));
        Assert.Throws<ArgumentNullException>(() => TableRenderer.Write((ReportResult)null!, OutputFormat.Csv, writer));
        Assert.Throws<ArgumentNullException>(() => TableRenderer.Render((Table)null!, OutputFormat.Json));
        Assert.Throws<ArgumentOutOfRangeException>(() => TableRenderer.Render(Sample, (OutputFormat)42));
    }
}
