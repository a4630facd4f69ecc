namespace Paritas.Statistics.DifferenceInDifferences;

/// <summary>The average effect <paramref name="EventTime"/> periods after go-live (negative: before, a pre-trend check).</summary>
public sealed record EventTimeEffect(int EventTime, double Att, double StdError);
