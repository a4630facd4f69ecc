using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Data;
using Paritas.Web.Features.Accounts;

namespace Paritas.Web.Features.Changes;

/// <summary>Upcoming go-lives and deadlines by month, and the person's secret calendar address.</summary>
[Authorize(Policy = Policies.Member)]
public sealed class CalendarModel(AppDbContext db, CurrentUser me, TimeProvider clock) : PageModel
{
    public DateOnly Today { get; private set; }

    public IReadOnlyList<CalendarItem> Overdue { get; private set; } = [];

    public IReadOnlyList<IGrouping<DateOnly, CalendarItem>> Months { get; private set; } = [];

    public DateTimeOffset? FeedCreatedAt { get; private set; }

    /// <summary>The address just made: shown in this one response and never again.</summary>
    public string? NewFeedAddress { get; private set; }

    public bool FeedRevoked { get; private set; }

    public async Task OnGetAsync(bool revoked, CancellationToken ct)
    {
        FeedRevoked = revoked;
        await LoadAsync(ct);
    }

    /// <summary>Makes a new address; any earlier one stops working, so this also rotates a leaked one.</summary>
    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await RevokeMineAsync(now, ct);
        var secret = AccessTokens.NewSecret(CalendarFeeds.SecretPrefix);
        db.CalendarFeeds.Add(new CalendarFeed(me.RequiredId, me.RequiredOrganisationId, AccessTokens.Hash(secret), now));
        await db.SaveChangesAsync(ct);
        NewFeedAddress = CalendarFeeds.AddressOf(Request, secret);
        Response.Headers.CacheControl = "no-store";
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(CancellationToken ct)
    {
        await RevokeMineAsync(clock.GetUtcNow(), ct);
        await db.SaveChangesAsync(ct);
        return RedirectToPage(new { revoked = true });
    }

    private async Task RevokeMineAsync(DateTimeOffset now, CancellationToken ct)
    {
        var userId = me.RequiredId;
        foreach (var feed in await db.CalendarFeeds.Where(f => f.UserId == userId && f.RevokedAt == null).ToListAsync(ct))
        {
            feed.Revoke(now);
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Overdue = await ChangeCalendar.OverdueAsync(db, Today, ct);
        var upcoming = await ChangeCalendar.FromAsync(db, Today, ct);
        Months = [.. upcoming.GroupBy(i => new DateOnly(i.Date.Year, i.Date.Month, 1)).OrderBy(g => g.Key)];
        var userId = me.RequiredId;
        var created = await db.CalendarFeeds.Where(f => f.UserId == userId && f.RevokedAt == null).Select(f => f.CreatedAt).ToListAsync(ct);
        FeedCreatedAt = created.Count == 0 ? null : created.Max();
    }
}
