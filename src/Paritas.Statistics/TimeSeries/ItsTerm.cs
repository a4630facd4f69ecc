namespace Paritas.Statistics.TimeSeries;

/// <summary>A model coefficient on the log scale, with its rate ratio and Wald z interval.</summary>
public sealed record ItsTerm(
    string Term,
    double Estimate,
    double StdError,
    double Z,
    double PValue,
    double ExpEstimate,
    double CiLower,
    double CiUpper);
