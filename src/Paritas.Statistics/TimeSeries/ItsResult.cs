namespace Paritas.Statistics.TimeSeries;

/// <param name="Dispersion">Pearson χ² / residual df for quasi-Poisson; 1 for Poisson.</param>
/// <param name="NeweyWestLag">The lag of the Newey–West standard errors, or null for model-based ones.</param>
public sealed record ItsResult(
    ItsFamily Family,
    int N,
    int ResidualDf,
    double Dispersion,
    double Deviance,
    int? NeweyWestLag,
    IReadOnlyList<ItsTerm> Terms,
    IReadOnlyList<ItsPoint> Points);
