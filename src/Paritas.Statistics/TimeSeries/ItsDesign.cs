namespace Paritas.Statistics.TimeSeries;

/// <summary>
/// One interrupted time series: a row per period, in time order.
/// </summary>
/// <param name="Time">The period's time (e.g. 1, 2, … months); the <c>time</c> term.</param>
/// <param name="Post">Whether the period is after the intervention; the <c>level_change</c> term.</param>
public sealed record ItsDesign(IReadOnlyList<double> Time, IReadOnlyList<bool> Post)
{
    /// <summary>Season of each period (month 1–12) for Fourier terms; required when <see cref="Harmonics"/> &gt; 0.</summary>
    public IReadOnlyList<double>? Season { get; init; }

    /// <summary>Number of Fourier pairs K: terms sin1..sinK, cos1..cosK.</summary>
    public int Harmonics { get; init; }

    public double Period { get; init; } = 12;

    /// <summary>Adds <c>slope_change</c> = post × (time − t₀ + 1), t₀ the first post period's time.</summary>
    public bool SlopeChange { get; init; }

    public ItsFamily Family { get; init; } = ItsFamily.QuasiPoisson;

    /// <summary>When set, Newey–West (Bartlett, this lag) standard errors replace the model-based ones.</summary>
    public int? NeweyWestLag { get; init; }

    public double ConfidenceLevel { get; init; } = 0.95;
}
