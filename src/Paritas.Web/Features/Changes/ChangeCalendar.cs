using Microsoft.EntityFrameworkCore;
using Paritas.Web.Data;
using Paritas.Web.Features.Agreements;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Changes;

/// <summary>A go-live of a change in a unit, or the due date of an open obligation.</summary>
public sealed record CalendarItem(Guid Id, DateOnly Date, Guid ChangeId, string ChangeTitle, string? UnitName, ObligationKind? Obligation, Side? ResponsibleSide)
{
    public bool IsGoLive => Obligation is null;
}

/// <summary>The dates of the organisation's changes, for the calendar page and the iCalendar feed alike.</summary>
public static class ChangeCalendar
{
    /// <summary>Go-lives from the given day on (of changes not withdrawn), and open obligations due from that day on.</summary>
    public static async Task<IReadOnlyList<CalendarItem>> FromAsync(AppDbContext db, DateOnly from, CancellationToken ct)
    {
        var goLives = await db.AffectedUnits.Where(a => a.GoLive != null && a.GoLive >= from)
            .Join(db.DigitalChanges.Where(c => c.Stage != ChangeStage.Withdrawn), a => a.ChangeId, c => c.Id, (a, c) => new { a.Id, a.GoLive, c.Title, a.ChangeId, a.UnitId })
            .Join(db.Units, x => x.UnitId, u => u.Id, (x, u) => new CalendarItem(x.Id, x.GoLive!.Value, x.ChangeId, x.Title, u.Name, null, null))
            .ToListAsync(ct);
        var deadlines = await OpenObligations(db, db.Obligations.Where(o => o.DueOn >= from)).ToListAsync(ct);
        return [.. goLives.Concat(deadlines).OrderBy(i => i.Date).ThenBy(i => i.ChangeTitle, StringComparer.CurrentCulture)];
    }

    /// <summary>Open obligations whose due date has passed.</summary>
    public static async Task<IReadOnlyList<CalendarItem>> OverdueAsync(AppDbContext db, DateOnly today, CancellationToken ct)
        => [.. (await OpenObligations(db, db.Obligations.Where(o => o.DueOn < today)).ToListAsync(ct)).OrderBy(i => i.Date).ThenBy(i => i.ChangeTitle, StringComparer.CurrentCulture)];

    private static IQueryable<CalendarItem> OpenObligations(AppDbContext db, IQueryable<Obligation> obligations)
        => obligations.Where(o => o.Status == ObligationStatus.Open && o.DueOn != null)
            .Join(db.DigitalChanges, o => o.ChangeId, c => c.Id, (o, c) => new CalendarItem(o.Id, o.DueOn!.Value, o.ChangeId, c.Title, null, o.Kind, o.ResponsibleSide));
}
