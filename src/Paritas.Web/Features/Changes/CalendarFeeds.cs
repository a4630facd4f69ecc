using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paritas.Web.Data;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Agreements;
using Paritas.Web.Features.Organisations;
using Paritas.Web.Features.Shared;

namespace Paritas.Web.Features.Changes;

/// <summary>
/// The iCalendar feed of an organisation's go-lives and deadlines. Calendar programs send no
/// cookie, so the secret address stands for the person: it answers only while that person is still
/// a member who may see changes, and an unknown, revoked or orphaned secret looks the same — 404.
/// </summary>
public static class CalendarFeeds
{
    public const string SecretPrefix = "cal_";
    public const string RoutePrefix = "/calendar/";

    public static string AddressOf(HttpRequest request, string secret) => $"https://{request.Host.ToUriComponent()}{RoutePrefix}{secret}.ics";

    public static void Map(IEndpointRouteBuilder app)
        => app.MapGet(RoutePrefix + "{secret}.ics", FeedAsync).AllowAnonymous().ExcludeFromDescription();

    private static async Task<Results<ContentHttpResult, NotFound>> FeedAsync(
        string secret, HttpContext http, AppDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (secret.Length > 100 || !secret.StartsWith(SecretPrefix, StringComparison.Ordinal))
        {
            return TypedResults.NotFound();
        }

        var hash = AccessTokens.Hash(secret);
        CalendarFeed? feed;
        Role? role;
        using (db.Tenant.EnterSystemScope())
        {
            // The secret names the organisation; nothing else in the request may choose it.
            feed = await db.CalendarFeeds.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(f => f.SecretHash == hash, ct);
            role = feed is null ? null : await db.Memberships.IgnoreQueryFilters()
                .Where(m => m.UserId == feed.UserId && m.OrganisationId == feed.OrganisationId)
                .Select(m => (Role?)m.Role).FirstOrDefaultAsync(ct);
        }

        var user = feed is null ? null : await db.Users.AsNoTracking().Where(u => u.Id == feed.UserId)
            .Select(u => new { u.IsDisabled, u.TwoFactorEnabled, u.PreferredCulture }).FirstOrDefaultAsync(ct);
        if (feed is not { IsActive: true } || user is null || user.IsDisabled || role is not { } r || !ChangeAccess.MaySee(r, user.TwoFactorEnabled))
        {
            return TypedResults.NotFound();
        }

        db.Tenant.SetOrganisation(feed.OrganisationId);
        db.Tenant.SetUser(feed.UserId);
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        // A year back keeps recent go-lives in view without the file growing for ever.
        var items = await ChangeCalendar.FromAsync(db, today.AddYears(-1), ct);
        var organisation = await db.Organisations.Where(o => o.Id == feed.OrganisationId).Select(o => o.Name).FirstAsync(ct);
        var site = http.RequestServices.GetRequiredService<SiteLinks>().Absolute("/").TrimEnd('/');
        string text;
        using (new CultureScope(user.PreferredCulture))
        {
            text = CalendarFile.Write(l["Digital changes in {0}", organisation], items.Select(i => EventOf(i, site, l)), now);
        }

        http.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.Text(text, CalendarFile.MediaType + "; charset=utf-8");
    }

    private static CalendarEvent EventOf(CalendarItem item, string site, IStringLocalizer l)
    {
        var url = $"{site}/Changes/Details?id={item.ChangeId:D}";
        return item.Obligation is { } kind
            ? new CalendarEvent(
                $"obligation-{item.Id:D}@paritas",
                item.Date,
                l["Due: {0} – {1}", l[AgreementNames.Of(kind)], item.ChangeTitle],
                l["Responsible side: {0}", l[SideNames.Of(item.ResponsibleSide!.Value)]],
                url + "#obligations")
            : new CalendarEvent($"golive-{item.Id:D}@paritas", item.Date, l["Go-live: {0} – {1}", item.ChangeTitle, item.UnitName ?? ""], null, url);
    }
}
