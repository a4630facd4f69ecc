using Paritas.Web.Data;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Changes;

/// <summary>
/// Moving a change past a gate that unmet obligations hold shut: one side proposes it with a
/// reason, the other side confirms it, and both steps stay on record.
/// </summary>
public sealed class GateOverride : IOrganisationOwned
{
    private GateOverride()
    {
    }

    public GateOverride(DigitalChange change, ChangeStage target, string reason, Actor by, Side side, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        OrganisationId = change.OrganisationId;
        ChangeId = change.Id;
        TargetStage = target;
        Reason = reason;
        ProposedByUserId = by.UserId;
        ProposedBy = side;
        ProposedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Guid ChangeId { get; private set; }

    public ChangeStage TargetStage { get; private set; }

    public string Reason { get; private set; } = "";

    public Guid ProposedByUserId { get; private set; }

    public Side ProposedBy { get; private set; }

    public DateTimeOffset ProposedAt { get; private set; }

    public Guid? ConfirmedByUserId { get; private set; }

    public DateTimeOffset? ConfirmedAt { get; private set; }

    /// <summary>Superseded by a later proposal or by the change moving on another way.</summary>
    public bool Withdrawn { get; private set; }

    public bool IsPending => ConfirmedAt is null && !Withdrawn;

    public void Confirm(Actor by, DateTimeOffset now)
    {
        ConfirmedByUserId = by.UserId;
        ConfirmedAt = now;
    }

    public void Withdraw() => Withdrawn = true;
}
