using Paritas.Web.Data;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Concerns;

/// <summary>One side's approval to open a named reporter's identity. Both sides must approve.</summary>
public sealed class IdentityApproval : IOrganisationOwned
{
    private IdentityApproval()
    {
    }

    public IdentityApproval(Guid organisationId, Guid concernId, Side side, Guid approvedByUserId, DateOnly today)
    {
        Id = Guid.NewGuid();
        OrganisationId = organisationId;
        ConcernId = concernId;
        Side = side;
        ApprovedByUserId = approvedByUserId;
        ApprovedOn = today;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Guid ConcernId { get; private set; }

    public Side Side { get; private set; }

    public Guid ApprovedByUserId { get; private set; }

    public DateOnly ApprovedOn { get; private set; }
}
