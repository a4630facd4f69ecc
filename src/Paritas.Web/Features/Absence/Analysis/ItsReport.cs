using Paritas.Statistics.TimeSeries;

namespace Paritas.Web.Features.Absence.Analysis;

/// <summary>The JSON printed by <c>analyze its</c> (snake_case names).</summary>
internal sealed record ItsReport(string Family, int N, int ResidualDf, double Dispersion, IReadOnlyList<ItsTerm> Terms);
