using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Paritas.Web.Data;
using Paritas.Web.Features.Changes;
using Paritas.Web.Features.Shared;
using Paritas.Web.Features.Training.Ledger;

namespace Paritas.Web.Features.Training;

/// <summary>
/// Mails the joint committee (every seat, both sides) when the hours delivered to a change's
/// workers fall short of the hours owed by the configured share or more. Shaped like the overdue
/// obligation alerts: a claim per change and day under a unique key makes extra runs harmless,
/// and the figures in the mail are only those the ledger releases.
/// </summary>
public sealed class TrainingShortfallAlerts(IServiceScopeFactory scopes, TimeProvider clock, SiteLinks links, ILogger<TrainingShortfallAlerts> logger)
{
    public const string SystemRole = "system";

    /// <returns>How many mails were sent.</returns>
    public async Task<int> SendAsync(DateOnly today, CancellationToken ct)
    {
        List<Guid> organisations;
        await using (var discovery = scopes.CreateAsyncScope())
        {
            var db = discovery.ServiceProvider.GetRequiredService<AppDbContext>();
            // Only which organisations have delivered hours spans tenants; the work itself runs as each one.
            using var system = db.Tenant.EnterSystemScope();
            organisations = await db.Set<DeliveredHoursCell>().IgnoreQueryFilters().Select(c => c.OrganisationId).Distinct().ToListAsync(ct);
        }

        var sent = 0;
        foreach (var organisationId in organisations)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Tenant.SetOrganisation(organisationId);
            sent += await SendForAsync(scope.ServiceProvider, db, organisationId, today, ct);
        }

        return sent;
    }

    private async Task<int> SendForAsync(IServiceProvider services, AppDbContext db, Guid organisationId, DateOnly today, CancellationToken ct)
    {
        var ledger = services.GetRequiredService<TrainingLedger>();
        var changes = await db.DigitalChanges.Where(c => c.Stage != ChangeStage.Withdrawn && db.AffectedUnits.Any(a => a.ChangeId == c.Id))
            .Where(c => !db.Set<TrainingAlert>().Any(a => a.ChangeId == c.Id && a.Day == today))
            .OrderBy(c => c.Title).Select(c => new { c.Id, c.Title }).ToListAsync(ct);
        var shortOnes = new List<(Guid Id, string Title, double Shortfall)>();
        foreach (var change in changes)
        {
            var table = await ledger.ReadAsync(organisationId, null, SystemRole, null, change.Id, ct);
            if (table?.ChangeTotal is { FallsShort: true, Shortfall: { } shortfall } && await ClaimAsync(db, organisationId, change.Id, today, ct))
            {
                shortOnes.Add((change.Id, change.Title, shortfall));
            }
        }

        if (shortOnes.Count == 0)
        {
            return 0;
        }

        var members = await db.Memberships.Select(m => m.UserId).ToListAsync(ct);
        var seated = await db.CommitteeMembers.Where(s => members.Contains(s.UserId)).Select(s => s.UserId).Distinct().ToListAsync(ct);
        var people = await db.Users.Where(u => seated.Contains(u.Id) && !u.IsDisabled && u.Email != null)
            .Select(u => new { u.Email, u.PreferredCulture }).ToListAsync(ct);
        var organisation = await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Name).FirstAsync(ct);
        var mailer = services.GetRequiredService<Mailer>();
        var l = services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var sent = 0;
        foreach (var person in people)
        {
            string subject, body;
            using (new CultureScope(person.PreferredCulture))
            {
                (subject, body) = Compose(l, organisation, shortOnes);
            }

            try
            {
                await mailer.SendAsync(person.Email!, subject, body, ct);
                sent++;
            }
            catch (Exception e) when (e is System.Net.Mail.SmtpException or IOException or InvalidOperationException)
            {
                // The day's claim stays: a lost alert shows again tomorrow, a duplicate could not be taken back.
                logger.LogError(e, "A training shortfall alert could not be sent.");
            }
        }

        return sent;
    }

    private async Task<bool> ClaimAsync(AppDbContext db, Guid organisationId, Guid changeId, DateOnly today, CancellationToken ct)
    {
        var alert = new TrainingAlert(organisationId, changeId, today, clock.GetUtcNow());
        db.Add(alert);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.Entry(alert).State = EntityState.Detached;
            if (await db.Set<TrainingAlert>().AnyAsync(a => a.ChangeId == changeId && a.Day == today, ct))
            {
                return false;
            }

            throw;
        }
    }

    private (string Subject, string Body) Compose(IStringLocalizer l, string organisation, List<(Guid Id, string Title, double Shortfall)> items)
    {
        var body = new StringBuilder();
        body.AppendLine(l["The training delivered for these changes in {0} falls short of what the agreements owe:", organisation]);
        body.AppendLine();
        foreach (var (id, title, shortfall) in items)
        {
            body.AppendLine(CultureInfo.CurrentCulture, $"- {title}: {l["{0} of the hours owed so far were not delivered.", shortfall.ToString("P0", CultureInfo.CurrentCulture)]}");
            body.AppendLine(CultureInfo.CurrentCulture, $"  {links.Absolute($"/Changes/Details?id={id:D}#training")}");
            body.AppendLine();
        }

        body.AppendLine(l["You receive this mail because you sit on a joint committee. It comes at most once a day while the shortfall lasts."]);
        var subject = items.Count == 1
            ? l["Training falls short for a change in {0}", organisation]
            : l["Training falls short for {0} changes in {1}", items.Count, organisation];
        return (subject, body.ToString());
    }
}
