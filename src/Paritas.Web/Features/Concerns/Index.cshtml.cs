using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Data;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Concerns;

/// <summary>The joint committee's list of concerns: what came in, what is due, what is overdue. No words, only facts.</summary>
[Authorize(Policy = Policies.JointCommittee)]
public sealed class IndexModel(AppDbContext db, CommitteeKeyRing ring, CurrentUser me, TimeProvider clock) : PageModel
{
    public bool Seated { get; private set; }

    public bool HasKey { get; private set; }

    public bool IsUnlocked { get; private set; }

    public DateOnly Today { get; private set; }

    public IReadOnlyList<ConcernRow> Concerns { get; private set; } = [];

    public async Task OnGetAsync(Guid? changeId, CancellationToken ct)
    {
        Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Seated = await CommitteeSeats.HasSeatAsync(db, me.Id, ct);
        if (!Seated)
        {
            return;
        }

        HasKey = me.Id is { } id && await ring.HasKeyAsync(id, ct);
        IsUnlocked = ring.Unlocked(me.OrganisationId, me.Id) is not null;
        var query = db.Concerns.AsNoTracking();
        if (changeId is { } c)
        {
            query = query.Where(x => x.ChangeId == c);
        }

        var rows = await query.Join(db.DigitalChanges, x => x.ChangeId, d => d.Id, (x, d) => new { x, d.Title }).ToListAsync(ct);
        Concerns = [.. rows
            .Select(r => new ConcernRow(r.x.Id, r.Title, r.x.Category, r.x.Status, r.x.AssignedSide, r.x.ReceivedOn, r.x.AcknowledgementDueOn, r.x.FeedbackDueOn, r.x.AcknowledgementOverdue(Today), r.x.FeedbackOverdue(Today), r.x.FieldFeedback))
            .OrderBy(r => r.Status == ConcernStatus.Closed).ThenByDescending(r => r.AcknowledgementOverdue || r.FeedbackOverdue).ThenByDescending(r => r.ReceivedOn)];
    }

    public sealed record ConcernRow(Guid Id, string Change, ConcernCategory Category, ConcernStatus Status, Side? AssignedSide, DateOnly ReceivedOn, DateOnly AcknowledgementDueOn, DateOnly FeedbackDueOn, bool AcknowledgementOverdue, bool FeedbackOverdue, bool FieldFeedback);
}
