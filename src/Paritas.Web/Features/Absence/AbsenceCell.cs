using Paritas.Web.Data;

namespace Paritas.Web.Features.Absence;

/// <summary>
/// The aggregate of one unit's own employees in one month, in total (<see cref="Dimension"/> and
/// <see cref="GroupCode"/> empty) or for one group of one workforce dimension. Rows are written by
/// the bulk path of the absence import only; parents are rolled up when read.
/// </summary>
public sealed class AbsenceCell : IOrganisationOwned
{
    private AbsenceCell()
    {
    }

    public Guid OrganisationId { get; private set; }

    public Guid UnitId { get; private set; }

    /// <summary>The first day of the month.</summary>
    public DateOnly Month { get; private set; }

    /// <summary>The workforce dimension kind, or empty for the unit's total.</summary>
    public string Dimension { get; private set; } = "";

    public string GroupCode { get; private set; } = "";

    /// <summary>
    /// Employees whose main employment in the month (most days; ties to the earlier start) is here.
    /// Each person counts in one cell only, so cells add up the tree and across groups as the
    /// disclosure guard requires, and no cell counts more people than it has.
    /// </summary>
    public int Headcount { get; private set; }

    /// <summary>Σ FTE × calendar days employed here in the month.</summary>
    public double AvailableDays { get; private set; }

    /// <summary>Σ calendar days of sickness in the month and the period × degree × FTE.</summary>
    public double DaysLost { get; private set; }

    public int SpellsStarted { get; private set; }

    public int MsdSpellsStarted { get; private set; }

    public int PsychosocialSpellsStarted { get; private set; }
}
