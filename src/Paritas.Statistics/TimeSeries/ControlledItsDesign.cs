namespace Paritas.Statistics.TimeSeries;

/// <summary>
/// A controlled interrupted time series: the intervention series and a comparison series
/// stacked in one set of rows. <see cref="ItsDesign.Post"/> follows calendar time for both
/// series, so <c>level_change</c> and <c>slope_change</c> absorb shocks common to both, and
/// the effect of the intervention is in <c>group_level_change</c> and <c>group_slope_change</c>.
/// </summary>
/// <param name="Rows">Time, post, season and options for every stacked row.</param>
/// <param name="Intervention">True for rows of the intervention series, false for the comparison series.</param>
public sealed record ControlledItsDesign(ItsDesign Rows, IReadOnlyList<bool> Intervention);
