using Paritas.Web.Data;

namespace Paritas.Web.Features.Surveys;

/// <summary>
/// A one-time survey token, kept only as its hash and whether it was used. It names the cell the
/// answer will count in (unit, optional group) and nothing else: no time, and no link to the
/// response it was used for (P2).
/// </summary>
public sealed class SurveyToken : IOrganisationOwned
{
    private SurveyToken()
    {
    }

    public SurveyToken(Guid organisationId, Guid waveId, Guid unitId, string dimension, string groupCode, string hash)
    {
        Id = Guid.NewGuid();
        OrganisationId = organisationId;
        WaveId = waveId;
        UnitId = unitId;
        Dimension = dimension;
        GroupCode = groupCode;
        Hash = hash;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Guid WaveId { get; private set; }

    public Guid UnitId { get; private set; }

    /// <summary>The workforce dimension of <see cref="GroupCode"/>, or empty.</summary>
    public string Dimension { get; private set; } = "";

    public string GroupCode { get; private set; } = "";

    public string Hash { get; private set; } = "";

    public bool Used { get; private set; }
}
