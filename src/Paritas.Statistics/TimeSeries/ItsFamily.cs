namespace Paritas.Statistics.TimeSeries;

public enum ItsFamily
{
    Poisson,

    /// <summary>Poisson mean model; standard errors scaled by √(Pearson χ² / residual df).</summary>
    QuasiPoisson,
}
