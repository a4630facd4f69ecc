namespace Paritas.Web.Features.Absence.Analysis;

/// <summary>Cells summed over some units in one month: the numbers a series is built from.</summary>
public readonly record struct MonthTotals(int Headcount, double AvailableDays, double DaysLost, int MsdSpells, int PsychosocialSpells)
{
    public static MonthTotals operator +(MonthTotals a, MonthTotals b) =>
        new(a.Headcount + b.Headcount, a.AvailableDays + b.AvailableDays, a.DaysLost + b.DaysLost, a.MsdSpells + b.MsdSpells, a.PsychosocialSpells + b.PsychosocialSpells);

    public static MonthTotals Add(MonthTotals left, MonthTotals right) => left + right;

    public double Count(AnalysisIndicator indicator) => indicator switch
    {
        AnalysisIndicator.AbsenceRate => DaysLost,
        AnalysisIndicator.MsdIncidence => MsdSpells,
        AnalysisIndicator.PsychosocialIncidence => PsychosocialSpells,
        _ => throw new ArgumentOutOfRangeException(nameof(indicator), indicator, null),
    };
}
