using System.Globalization;
using System.Text;

namespace Paritas.Web.Features.Absence.Analysis;

/// <summary>
/// Synthetic HR exports for the demo, generated in memory from a fixed seed so every demo is the
/// same: a workforce with part-time staff and some turnover, and sickness spells whose frequency
/// follows the season and, in units with a go-live, rises afterwards (musculoskeletal most).
/// No real person is behind any row.
/// </summary>
public static class DemoHrFiles
{
    private const double DaysPerYear = 365.25;

    /// <param name="msdRise">How much more often musculoskeletal spells start after a unit's go-live.</param>
    public static (string Workforce, string Spells) Generate(IReadOnlyList<(string Code, int Headcount, DateOnly? GoLive)> units, DateOnly firstMonth, DateOnly lastMonth, int seed, double msdRise = 1.6)
    {
        ArgumentNullException.ThrowIfNull(units);
        var random = new Random(seed);
        var periodStart = firstMonth;
        var periodEnd = lastMonth.AddMonths(1).AddDays(-1);
        var workforce = new StringBuilder("employee_id,unit_code,start_date,end_date,fte,gender,age_band,occupational_group\n");
        var spells = new StringBuilder("employee_id,unit_code,start_date,end_date,cause,degree\n");
        var next = 0;
        foreach (var unit in units.Where(u => u.Headcount > 0))
        {
            var care = unit.Code.StartsWith("HSC", StringComparison.Ordinal);
            var spellsPerYear = care ? 1.7 : 1.2;
            for (var i = 0; i < unit.Headcount; i++)
            {
                var start = periodStart.AddDays(-random.Next(30, 4000));
                var leaves = random.NextDouble() < 0.15 ? periodStart.AddDays(random.Next(30, periodEnd.DayNumber - periodStart.DayNumber - 30)) : (DateOnly?)null;
                Employ(leaves);
                if (leaves is { } left)
                {
                    // The leaver is replaced the next day by someone new.
                    start = left.AddDays(1);
                    Employ(null);
                }

                void Employ(DateOnly? end)
                {
                    var id = $"DEMO{++next:D5}";
                    var fte = new[] { 1.0, 1.0, 1.0, 0.8, 0.5 }[random.Next(5)];
                    var gender = random.NextDouble() < (care ? 0.82 : 0.5) ? "f" : random.NextDouble() < 0.97 ? "m" : "x";
                    var age = new[] { "<30", "30-49", "30-49", "50+" }[random.Next(4)];
                    var group = unit.Code switch
                    {
                        _ when unit.Code.StartsWith("HSC", StringComparison.Ordinal) => random.NextDouble() < 0.7 ? "care" : "nurse",
                        _ when unit.Code.StartsWith("EDU", StringComparison.Ordinal) => "teacher",
                        _ when unit.Code.StartsWith("TEC", StringComparison.Ordinal) => "technical",
                        _ => "office",
                    };
                    workforce.Append(CultureInfo.InvariantCulture, $"{id},{unit.Code},{Iso(start)},{(end is { } e ? Iso(e) : "")},{fte.ToString(CultureInfo.InvariantCulture)},{gender},{age},{group}\n");
                    var from = start > periodStart ? start : periodStart;
                    var to = end is { } last && last < periodEnd ? last : periodEnd;
                    Sicken(id, unit, from, to, end is null, spellsPerYear);
                }
            }
        }

        return (workforce.ToString(), spells.ToString());

        void Sicken(string id, (string Code, int Headcount, DateOnly? GoLive) unit, DateOnly from, DateOnly to, bool staysOn, double spellsPerYear)
        {
            var day = from;
            while (day <= to)
            {
                var season = 1 + (0.25 * Math.Cos(2 * Math.PI * (day.Month - 1) / 12));
                var live = unit.GoLive is { } g && day >= g;
                var msd = spellsPerYear * 0.3 * season * (live ? msdRise : 1) / DaysPerYear;
                var psychosocial = spellsPerYear * 0.2 * season * (live ? 1.3 : 1) / DaysPerYear;
                var other = spellsPerYear * 0.5 * season / DaysPerYear;
                var draw = random.NextDouble();
                if (draw >= msd + psychosocial + other)
                {
                    day = day.AddDays(1);
                    continue;
                }

                var cause = draw < msd ? "msd" : draw < msd + psychosocial ? "psychosocial" : random.NextDouble() < 0.9 ? "other" : "unknown";
                var length = random.NextDouble() switch
                {
                    < 0.7 => random.Next(1, 8),
                    < 0.92 => random.Next(8, 29),
                    _ => random.Next(29, 121),
                };
                var end = day.AddDays(length - 1);
                var endText = end <= to ? Iso(end) : staysOn ? "" : Iso(to);
                var degree = random.NextDouble() < 0.1 ? "50" : "";
                spells.Append(CultureInfo.InvariantCulture, $"{id},{unit.Code},{Iso(day)},{endText},{cause},{degree}\n");
                day = end.AddDays(2);
            }
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
