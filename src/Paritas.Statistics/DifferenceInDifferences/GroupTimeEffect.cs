namespace Paritas.Statistics.DifferenceInDifferences;

/// <summary>ATT(g,t): the average effect in period <paramref name="Time"/> on the cohort first treated in <paramref name="Group"/>.</summary>
public sealed record GroupTimeEffect(int Group, int Time, double Att, double StdError);
