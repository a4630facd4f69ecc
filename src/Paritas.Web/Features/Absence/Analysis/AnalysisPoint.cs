namespace Paritas.Web.Features.Absence.Analysis;

/// <summary>
/// One month of a chart and its table, on the indicator's display scale (absence rate as a
/// fraction, spells per 100 FTE-years). Lower and upper bound the counterfactual: what the model
/// expects without the change. Months between the first and the last go-live (the phase-in) are
/// observed but not fitted.
/// </summary>
public sealed record AnalysisPoint(DateOnly Month, double Observed, double? Fitted, double? Counterfactual, double? Lower, double? Upper, bool PhaseIn);
