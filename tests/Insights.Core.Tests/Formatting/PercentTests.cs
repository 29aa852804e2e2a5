using System.Globalization;
using Xunit;

namespace Insights.Core.Tests.Formatting;

/// <summary>
/// <see cref="Percent.Format"/> against the report's rule (DESIGN.md, "Contracts"). Examples here; the
/// properties are in PercentTests.Properties.cs and the independent oracle in PercentTests.Oracle.cs.
/// </summary>
public partial class PercentTests
{
    // Each culture writes numbers differently from the invariant one (decimal comma, Arabic decimal
    // separator, Indian digit grouping, Swedish minus sign), so any culture leak changes the text.
    public static readonly TheoryData<string> Cultures = new() { "fr-FR", "de-DE", "ar-SA", "hi-IN", "sv-SE" };

    [Theory]
    // The contract's own examples (DESIGN.md): 0.575 → 0.58 and 12.5 → 13 are halves rounded away from
    // zero; 84 of 841 is 9.988…%, which is in the one-decimal band and rounds up to 10.0.
    [InlineData(23, 4000, "0.58%")]
    [InlineData(1, 8, "13%")]
    [InlineData(84, 841, "10.0%")]
    [InlineData(1, 1820, "0.05%")]
    [InlineData(73, 1820, "4.0%")]
    // The band is chosen on the unrounded value: 9.96% and 0.996% keep their band's decimals after rounding up.
    [InlineData(996, 10_000, "10.0%")]
    [InlineData(996, 100_000, "1.00%")]
    [InlineData(995, 10_000, "10.0%")]
    [InlineData(1, 10, "10%")]
    [InlineData(1, 100, "1.0%")]
    [InlineData(994, 100_000, "0.99%")]
    // Printed cells of the published report (Referral status, Sex assigned at birth, Refuge referrals).
    [InlineData(1346, 1820, "74%")]
    [InlineData(94, 1794, "5.2%")]
    [InlineData(18, 1820, "0.99%")]
    public void Format_ReportExamples_PrintAsPublished(long count, long denominator, string expected) =>
        Assert.Equal(expected, Percent.Format(count, denominator));

    [Theory]
    [InlineData(0, 1, "0%")]
    [InlineData(0, long.MaxValue, "0%")]
    [InlineData(5, 5, "100%")]
    [InlineData(long.MaxValue, long.MaxValue, "100%")]
    // A non-zero count too small to show still prints its band's two decimals, unlike a true zero.
    [InlineData(1, long.MaxValue, "0.00%")]
    [InlineData(1, 20_001, "0.00%")]
    [InlineData(1, 20_000, "0.01%")]
    // Counts above the base are rates per 100.
    [InlineData(3, 2, "150%")]
    [InlineData(2284, 1794, "127%")]
    [InlineData(long.MaxValue, 1, "922337203685477580700%")]
    public void Format_Extremes_PrintExactValue(long count, long denominator, string expected) =>
        Assert.Equal(expected, Percent.Format(count, denominator));

    /// <summary>
    /// Why the rule is computed exactly (docs/rounding.md): each pair here is printed wrongly when p is held in a
    /// double. 0.575 is stored as 0.57499999999999995559…, so Math.Round gives 0.57; 10^17 of 10^18 + 1 is
    /// 9.99999999999999999…%, which a double stores as exactly 10 and so puts in the wrong band.
    /// </summary>
    [Theory]
    [InlineData(23, 4000, "0.58%", "0.57%")]
    [InlineData(100_000_000_000_000_000, 1_000_000_000_000_000_001, "10.0%", "10%")]
    [InlineData(1_000_000_000_000_000, 100_000_000_000_000_001, "1.00%", "1.0%")]
    public void Format_WhereDoubleArithmeticMisprints_PrintsExactValue(long count, long denominator, string exact, string viaDouble)
    {
        Assert.Equal(viaDouble, FormatViaDouble(count, denominator));
        Assert.Equal(exact, Percent.Format(count, denominator));
        Assert.Equal(exact, ExactOracle.Format(count, denominator));
    }

    [Theory]
    [InlineData(-1, 1)]
    [InlineData(long.MinValue, 100)]
    public void Format_NegativeCount_ThrowsForCount(long count, long denominator)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Percent.Format(count, denominator));
        Assert.Equal("count", error.ParamName);
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(0, 0)]
    [InlineData(0, -1)]
    [InlineData(1, long.MinValue)]
    public void Format_DenominatorNotPositive_ThrowsForDenominator(long count, long denominator)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Percent.Format(count, denominator));
        Assert.Equal("denominator", error.ParamName);
    }

    [Theory]
    [InlineData(-1, 1, "count")]
    [InlineData(1, 0, "denominator")]
    [InlineData(1, -5, "denominator")]
    public void DecimalsFor_InvalidArguments_Throw(long count, long denominator, string parameter)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Percent.DecimalsFor(count, denominator));
        Assert.Equal(parameter, error.ParamName);
    }

    [Theory]
    [InlineData(84, 841, 1)]
    [InlineData(996, 100_000, 2)]
    [InlineData(1, 10, 0)]
    [InlineData(1, 100, 1)]
    [InlineData(0, 7, 2)]
    public void DecimalsFor_UnroundedValue_PicksItsBand(long count, long denominator, int expected) =>
        Assert.Equal(expected, Percent.DecimalsFor(count, denominator));

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Format_UnderCurrentCulture_PrintsInvariantText(string culture)
    {
        var printed = WithCulture<string[]>(culture, () =>
        [
            Percent.Format(23, 4000),
            Percent.Format(73, 1820),
            Percent.Format(1346, 1820),
            Percent.Format(long.MaxValue, 1),
        ]);

        Assert.Equal(["0.58%", "4.0%", "74%", "922337203685477580700%"], printed);
    }

    /// <summary>Runs <paramref name="action"/> with the current culture and UI culture set, then restores both.</summary>
    internal static T WithCulture<T>(string name, Func<T> action)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    /// <summary>The obvious implementation the rule rules out: p held in a double, rounded with Math.Round.</summary>
    private static string FormatViaDouble(long count, long denominator)
    {
        var p = 100.0 * count / denominator;
        var decimals = p >= 10 ? 0 : p >= 1 ? 1 : 2;
        var rounded = Math.Round(p, decimals, MidpointRounding.AwayFromZero);
        return rounded.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + "%";
    }
}
