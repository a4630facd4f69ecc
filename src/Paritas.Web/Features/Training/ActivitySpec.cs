namespace Paritas.Web.Features.Training;

/// <summary>A plan activity's terms as submitted by a page or the API; the target group is "Dimension:code" or empty for everyone.</summary>
public sealed record ActivitySpec(string? Title, string? TargetGroup, double? HoursPerPerson, bool InWorkingTime, string? PaidBy, int? StartOffsetDays, int? EndOffsetDays);
