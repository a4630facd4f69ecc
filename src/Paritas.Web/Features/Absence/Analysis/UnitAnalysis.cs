namespace Paritas.Web.Features.Absence.Analysis;

/// <summary>
/// The interrupted time series of one affected unit (with its subtree) on its own, beside the
/// pooled one; each indicator either with numbers or with the reason why not ("not enough data yet").
/// </summary>
public sealed record UnitAnalysis(string UnitCode, DateOnly GoLiveMonth, IReadOnlyList<IndicatorAnalysis> Indicators);
