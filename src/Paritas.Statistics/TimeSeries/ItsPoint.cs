namespace Paritas.Statistics.TimeSeries;

/// <summary>
/// One period for a chart, on the rate scale (count per unit of exposure): what the model
/// fits and what it predicts without the intervention, each with a pointwise interval.
/// </summary>
public sealed record ItsPoint(
    double Time,
    double ObservedRate,
    double FittedRate,
    double FittedLower,
    double FittedUpper,
    double CounterfactualRate,
    double CounterfactualLower,
    double CounterfactualUpper);
