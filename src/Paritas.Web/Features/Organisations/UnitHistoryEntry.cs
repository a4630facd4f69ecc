using Paritas.Web.Data;

namespace Paritas.Web.Features.Organisations;

public enum UnitHistoryKind
{
    Created,
    Updated,
    Moved,
    Closed,
    Reopened,
    Imported,
}

/// <summary>What happened to a unit, so moves and closures never lose history.</summary>
public sealed class UnitHistoryEntry : IOrganisationOwned
{
    private UnitHistoryEntry()
    {
    }

    public UnitHistoryEntry(Unit unit, UnitHistoryKind kind, Guid? byUserId, string? previousParentCode, string? detail)
    {
        Id = Guid.NewGuid();
        OrganisationId = unit.OrganisationId;
        UnitId = unit.Id;
        Kind = kind;
        At = DateTimeOffset.UtcNow;
        ByUserId = byUserId;
        PreviousParentCode = previousParentCode;
        Detail = detail;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Guid UnitId { get; private set; }

    public UnitHistoryKind Kind { get; private set; }

    public DateTimeOffset At { get; private set; }

    public Guid? ByUserId { get; private set; }

    public string? PreviousParentCode { get; private set; }

    public string? Detail { get; private set; }
}
