namespace Paritas.Web.Features.Absence.Import;

/// <summary>
/// The only thing an import keeps: dense unit × month × column cells (column 0 is the unit's
/// total, then one column per group of each dimension) and unit × year × column cells.
/// Nothing in here can be traced back to a person.
/// </summary>
public sealed class AbsenceAggregate
{
    internal AbsenceAggregate(AbsencePeriod period, int units, IReadOnlyList<(string Dimension, string Group)> columns)
    {
        Period = period;
        Units = units;
        Columns = columns;
        var size = units * period.Months * columns.Count;
        Headcount = new int[size];
        AvailableDays = new double[size];
        DaysLost = new double[size];
        SpellsStarted = new int[size];
        MsdSpellsStarted = new int[size];
        PsychosocialSpellsStarted = new int[size];
        var years = units * period.Years * columns.Count;
        YearEmployees = new int[years];
        YearEmployeesWithSpell = new int[years];
    }

    public AbsencePeriod Period { get; }

    public int Units { get; }

    /// <summary>Column 0 is ("", "") — the total.</summary>
    public IReadOnlyList<(string Dimension, string Group)> Columns { get; }

    public int[] Headcount { get; }

    public double[] AvailableDays { get; }

    public double[] DaysLost { get; }

    public int[] SpellsStarted { get; }

    public int[] MsdSpellsStarted { get; }

    public int[] PsychosocialSpellsStarted { get; }

    public int[] YearEmployees { get; }

    public int[] YearEmployeesWithSpell { get; }

    public int Cell(int unit, int month, int column) => ((unit * Period.Months) + month) * Columns.Count + column;

    public int YearCell(int unit, int year, int column) => ((unit * Period.Years) + year) * Columns.Count + column;

    public bool IsEmpty(int cell) => Headcount[cell] == 0 && AvailableDays[cell] == 0 && DaysLost[cell] == 0 && SpellsStarted[cell] == 0;
}
