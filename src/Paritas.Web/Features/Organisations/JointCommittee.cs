using Paritas.Web.Data;

namespace Paritas.Web.Features.Organisations;

/// <summary>Where both sides meet, for the whole organisation or for one change.</summary>
public sealed class JointCommittee : IOrganisationOwned
{
    private JointCommittee()
    {
    }

    public JointCommittee(Guid organisationId, string name)
    {
        Id = Guid.NewGuid();
        OrganisationId = organisationId;
        Name = name;
        CreatedAt = DateTimeOffset.UtcNow;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public string Name { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public List<CommitteeMember> Members { get; private set; } = [];

    public void Rename(string name) => Name = name;
}
