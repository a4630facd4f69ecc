using Paritas.Web.Data;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Assessments;

/// <summary>
/// One version of a joint impact assessment of a change. Each side answers on its own and shares
/// its answers when ready; the committee concludes per section; one representative of each side
/// co-signs. Signed, it is locked: an amendment starts the next version and this one is kept.
/// </summary>
public sealed class Assessment : IOrganisationOwned
{
    public const int TextLength = 4000;

    private Assessment()
    {
    }

    public Assessment(Guid organisationId, Guid changeId, AssessmentKind kind, string instrumentKey, int instrumentVersion, Guid startedBy, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        OrganisationId = organisationId;
        ChangeId = changeId;
        Kind = kind;
        Number = 1;
        InstrumentKey = instrumentKey;
        InstrumentVersion = instrumentVersion;
        Status = AssessmentStatus.Draft;
        StartedAt = now;
        StartedByUserId = startedBy;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Guid ChangeId { get; private set; }

    public AssessmentKind Kind { get; private set; }

    /// <summary>1 for the first version; each amendment adds one.</summary>
    public int Number { get; private set; }

    public string InstrumentKey { get; private set; } = "";

    public int InstrumentVersion { get; private set; }

    public AssessmentStatus Status { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public Guid StartedByUserId { get; private set; }

    /// <summary>When each side showed its answers to the other; until then they are that side's draft.</summary>
    public DateTimeOffset? EmployerSharedAt { get; private set; }

    public DateTimeOffset? WorkersSharedAt { get; private set; }

    public DateTimeOffset? SignedAt { get; private set; }

    /// <summary>The signed version this one amends.</summary>
    public Guid? PreviousId { get; private set; }

    public string? AmendmentReason { get; private set; }

    public Guid Version { get; private set; } = Guid.NewGuid();

    public bool IsLocked => Status != AssessmentStatus.Draft;

    public DateTimeOffset? SharedAt(Side side) => side == Side.Employer ? EmployerSharedAt : WorkersSharedAt;

    public bool BothShared => EmployerSharedAt is not null && WorkersSharedAt is not null;

    public void Share(Side side, DateTimeOffset now)
    {
        if (side == Side.Employer)
        {
            EmployerSharedAt = now;
        }
        else
        {
            WorkersSharedAt = now;
        }

        Touch();
    }

    public void Reopen(Side side)
    {
        if (side == Side.Employer)
        {
            EmployerSharedAt = null;
        }
        else
        {
            WorkersSharedAt = null;
        }

        Touch();
    }

    public void Seal(DateTimeOffset now)
    {
        Status = AssessmentStatus.CoSigned;
        SignedAt = now;
        Touch();
    }

    /// <summary>The next version: same change, kind and instrument; both sides review and share again.</summary>
    public Assessment Amend(string reason, Guid by, DateTimeOffset now)
    {
        Status = AssessmentStatus.Superseded;
        Touch();
        return new Assessment(OrganisationId, ChangeId, Kind, InstrumentKey, InstrumentVersion, by, now)
        {
            Number = Number + 1,
            PreviousId = Id,
            AmendmentReason = reason,
        };
    }

    public void Touch() => Version = Guid.NewGuid();
}
