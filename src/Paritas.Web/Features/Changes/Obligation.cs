using Paritas.Web.Data;
using Paritas.Web.Features.Agreements;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Changes;

/// <summary>
/// What one side owes for one change under one rule. Its terms follow the rule and the change's
/// dates (recomputed on every change of either); its status is what the two sides recorded.
/// </summary>
public sealed class Obligation : IOrganisationOwned
{
    public const int TextLength = 1000;
    public const int UrlLength = 500;
    public const int SourceLength = 420;

    private Obligation()
    {
    }

    public Obligation(Guid organisationId, Guid changeId, ScheduledObligation terms)
    {
        Id = Guid.NewGuid();
        OrganisationId = organisationId;
        ChangeId = changeId;
        RuleId = terms.RuleId;
        Status = ObligationStatus.Open;
        Plan(terms);
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Guid ChangeId { get; private set; }

    /// <summary>Emptied if the rule is removed; a met or waived obligation stays on record.</summary>
    public Guid? RuleId { get; private set; }

    public ObligationKind Kind { get; private set; }

    public Side ResponsibleSide { get; private set; }

    /// <summary>Empty while the event it is counted from (a stage, a go-live) has no date yet.</summary>
    public DateOnly? DueOn { get; private set; }

    public ChangeStage? GatesStage { get; private set; }

    /// <summary>The agreement and clause it comes from, as they were named when it was planned.</summary>
    public string Source { get; private set; } = "";

    public string? Note { get; private set; }

    public ObligationStatus Status { get; private set; }

    public string? Evidence { get; private set; }

    public string? EvidenceUrl { get; private set; }

    public DateTimeOffset? SettledAt { get; private set; }

    public Guid? SettledByUserId { get; private set; }

    public Side? WaiverRequestedBy { get; private set; }

    public Guid? WaiverRequestedByUserId { get; private set; }

    public string? WaiverReason { get; private set; }

    public Guid? WaiverConfirmedByUserId { get; private set; }

    public Guid Version { get; private set; } = Guid.NewGuid();

    /// <summary>Met or waived: it no longer holds a gate shut.</summary>
    public bool IsSettled => Status is ObligationStatus.Met or ObligationStatus.Waived;

    public bool IsOverdue(DateOnly today) => Status == ObligationStatus.Open && DueOn is { } due && due < today;

    public bool Plan(ScheduledObligation terms)
    {
        var changed = Kind != terms.Kind || ResponsibleSide != terms.ResponsibleSide || DueOn != terms.DueOn || GatesStage != terms.GatesStage || Source != terms.Source || Note != terms.Note;
        Kind = terms.Kind;
        ResponsibleSide = terms.ResponsibleSide;
        DueOn = terms.DueOn;
        GatesStage = terms.GatesStage;
        Source = terms.Source;
        Note = terms.Note;
        return changed;
    }

    public void Meet(string? evidence, string? evidenceUrl, Actor by, DateTimeOffset now)
    {
        Status = ObligationStatus.Met;
        Evidence = evidence;
        EvidenceUrl = evidenceUrl;
        Settle(by, now);
    }

    public void MarkMissed(string? note, Actor by, DateTimeOffset now)
    {
        Status = ObligationStatus.Missed;
        Evidence = note;
        Settle(by, now);
    }

    public void RequestWaiver(Side side, string reason, Actor by)
    {
        WaiverRequestedBy = side;
        WaiverRequestedByUserId = by.UserId;
        WaiverReason = reason;
        Version = Guid.NewGuid();
    }

    /// <summary>Only the other side may confirm: a waiver needs both.</summary>
    public bool CanConfirmWaiver(Side side) => Status is ObligationStatus.Open or ObligationStatus.Missed && WaiverRequestedBy is { } requested && requested != side;

    public void ConfirmWaiver(Actor by, DateTimeOffset now)
    {
        Status = ObligationStatus.Waived;
        WaiverConfirmedByUserId = by.UserId;
        Settle(by, now);
    }

    private void Settle(Actor by, DateTimeOffset now)
    {
        SettledAt = now;
        SettledByUserId = by.UserId;
        Version = Guid.NewGuid();
    }
}
