using Paritas.Web.Data;

namespace Paritas.Web.Features.Concerns;

/// <summary>A photo, re-encoded (so no metadata survives) and then sealed under the concern's content key.</summary>
public sealed class ConcernAttachment : IOrganisationOwned
{
    private ConcernAttachment()
    {
    }

    public ConcernAttachment(Concern concern, string contentType)
    {
        Id = Guid.NewGuid();
        OrganisationId = concern.OrganisationId;
        ConcernId = concern.Id;
        ContentType = contentType;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Guid ConcernId { get; private set; }

    public string ContentType { get; private set; } = "";

    public byte[] Body { get; private set; } = [];

    public void Seal(byte[] body) => Body = body;

    public string Context => $"concern-attachment:{ConcernId:N}:{Id:N}";
}
