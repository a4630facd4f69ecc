using Paritas.Web.Data;

namespace Paritas.Web.Features.Surveys;

/// <summary>
/// A short code that lets anyone with it answer for one unit, for places without e-mail or
/// printed letters. It cannot stop one person answering twice; tokens can.
/// </summary>
public sealed class WaveUnitLink : IOrganisationOwned
{
    private WaveUnitLink()
    {
    }

    public WaveUnitLink(Guid organisationId, Guid waveId, Guid unitId, string code)
    {
        Id = Guid.NewGuid();
        OrganisationId = organisationId;
        WaveId = waveId;
        UnitId = unitId;
        Code = code;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Guid WaveId { get; private set; }

    public Guid UnitId { get; private set; }

    public string Code { get; private set; } = "";
}
