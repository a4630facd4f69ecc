using Paritas.Web.Data;

namespace Paritas.Web.Features.Concerns;

/// <summary>
/// A committee member's key pair for reading concerns. The private key is stored only wrapped
/// under a key derived (Argon2id) from the member's concern passphrase, which the database never
/// holds: neither a copy of the database nor an administrator can unwrap it.
/// </summary>
public sealed class CommitteeKey : IOrganisationOwned
{
    public const int MinimumPassphrase = 12;

    private CommitteeKey()
    {
    }

    public CommitteeKey(Guid organisationId, Guid userId, byte[] publicKey, byte[] salt, byte[] wrappedPrivateKey, DateOnly today)
    {
        Id = Guid.NewGuid();
        OrganisationId = organisationId;
        UserId = userId;
        PublicKey = publicKey;
        Salt = salt;
        WrappedPrivateKey = wrappedPrivateKey;
        CreatedOn = today;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Guid UserId { get; private set; }

    public byte[] PublicKey { get; private set; } = [];

    public byte[] Salt { get; private set; } = [];

    public byte[] WrappedPrivateKey { get; private set; } = [];

    public DateOnly CreatedOn { get; private set; }

    public string Context => $"committee-key:{OrganisationId:N}:{UserId:N}";
}
