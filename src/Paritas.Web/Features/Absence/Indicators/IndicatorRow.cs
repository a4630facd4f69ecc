namespace Paritas.Web.Features.Absence.Indicators;

/// <summary>
/// One released or hidden cell: a unit (with its whole subtree) in a month, in total
/// (<see cref="Group"/> null) or for one group. A hidden cell carries no number at all.
/// </summary>
public sealed record IndicatorRow(
    string UnitCode,
    string UnitName,
    int Depth,
    string? Group,
    DateOnly Month,
    bool Suppressed,
    int? Headcount,
    double? AvailableDays,
    double? DaysLost,
    int? SpellsStarted,
    int? MsdSpellsStarted,
    int? PsychosocialSpellsStarted)
{
    public double? AbsenceRate => AvailableDays is > 0 ? DaysLost / AvailableDays : null;

    /// <summary>Spells started per 100 FTE-years: spells / (available days / 365.25) × 100.</summary>
    public double? IncidencePer100FteYears => AvailableDays is > 0 ? SpellsStarted / (AvailableDays / 365.25) * 100 : null;
}
