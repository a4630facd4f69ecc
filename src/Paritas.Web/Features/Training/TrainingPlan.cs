using Paritas.Web.Data;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Training;

/// <summary>
/// The training plan of one change. Either side drafts it; it is agreed when one employer-side and
/// one workers'-side representative have each confirmed the same version. An agreed plan is closed:
/// changing what was agreed would need both sides again, so it is not offered.
/// </summary>
public sealed class TrainingPlan : IOrganisationOwned
{
    private TrainingPlan()
    {
    }

    public TrainingPlan(Guid organisationId, Guid changeId)
    {
        Id = Guid.NewGuid();
        OrganisationId = organisationId;
        ChangeId = changeId;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Guid ChangeId { get; private set; }

    /// <summary>
    /// When the agreements' training entitlement starts for this change's workers; empty for
    /// "from each affected unit's go-live".
    /// </summary>
    public DateOnly? EntitlementStartsOn { get; private set; }

    public Guid? EmployerAgreedBy { get; private set; }

    public DateTimeOffset? EmployerAgreedAt { get; private set; }

    public Guid? WorkersAgreedBy { get; private set; }

    public DateTimeOffset? WorkersAgreedAt { get; private set; }

    public List<TrainingActivity> Activities { get; private set; } = [];

    public bool IsAgreed => EmployerAgreedBy is not null && WorkersAgreedBy is not null;

    public TrainingActivity AddActivity(string title, string dimension, string groupCode, double hoursPerPerson, bool inWorkingTime, TrainingPayer paidBy, int startOffsetDays, int endOffsetDays)
    {
        var activity = new TrainingActivity(this, title, dimension, groupCode, hoursPerPerson, inWorkingTime, paidBy, startOffsetDays, endOffsetDays);
        Activities.Add(activity);
        ClearConfirmations();
        return activity;
    }

    public void RemoveActivity(TrainingActivity activity)
    {
        Activities.Remove(activity);
        ClearConfirmations();
    }

    public void SetEntitlementStart(DateOnly? startsOn)
    {
        if (EntitlementStartsOn != startsOn)
        {
            EntitlementStartsOn = startsOn;
            ClearConfirmations();
        }
    }

    /// <summary>Records one side's confirmation; true when this made the plan agreed.</summary>
    public bool Confirm(Side side, Guid userId, DateTimeOffset now)
    {
        if (side == Side.Employer)
        {
            (EmployerAgreedBy, EmployerAgreedAt) = (userId, now);
        }
        else
        {
            (WorkersAgreedBy, WorkersAgreedAt) = (userId, now);
        }

        return IsAgreed;
    }

    // A confirmation is of what the person saw: any edit before both sides agree asks for it again.
    private void ClearConfirmations() =>
        (EmployerAgreedBy, EmployerAgreedAt, WorkersAgreedBy, WorkersAgreedAt) = (null, null, null, null);
}
