using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Paritas.Web.Data;
using Paritas.Web.Features.Agreements;
using Paritas.Web.Features.Organisations;
using Paritas.Web.Features.Shared;

namespace Paritas.Web.Features.Changes;

/// <summary>
/// Mails the joint committee about overdue obligations: the members on the responsible side, and
/// the chairs and secretaries of both sides. Each obligation is alerted at most once per day, in
/// each recipient's own language, one mail per person listing everything newly overdue for them.
/// </summary>
public sealed class OverdueObligationAlerts(IServiceScopeFactory scopes, TimeProvider clock, SiteLinks links, ILogger<OverdueObligationAlerts> logger)
{
    /// <returns>How many mails were sent.</returns>
    public async Task<int> SendAsync(DateOnly today, CancellationToken ct)
    {
        List<Guid> organisations;
        await using (var discovery = scopes.CreateAsyncScope())
        {
            var db = discovery.ServiceProvider.GetRequiredService<AppDbContext>();
            // Only which organisations exist spans tenants; the work itself runs as each one.
            using var system = db.Tenant.EnterSystemScope();
            organisations = await db.Obligations.IgnoreQueryFilters()
                .Where(o => o.Status == ObligationStatus.Open && o.DueOn != null && o.DueOn < today)
                .Select(o => o.OrganisationId).Distinct().ToListAsync(ct);
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
        var overdue = await db.Obligations.AsNoTracking()
            .Where(o => o.Status == ObligationStatus.Open && o.DueOn != null && o.DueOn < today)
            .Where(o => !db.ObligationAlerts.Any(a => a.ObligationId == o.Id && a.Day == today))
            .Join(db.DigitalChanges, o => o.ChangeId, c => c.Id, (o, c) => new OverdueItem(o.Id, o.ChangeId, c.Title, o.Kind, o.ResponsibleSide, o.DueOn!.Value))
            .ToListAsync(ct);
        var claimed = new List<OverdueItem>();
        foreach (var item in overdue.OrderBy(o => o.DueOn))
        {
            if (await ClaimAsync(db, organisationId, item.ObligationId, today, ct))
            {
                claimed.Add(item);
            }
        }

        if (claimed.Count == 0)
        {
            return 0;
        }

        var members = await db.Memberships.Select(m => m.UserId).ToListAsync(ct);
        var seats = await db.CommitteeMembers.Where(s => members.Contains(s.UserId)).Select(s => new { s.UserId, s.Side, s.Role }).ToListAsync(ct);
        var userIds = seats.Select(s => s.UserId).Distinct().ToList();
        var people = await db.Users.Where(u => userIds.Contains(u.Id) && !u.IsDisabled && u.Email != null)
            .Select(u => new { u.Id, u.Email, u.PreferredCulture }).ToListAsync(ct);
        var organisation = await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Name).FirstAsync(ct);

        var mailer = services.GetRequiredService<Mailer>();
        var l = services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var sent = 0;
        foreach (var person in people)
        {
            var mine = seats.Where(s => s.UserId == person.Id).ToList();
            // The side that owes it must act; the chair and secretary of either side keep the whole committee's view.
            var items = claimed.Where(o => mine.Any(s => s.Side == o.ResponsibleSide || s.Role is CommitteeRole.Chair or CommitteeRole.Secretary)).ToList();
            if (items.Count == 0)
            {
                continue;
            }

            string subject, body;
            using (new CultureScope(person.PreferredCulture))
            {
                (subject, body) = Compose(l, organisation, items);
            }

            try
            {
                await mailer.SendAsync(person.Email!, subject, body, ct);
                sent++;
            }
            catch (Exception e) when (e is System.Net.Mail.SmtpException or IOException or InvalidOperationException)
            {
                // The day's claim stays: a lost alert shows again tomorrow, a duplicate could not be taken back.
                logger.LogError(e, "An overdue-obligation alert could not be sent.");
            }
        }

        return sent;
    }

    /// <summary>Writes the day's alert row; false when another run already did (the unique key refuses a second).</summary>
    private async Task<bool> ClaimAsync(AppDbContext db, Guid organisationId, Guid obligationId, DateOnly today, CancellationToken ct)
    {
        var alert = new ObligationAlert(organisationId, obligationId, today, clock.GetUtcNow());
        db.ObligationAlerts.Add(alert);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.Entry(alert).State = EntityState.Detached;
            // Another run holds today's alert. Anything else (the database gone) fails this run; the next one retries.
            if (await db.ObligationAlerts.AnyAsync(a => a.ObligationId == obligationId && a.Day == today, ct))
            {
                return false;
            }

            throw;
        }
    }

    private (string Subject, string Body) Compose(IStringLocalizer l, string organisation, IReadOnlyList<OverdueItem> items)
    {
        var body = new StringBuilder();
        body.AppendLine(l["These obligations under your agreements in {0} are overdue:", organisation]);
        body.AppendLine();
        foreach (var item in items)
        {
            body.AppendLine(CultureInfo.CurrentCulture, $"- {l[AgreementNames.Of(item.Kind)]}: {item.ChangeTitle}");
            body.AppendLine(CultureInfo.CurrentCulture, $"  {l["Due"]}: {item.DueOn.ToString("d", CultureInfo.CurrentCulture)}. {l["Responsible side"]}: {l[SideNames.Of(item.ResponsibleSide)]}.");
            body.AppendLine(CultureInfo.CurrentCulture, $"  {links.Absolute($"/Changes/Details?id={item.ChangeId:D}#obligations")}");
            body.AppendLine();
        }

        body.AppendLine(l["You receive this mail because you sit on a joint committee. It comes at most once a day while an obligation stays overdue: record it as met, missed or waived to stop it."]);
        var subject = items.Count == 1
            ? l["An obligation is overdue in {0}", organisation]
            : l["{0} obligations are overdue in {1}", items.Count, organisation];
        return (subject, body.ToString());
    }

    private sealed record OverdueItem(Guid ObligationId, Guid ChangeId, string ChangeTitle, ObligationKind Kind, Side ResponsibleSide, DateOnly DueOn);
}
