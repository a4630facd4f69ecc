namespace Paritas.Statistics.Surveys;

/// <summary>An estimate with its 95% confidence interval.</summary>
public sealed record Interval(double Estimate, double Lower, double Upper);
