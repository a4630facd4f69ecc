using Paritas.Web.Data;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Assessments;

/// <summary>
/// A measure the two sides agree on to reduce an impact the assessment found. It belongs to the
/// change, not to one assessment version, because it is carried out (and its status moves) after
/// the assessment that called for it is signed and locked.
/// </summary>
public sealed class MitigationAction : IOrganisationOwned
{
    public const int MeasureLength = 1000;

    private MitigationAction()
    {
    }

    public MitigationAction(Guid organisationId, Guid changeId, Guid createdBy, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        OrganisationId = organisationId;
        ChangeId = changeId;
        CreatedAt = now;
        CreatedByUserId = createdBy;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Guid ChangeId { get; private set; }

    /// <summary>The instrument section whose impact it mitigates, if any.</summary>
    public string? SectionKey { get; private set; }

    public string Measure { get; private set; } = "";

    public Side OwnerSide { get; private set; }

    public DateOnly? DueOn { get; private set; }

    public decimal? Budget { get; private set; }

    public ActionStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public Guid CreatedByUserId { get; private set; }

    public Guid Version { get; private set; } = Guid.NewGuid();

    public void Plan(string? sectionKey, string measure, Side owner, DateOnly? dueOn, decimal? budget, ActionStatus status)
    {
        SectionKey = sectionKey;
        Measure = measure;
        OwnerSide = owner;
        DueOn = dueOn;
        Budget = budget;
        Status = status;
        Version = Guid.NewGuid();
    }

    public bool IsOverdue(DateOnly today) => Status is ActionStatus.Planned or ActionStatus.InProgress && DueOn is { } due && due < today;
}
