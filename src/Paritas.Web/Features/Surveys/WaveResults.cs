using Microsoft.EntityFrameworkCore;
using Paritas.Statistics.Disclosure;
using Paritas.Statistics.Surveys;
using Paritas.Web.Data;
using Paritas.Web.Features.Audit;

namespace Paritas.Web.Features.Surveys;

/// <summary>
/// Reads a wave's results from its pre-aggregates and the guard's stored pattern — never from the
/// responses — so every view of the same breakdown releases the same numbers (P6). Before the
/// wave closes only rounded response counts are given. Every read is audited without values (P8).
/// </summary>
public sealed class WaveResults(AppDbContext db, InstrumentCatalog catalog, AuditTrail audit)
{
    public const string Dataset = "survey";

    public async Task<(WaveHeader Header, Instrument Instrument, WavePopulation Population)?> HeaderAsync(Guid waveId, CancellationToken ct)
    {
        var row = await db.Set<SurveyWave>().AsNoTracking().Where(w => w.Id == waveId)
            .Join(db.Set<Survey>(), w => w.SurveyId, s => s.Id, (w, s) => new { w, s.Title, s.ChangeId, s.InstrumentId, s.InstrumentVersion })
            .FirstOrDefaultAsync(ct);
        if (row is null || await catalog.FindAsync(row.InstrumentId, row.InstrumentVersion, ct) is not { } instrument)
        {
            return null;
        }

        var w = row.w;
        return (new WaveHeader(w.Id, w.SurveyId, row.Title, row.ChangeId, w.Kind, w.Label, w.Status, w.OpensOn, w.ClosesOn, w.ClosedOn), instrument, w.ReadPopulation());
    }

    /// <summary>Null when there is no such wave here, or no such dimension in it.</summary>
    public async Task<WaveResultsView?> ReadAsync(Guid waveId, string? dimension, Guid? userId, string? role, string channel, CancellationToken ct)
    {
        if (await HeaderAsync(waveId, ct) is not { } found)
        {
            return null;
        }

        var (header, instrument, population) = found;
        WaveDimension? chosen = null;
        if (!string.IsNullOrWhiteSpace(dimension))
        {
            chosen = population.Dimension(dimension.Trim());
            if (chosen is null)
            {
                return null;
            }
        }

        var organisationId = await db.Set<SurveyWave>().Where(w => w.Id == waveId).Select(w => w.OrganisationId).FirstAsync(ct);
        var minimum = await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.MinimumSurveyGroup).FirstAsync(ct);
        var k = MinimumGroupSize.For(DisclosureDomain.Survey, minimum).Value;
        var units = TreeOrder(population);
        var measures = WaveMeasure.Of(instrument);
        var breakdown = chosen is null ? "unit" : $"unit × {chosen.Name}";
        if (header.Status == WaveStatus.Open)
        {
            var counts = await OpenCountsAsync(waveId, population, k, ct);
            await audit.AppendAsync(new AuditRecord(AuditActions.GuardedDataAccess, userId, role, organisationId, Dataset, $"{breakdown} ({channel}, open wave)", "counts rounded down to K", waveId.ToString("D")), ct);
            return new WaveResultsView(header, instrument, k, chosen, units, measures, [], counts);
        }

        var dim = chosen?.Name ?? "";
        var cells = await db.Set<WaveCell>().AsNoTracking().Where(c => c.WaveId == waveId && (c.Dimension == "" || c.Dimension == dim))
            .Select(c => new { c.UnitCode, c.Dimension, c.GroupCode, c.Reason }).ToListAsync(ct);
        var released = cells.ToDictionary(c => (c.UnitCode, c.GroupCode), c => c.Reason == SuppressionReason.None);
        var aggregates = await db.Set<WaveAggregate>().AsNoTracking().Where(a => a.WaveId == waveId && (a.Dimension == "" || a.Dimension == dim))
            .Select(a => new { a.UnitCode, a.GroupCode, a.Measure, a.N, a.Sum, a.SumOfSquares, a.OptionCounts, a.Suppressed }).ToListAsync(ct);
        var byKey = aggregates.ToDictionary(a => (a.UnitCode, a.GroupCode, a.Measure));
        var groups = chosen is null ? [""] : chosen.Groups.Select(g => g.Code).Prepend("").ToList();
        var result = new List<ResultCell>(units.Count * groups.Count * measures.Count);
        foreach (var unit in units)
        {
            foreach (var group in groups)
            {
                var cellReleased = released.GetValueOrDefault((unit.Code, group));
                foreach (var measure in measures)
                {
                    var g = group.Length == 0 ? null : group;
                    byKey.TryGetValue((unit.Code, group, measure.Key), out var a);
                    if (!cellReleased || a is null || a.Suppressed)
                    {
                        result.Add(new ResultCell(unit.Code, g, measure.Key, true, null, null, null, null, null));
                        continue;
                    }

                    Interval? interval = !measure.IsScored ? null
                        : measure.IsPrevalence ? SurveyIntervals.Wilson((int)Math.Round(a.Sum / 100), a.N) is { } w ? new Interval(w.Estimate * 100, w.Lower * 100, w.Upper * 100) : null
                        : SurveyIntervals.Mean(a.N, a.Sum, a.SumOfSquares);
                    var mean = measure.IsScored && a.N > 0 ? a.Sum / a.N : (double?)null;
                    result.Add(new ResultCell(unit.Code, g, measure.Key, false, a.N, mean, interval?.Lower, interval?.Upper,
                        measure.IsScale ? null : MeasureAccumulator.ParseOptions(a.OptionCounts)));
                }
            }
        }

        var view = new WaveResultsView(header, instrument, k, chosen, units, measures, result, []);
        await audit.AppendAsync(new AuditRecord(AuditActions.GuardedDataAccess, userId, role, organisationId, Dataset, $"{breakdown} ({channel})",
            $"shown {view.Shown}, suppressed {view.Hidden}", waveId.ToString("D")), ct);
        return view;
    }

    public static IReadOnlyList<ResultUnit> TreeOrder(WavePopulation population)
    {
        var byParent = population.Units.ToLookup(u => u.ParentCode is { } p && population.Unit(p) is not null ? p : null);
        var list = new List<ResultUnit>();
        void Walk(string? parent, int depth)
        {
            foreach (var u in byParent[parent].OrderBy(u => u.Code, StringComparer.Ordinal))
            {
                list.Add(new ResultUnit(u.Code, u.Name, depth));
                if (depth < 50)
                {
                    Walk(u.Code, depth + 1);
                }
            }
        }

        Walk(null, 0);
        return list;
    }

    private async Task<IReadOnlyList<OpenCount>> OpenCountsAsync(Guid waveId, WavePopulation population, int k, CancellationToken ct)
    {
        var own = await db.Set<SurveyResponse>().Where(r => r.WaveId == waveId).GroupBy(r => r.UnitId)
            .Select(g => new { UnitId = g.Key, Count = g.Count() }).ToListAsync(ct);
        var counts = population.Units.ToDictionary(u => u.Code, _ => 0, StringComparer.Ordinal);
        foreach (var o in own)
        {
            // Each response counts in its unit and every unit above it.
            for (var unit = population.Unit(o.UnitId); unit is not null; unit = unit.ParentCode is { } p ? population.Unit(p) : null)
            {
                counts[unit.Code] += o.Count;
            }
        }

        return [.. TreeOrder(population).Select(u => new OpenCount(u.Code, counts[u.Code] / k * k))];
    }
}
