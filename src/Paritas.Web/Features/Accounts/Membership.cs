using Paritas.Web.Data;

namespace Paritas.Web.Features.Accounts;

/// <summary>A person's role in one organisation. A person may belong to several organisations.</summary>
public sealed class Membership : IOrganisationOwned
{
    private Membership()
    {
    }

    public Membership(Guid userId, Guid organisationId, Role role)
    {
        Id = Guid.NewGuid();
        UserId = userId;
        OrganisationId = organisationId;
        Role = role;
        CreatedAt = DateTimeOffset.UtcNow;
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Role Role { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public void ChangeRole(Role role) => Role = role;
}
