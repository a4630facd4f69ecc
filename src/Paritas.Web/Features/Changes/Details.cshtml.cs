using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Data;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Agreements;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Changes;

/// <summary>The change page: everything about one change on one screen.</summary>
[Authorize(Policy = Policies.Member)]
public sealed class DetailsModel(AppDbContext db, CurrentUser me, TimeProvider clock) : PageModel
{
    public ChangeView Change { get; private set; } = null!;

    public IReadOnlyList<AffectedUnitView> Units { get; private set; } = [];

    public IReadOnlyList<TimelineItem> Timeline { get; private set; } = [];

    public bool CanAct { get; private set; }

    public IReadOnlyList<ObligationRow> Obligations { get; private set; } = [];

    public PendingOverride? Override { get; private set; }

    public Side? MySide { get; private set; }

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var change = await db.DigitalChanges.Where(c => c.Id == id)
            .Select(c => new ChangeView(c.Id, c.Title, c.Description, c.Category, c.Vendor, c.Hosting, c.Stage, c.StageSince, c.RegisteredAt, c.RegisteredBySide, c.WorkerData, c.Service, c.Resilience))
            .FirstOrDefaultAsync(ct);
        if (change is null)
        {
            return NotFound();
        }

        Change = change;
        Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        CanAct = me.Role is { } role && (RoleFacts.IsEmployerSide(role) || RoleFacts.IsWorkersSide(role));
        Units = await db.AffectedUnits.Where(a => a.ChangeId == id)
            .Join(db.Units, a => a.UnitId, u => u.Id, (a, u) => new AffectedUnitView(u.Name, u.Code, a.Headcount, a.GoLive))
            .ToListAsync(ct);
        Units = [.. Units.OrderBy(u => u.GoLive ?? DateOnly.MaxValue).ThenBy(u => u.Name, StringComparer.CurrentCulture)];

        var history = await db.ChangeHistory.Where(h => h.ChangeId == id)
            .GroupJoin(db.Users, h => h.ByUserId, u => u.Id, (h, users) => new { h, users })
            .SelectMany(x => x.users.DefaultIfEmpty(), (x, u) => new { x.h.At, x.h.Kind, x.h.FromStage, x.h.ToStage, x.h.Detail, x.h.BySide, x.h.Obligation, Name = u == null ? null : u.DisplayName })
            .ToListAsync(ct);
        var items = history.Select(h => new TimelineItem(h.At, null, h.Kind, h.ToStage, h.Detail, h.Name, h.BySide, null, h.Obligation)).ToList();
        items.AddRange(Units.Where(u => u.GoLive is not null).Select(u => new TimelineItem(null, u.GoLive, null, null, null, null, null, u.Name, null)));
        Timeline = [.. items.OrderBy(i => i.SortKey)];

        var obligations = await db.Obligations.AsNoTracking().Where(o => o.ChangeId == id).ToListAsync(ct);
        Obligations = [.. obligations
            .Select(o => new ObligationRow(o.Id, o.Kind, o.Source, o.ResponsibleSide, o.DueOn, o.GatesStage, o.Status, o.IsOverdue(Today), o.WaiverRequestedBy is not null && !o.IsSettled))
            .OrderBy(o => o.Status is ObligationStatus.Met or ObligationStatus.Waived).ThenBy(o => o.DueOn ?? DateOnly.MaxValue)];
        MySide = me.Role is { } r ? new Actor(Guid.Empty, r).Side : null;
        Override = await db.GateOverrides.Where(o => o.ChangeId == id && o.ConfirmedAt == null && !o.Withdrawn)
            .Select(o => new PendingOverride(o.Id, o.TargetStage, o.Reason, o.ProposedBy, o.ProposedAt))
            .FirstOrDefaultAsync(ct);
        return Page();
    }

    public sealed record ChangeView(
        Guid Id,
        string Title,
        string? Description,
        ChangeCategory Category,
        string? Vendor,
        HostingModel Hosting,
        ChangeStage Stage,
        DateTimeOffset StageSince,
        DateTimeOffset RegisteredAt,
        Side? RegisteredBySide,
        WorkerDataProfile WorkerData,
        ServiceProfile Service,
        ResilienceProfile Resilience);

    public sealed record ObligationRow(Guid Id, ObligationKind Kind, string Source, Side ResponsibleSide, DateOnly? DueOn, ChangeStage? GatesStage, ObligationStatus Status, bool Overdue, bool WaiverPending);

    public sealed record PendingOverride(Guid Id, ChangeStage Target, string Reason, Side ProposedBy, DateTimeOffset ProposedAt);

    public sealed record AffectedUnitView(string Name, string Code, int Headcount, DateOnly? GoLive);

    /// <summary>An event in the history, or a go-live date (past or planned).</summary>
    public sealed record TimelineItem(DateTimeOffset? At, DateOnly? GoLive, ChangeHistoryKind? Kind, ChangeStage? ToStage, string? Detail, string? By, Side? BySide, string? UnitName, ObligationKind? Obligation)
    {
        public DateTimeOffset SortKey => At ?? new DateTimeOffset(GoLive!.Value.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
    }
}
