using Paritas.Web.Data;

namespace Paritas.Web.Features.Concerns;

/// <summary>A reminder or alert sent for one concern on one day; its unique key makes the daily job idempotent.</summary>
public sealed class ConcernAlert : IOrganisationOwned
{
    private ConcernAlert()
    {
    }

    public ConcernAlert(Guid organisationId, Guid concernId, ConcernAlertKind kind, DateOnly day)
    {
        Id = Guid.NewGuid();
        OrganisationId = organisationId;
        ConcernId = concernId;
        Kind = kind;
        Day = day;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Guid ConcernId { get; private set; }

    public ConcernAlertKind Kind { get; private set; }

    public DateOnly Day { get; private set; }
}
