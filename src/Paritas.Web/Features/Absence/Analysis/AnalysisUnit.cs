namespace Paritas.Web.Features.Absence.Analysis;

public sealed record AnalysisUnit(Guid Id, string Code, Guid? ParentId);
