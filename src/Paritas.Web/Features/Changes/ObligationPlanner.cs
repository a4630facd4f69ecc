using Microsoft.EntityFrameworkCore;
using Paritas.Web.Data;

namespace Paritas.Web.Features.Changes;

/// <summary>
/// Keeps each change's obligations in step with the agreements in force and the change's dates:
/// called after every registration, edit, stage change and agreement edit.
/// </summary>
public sealed class ObligationPlanner(AppDbContext db)
{
    public async Task RecomputeAllAsync(CancellationToken ct)
    {
        var ids = await db.DigitalChanges.Select(c => c.Id).ToListAsync(ct);
        var rules = await RulesInForceAsync(ct);
        foreach (var id in ids)
        {
            await RecomputeAsync(id, rules, ct);
        }
    }

    public async Task RecomputeAsync(Guid changeId, CancellationToken ct) => await RecomputeAsync(changeId, await RulesInForceAsync(ct), ct);

    private async Task RecomputeAsync(Guid changeId, IReadOnlyList<PlannedRule> rules, CancellationToken ct)
    {
        var change = await db.DigitalChanges.Include(c => c.Units).FirstOrDefaultAsync(c => c.Id == changeId, ct);
        if (change is null)
        {
            return;
        }

        var entries = await db.ChangeHistory
            .Where(h => h.ChangeId == changeId && h.ToStage != null && (h.Kind == ChangeHistoryKind.Registered || h.Kind == ChangeHistoryKind.StageChanged))
            .Select(h => new { Stage = h.ToStage!.Value, h.At })
            .ToListAsync(ct);
        var entered = entries.GroupBy(e => e.Stage).ToDictionary(g => g.Key, g => DateOnly.FromDateTime(g.Min(e => e.At).UtcDateTime));
        var facts = new ChangeFacts(DateOnly.FromDateTime(change.RegisteredAt.UtcDateTime), change.Stage, entered, change.FirstGoLive, change.WorkerData.AnySurveillance);
        var schedule = ObligationSchedule.Compute(rules, facts);

        var existing = await db.Obligations.Where(o => o.ChangeId == changeId).ToListAsync(ct);
        foreach (var terms in schedule)
        {
            var obligation = existing.FirstOrDefault(o => o.RuleId == terms.RuleId);
            if (obligation is null)
            {
                db.Obligations.Add(new Obligation(change.OrganisationId, change.Id, terms));
            }
            else
            {
                obligation.Plan(terms);
            }
        }

        // An open obligation whose rule no longer applies goes; a settled or missed one stays on record.
        foreach (var stale in existing.Where(o => o.Status == ObligationStatus.Open && schedule.All(s => s.RuleId != o.RuleId)))
        {
            db.Obligations.Remove(stale);
        }

        await db.SaveChangesAsync(ct);
    }

    private async Task<IReadOnlyList<PlannedRule>> RulesInForceAsync(CancellationToken ct)
    {
        var rows = await db.Rules
            .Join(db.Agreements.Where(a => a.InForce), r => r.AgreementId, a => a.Id, (r, a) => new { Rule = r, Agreement = a.Title })
            .Join(db.Clauses, x => x.Rule.ClauseId, c => c.Id, (x, c) => new { x.Rule, x.Agreement, Clause = c.Heading })
            .ToListAsync(ct);
        return [.. rows.OrderBy(r => r.Agreement, StringComparer.Ordinal).Select(r => new PlannedRule(r.Rule.Id, r.Rule.Spec, Shorten($"{r.Agreement} – {r.Clause}")))];
    }

    private static string Shorten(string source) => source.Length <= Obligation.SourceLength ? source : source[..(Obligation.SourceLength - 1)] + "…";
}
