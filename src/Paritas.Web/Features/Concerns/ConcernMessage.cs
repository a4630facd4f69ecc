using Paritas.Web.Data;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Concerns;

/// <summary>One message in a concern's conversation, sealed under the concern's content key.</summary>
public sealed class ConcernMessage : IOrganisationOwned
{
    public const int TextLength = 8000;

    private ConcernMessage()
    {
    }

    private ConcernMessage(Concern concern, bool fromReporter, Guid? authorUserId, Side? authorSide, bool internalToCommittee, DateOnly today)
    {
        Id = Guid.NewGuid();
        OrganisationId = concern.OrganisationId;
        ConcernId = concern.Id;
        FromReporter = fromReporter;
        AuthorUserId = authorUserId;
        AuthorSide = authorSide;
        InternalToCommittee = internalToCommittee;
        WrittenOn = today;
        Sequence = concern.TakeSequence();
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Guid ConcernId { get; private set; }

    public bool FromReporter { get; private set; }

    /// <summary>Committee members write under their name; the reporter never has one here.</summary>
    public Guid? AuthorUserId { get; private set; }

    public Side? AuthorSide { get; private set; }

    /// <summary>Read by the committee only, never shown to the reporter.</summary>
    public bool InternalToCommittee { get; private set; }

    public DateOnly WrittenOn { get; private set; }

    public int Sequence { get; private set; }

    public byte[] Body { get; private set; } = [];

    public static ConcernMessage ByReporter(Concern concern, DateOnly today) => new(concern, true, null, null, false, today);

    public static ConcernMessage ByCommittee(Concern concern, Guid userId, Side? side, bool internalToCommittee, DateOnly today)
        => new(concern, false, userId, side, internalToCommittee, today);

    public void Seal(byte[] body) => Body = body;

    public string Context => $"concern-message:{ConcernId:N}:{Id:N}";
}
