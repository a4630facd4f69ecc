using Paritas.Web.Data;

namespace Paritas.Web.Features.Accounts;

/// <summary>An invitation by e-mail link. Only a hash of the link's secret is stored.</summary>
public sealed class Invitation : IOrganisationOwned
{
    private Invitation()
    {
    }

    public Invitation(Guid organisationId, string email, Role role, string secretHash, DateTimeOffset expiresAt, Guid invitedByUserId)
    {
        Id = Guid.NewGuid();
        OrganisationId = organisationId;
        Email = email;
        Role = role;
        SecretHash = secretHash;
        ExpiresAt = expiresAt;
        InvitedByUserId = invitedByUserId;
        CreatedAt = DateTimeOffset.UtcNow;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public string Email { get; private set; } = "";

    public Role Role { get; private set; }

    public string SecretHash { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public Guid InvitedByUserId { get; private set; }

    public DateTimeOffset? AcceptedAt { get; private set; }

    public bool IsUsable(DateTimeOffset now) => AcceptedAt is null && now < ExpiresAt;

    public void Accept(DateTimeOffset now) => AcceptedAt = now;
}
