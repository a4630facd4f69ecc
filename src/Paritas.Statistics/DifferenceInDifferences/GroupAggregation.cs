namespace Paritas.Statistics.DifferenceInDifferences;

/// <summary>Effects by cohort; the overall effect weights cohorts by their size.</summary>
public sealed record GroupAggregation(double Att, double StdError, IReadOnlyList<CohortEffect> ByGroup);
