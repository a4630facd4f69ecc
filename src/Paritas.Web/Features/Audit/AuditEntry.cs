namespace Paritas.Web.Features.Audit;

/// <summary>
/// One row of the append-only, hash-chained audit trail. It records who did what to which
/// dataset and with what outcome — never the values that were shown.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
    }

    internal AuditEntry(long sequence, DateTimeOffset at, AuditRecord record, string previousHash)
    {
        Sequence = sequence;
        At = at;
        Action = record.Action;
        ActorUserId = record.ActorUserId;
        ActorRole = record.ActorRole;
        OrganisationId = record.OrganisationId;
        Dataset = record.Dataset;
        Breakdown = record.Breakdown;
        Outcome = record.Outcome;
        Subject = record.Subject;
        PreviousHash = previousHash;
        Hash = AuditChain.HashOf(this);
    }

    public long Sequence { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string Action { get; private set; } = "";

    public Guid? ActorUserId { get; private set; }

    public string? ActorRole { get; private set; }

    public Guid? OrganisationId { get; private set; }

    public string? Dataset { get; private set; }

    public string? Breakdown { get; private set; }

    public string? Outcome { get; private set; }

    /// <summary>An identifier of what was acted on (a unit id, a token prefix) — never personal data.</summary>
    public string? Subject { get; private set; }

    public string PreviousHash { get; private set; } = "";

    public string Hash { get; private set; } = "";
}
