using Paritas.Statistics.Disclosure;
using Paritas.Web.Data;

namespace Paritas.Web.Features.Surveys;

/// <summary>
/// The disclosure guard's verdict on one cell of a closed wave, decided once at close over every
/// breakdown and measure together, so every page, export and API call releases the same (P4, P6).
/// </summary>
public sealed class WaveCell : IOrganisationOwned
{
    private WaveCell()
    {
    }

    public WaveCell(Guid organisationId, Guid waveId, string unitCode, string dimension, string groupCode, int respondents, SuppressionReason reason)
    {
        OrganisationId = organisationId;
        WaveId = waveId;
        UnitCode = unitCode;
        Dimension = dimension;
        GroupCode = groupCode;
        Respondents = respondents;
        Reason = reason;
    }

    public Guid OrganisationId { get; private set; }

    public Guid WaveId { get; private set; }

    public string UnitCode { get; private set; } = "";

    public string Dimension { get; private set; } = "";

    public string GroupCode { get; private set; } = "";

    public int Respondents { get; private set; }

    public SuppressionReason Reason { get; private set; }

    public bool IsReleased => Reason == SuppressionReason.None;
}
