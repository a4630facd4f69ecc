using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Paritas.Web.Data;
using Paritas.Web.Features.Audit;
using Paritas.Web.Features.Shared;

namespace Paritas.Web.Features.Concerns;

/// <summary>
/// The daily work on concerns: reminders before each deadline, alerts when one has passed, a
/// warning before a closed concern's retention ends, and then its destruction. Every alert is
/// claimed under a unique key first, so a second run (or instance) the same day sends nothing
/// twice. Mails go to everyone seated on the joint committee and never carry a concern's words.
/// </summary>
public sealed class ConcernAlerts(IServiceScopeFactory scopes, IOptions<ConcernOptions> options, SiteLinks site, ILogger<ConcernAlerts> logger)
{
    public const int RetentionWarningDays = 14;

    /// <returns>How many mails were sent and how many concerns were destroyed.</returns>
    public async Task<(int Mails, int Destroyed)> RunAsync(DateOnly today, CancellationToken ct)
    {
        List<Guid> organisations;
        await using (var discovery = scopes.CreateAsyncScope())
        {
            var db = discovery.ServiceProvider.GetRequiredService<AppDbContext>();
            // Only which organisations have concerns spans tenants; the work runs as each one.
            using var system = db.Tenant.EnterSystemScope();
            organisations = await db.Concerns.IgnoreQueryFilters().Select(c => c.OrganisationId).Distinct().ToListAsync(ct);
        }

        var (mails, destroyed) = (0, 0);
        foreach (var organisationId in organisations)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Tenant.SetOrganisation(organisationId);
            destroyed += await DestroyExpiredAsync(scope.ServiceProvider, db, organisationId, today, ct);
            mails += await AlertAsync(scope.ServiceProvider, db, organisationId, today, ct);
        }

        return (mails, destroyed);
    }

    private static async Task<int> DestroyExpiredAsync(IServiceProvider services, AppDbContext db, Guid organisationId, DateOnly today, CancellationToken ct)
    {
        var retention = (await db.ConcernSettings.AsNoTracking().FirstOrDefaultAsync(ct))?.RetentionDays ?? new ConcernSettings(organisationId).RetentionDays;
        var closed = await db.Concerns.Where(c => c.ClosedOn != null).Select(c => new { c.Id, c.ClosedOn }).ToListAsync(ct);
        var expired = closed.Where(c => c.ClosedOn!.Value.AddDays(retention) <= today).Select(c => c.Id).ToList();
        if (expired.Count == 0)
        {
            return 0;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (db.Database.IsSqlite())
        {
            // Overwrite freed pages with zeros, so the destroyed rows do not linger in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA secure_delete = ON", ct);
        }

        // The sealed keys go first, then the content: with neither, nothing of the concern can be read again.
        await db.ConcernKeyShares.Where(s => expired.Contains(s.ConcernId)).ExecuteDeleteAsync(ct);
        await db.ConcernAttachments.Where(a => expired.Contains(a.ConcernId)).ExecuteDeleteAsync(ct);
        await db.ConcernMessages.Where(m => expired.Contains(m.ConcernId)).ExecuteDeleteAsync(ct);
        await db.ConcernAlerts.Where(a => expired.Contains(a.ConcernId)).ExecuteDeleteAsync(ct);
        await db.ConcernObligations.Where(a => expired.Contains(a.ConcernId)).ExecuteDeleteAsync(ct);
        await db.IdentityApprovals.Where(a => expired.Contains(a.ConcernId)).ExecuteDeleteAsync(ct);
        await db.Concerns.Where(c => expired.Contains(c.Id)).ExecuteDeleteAsync(ct);
        await transaction.CommitAsync(ct);
        await services.GetRequiredService<AuditTrail>().AppendAsync(new AuditRecord(AuditActions.ConcernsDestroyed, OrganisationId: organisationId, Dataset: "concerns", Outcome: expired.Count.ToString(CultureInfo.InvariantCulture)), ct);
        return expired.Count;
    }

    private async Task<int> AlertAsync(IServiceProvider services, AppDbContext db, Guid organisationId, DateOnly today, CancellationToken ct)
    {
        var reminder = options.Value.ReminderDays;
        var retention = (await db.ConcernSettings.AsNoTracking().FirstOrDefaultAsync(ct))?.RetentionDays ?? new ConcernSettings(organisationId).RetentionDays;
        var concerns = await db.Concerns.AsNoTracking()
            .Join(db.DigitalChanges, c => c.ChangeId, d => d.Id, (c, d) => new { Concern = c, d.Title })
            .ToListAsync(ct);
        var sent = await db.ConcernAlerts.AsNoTracking().Select(a => new { a.ConcernId, a.Kind, a.Day }).ToListAsync(ct);
        bool Ever(Guid id, ConcernAlertKind kind) => sent.Any(a => a.ConcernId == id && a.Kind == kind);
        var due = new List<AlertItem>();
        foreach (var x in concerns)
        {
            var c = x.Concern;
            if (c.Status == ConcernStatus.Closed)
            {
                var deleteOn = c.ClosedOn!.Value.AddDays(retention);
                if (today >= deleteOn.AddDays(-RetentionWarningDays) && !Ever(c.Id, ConcernAlertKind.RetentionWarning))
                {
                    due.Add(new AlertItem(c.Id, c.ChangeId, x.Title, c.Category, ConcernAlertKind.RetentionWarning, deleteOn));
                }

                continue;
            }

            if (c.Status == ConcernStatus.New)
            {
                if (c.AcknowledgementOverdue(today))
                {
                    due.Add(new AlertItem(c.Id, c.ChangeId, x.Title, c.Category, ConcernAlertKind.AcknowledgementOverdue, c.AcknowledgementDueOn));
                }
                else if (today >= c.AcknowledgementDueOn.AddDays(-reminder) && !Ever(c.Id, ConcernAlertKind.AcknowledgementReminder))
                {
                    due.Add(new AlertItem(c.Id, c.ChangeId, x.Title, c.Category, ConcernAlertKind.AcknowledgementReminder, c.AcknowledgementDueOn));
                }
            }

            if (c.AnsweredOn is null)
            {
                if (c.FeedbackOverdue(today))
                {
                    due.Add(new AlertItem(c.Id, c.ChangeId, x.Title, c.Category, ConcernAlertKind.FeedbackOverdue, c.FeedbackDueOn));
                }
                else if (today >= c.FeedbackDueOn.AddDays(-reminder) && !Ever(c.Id, ConcernAlertKind.FeedbackReminder))
                {
                    due.Add(new AlertItem(c.Id, c.ChangeId, x.Title, c.Category, ConcernAlertKind.FeedbackReminder, c.FeedbackDueOn));
                }
            }
        }

        var claimed = new List<AlertItem>();
        foreach (var item in due.Where(d => !sent.Any(a => a.ConcernId == d.ConcernId && a.Kind == d.Kind && a.Day == today)))
        {
            if (await ClaimAsync(db, organisationId, item, today, ct))
            {
                claimed.Add(item);
            }
        }

        if (claimed.Count == 0)
        {
            return 0;
        }

        var seated = await db.CommitteeMembers.Select(m => m.UserId).Distinct().ToListAsync(ct);
        var members = await db.Memberships.Where(m => seated.Contains(m.UserId)).Select(m => m.UserId).ToListAsync(ct);
        var people = await db.Users.Where(u => members.Contains(u.Id) && !u.IsDisabled && u.Email != null).Select(u => new { u.Email, u.PreferredCulture }).ToListAsync(ct);
        var organisation = await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Name).FirstAsync(ct);
        var mailer = services.GetRequiredService<Mailer>();
        var l = services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var mails = 0;
        foreach (var person in people)
        {
            string subject, body;
            using (new CultureScope(person.PreferredCulture))
            {
                (subject, body) = Compose(l, organisation, claimed);
            }

            try
            {
                await mailer.SendAsync(person.Email!, subject, body, ct);
                mails++;
            }
            catch (Exception e) when (e is System.Net.Mail.SmtpException or IOException or InvalidOperationException)
            {
                // The day's claim stays: tomorrow's run alerts again while the deadline is still missed.
                logger.LogError(e, "A concern alert could not be sent.");
            }
        }

        return mails;
    }

    private static async Task<bool> ClaimAsync(AppDbContext db, Guid organisationId, AlertItem item, DateOnly today, CancellationToken ct)
    {
        var alert = new ConcernAlert(organisationId, item.ConcernId, item.Kind, today);
        db.ConcernAlerts.Add(alert);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.Entry(alert).State = EntityState.Detached;
            if (await db.ConcernAlerts.AnyAsync(a => a.ConcernId == item.ConcernId && a.Kind == item.Kind && a.Day == today, ct))
            {
                return false;
            }

            throw;
        }
    }

    private (string Subject, string Body) Compose(IStringLocalizer l, string organisation, IReadOnlyList<AlertItem> items)
    {
        var body = new StringBuilder();
        body.AppendLine(l["Concerns raised with the joint committee in {0} need your attention:", organisation]);
        body.AppendLine();
        foreach (var item in items)
        {
            var what = item.Kind switch
            {
                ConcernAlertKind.AcknowledgementReminder => l["Acknowledgement due on {0}", item.On.ToString("d", CultureInfo.CurrentCulture)],
                ConcernAlertKind.AcknowledgementOverdue => l["Acknowledgement overdue since {0}", item.On.ToString("d", CultureInfo.CurrentCulture)],
                ConcernAlertKind.FeedbackReminder => l["Answer due on {0}", item.On.ToString("d", CultureInfo.CurrentCulture)],
                ConcernAlertKind.FeedbackOverdue => l["Answer overdue since {0}", item.On.ToString("d", CultureInfo.CurrentCulture)],
                _ => l["Closed; it will be destroyed on {0}", item.On.ToString("d", CultureInfo.CurrentCulture)],
            };
            body.AppendLine(CultureInfo.CurrentCulture, $"- {l[ConcernNames.Of(item.Category)]}: {item.ChangeTitle}. {what}.");
            body.AppendLine(CultureInfo.CurrentCulture, $"  {site.Absolute($"/Concerns/Details?id={item.ConcernId:D}")}");
        }

        body.AppendLine();
        body.AppendLine(l["You receive this mail because you sit on a joint committee. The concerns' words are not in it: read them in Paritas."]);
        return (l["Concerns need attention in {0}", organisation], body.ToString());
    }

    private sealed record AlertItem(Guid ConcernId, Guid ChangeId, string ChangeTitle, ConcernCategory Category, ConcernAlertKind Kind, DateOnly On);
}
