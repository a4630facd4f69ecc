using Paritas.Web.Data;

namespace Paritas.Web.Features.Training;

/// <summary>
/// Training delivered to one unit's workers in one month: in total (<see cref="Dimension"/> empty)
/// or for one group of one dimension, for one activity or — <see cref="Activity"/> empty — all of
/// them (people trained are distinct people, so the all-activities row is not a sum). Aggregates
/// only: no row names a person (P1).
/// </summary>
public sealed class DeliveredHoursCell : IOrganisationOwned
{
    public const int ActivityLength = 100;

    private DeliveredHoursCell()
    {
    }

    public DeliveredHoursCell(Guid organisationId, Guid unitId, DateOnly month, string dimension, string groupCode, string activity, DeliveredHoursSource source, double hours, int peopleTrained)
    {
        OrganisationId = organisationId;
        UnitId = unitId;
        Month = month;
        Dimension = dimension;
        GroupCode = groupCode;
        Activity = activity;
        Source = source;
        Hours = hours;
        PeopleTrained = peopleTrained;
    }

    public Guid OrganisationId { get; private set; }

    public Guid UnitId { get; private set; }

    /// <summary>The first day of the month.</summary>
    public DateOnly Month { get; private set; }

    public string Dimension { get; private set; } = "";

    public string GroupCode { get; private set; } = "";

    public string Activity { get; private set; } = "";

    public DeliveredHoursSource Source { get; private set; }

    public double Hours { get; private set; }

    public int PeopleTrained { get; private set; }

    public void Replace(double hours, int peopleTrained) => (Hours, PeopleTrained) = (hours, peopleTrained);
}
