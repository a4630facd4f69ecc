namespace Paritas.Statistics.DifferenceInDifferences;

public sealed record AggregateEffect(double Att, double StdError);
