using Microsoft.EntityFrameworkCore;
using Paritas.Web.Data;

namespace Paritas.Web.Features.Surveys;

/// <summary>
/// Takes a worker's answers, from the answering pages or the API, authenticated by a survey token
/// or a unit code — never by an account.
/// <para>
/// Tenancy: nobody is signed in here, so the organisation comes from the token itself. The hash is
/// looked up across organisations in a system scope that reads one row and writes nothing; every
/// write then runs as that organisation (query filters, and row-level security on PostgreSQL). This
/// is safe because only the holder of the secret can name the organisation, and nothing else in the
/// request is trusted to.
/// </para>
/// <para>
/// One response per token: the token is claimed by a conditional UPDATE (used = false → true) in
/// the same transaction as the insert; of racing submissions only the one whose UPDATE changed a row
/// inserts, the others roll back.
/// </para>
/// </summary>
public sealed class SurveySubmissions(AppDbContext db, InstrumentCatalog catalog, SurveyWriteGate gate)
{
    public async Task<AnswerTicket?> ResolveAsync(string? credential, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(credential) || credential.Length > 60)
        {
            return null;
        }

        var normal = SurveyTokens.Normalise(credential);
        using (db.Tenant.EnterSystemScope())
        {
            if (normal.Length == SurveyTokens.SecretLength)
            {
                var hash = SurveyTokens.Hash(normal);
                var token = await db.Set<SurveyToken>().IgnoreQueryFilters().AsNoTracking()
                    .Where(t => t.Hash == hash && !t.Used)
                    .Select(t => new { t.OrganisationId, t.WaveId, t.UnitId, t.Dimension, t.GroupCode }).FirstOrDefaultAsync(ct);
                return token is null ? null : await TicketAsync(token.OrganisationId, token.WaveId, token.UnitId, token.Dimension, token.GroupCode, true, ct);
            }

            var link = await db.Set<WaveUnitLink>().IgnoreQueryFilters().AsNoTracking()
                .Where(u => u.Code == normal).Select(u => new { u.OrganisationId, u.WaveId, u.UnitId }).FirstOrDefaultAsync(ct);
            return link is null ? null : await TicketAsync(link.OrganisationId, link.WaveId, link.UnitId, "", "", false, ct);
        }
    }

    public async Task<Instrument?> InstrumentAsync(AnswerTicket ticket, CancellationToken ct)
        => await catalog.FindAsync(ticket.InstrumentId, ticket.InstrumentVersion, ct);

    public async Task<(SubmitOutcome Outcome, IReadOnlyList<InstrumentProblem> Problems)> SubmitAsync(string? credential, AnswerSheet sheet, CancellationToken ct)
    {
        var ticket = await ResolveAsync(credential, ct);
        if (ticket is null)
        {
            return (SubmitOutcome.NotValid, []);
        }

        if (!ticket.IsOpen)
        {
            return (SubmitOutcome.Closed, []);
        }

        var instrument = await InstrumentAsync(ticket, ct);
        if (instrument is null)
        {
            return (SubmitOutcome.NotValid, []);
        }

        var problems = sheet.Check(instrument);
        if (problems.Count == 0 && sheet.IsEmpty)
        {
            problems = [new("Answer at least one question.")];
        }

        if (problems.Count > 0)
        {
            return (SubmitOutcome.Invalid, problems);
        }

        var hash = SurveyTokens.Hash(credential!);
        var isSqlite = db.Database.IsSqlite();
        using var entered = isSqlite ? await gate.EnterAsync(ct) : null;
        var previous = db.Tenant.OrganisationId;
        db.Tenant.SetOrganisation(ticket.OrganisationId);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (ticket.IsToken)
            {
                var claimed = await db.Set<SurveyToken>()
                    .Where(t => t.Hash == hash && t.WaveId == ticket.WaveId && !t.Used)
                    .ExecuteUpdateAsync(s => s.SetProperty(t => t.Used, true), ct);
                if (claimed != 1)
                {
                    return (SubmitOutcome.NotValid, []);
                }
            }

            if (!await StillOpenAsync(ticket.WaveId, isSqlite, ct))
            {
                return (SubmitOutcome.Closed, []);
            }

            db.Add(new SurveyResponse(ticket.OrganisationId, ticket.WaveId, ticket.UnitId, ticket.Dimension, ticket.GroupCode, sheet.ToJson()));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return (SubmitOutcome.Accepted, []);
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.Tenant.SetOrganisation(previous);
        }
    }

    /// <summary>
    /// On PostgreSQL a shared lock on the wave row: submissions do not block each other, but closing
    /// the wave waits for them, so no answer arrives after the wave was aggregated.
    /// </summary>
    private async Task<bool> StillOpenAsync(Guid waveId, bool isSqlite, CancellationToken ct)
    {
        if (isSqlite)
        {
            return await db.Set<SurveyWave>().AnyAsync(w => w.Id == waveId && w.Status == WaveStatus.Open, ct);
        }

        var open = nameof(WaveStatus.Open);
        var rows = await db.Database.SqlQuery<int>($"SELECT 1 AS \"Value\" FROM \"SurveyWaves\" WHERE \"Id\" = {waveId} AND \"Status\" = {open} FOR SHARE").ToListAsync(ct);
        return rows.Count == 1;
    }

    private async Task<AnswerTicket?> TicketAsync(Guid organisationId, Guid waveId, Guid unitId, string dimension, string groupCode, bool isToken, CancellationToken ct)
    {
        var wave = await db.Set<SurveyWave>().IgnoreQueryFilters().AsNoTracking().Where(w => w.Id == waveId)
            .Join(db.Set<Survey>().IgnoreQueryFilters(), w => w.SurveyId, s => s.Id, (w, s) => new { w.Status, s.InstrumentId, s.InstrumentVersion })
            .FirstOrDefaultAsync(ct);
        return wave is null ? null : new AnswerTicket(organisationId, waveId, unitId, dimension, groupCode, isToken, wave.Status == WaveStatus.Open, wave.InstrumentId, wave.InstrumentVersion);
    }
}
