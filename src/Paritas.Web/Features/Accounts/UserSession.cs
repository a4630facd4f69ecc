namespace Paritas.Web.Features.Accounts;

/// <summary>
/// The server-side half of a sign-in. The cookie carries only the session id; a cookie whose
/// session was ended (sign-out, disabling, a role change) stops working at once.
/// </summary>
public sealed class UserSession
{
    private UserSession()
    {
    }

    public UserSession(Guid userId, bool secondFactorVerified)
    {
        Id = Guid.NewGuid();
        UserId = userId;
        CreatedAt = DateTimeOffset.UtcNow;
        SecondFactorVerified = secondFactorVerified;
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public bool SecondFactorVerified { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    /// <summary>The organisation the person is working in now; switched by the person.</summary>
    public Guid? ActiveOrganisationId { get; private set; }

    public bool IsActive => EndedAt is null;

    public void SwitchTo(Guid organisationId) => ActiveOrganisationId = organisationId;

    public void VerifySecondFactor() => SecondFactorVerified = true;

    public void End(DateTimeOffset now) => EndedAt ??= now;
}
