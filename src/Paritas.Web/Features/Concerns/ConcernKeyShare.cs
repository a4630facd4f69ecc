using Paritas.Web.Data;

namespace Paritas.Web.Features.Concerns;

/// <summary>A concern's key (or half of its identity key) sealed to one committee member's public key.</summary>
public sealed class ConcernKeyShare : IOrganisationOwned
{
    private ConcernKeyShare()
    {
    }

    public ConcernKeyShare(Guid organisationId, Guid concernId, Guid committeeKeyId, SharePurpose purpose, byte[] sealedKey)
    {
        Id = Guid.NewGuid();
        OrganisationId = organisationId;
        ConcernId = concernId;
        CommitteeKeyId = committeeKeyId;
        Purpose = purpose;
        SealedKey = sealedKey;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Guid ConcernId { get; private set; }

    public Guid CommitteeKeyId { get; private set; }

    public SharePurpose Purpose { get; private set; }

    public byte[] SealedKey { get; private set; } = [];

    public static string ContextOf(Guid concernId, SharePurpose purpose) => $"concern-share:{concernId:N}:{purpose}";
}
