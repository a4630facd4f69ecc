namespace Paritas.Web.Features.Training.Ledger;

/// <summary>
/// What the agreements in force owe each worker of an affected unit: hours per full-time person
/// per month. Agreements do not add up — a worker covered by two is owed the more favourable
/// rate. A yearly figure alone accrues a twelfth a month; with a monthly figure, it caps the
/// monthly rate at a twelfth of it (4 a month within 100 a year stays 4).
/// </summary>
public sealed record EntitlementRule(double HoursPerMonth)
{
    public static EntitlementRule? From(IEnumerable<(int? PerMonth, int? PerYear)> agreements)
    {
        double? best = null;
        foreach (var (perMonth, perYear) in agreements)
        {
            double? rate = (perMonth, perYear) switch
            {
                ({ } m, { } y) => Math.Min(m, y / 12.0),
                ({ } m, null) => m,
                (null, { } y) => y / 12.0,
                _ => null,
            };
            if (rate is > 0 && (best is null || rate > best))
            {
                best = rate;
            }
        }

        return best is { } b ? new EntitlementRule(b) : null;
    }

    /// <summary>
    /// Hours owed for one month to a unit's workers, pro rata to FTE: the rate × the month's FTE
    /// (available days ÷ days in the month) × the share of the month from the start of the
    /// entitlement. Nothing before the start, or when there is none.
    /// </summary>
    public double Owed(DateOnly month, double availableDays, DateOnly? startsOn)
    {
        var days = DateTime.DaysInMonth(month.Year, month.Month);
        var first = new DateOnly(month.Year, month.Month, 1);
        var last = first.AddDays(days - 1);
        if (startsOn is not { } start || start > last)
        {
            return 0;
        }

        var from = start > first ? start : first;
        var share = (last.DayNumber - from.DayNumber + 1) / (double)days;
        return HoursPerMonth * (availableDays / days) * share;
    }
}
