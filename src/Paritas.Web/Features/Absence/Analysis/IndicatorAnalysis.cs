namespace Paritas.Web.Features.Absence.Analysis;

/// <summary>
/// The interrupted time series of one indicator on the affected units pooled; either numbers
/// (points and estimates) or a reason why none are shown, never both.
/// </summary>
public sealed record IndicatorAnalysis(
    AnalysisIndicator Indicator,
    NotEnoughReason? NotEnough,
    IReadOnlyList<AnalysisPoint> Points,
    RateRatio? LevelChange,
    RateRatio? SlopeChange,
    bool Controlled,
    int MonthsBefore,
    int MonthsAfter)
{
    public bool IsShown => NotEnough is null;

    public static IndicatorAnalysis Withheld(AnalysisIndicator indicator, NotEnoughReason reason, int monthsBefore = 0, int monthsAfter = 0) =>
        new(indicator, reason, [], null, null, false, monthsBefore, monthsAfter);
}
