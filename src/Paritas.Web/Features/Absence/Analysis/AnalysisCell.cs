namespace Paritas.Web.Features.Absence.Analysis;

/// <summary>One unit's own employees in one month (not rolled up).</summary>
public sealed record AnalysisCell(Guid UnitId, DateOnly Month, MonthTotals Totals);
