using Insights.Core.Model;

namespace Insights.Synthetic.Calibration;

// The report prints some numbers as bands. These enums give each band its printed label so a band table
// reads into a Deck like any answer table; the report layer has its own banding and never sees these.

/// <summary>The bands of "Age of client".</summary>
internal enum AgeBand
{
    [Label("<18")] Under18,
    [Label("18-20")] From18To20,
    [Label("21-30")] From21To30,
    [Label("31-40")] From31To40,
    [Label("41-50")] From41To50,
    [Label("51-60")] From51To60,
    [Label("61+")] From61,
}

/// <summary>The bands of "How many children or young people are involved with this case?".</summary>
internal enum ChildrenBand
{
    [Label("0")] None,
    [Label("1")] One,
    [Label("2")] Two,
    [Label("3")] Three,
    [Label("4")] Four,
    [Label("5+")] FiveOrMore,
}

/// <summary>The bands of "Number of ticks on the Dash".</summary>
internal enum DashBand
{
    [Label("Standard Risk (1 - 5)")] Standard,
    [Label("Medium Risk (6 - 9)")] Medium,
    [Label("High Risk (10+)")] High,
}

/// <summary>The bands of "For how long has the abuse been occurring?".</summary>
internal enum AbuseLengthBand
{
    [Label("1-11 months")] UnderOneYear,
    [Label("1-2 years")] OneToTwoYears,
    [Label("3-5 years")] ThreeToFiveYears,
    [Label("6-10 years")] SixToTenYears,
    [Label("11 years +")] ElevenYearsOrMore,
}

/// <summary>The bands of "Case length"; "Errors" are closures dated before the intake.</summary>
internal enum CaseLengthBand
{
    [Label("0 to 1 month")] UpToOneMonth,
    [Label("2 to 3 months")] TwoToThreeMonths,
    [Label("4 to 5 months")] FourToFiveMonths,
    [Label("6 to 7 months")] SixToSevenMonths,
    [Label("8 months +")] EightMonthsOrMore,
    [Label("Errors")] Error,
}

/// <summary>The bands of "How many contacts did the client receive?".</summary>
internal enum ContactsBand
{
    [Label("1 to 5")] OneToFive,
    [Label("6 to 10")] SixToTen,
    [Label("11 to 20")] ElevenToTwenty,
    [Label("21 to 34")] TwentyOneToThirtyFour,
    [Label("35+")] ThirtyFiveOrMore,
}
