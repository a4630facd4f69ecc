using Paritas.Web.Data;

namespace Paritas.Web.Features.Changes;

/// <summary>
/// The overdue alert for one obligation on one day. Written before the mails go out, under a
/// unique key: whichever run (or instance) writes it first sends, every other run sees it and does not.
/// </summary>
public sealed class ObligationAlert : IOrganisationOwned
{
    private ObligationAlert()
    {
    }

    public ObligationAlert(Guid organisationId, Guid obligationId, DateOnly day, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        OrganisationId = organisationId;
        ObligationId = obligationId;
        Day = day;
        ClaimedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Guid ObligationId { get; private set; }

    public DateOnly Day { get; private set; }

    public DateTimeOffset ClaimedAt { get; private set; }
}
