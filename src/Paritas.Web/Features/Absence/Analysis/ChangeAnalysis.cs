using Paritas.Statistics;
using Paritas.Statistics.TimeSeries;

namespace Paritas.Web.Features.Absence.Analysis;

/// <summary>
/// The analysis of one change's effect on sickness absence (ADR 0005): per indicator, a
/// quasi-Poisson interrupted time series of the affected units pooled, with offset log(available
/// days), trend, level change, a slope change once there are twelve months after go-live, Fourier
/// seasonality (two harmonics from 24 months), against the other units as a comparison series when
/// they are large enough; and a staggered difference-in-differences when units went live in
/// different months. Pure: the same input always gives the same result.
/// </summary>
public static class ChangeAnalysis
{
    /// <summary>Spells per available day → spells per 100 FTE-years.</summary>
    public const double PerHundredFteYears = 365.25 * 100;

    private const int SlopeChangeFromMonthsAfter = 12;
    private const int SeasonalFromMonths = 24;

    public static ChangeAnalysisResult Analyse(AnalysisInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var series = ChangeSeries.Build(input);
        var indicators = Enum.GetValues<AnalysisIndicator>().Select(i => Indicator(series, i, input.MinimumGroupSize)).ToList();
        // The disclosure guard over the whole tree and every month is the costliest step: run it once for the DiD and the per-unit analyses.
        var released = series.GoLiveMonths.Count >= 2 ? ChangeDid.ReleasedUnits(input, new UnitForest(input.Units), series.Months) : null;
        var did = released is not null ? ChangeDid.Estimate(input, series, released) : null;
        return new ChangeAnalysisResult(series.GoLiveMonths, indicators, did, input.MinimumGroupSize) { Units = released is null ? [] : PerUnit(input, series, released) };
    }

    /// <summary>
    /// The same analysis for each analysed affected unit alone, against the same comparison units.
    /// A unit's figures are shown only if the disclosure guard releases the unit in every month, and
    /// the other pooled units together are none or at least K in every month — otherwise the pooled
    /// figures minus this unit's would describe a small group (P4).
    /// </summary>
    private static List<UnitAnalysis> PerUnit(AnalysisInput input, ChangeSeries pooled, bool[] released)
    {
        var forest = new UnitForest(input.Units);
        var analysed = ChangeDid.TopLevelAnalysed(input, forest, pooled.Months);
        if (analysed.Count < 2)
        {
            return [];
        }

        var k = input.MinimumGroupSize;
        var result = new List<UnitAnalysis>();
        foreach (var (unit, goLive) in analysed)
        {
            // The other affected units are left out of both sides, exactly as not-yet-live units are.
            var alone = input with { Affected = [.. input.Affected.Select(a => a.UnitId == forest.Units[unit].Id ? a : a with { GoLive = null })] };
            var series = ChangeSeries.Build(alone);
            var safe = released[unit] && Enumerable.Range(0, series.Months.Count).All(m => pooled.Affected[m].Headcount - series.Affected[m].Headcount is var rest && (rest == 0 || rest >= k));
            var indicators = Enum.GetValues<AnalysisIndicator>()
                .Select(i => safe ? Indicator(series, i, k) : IndicatorAnalysis.Withheld(i, NotEnoughReason.TooSmall))
                .ToList();
            result.Add(new UnitAnalysis(forest.Units[unit].Code, goLive, indicators));
        }

        return result;
    }

    public static double DisplayScale(AnalysisIndicator indicator) =>
        indicator == AnalysisIndicator.AbsenceRate ? 1 : PerHundredFteYears;

    private static IndicatorAnalysis Indicator(ChangeSeries s, AnalysisIndicator indicator, int k)
    {
        if (s.Months.Count == 0)
        {
            return IndicatorAnalysis.Withheld(indicator, NotEnoughReason.NoData);
        }

        if (s.FirstPhaseIn is not { } phaseIn || s.FirstPost is not { } firstPost)
        {
            return IndicatorAnalysis.Withheld(indicator, NotEnoughReason.NoGoLive);
        }

        var window = Enumerable.Range(0, s.Months.Count).Where(m => s.Affected[m].AvailableDays > 0).ToList();
        if (window.Count == 0)
        {
            return IndicatorAnalysis.Withheld(indicator, NotEnoughReason.NoData);
        }

        var before = window.Count(m => s.Months[m] < phaseIn);
        var after = window.Count(m => s.Months[m] >= firstPost);
        if (before < ChangeAnalysisResult.MinimumMonthsBefore || after < ChangeAnalysisResult.MinimumMonthsAfter)
        {
            return IndicatorAnalysis.Withheld(indicator, NotEnoughReason.TooShort, before, after);
        }

        if (window.Any(m => s.Affected[m].Headcount < k))
        {
            return IndicatorAnalysis.Withheld(indicator, NotEnoughReason.TooSmall, before, after);
        }

        // The organisation total is released on the indicators page; total minus these figures
        // describes everyone else, so they too must be none or at least K.
        if (window.Any(m => s.Total[m].Headcount - s.Affected[m].Headcount is > 0 and var rest && rest < k))
        {
            return IndicatorAnalysis.Withheld(indicator, NotEnoughReason.WouldRevealOthers, before, after);
        }

        var fitted = window.Where(m => s.Months[m] < phaseIn || s.Months[m] >= firstPost).ToList();
        var controlled = fitted.All(m => s.Comparison[m].Headcount >= k && s.Comparison[m].AvailableDays > 0);
        ItsResult? result = null;
        if (controlled)
        {
            result = TryFit(s, indicator, fitted, firstPost, after, withComparison: true);
            controlled = result is not null;
        }

        result ??= TryFit(s, indicator, fitted, firstPost, after, withComparison: false);
        if (result is null)
        {
            return IndicatorAnalysis.Withheld(indicator, NotEnoughReason.TooFewEvents, before, after);
        }

        var scale = DisplayScale(indicator);
        var byMonth = fitted.Select((m, row) => (m, p: result.Points[row])).ToDictionary(x => x.m, x => x.p);
        var points = window.Select(m =>
        {
            var observed = s.Affected[m].Count(indicator) / s.Affected[m].AvailableDays * scale;
            return byMonth.TryGetValue(m, out var p)
                ? new AnalysisPoint(s.Months[m], observed, p.FittedRate * scale, p.CounterfactualRate * scale, p.CounterfactualLower * scale, p.CounterfactualUpper * scale, false)
                : new AnalysisPoint(s.Months[m], observed, null, null, null, null, true);
        }).ToList();

        var prefix = controlled ? "group_" : "";
        return new IndicatorAnalysis(indicator, null, points, Ratio(result, prefix + "level_change"), Ratio(result, prefix + "slope_change"), controlled, before, after);
    }

    private static RateRatio? Ratio(ItsResult result, string term) =>
        result.Terms.FirstOrDefault(t => t.Term == term) is { } t ? new RateRatio(t.ExpEstimate, t.CiLower, t.CiUpper) : null;

    private static ItsResult? TryFit(ChangeSeries s, AnalysisIndicator indicator, List<int> fitted, DateOnly firstPost, int after, bool withComparison)
    {
        var origin = s.Months[fitted[0]];
        var rows = fitted.Select(m => s.Months[m]).ToList();
        var time = rows.Select(d => (double)(MonthsBetween(origin, d) + 1)).ToList();
        var post = rows.Select(d => d >= firstPost).ToList();
        var season = rows.Select(d => (double)d.Month).ToList();
        var counts = fitted.Select(m => s.Affected[m].Count(indicator)).ToList();
        var exposure = fitted.Select(m => s.Affected[m].AvailableDays).ToList();
        var intervention = Enumerable.Repeat(true, fitted.Count).ToList();
        if (withComparison)
        {
            time.AddRange(time.ToList());
            post.AddRange(post.ToList());
            season.AddRange(season.ToList());
            counts.AddRange(fitted.Select(m => s.Comparison[m].Count(indicator)));
            exposure.AddRange(fitted.Select(m => s.Comparison[m].AvailableDays));
            intervention.AddRange(Enumerable.Repeat(false, fitted.Count));
        }

        var design = new ItsDesign(time, post)
        {
            Season = season,
            Harmonics = fitted.Count >= SeasonalFromMonths ? 2 : 0,
            SlopeChange = after >= SlopeChangeFromMonthsAfter,
            Family = ItsFamily.QuasiPoisson,
        };
        try
        {
            return withComparison
                ? InterruptedTimeSeries.FitControlled(counts.ToArray(), exposure.ToArray(), new ControlledItsDesign(design, intervention))
                : InterruptedTimeSeries.Fit(counts.ToArray(), exposure.ToArray(), design);
        }
        catch (AnalysisInputException)
        {
            return null;
        }
    }

    internal static int MonthsBetween(DateOnly from, DateOnly to) => ((to.Year - from.Year) * 12) + to.Month - from.Month;
}
