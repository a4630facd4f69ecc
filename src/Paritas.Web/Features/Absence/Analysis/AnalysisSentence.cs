using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Paritas.Web.Features.Absence.Analysis;

/// <summary>
/// The plain-language sentence under each analysis, from whole-sentence templates in the
/// reader's language, with numbers formatted for their culture. A change is called higher or
/// lower only when the whole 95% interval says so; otherwise the sentence says it is unclear.
/// </summary>
public static class AnalysisSentence
{
    public static string For(IndicatorAnalysis analysis, IStringLocalizer l, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(l);
        if (analysis.NotEnough is { } reason)
        {
            return NotEnough(reason, analysis, l);
        }

        var rr = analysis.LevelChange ?? throw new InvalidOperationException("A shown analysis has a level change.");
        if (rr.SignificantlyHigher)
        {
            var (v, lo, hi) = (Percent(rr.Value - 1, culture), Percent(rr.Lower - 1, culture), Percent(rr.Upper - 1, culture));
            return analysis.Indicator switch
            {
                AnalysisIndicator.AbsenceRate => l["After go-live, sickness absence in the affected units was {0} higher than the trend predicted (95% CI {1} to {2}).", v, lo, hi],
                AnalysisIndicator.MsdIncidence => l["After go-live, new musculoskeletal absence spells in the affected units were {0} more frequent than the trend predicted (95% CI {1} to {2}).", v, lo, hi],
                _ => l["After go-live, new psychosocial absence spells in the affected units were {0} more frequent than the trend predicted (95% CI {1} to {2}).", v, lo, hi],
            };
        }

        if (rr.SignificantlyLower)
        {
            var (v, lo, hi) = (Percent(1 - rr.Value, culture), Percent(1 - rr.Upper, culture), Percent(1 - rr.Lower, culture));
            return analysis.Indicator switch
            {
                AnalysisIndicator.AbsenceRate => l["After go-live, sickness absence in the affected units was {0} lower than the trend predicted (95% CI {1} to {2}).", v, lo, hi],
                AnalysisIndicator.MsdIncidence => l["After go-live, new musculoskeletal absence spells in the affected units were {0} less frequent than the trend predicted (95% CI {1} to {2}).", v, lo, hi],
                _ => l["After go-live, new psychosocial absence spells in the affected units were {0} less frequent than the trend predicted (95% CI {1} to {2}).", v, lo, hi],
            };
        }

        var (e, low, high) = (Signed(rr.Value - 1, culture), Signed(rr.Lower - 1, culture), Signed(rr.Upper - 1, culture));
        return analysis.Indicator switch
        {
            AnalysisIndicator.AbsenceRate => l["After go-live, sickness absence in the affected units did not clearly differ from what the trend predicted: {0} (95% CI {1} to {2}).", e, low, high],
            AnalysisIndicator.MsdIncidence => l["After go-live, new musculoskeletal absence spells in the affected units did not clearly differ from what the trend predicted: {0} (95% CI {1} to {2}).", e, low, high],
            _ => l["After go-live, new psychosocial absence spells in the affected units did not clearly differ from what the trend predicted: {0} (95% CI {1} to {2}).", e, low, high],
        };
    }

    public static string ForDid(DidEstimate did, IStringLocalizer l, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(did);
        ArgumentNullException.ThrowIfNull(l);
        var (v, lo, hi) = (Points(did.Att, culture), Points(did.Lower, culture), Points(did.Upper, culture));
        return did.NotYetTreatedControls
            ? l["Compared with units that had not gone live at the time, the absence rate of units after their go-live changed by {0} percentage points (95% CI {1} to {2}).", v, lo, hi]
            : l["Compared with units without the change, the absence rate of units after their go-live changed by {0} percentage points (95% CI {1} to {2}).", v, lo, hi];
    }

    private static string NotEnough(NotEnoughReason reason, IndicatorAnalysis a, IStringLocalizer l) => reason switch
    {
        NotEnoughReason.NoData => l["Not enough data yet: no sickness absence data has been imported for the affected units."],
        NotEnoughReason.NoGoLive => l["Not enough data yet: none of the affected units went live within the months imported so far."],
        NotEnoughReason.TooShort => l["Not enough data yet: the analysis needs at least {0} months before go-live and {1} after; there are {2} and {3}.",
            ChangeAnalysisResult.MinimumMonthsBefore, ChangeAnalysisResult.MinimumMonthsAfter, a.MonthsBefore, a.MonthsAfter],
        NotEnoughReason.TooSmall => l["Not enough data yet: the affected units are too small to show figures without identifying people."],
        NotEnoughReason.WouldRevealOthers => l["Not enough data yet: so few other employees remain that these figures would identify them."],
        _ => l["Not enough data yet: there are too few absence spells to estimate a change."],
    };

    /// <summary>A share as a percentage; one decimal below 1% so a small change does not read as none.</summary>
    public static string Percent(double fraction, CultureInfo culture) =>
        fraction.ToString(Math.Abs(fraction) < 0.0095 ? "P1" : "P0", culture);

    private static string Signed(double fraction, CultureInfo culture) =>
        (fraction > 0 ? culture.NumberFormat.PositiveSign : "") + Percent(fraction, culture);

    private static string Points(double value, CultureInfo culture) =>
        (value > 0 ? culture.NumberFormat.PositiveSign : "") + value.ToString("N2", culture);
}
