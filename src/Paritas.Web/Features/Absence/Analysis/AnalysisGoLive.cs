namespace Paritas.Web.Features.Absence.Analysis;

/// <summary>An affected unit and its go-live date, null while none is planned.</summary>
public sealed record AnalysisGoLive(Guid UnitId, DateOnly? GoLive);
