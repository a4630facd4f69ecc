using Microsoft.EntityFrameworkCore;
using Paritas.Statistics.Surveys;
using Paritas.Web.Data;
using Paritas.Web.Features.Audit;

namespace Paritas.Web.Features.Surveys;

/// <summary>
/// Baseline against follow-up per unit (and group) and scale. A difference is given only where both
/// waves are closed and each releases the cell and the measure on its own (P4): a difference of two
/// released means discloses nothing that is not already released, and a cell hidden in either wave
/// stays hidden here. The interval is Welch's. Read from the pre-aggregates, so it is stable (P6).
/// </summary>
public sealed class WaveComparison(AppDbContext db, WaveResults results, AuditTrail audit)
{
    public enum Problem
    {
        None,
        NotFound,
        NotClosed,
        DifferentInstrument,
    }

    public sealed record View(WaveResultsView FollowUp, WaveResultsView Baseline, IReadOnlyList<CompareCell> Cells);

    public async Task<(Problem Problem, View? View)> ReadAsync(Guid waveId, Guid baselineId, string? dimension, Guid? userId, string? role, string channel, CancellationToken ct)
    {
        var followUpHeader = await results.HeaderAsync(waveId, ct);
        var baselineHeader = await results.HeaderAsync(baselineId, ct);
        if (followUpHeader is null || baselineHeader is null || waveId == baselineId)
        {
            return (Problem.NotFound, null);
        }

        if (followUpHeader.Value.Header.Status != WaveStatus.Closed || baselineHeader.Value.Header.Status != WaveStatus.Closed)
        {
            return (Problem.NotClosed, null);
        }

        if (followUpHeader.Value.Instrument.Key != baselineHeader.Value.Instrument.Key)
        {
            return (Problem.DifferentInstrument, null);
        }

        var followUp = await results.ReadAsync(waveId, dimension, userId, role, channel + ", compare", ct);
        var baseline = await results.ReadAsync(baselineId, dimension, userId, role, channel + ", compare", ct);
        if (followUp is null || baseline is null)
        {
            return (Problem.NotFound, null);
        }

        var sums = await SumsAsync([waveId, baselineId], followUp.Dimension?.Name ?? "", ct);
        var cells = new List<CompareCell>();
        foreach (var after in followUp.Cells.Where(c => c.MeasureKey.StartsWith("scale:", StringComparison.Ordinal) || followUp.Measures.Any(m => m.Key == c.MeasureKey && m.IsScored)))
        {
            var before = baseline.Cell(after.UnitCode, after.GroupCode, after.MeasureKey);
            var a = sums.GetValueOrDefault((waveId, after.UnitCode, after.GroupCode ?? "", after.MeasureKey));
            var b = sums.GetValueOrDefault((baselineId, after.UnitCode, after.GroupCode ?? "", after.MeasureKey));
            var difference = after.Suppressed || before is null || before.Suppressed || a is null || b is null ? null
                : SurveyIntervals.WelchDifference(b.Value.N, b.Value.Sum / b.Value.N, SurveyIntervals.Variance(b.Value.N, b.Value.Sum, b.Value.Squares) ?? 0,
                    a.Value.N, a.Value.Sum / a.Value.N, SurveyIntervals.Variance(a.Value.N, a.Value.Sum, a.Value.Squares) ?? 0);
            cells.Add(difference is null
                ? new CompareCell(after.UnitCode, after.GroupCode, after.MeasureKey, true, null, null, null, null, null, null, null)
                : new CompareCell(after.UnitCode, after.GroupCode, after.MeasureKey, false, before!.N, after.N, before.Mean, after.Mean, difference.Estimate, difference.Lower, difference.Upper));
        }

        var organisationId = await db.Set<SurveyWave>().Where(w => w.Id == waveId).Select(w => w.OrganisationId).FirstAsync(ct);
        await audit.AppendAsync(new AuditRecord(AuditActions.GuardedDataAccess, userId, role, organisationId, WaveResults.Dataset,
            $"compare unit{(followUp.Dimension is { } d ? " × " + d.Name : "")} ({channel})",
            $"shown {cells.Count(c => !c.Suppressed)}, suppressed {cells.Count(c => c.Suppressed)}", $"{waveId:D} vs {baselineId:D}"), ct);
        return (Problem.None, new View(followUp, baseline, cells));
    }

    private async Task<Dictionary<(Guid, string, string, string), (int N, double Sum, double Squares)?>> SumsAsync(Guid[] waves, string dimension, CancellationToken ct)
    {
        var rows = await db.Set<WaveAggregate>().AsNoTracking().Where(a => waves.Contains(a.WaveId) && (a.Dimension == "" || a.Dimension == dimension) && !a.Suppressed)
            .Select(a => new { a.WaveId, a.UnitCode, a.GroupCode, a.Measure, a.N, a.Sum, a.SumOfSquares }).ToListAsync(ct);
        return rows.ToDictionary(r => (r.WaveId, r.UnitCode, r.GroupCode, r.Measure), r => ((int, double, double)?)(r.N, r.Sum, r.SumOfSquares));
    }
}
