using Paritas.Web.Data;

namespace Paritas.Web.Features.Surveys;

/// <summary>
/// One worker's answers. Its id is a random UUIDv4 made here (never the provider's time-ordered
/// one); it has no time, no token, no address and no device: only the wave and the cell it counts in.
/// </summary>
public sealed class SurveyResponse : IOrganisationOwned
{
    private SurveyResponse()
    {
    }

    public SurveyResponse(Guid organisationId, Guid waveId, Guid unitId, string dimension, string groupCode, string answers)
    {
        Id = Guid.NewGuid();
        OrganisationId = organisationId;
        WaveId = waveId;
        UnitId = unitId;
        Dimension = dimension;
        GroupCode = groupCode;
        Answers = answers;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Guid WaveId { get; private set; }

    public Guid UnitId { get; private set; }

    public string Dimension { get; private set; } = "";

    public string GroupCode { get; private set; } = "";

    /// <summary>The answers as a compact JSON object: item id → option value (number) or free text (string).</summary>
    public string Answers { get; private set; } = "";
}
