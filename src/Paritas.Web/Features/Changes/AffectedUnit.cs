using Paritas.Web.Data;

namespace Paritas.Web.Features.Changes;

/// <summary>A unit a change reaches, with how many people there it affects and when it goes live there.</summary>
public sealed class AffectedUnit : IOrganisationOwned
{
    private AffectedUnit()
    {
    }

    public AffectedUnit(DigitalChange change, Guid unitId, int headcount, DateOnly? goLive)
    {
        Id = Guid.NewGuid();
        OrganisationId = change.OrganisationId;
        ChangeId = change.Id;
        UnitId = unitId;
        Headcount = headcount;
        GoLive = goLive;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Guid ChangeId { get; private set; }

    public Guid UnitId { get; private set; }

    public int Headcount { get; private set; }

    /// <summary>Planned until it has passed; moving it moves every obligation counted from it.</summary>
    public DateOnly? GoLive { get; private set; }

    public bool Update(int headcount, DateOnly? goLive)
    {
        var changed = Headcount != headcount || GoLive != goLive;
        Headcount = headcount;
        GoLive = goLive;
        return changed;
    }
}
