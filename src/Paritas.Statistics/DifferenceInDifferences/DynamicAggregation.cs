namespace Paritas.Statistics.DifferenceInDifferences;

/// <summary>The event study: effects by event time; the overall effect averages event times ≥ 0.</summary>
public sealed record DynamicAggregation(double Att, double StdError, IReadOnlyList<EventTimeEffect> ByEventTime);
