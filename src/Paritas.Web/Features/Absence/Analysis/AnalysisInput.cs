namespace Paritas.Web.Features.Absence.Analysis;

/// <summary>
/// What an analysis of one change reads: the organisation's unit tree, its stored total cells
/// (each unit's own employees per month) and the change's affected units with their go-live dates.
/// </summary>
public sealed record AnalysisInput(
    IReadOnlyList<AnalysisUnit> Units,
    IReadOnlyList<AnalysisCell> Cells,
    IReadOnlyList<AnalysisGoLive> Affected,
    int MinimumGroupSize);
