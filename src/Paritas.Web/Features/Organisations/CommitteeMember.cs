using Paritas.Web.Data;

namespace Paritas.Web.Features.Organisations;

public sealed class CommitteeMember : IOrganisationOwned
{
    private CommitteeMember()
    {
    }

    public CommitteeMember(JointCommittee committee, Guid userId, Side side, CommitteeRole role)
    {
        Id = Guid.NewGuid();
        OrganisationId = committee.OrganisationId;
        CommitteeId = committee.Id;
        UserId = userId;
        Side = side;
        Role = role;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Guid CommitteeId { get; private set; }

    public Guid UserId { get; private set; }

    public Side Side { get; private set; }

    public CommitteeRole Role { get; private set; }

    public void Change(Side side, CommitteeRole role)
    {
        Side = side;
        Role = role;
    }
}
