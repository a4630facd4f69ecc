using Paritas.Web.Data;

namespace Paritas.Web.Features.Changes;

/// <summary>
/// A person's secret calendar address for one organisation. Calendar programs cannot sign in, so
/// the address is the key: only its hash is stored, and it works only while the person still may see changes.
/// </summary>
public sealed class CalendarFeed : IOrganisationOwned
{
    public const int HashLength = 64;

    private CalendarFeed()
    {
    }

    public CalendarFeed(Guid userId, Guid organisationId, string secretHash, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        UserId = userId;
        OrganisationId = organisationId;
        SecretHash = secretHash;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public Guid OrganisationId { get; private set; }

    public string SecretHash { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public bool IsActive => RevokedAt is null;

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;
}
