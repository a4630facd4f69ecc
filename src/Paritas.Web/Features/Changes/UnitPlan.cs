namespace Paritas.Web.Features.Changes;

/// <summary>One affected unit as a form or the API submits it.</summary>
public sealed record UnitPlan(Guid UnitId, int Headcount, DateOnly? GoLive);
