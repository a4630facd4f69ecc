using Paritas.Web.Data;
using Paritas.Web.Features.Agreements;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Changes;

public enum ChangeHistoryKind
{
    Registered,
    Edited,
    StageChanged,
    ObligationMet,
    ObligationMissed,
    WaiverRequested,
    ObligationWaived,
    OverrideProposed,
    OverrideConfirmed,
}

/// <summary>Who did what to a change, when and why. Names the fields an edit touched, never their values.</summary>
public sealed class ChangeHistoryEntry : IOrganisationOwned
{
    private ChangeHistoryEntry()
    {
    }

    public ChangeHistoryEntry(DigitalChange change, ChangeHistoryKind kind, Actor by, DateTimeOffset at, string? detail, ChangeStage? fromStage = null, ChangeStage? toStage = null)
        : this(change.OrganisationId, change.Id, kind, by, at, detail, fromStage, toStage)
    {
    }

    public ChangeHistoryEntry(Obligation obligation, ChangeHistoryKind kind, Actor by, DateTimeOffset at, string? detail)
        : this(obligation.OrganisationId, obligation.ChangeId, kind, by, at, detail, null, null)
        => Obligation = obligation.Kind;

    private ChangeHistoryEntry(Guid organisationId, Guid changeId, ChangeHistoryKind kind, Actor by, DateTimeOffset at, string? detail, ChangeStage? fromStage, ChangeStage? toStage)
    {
        Id = Guid.NewGuid();
        OrganisationId = organisationId;
        ChangeId = changeId;
        Kind = kind;
        At = at;
        ByUserId = by.UserId;
        BySide = by.Side;
        Detail = detail;
        FromStage = fromStage;
        ToStage = toStage;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Guid ChangeId { get; private set; }

    public ChangeHistoryKind Kind { get; private set; }

    public DateTimeOffset At { get; private set; }

    public Guid ByUserId { get; private set; }

    public Side? BySide { get; private set; }

    public ChangeStage? FromStage { get; private set; }

    public ChangeStage? ToStage { get; private set; }

    /// <summary>For obligation events: which obligation.</summary>
    public ObligationKind? Obligation { get; private set; }

    /// <summary>The reason for a stage change, or the names of the fields an edit changed.</summary>
    public string? Detail { get; private set; }
}
