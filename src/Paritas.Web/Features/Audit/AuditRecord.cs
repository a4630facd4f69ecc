namespace Paritas.Web.Features.Audit;

public sealed record AuditRecord(
    string Action,
    Guid? ActorUserId = null,
    string? ActorRole = null,
    Guid? OrganisationId = null,
    string? Dataset = null,
    string? Breakdown = null,
    string? Outcome = null,
    string? Subject = null);
