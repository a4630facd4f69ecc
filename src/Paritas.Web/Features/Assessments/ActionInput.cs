using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Assessments;

/// <summary>A mitigation action as a form or a request sends it; the ledger checks every field.</summary>
public sealed record ActionInput(string? SectionKey, string? Measure, Side? OwnerSide, DateOnly? DueOn, decimal? Budget, ActionStatus? Status);
