namespace Paritas.Web.Features.Surveys;

/// <summary>
/// One released or suppressed number set. A suppressed cell carries nulls — never a count, mean,
/// interval or distribution — whatever format it ends up in.
/// </summary>
public sealed record ResultCell(
    string UnitCode,
    string? GroupCode,
    string MeasureKey,
    bool Suppressed,
    int? N,
    double? Mean,
    double? Lower,
    double? Upper,
    IReadOnlyDictionary<int, int>? Distribution);
