using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Data;
using Paritas.Web.Features.Accounts;

namespace Paritas.Web.Features.Concerns;

/// <summary>
/// The "Concerns" section of the change page: the guarded counts for every member, and for those
/// seated on the joint committee the overdue flags and a way to the concerns themselves.
/// </summary>
public sealed class ConcernsViewComponent(AppDbContext db, ConcernReport report, CurrentUser me, TimeProvider clock) : ViewComponent
{
    public const string ViewPath = "~/Features/Concerns/ChangeConcerns.cshtml";

    public async Task<IViewComponentResult> InvokeAsync(Guid changeId)
    {
        var ct = HttpContext.RequestAborted;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var seated = await CommitteeSeats.HasSeatAsync(db, me.Id, ct);
        var open = await db.Concerns.AsNoTracking().Where(c => c.ChangeId == changeId && c.Status != ConcernStatus.Closed).ToListAsync(ct);
        var overdue = seated ? open.Count(c => c.AcknowledgementOverdue(today) || c.FeedbackOverdue(today)) : 0;
        var slug = await db.Organisations.Where(o => o.Id == me.OrganisationId).Select(o => o.Slug).FirstOrDefaultAsync(ct) ?? "";
        var units = await db.AffectedUnits.Where(a => a.ChangeId == changeId).Join(db.Units, a => a.UnitId, u => u.Id, (a, u) => new ChangeConcernsView.UnitLink(u.Id, u.Name)).ToListAsync(ct);
        return View(ViewPath, new ChangeConcernsView(changeId, seated, overdue, slug, units, await report.ForChangeAsync(changeId, me.Id, me.Role?.ToString(), ct), me.Role == Role.DigitalAgent));
    }
}

public sealed record ChangeConcernsView(Guid ChangeId, bool Seated, int Overdue, string OrganisationSlug, IReadOnlyList<ChangeConcernsView.UnitLink> Units, ConcernReportView? Report, bool CanLogFieldFeedback)
{
    public sealed record UnitLink(Guid Id, string Name);
}
