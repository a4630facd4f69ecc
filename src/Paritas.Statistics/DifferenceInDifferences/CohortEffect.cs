namespace Paritas.Statistics.DifferenceInDifferences;

/// <summary>The average effect over all periods after go-live for one cohort.</summary>
public sealed record CohortEffect(int Group, double Att, double StdError);
