using System.Diagnostics;
using Paritas.Statistics.TimeSeries;
using Paritas.Web.Features.Absence.Analysis;

namespace Paritas.Benchmarks;

/// <summary>
/// <c>reanalyse-changes [changes]</c>: what an import triggers — every change of an organisation
/// analysed again (three indicators, controlled ITS, per-unit analyses, staggered DiD with the
/// disclosure guard) — timed against the baseline of one plain 36-month ITS fit per change, in the
/// same run. Target: 1,000 changes in under 5 s.
/// </summary>
public static class ReanalysisTiming
{
    private const int Months = 36;
    private const int Leaves = 40;

    public static void Run(string[] args)
    {
        var changes = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 1000;
        var (units, cells) = Organisation();
        var first = new DateOnly(2022, 1, 1);
        var inputs = Enumerable.Range(0, changes).Select(c =>
        {
            // Two or three affected leaves per change, going live in different months.
            var affected = Enumerable.Range(0, 2 + (c % 2)).Select(k => new AnalysisGoLive(units[1 + ((c * 7 + k * 13) % Leaves)].Id, first.AddMonths(12 + ((c + (k * 5)) % 18)))).DistinctBy(a => a.UnitId).ToList();
            return new AnalysisInput(units, cells, affected, 10);
        }).ToList();

        ChangeAnalysis.Analyse(inputs[0]);
        var baselineSeries = (Counts: cells.Where(x => x.UnitId == units[1].Id).Select(x => x.Totals.DaysLost).ToArray(),
            Exposure: cells.Where(x => x.UnitId == units[1].Id).Select(x => x.Totals.AvailableDays).ToArray());
        var design = new ItsDesign([.. Enumerable.Range(1, Months).Select(t => (double)t)], [.. Enumerable.Range(1, Months).Select(t => t > 24)])
        {
            Family = ItsFamily.QuasiPoisson,
        };
        InterruptedTimeSeries.Fit(baselineSeries.Counts, baselineSeries.Exposure, design);

        var watch = Stopwatch.StartNew();
        for (var c = 0; c < changes; c++)
        {
            InterruptedTimeSeries.Fit(baselineSeries.Counts, baselineSeries.Exposure, design);
        }

        var baseline = watch.Elapsed;
        watch.Restart();
        var shown = 0;
        foreach (var input in inputs)
        {
            shown += ChangeAnalysis.Analyse(input).Indicators.Count(i => i.IsShown);
        }

        var all = watch.Elapsed;
        Console.WriteLine($"{changes:N0} changes, {Leaves} units × {Months} months each: re-analysis {all.TotalSeconds:F2} s ({shown} indicator analyses shown); " +
            $"baseline {changes:N0} plain ITS fits {baseline.TotalSeconds:F3} s; ratio {all / baseline:F1}");
    }

    private static (List<AnalysisUnit> Units, List<AnalysisCell> Cells) Organisation()
    {
        var random = new Random(5);
        var root = new AnalysisUnit(Guid.NewGuid(), "ROOT", null);
        var units = new List<AnalysisUnit> { root };
        units.AddRange(Enumerable.Range(0, Leaves).Select(i => new AnalysisUnit(Guid.NewGuid(), $"L{i:D2}", root.Id)));
        var cells = new List<AnalysisCell>();
        foreach (var unit in units.Skip(1))
        {
            var people = random.Next(20, 120);
            for (var m = 0; m < Months; m++)
            {
                var month = new DateOnly(2022, 1, 1).AddMonths(m);
                var available = people * DateTime.DaysInMonth(month.Year, month.Month) * 0.9;
                var rate = 0.05 * (1 + (0.2 * Math.Cos(2 * Math.PI * (month.Month - 1) / 12))) * (1 + ((random.NextDouble() - 0.5) * 0.2));
                cells.Add(new AnalysisCell(unit.Id, month, new MonthTotals(people, available, available * rate, 1 + random.Next((int)(people * 0.02) + 1), 1 + random.Next((int)(people * 0.015) + 1))));
            }
        }

        return (units, cells);
    }
}
