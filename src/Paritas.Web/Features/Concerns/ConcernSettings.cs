using Paritas.Web.Data;

namespace Paritas.Web.Features.Concerns;

/// <summary>An organisation's terms for concerns: what its agreements set, within the law's limits.</summary>
public sealed class ConcernSettings : IOrganisationOwned
{
    private ConcernSettings()
    {
    }

    public ConcernSettings(Guid organisationId) => OrganisationId = organisationId;

    public Guid OrganisationId { get; private set; }

    public int AcknowledgementDays { get; private set; } = ConcernDeadlines.AcknowledgementDays;

    public int NonDirectiveFeedbackDays { get; private set; } = 14;

    /// <summary>Empty: the Directive's three months.</summary>
    public int? DirectiveFeedbackDays { get; private set; }

    public bool AutoAcknowledge { get; private set; }

    /// <summary>Days a closed concern is kept before it is destroyed.</summary>
    public int RetentionDays { get; private set; } = 365;

    public ConcernTerms Terms => new(AcknowledgementDays, NonDirectiveFeedbackDays, DirectiveFeedbackDays);

    public void Change(int acknowledgementDays, int nonDirectiveFeedbackDays, int? directiveFeedbackDays, bool autoAcknowledge, int retentionDays)
    {
        AcknowledgementDays = Math.Clamp(acknowledgementDays, 1, ConcernDeadlines.AcknowledgementDays);
        NonDirectiveFeedbackDays = Math.Clamp(nonDirectiveFeedbackDays, 1, 92);
        DirectiveFeedbackDays = directiveFeedbackDays is { } d ? Math.Clamp(d, 1, 92) : null;
        AutoAcknowledge = autoAcknowledge;
        RetentionDays = Math.Clamp(retentionDays, 30, 3650);
    }
}
