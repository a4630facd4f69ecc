using Paritas.Web.Data;

namespace Paritas.Web.Features.Accounts;

/// <summary>
/// A token for the API, scoped to one organisation and the user's role there at the time of each call.
/// Only a hash is stored; the token is shown once.
/// </summary>
public sealed class PersonalAccessToken : IOrganisationOwned
{
    private PersonalAccessToken()
    {
    }

    public PersonalAccessToken(Guid userId, Guid organisationId, string name, string secretHash, string prefix, DateTimeOffset expiresAt)
    {
        Id = Guid.NewGuid();
        UserId = userId;
        OrganisationId = organisationId;
        Name = name;
        SecretHash = secretHash;
        Prefix = prefix;
        ExpiresAt = expiresAt;
        CreatedAt = DateTimeOffset.UtcNow;
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public Guid OrganisationId { get; private set; }

    public string Name { get; private set; } = "";

    public string SecretHash { get; private set; } = "";

    /// <summary>The first characters, so a person can tell their tokens apart.</summary>
    public string Prefix { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public DateTimeOffset? LastUsedOn { get; private set; }

    public bool IsActive(DateTimeOffset now) => RevokedAt is null && now < ExpiresAt;

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;
}
