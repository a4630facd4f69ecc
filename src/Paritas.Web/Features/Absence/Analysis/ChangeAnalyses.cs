using Microsoft.EntityFrameworkCore;
using Paritas.Statistics.Disclosure;
using Paritas.Web.Data;
using Paritas.Web.Features.Audit;

namespace Paritas.Web.Features.Absence.Analysis;

/// <summary>
/// Loads what the analysis of one change needs — only the acting organisation's units, total
/// cells and affected units — and runs it. A person's view is written to the audit trail with
/// counts of shown and withheld analyses, never the values (P8).
/// </summary>
public sealed class ChangeAnalyses(AppDbContext db, AuditTrail audit)
{
    public const string Dataset = "absence-analysis";
    public const string Breakdown = "affected units pooled × month";

    /// <summary>Null when the change is not one of the organisation's.</summary>
    public async Task<ChangeAnalysisResult?> ComputeAsync(Guid changeId, CancellationToken ct)
    {
        var orgId = db.Tenant.OrganisationId ?? throw new InvalidOperationException("No organisation is selected.");

        // The explicit organisation conditions repeat the tenant filter on purpose: whatever
        // scope this runs in, no number of another organisation can enter the analysis.
        if (!await db.DigitalChanges.AnyAsync(c => c.Id == changeId && c.OrganisationId == orgId, ct))
        {
            return null;
        }

        var affected = await db.AffectedUnits.Where(a => a.ChangeId == changeId && a.OrganisationId == orgId)
            .Select(a => new AnalysisGoLive(a.UnitId, a.GoLive)).ToListAsync(ct);
        var minimum = await db.Organisations.Where(o => o.Id == orgId).Select(o => o.MinimumHealthGroup).FirstAsync(ct);
        var units = await db.Units.Where(u => u.OrganisationId == orgId).OrderBy(u => u.Code)
            .Select(u => new AnalysisUnit(u.Id, u.Code, u.ParentId)).ToListAsync(ct);
        var cells = await db.Set<AbsenceCell>().Where(c => c.OrganisationId == orgId && c.Dimension == "")
            .Select(c => new { c.UnitId, c.Month, c.Headcount, c.AvailableDays, c.DaysLost, c.MsdSpellsStarted, c.PsychosocialSpellsStarted })
            .ToListAsync(ct);
        var input = new AnalysisInput(
            units,
            [.. cells.Select(c => new AnalysisCell(c.UnitId, c.Month, new MonthTotals(c.Headcount, c.AvailableDays, c.DaysLost, c.MsdSpellsStarted, c.PsychosocialSpellsStarted)))],
            affected,
            MinimumGroupSize.For(DisclosureDomain.Absence, minimum).Value);
        return ChangeAnalysis.Analyse(input);
    }

    public async Task<ChangeAnalysisResult?> ReadAsync(Guid changeId, Guid? userId, string? role, CancellationToken ct)
    {
        var result = await ComputeAsync(changeId, ct);
        if (result is not null)
        {
            var shown = result.Indicators.Count(i => i.IsShown);
            await audit.AppendAsync(new AuditRecord(AuditActions.GuardedDataAccess, userId, role, db.Tenant.OrganisationId, Dataset, Breakdown,
                $"shown {shown}, withheld {result.Indicators.Count - shown}, did {(result.Did is null ? "none" : "shown")}", changeId.ToString("D")), ct);
        }

        return result;
    }

    public Task RecordDeniedAsync(Guid changeId, Guid? userId, string? role, CancellationToken ct) =>
        audit.AppendAsync(new AuditRecord(AuditActions.GuardedDataAccess, userId, role, db.Tenant.OrganisationId, Dataset, Breakdown, "denied", changeId.ToString("D")), ct);
}
