using Paritas.Web.Features.Absence.Analysis;

namespace Paritas.UnitTests.Absence.Analysis;

/// <summary>
/// A small organisation for analysis tests: ROOT with HOME (children NORTH and SOUTH) and two
/// comparison leaves OFFICE and SCHOOL, 36 months from January 2022, with absence that follows a
/// seasonal pattern and rises by <c>effect</c> in the affected units after their go-live.
/// </summary>
internal static class AnalysisInputs
{
    public static readonly Guid Root = Guid.Parse("00000000-0000-0000-0000-000000000001");
    public static readonly Guid Home = Guid.Parse("00000000-0000-0000-0000-000000000002");
    public static readonly Guid North = Guid.Parse("00000000-0000-0000-0000-000000000003");
    public static readonly Guid South = Guid.Parse("00000000-0000-0000-0000-000000000004");
    public static readonly Guid Office = Guid.Parse("00000000-0000-0000-0000-000000000005");
    public static readonly Guid School = Guid.Parse("00000000-0000-0000-0000-000000000006");

    public static readonly DateOnly FirstMonth = new(2022, 1, 1);

    public static IReadOnlyList<AnalysisUnit> Units =>
    [
        new(Root, "ROOT", null), new(Home, "HOME", Root), new(North, "NORTH", Home), new(South, "SOUTH", Home),
        new(Office, "OFFICE", Root), new(School, "SCHOOL", Root),
    ];

    public static AnalysisInput Build(
        IReadOnlyList<AnalysisGoLive> affected,
        double effect = 1.0,
        int months = 36,
        int headcount = 40,
        int? northHeadcount = null,
        int minimum = 10,
        int seed = 7)
    {
        var random = new Random(seed);
        var cells = new List<AnalysisCell>();
        var goLive = affected.ToDictionary(a => a.UnitId, a => a.GoLive);
        foreach (var unit in new[] { North, South, Office, School })
        {
            var people = unit == North ? northHeadcount ?? headcount : headcount;
            for (var m = 0; m < months; m++)
            {
                var month = FirstMonth.AddMonths(m);
                var available = people * DateTime.DaysInMonth(month.Year, month.Month) * 0.9;
                var season = 1 + (0.2 * Math.Cos(2 * Math.PI * (month.Month - 1) / 12));
                var live = goLive.TryGetValue(unit, out var g) && g is { } d && ChangeSeries.FirstWholeMonth(d) <= month;
                var rate = 0.05 * season * (1 + (0.002 * m)) * (live ? effect : 1);
                var noise = 1 + ((random.NextDouble() - 0.5) * 0.1);
                var msd = (int)Math.Round(available * rate / 12 * 0.3 * noise);
                var psy = (int)Math.Round(available * rate / 12 * 0.2 * noise);
                cells.Add(new AnalysisCell(unit, month, new MonthTotals(people, available, available * rate * noise, Math.Max(1, msd), Math.Max(1, psy))));
            }
        }

        return new AnalysisInput(Units, cells, affected, minimum);
    }

    public static DateOnly Month(int index) => FirstMonth.AddMonths(index);
}
