using Paritas.Web.Features.Agreements;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Changes;

/// <summary>An obligation as the schedule says it should stand: the terms, not the status.</summary>
public sealed record ScheduledObligation(Guid RuleId, ObligationKind Kind, Side ResponsibleSide, DateOnly? DueOn, ChangeStage? GatesStage, string Source, string? Note);
