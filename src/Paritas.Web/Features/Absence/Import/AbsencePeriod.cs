namespace Paritas.Web.Features.Absence.Import;

/// <summary>The declared period as day numbers, with where each month and year of it starts.</summary>
public sealed class AbsencePeriod
{
    // Month index of each day of the period (ten years at most, two bytes a day): splitting a spell
    // into months is then a table look-up instead of a search or a date conversion.
    private readonly ushort[] monthOfDay;

    public AbsencePeriod(DateOnly firstMonth, DateOnly lastMonth)
    {
        First = new DateOnly(firstMonth.Year, firstMonth.Month, 1);
        var last = new DateOnly(lastMonth.Year, lastMonth.Month, 1);
        if (last < First)
        {
            throw new ArgumentException("The last month is before the first.", nameof(lastMonth));
        }

        Months = (last.Year - First.Year) * 12 + last.Month - First.Month + 1;
        MonthStart = new int[Months + 1];
        for (var m = 0; m <= Months; m++)
        {
            MonthStart[m] = First.AddMonths(m).DayNumber;
        }

        FirstDay = MonthStart[0];
        LastDay = MonthStart[Months] - 1;
        monthOfDay = new ushort[LastDay - FirstDay + 1];
        for (var m = 0; m < Months; m++)
        {
            monthOfDay.AsSpan(MonthStart[m] - FirstDay, MonthStart[m + 1] - MonthStart[m]).Fill((ushort)m);
        }

        FirstYear = First.Year;
        Years = last.Year - First.Year + 1;
    }

    public DateOnly First { get; }

    public int Months { get; }

    /// <summary>Day number of the first day of each month, and of the day after the period at the end.</summary>
    public int[] MonthStart { get; }

    public int FirstDay { get; }

    public int LastDay { get; }

    public int Days => LastDay - FirstDay + 1;

    public int FirstYear { get; }

    public int Years { get; }

    public DateOnly Month(int index) => First.AddMonths(index);

    public DateOnly LastMonth => Month(Months - 1);

    /// <summary>The month index of a day number inside the period.</summary>
    public int MonthOf(int day) => monthOfDay[day - FirstDay];

    /// <summary>First and last day (within the period) of a calendar year index.</summary>
    public (int From, int To) YearSpan(int year)
    {
        var from = Math.Max(FirstDay, new DateOnly(FirstYear + year, 1, 1).DayNumber);
        var to = Math.Min(LastDay, new DateOnly(FirstYear + year, 12, 31).DayNumber);
        return (from, to);
    }
}
