namespace Paritas.Web.Features.Surveys;

/// <summary>A follow-up minus baseline difference for one unit, group and scale; nulls when not released.</summary>
public sealed record CompareCell(
    string UnitCode,
    string? GroupCode,
    string MeasureKey,
    bool Suppressed,
    int? BaselineN,
    int? FollowUpN,
    double? BaselineMean,
    double? FollowUpMean,
    double? Difference,
    double? Lower,
    double? Upper);
