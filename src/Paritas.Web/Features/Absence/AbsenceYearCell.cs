using Paritas.Web.Data;

namespace Paritas.Web.Features.Absence;

/// <summary>
/// Per unit and calendar year (within the import's period): employees whose main employment
/// in that year is here, and how many of them had at least one day of sickness absence —
/// the cumulative incidence. Total when <see cref="Dimension"/> is empty.
/// </summary>
public sealed class AbsenceYearCell : IOrganisationOwned
{
    private AbsenceYearCell()
    {
    }

    public Guid OrganisationId { get; private set; }

    public Guid UnitId { get; private set; }

    public int Year { get; private set; }

    public string Dimension { get; private set; } = "";

    public string GroupCode { get; private set; } = "";

    public int Employees { get; private set; }

    public int EmployeesWithSpell { get; private set; }
}
