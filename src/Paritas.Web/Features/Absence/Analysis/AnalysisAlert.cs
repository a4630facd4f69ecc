using Paritas.Web.Data;

namespace Paritas.Web.Features.Absence.Analysis;

/// <summary>
/// The record that the joint committee was alerted to a significant worsening of one indicator
/// after a change's go-live, as one import showed it. Its key makes the alert once only.
/// </summary>
public sealed class AnalysisAlert : IOrganisationOwned
{
    private AnalysisAlert()
    {
    }

    public AnalysisAlert(Guid organisationId, Guid changeId, AnalysisIndicator indicator, Guid importId, DateTimeOffset sentAt, int recipients)
    {
        Id = Guid.NewGuid();
        OrganisationId = organisationId;
        ChangeId = changeId;
        Indicator = indicator;
        ImportId = importId;
        SentAt = sentAt;
        Recipients = recipients;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Guid ChangeId { get; private set; }

    public AnalysisIndicator Indicator { get; private set; }

    public Guid ImportId { get; private set; }

    public DateTimeOffset SentAt { get; private set; }

    public int Recipients { get; private set; }
}
