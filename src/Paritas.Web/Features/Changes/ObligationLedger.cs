using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paritas.Web.Data;

namespace Paritas.Web.Features.Changes;

/// <summary>
/// Records what became of an obligation: met (with evidence), missed, or waived — a waiver needs a
/// request by one side and a confirmation by the other. Pages and the API both come through here.
/// </summary>
public sealed class ObligationLedger(AppDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public async Task<ChangeResult> MeetAsync(Guid id, Guid? version, string? evidence, string? evidenceUrl, Actor actor, CancellationToken ct)
    {
        var (obligation, refusal) = await LoadAsync(id, version, ct);
        if (obligation is null)
        {
            return refusal!;
        }

        evidence = Blank(evidence);
        evidenceUrl = Blank(evidenceUrl);
        var errors = new List<ChangeError>();
        if (obligation.IsSettled)
        {
            errors.Add(new("Status", l["This obligation is already settled."]));
        }

        if (evidence is null && evidenceUrl is null)
        {
            errors.Add(new("Evidence", l["Describe the evidence, or give a link to it."]));
        }

        if (evidence is { Length: > Obligation.TextLength })
        {
            errors.Add(new("Evidence", l["This text must be {0} characters or fewer.", Obligation.TextLength]));
        }

        if (evidenceUrl is not null && (evidenceUrl.Length > Obligation.UrlLength || !Uri.TryCreate(evidenceUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)))
        {
            errors.Add(new("EvidenceUrl", l["Enter a web address that starts with https:// or http://."]));
        }

        if (errors.Count > 0)
        {
            return ChangeResult.Invalid(errors);
        }

        var now = clock.GetUtcNow();
        obligation.Meet(evidence, evidenceUrl, actor, now);
        db.ChangeHistory.Add(new ChangeHistoryEntry(obligation, ChangeHistoryKind.ObligationMet, actor, now, evidence ?? evidenceUrl));
        return await SaveAsync(obligation, version, ct);
    }

    public async Task<ChangeResult> MarkMissedAsync(Guid id, Guid? version, string? note, Actor actor, CancellationToken ct)
    {
        var (obligation, refusal) = await LoadAsync(id, version, ct);
        if (obligation is null)
        {
            return refusal!;
        }

        note = Blank(note);
        if (obligation.Status != ObligationStatus.Open)
        {
            return ChangeResult.Invalid([new("Status", l["Only an open obligation can be recorded as missed."])]);
        }

        if (note is { Length: > Obligation.TextLength })
        {
            return ChangeResult.Invalid([new("Note", l["This text must be {0} characters or fewer.", Obligation.TextLength])]);
        }

        var now = clock.GetUtcNow();
        obligation.MarkMissed(note, actor, now);
        db.ChangeHistory.Add(new ChangeHistoryEntry(obligation, ChangeHistoryKind.ObligationMissed, actor, now, note));
        return await SaveAsync(obligation, version, ct);
    }

    /// <summary>
    /// The first side to ask records a request; the other side's request confirms it. The same side
    /// asking twice changes nothing: one side can never waive alone.
    /// </summary>
    public async Task<ChangeResult> WaiveAsync(Guid id, Guid? version, string? reason, Actor actor, CancellationToken ct)
    {
        var (obligation, refusal) = await LoadAsync(id, version, ct);
        if (obligation is null)
        {
            return refusal!;
        }

        if (actor.Side is not { } side)
        {
            return ChangeResult.Invalid([new("Side", l["Only a representative of one of the two sides can take part in a waiver."])]);
        }

        if (obligation.IsSettled)
        {
            return ChangeResult.Invalid([new("Status", l["This obligation is already settled."])]);
        }

        var now = clock.GetUtcNow();
        if (obligation.CanConfirmWaiver(side))
        {
            obligation.ConfirmWaiver(actor, now);
            db.ChangeHistory.Add(new ChangeHistoryEntry(obligation, ChangeHistoryKind.ObligationWaived, actor, now, obligation.WaiverReason));
            return await SaveAsync(obligation, version, ct);
        }

        if (obligation.WaiverRequestedBy == side)
        {
            return ChangeResult.Invalid([new("Reason", l["Your side has already asked for this waiver. The other side must confirm it."])]);
        }

        reason = Blank(reason);
        if (reason is null || reason.Length > Obligation.TextLength)
        {
            return ChangeResult.Invalid([new("Reason", l["Say why the obligation should be waived, in {0} characters or fewer.", Obligation.TextLength])]);
        }

        obligation.RequestWaiver(side, reason, actor);
        db.ChangeHistory.Add(new ChangeHistoryEntry(obligation, ChangeHistoryKind.WaiverRequested, actor, now, reason));
        return await SaveAsync(obligation, version, ct);
    }

    private async Task<(Obligation? Obligation, ChangeResult? Refusal)> LoadAsync(Guid id, Guid? version, CancellationToken ct)
    {
        var obligation = await db.Obligations.FirstOrDefaultAsync(o => o.Id == id, ct);
        if (obligation is null)
        {
            return (null, ChangeResult.NotFound);
        }

        return version is { } v && v != obligation.Version ? (null, ChangeResult.Conflict) : (obligation, null);
    }

    private async Task<ChangeResult> SaveAsync(Obligation obligation, Guid? expected, CancellationToken ct)
    {
        if (expected is { } v)
        {
            db.Entry(obligation).Property(o => o.Version).OriginalValue = v;
        }

        try
        {
            await db.SaveChangesAsync(ct);
            return ChangeResult.Done(obligation.Id);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ChangeResult.Conflict;
        }
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
