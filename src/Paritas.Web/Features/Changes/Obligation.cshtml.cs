using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paritas.Web.Data;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Agreements;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Changes;

/// <summary>Records an obligation as met (with evidence), missed, or — by both sides — waived.</summary>
[Authorize(Policy = Policies.JointCommittee)]
public sealed class ObligationModel(AppDbContext db, ObligationLedger ledger, CurrentUser me, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public ObligationForm Form { get; set; } = new();

    public ObligationView Obligation { get; private set; } = null!;

    public Side? MySide { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
        => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostMetAsync(Guid id, CancellationToken ct)
        => ActAsync(id, () => ledger.MeetAsync(id, Form.Version, Form.Evidence, Form.EvidenceUrl, Actor.Of(me), ct), ct);

    public Task<IActionResult> OnPostMissedAsync(Guid id, CancellationToken ct)
        => ActAsync(id, () => ledger.MarkMissedAsync(id, Form.Version, Form.Note, Actor.Of(me), ct), ct);

    public Task<IActionResult> OnPostWaiveAsync(Guid id, CancellationToken ct)
        => ActAsync(id, () => ledger.WaiveAsync(id, Form.Version, Form.Reason, Actor.Of(me), ct), ct);

    private async Task<IActionResult> ActAsync(Guid id, Func<Task<ChangeResult>> act, CancellationToken ct)
    {
        var result = await act();
        if (result.Outcome == ChangeOutcome.NotFound || !await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (result.Outcome == ChangeOutcome.Done)
        {
            return Redirect($"/Changes/Details?id={Obligation.ChangeId}#obligations");
        }

        if (result.Outcome == ChangeOutcome.Conflict)
        {
            ModelState.AddModelError(string.Empty, l["Someone else recorded something on this obligation while you were looking at it. Nothing was saved: check its current state and try again."]);
        }

        foreach (var error in result.ErrorList)
        {
            ModelState.AddModelError("Form." + error.Field, error.Message);
        }

        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var o = await db.Obligations.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (o is null)
        {
            return false;
        }

        var title = await db.DigitalChanges.Where(c => c.Id == o.ChangeId).Select(c => c.Title).FirstAsync(ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Obligation = new ObligationView(o.Id, o.ChangeId, title, o.Kind, o.Source, o.Note, o.ResponsibleSide, o.DueOn, o.GatesStage, o.Status, o.IsOverdue(today), o.Evidence, o.EvidenceUrl, o.WaiverRequestedBy, o.WaiverReason);
        MySide = Actor.Of(me).Side;
        // A conflict message only makes sense against the version the person saw; keep theirs if they sent one.
        if (Form.Version is null || Form.Version == Guid.Empty)
        {
            Form.Version = o.Version;
        }

        return true;
    }

    public sealed class ObligationForm
    {
        public string? Evidence { get; set; }

        public string? EvidenceUrl { get; set; }

        public string? Note { get; set; }

        public string? Reason { get; set; }

        public Guid? Version { get; set; }
    }

    public sealed record ObligationView(
        Guid Id,
        Guid ChangeId,
        string ChangeTitle,
        ObligationKind Kind,
        string Source,
        string? Note,
        Side ResponsibleSide,
        DateOnly? DueOn,
        ChangeStage? GatesStage,
        ObligationStatus Status,
        bool Overdue,
        string? Evidence,
        string? EvidenceUrl,
        Side? WaiverRequestedBy,
        string? WaiverReason);
}
