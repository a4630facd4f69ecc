using Paritas.Web.Data;

namespace Paritas.Web.Features.Training;

/// <summary>The shortfall alert for one change on one day, claimed under a unique key before the mails go out (as for overdue obligations).</summary>
public sealed class TrainingAlert : IOrganisationOwned
{
    private TrainingAlert()
    {
    }

    public TrainingAlert(Guid organisationId, Guid changeId, DateOnly day, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        OrganisationId = organisationId;
        ChangeId = changeId;
        Day = day;
        ClaimedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Guid ChangeId { get; private set; }

    public DateOnly Day { get; private set; }

    public DateTimeOffset ClaimedAt { get; private set; }
}
