using Paritas.Web.Data;

namespace Paritas.Web.Features.Concerns;

/// <summary>A concern linked to an obligation of its change that answers or follows from it.</summary>
public sealed class ConcernObligation : IOrganisationOwned
{
    private ConcernObligation()
    {
    }

    public ConcernObligation(Guid organisationId, Guid concernId, Guid obligationId)
    {
        OrganisationId = organisationId;
        ConcernId = concernId;
        ObligationId = obligationId;
    }

    public Guid OrganisationId { get; private set; }

    public Guid ConcernId { get; private set; }

    public Guid ObligationId { get; private set; }
}
