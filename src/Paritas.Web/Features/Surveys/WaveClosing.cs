using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paritas.Statistics.Disclosure;
using Paritas.Web.Data;
using Paritas.Web.Features.Agreements;
using Paritas.Web.Features.Changes;

namespace Paritas.Web.Features.Surveys;

/// <summary>
/// Closes a wave: no more answers; its answers are pre-aggregated per unit (subtree) × group ×
/// measure and the disclosure guard decides, once, which cells every later view may release. The
/// wave's responses are then rewritten in random order and its tokens touched in the same
/// transaction, so neither physical order nor transaction ids can pair a token with a response (P2).
/// A closed baseline or follow-up meets the change's matching obligation.
/// </summary>
public sealed class WaveClosing(AppDbContext db, InstrumentCatalog catalog, SurveyWriteGate gate, ObligationLedger ledger, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public async Task<ChangeResult> CloseAsync(Guid waveId, Actor actor, CancellationToken ct)
    {
        var wave = await db.Set<SurveyWave>().FirstOrDefaultAsync(w => w.Id == waveId, ct);
        if (wave is null)
        {
            return ChangeResult.NotFound;
        }

        if (!wave.IsOpen)
        {
            return ChangeResult.Invalid([new("Wave", l["This wave is already closed."])]);
        }

        var survey = await db.Set<Survey>().AsNoTracking().FirstAsync(s => s.Id == wave.SurveyId, ct);
        var instrument = await catalog.FindAsync(survey.InstrumentId, survey.InstrumentVersion, ct)
            ?? throw new InvalidOperationException($"The instrument {survey.InstrumentId} {survey.InstrumentVersion} of a survey is missing.");
        var minimum = await db.Organisations.Where(o => o.Id == wave.OrganisationId).Select(o => o.MinimumSurveyGroup).FirstAsync(ct);
        var k = MinimumGroupSize.For(DisclosureDomain.Survey, minimum);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

        using (db.Database.IsSqlite() ? await gate.EnterAsync(ct) : null)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            wave.Close(today);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                return ChangeResult.Conflict;
            }

            var responses = await db.Set<SurveyResponse>().AsNoTracking().Where(r => r.WaveId == waveId)
                .Select(r => new { r.UnitId, r.Dimension, r.GroupCode, r.Answers }).ToListAsync(ct);
            var population = wave.ReadPopulation();
            var aggregation = WaveAggregation.Run(instrument, population, responses.Select(r => (r.UnitId, r.Dimension, r.GroupCode, AnswerSheet.FromJson(r.Answers))), k);
            foreach (var cell in aggregation.Cells)
            {
                db.Add(new WaveCell(wave.OrganisationId, waveId, cell.UnitCode, cell.Dimension, cell.GroupCode, cell.Respondents, cell.Reason));
            }

            foreach (var a in aggregation.Aggregates)
            {
                db.Add(new WaveAggregate(wave.OrganisationId, waveId, a.UnitCode, a.Dimension, a.GroupCode, a.Measure, a.Sums.N, a.Sums.Sum, a.Sums.SumOfSquares, a.Sums.OptionText, a.Suppressed));
            }

            // Rewrite in random order with new random ids: what was inserted when no longer shows.
            await db.Set<SurveyResponse>().Where(r => r.WaveId == waveId).ExecuteDeleteAsync(ct);
            foreach (var r in responses.OrderBy(_ => Random.Shared.Next()))
            {
                db.Add(new SurveyResponse(wave.OrganisationId, waveId, r.UnitId, r.Dimension, r.GroupCode, r.Answers));
            }

            await db.Set<SurveyToken>().Where(t => t.WaveId == waveId).ExecuteUpdateAsync(s => s.SetProperty(t => t.Used, t => t.Used), ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            db.ChangeTracker.Clear();
        }

        if (survey.ChangeId is { } changeId)
        {
            await MeetObligationsAsync(changeId, wave, survey, actor, ct);
        }

        return ChangeResult.Done(waveId);
    }

    private async Task MeetObligationsAsync(Guid changeId, SurveyWave wave, Survey survey, Actor actor, CancellationToken ct)
    {
        var kind = wave.Kind == WaveKind.Baseline ? ObligationKind.BaselineSurveyClosed : ObligationKind.FollowUpSurveyClosed;
        var open = await db.Obligations.AsNoTracking().Where(o => o.ChangeId == changeId && o.Kind == kind && o.Status == ObligationStatus.Open)
            .Select(o => new { o.Id, o.Version }).ToListAsync(ct);
        var evidence = l["The survey \"{0}\" closed its wave ({1}) on {2}; its results are released through the disclosure guard.", survey.Title,
            l[WaveNames.Of(wave.Kind)], wave.ClosedOn?.ToString("d", System.Globalization.CultureInfo.CurrentCulture) ?? ""];
        foreach (var o in open)
        {
            await ledger.MeetAsync(o.Id, o.Version, evidence, null, actor, ct);
        }
    }
}
