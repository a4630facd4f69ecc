using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paritas.Web.Data;
using Paritas.Web.Features.Accounts;

namespace Paritas.Web.Features.Changes;

/// <summary>Moves a change to another stage; who, when and why go into its history.</summary>
[Authorize(Policy = Policies.JointCommittee)]
public sealed class StageModel(AppDbContext db, ChangeRegister register, CurrentUser me, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public StageForm Form { get; set; } = new();

    public Guid Id { get; private set; }

    public string Title { get; private set; } = "";

    public ChangeStage Current { get; private set; }

    /// <summary>Set when unmet obligations bar the stage asked for: the page then offers a two-sided override.</summary>
    public bool Blocked { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Form = new StageForm { Version = Form.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var version = Form.Version;
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Form.Version = version;
        if (Form.Stage is null)
        {
            ModelState.AddModelError("Form.Stage", l["Choose a stage other than the current one."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await register.MoveAsync(id, version, Form.Stage!.Value, Form.Reason, Actor.Of(me), ct);
        switch (result.Outcome)
        {
            case ChangeOutcome.Done:
                return RedirectToPage("Details", new { id });
            case ChangeOutcome.NotFound:
                return NotFound();
            case ChangeOutcome.Conflict:
                ModelState.AddModelError(string.Empty, l["Someone else saved this change while you were editing it. Your edits were not saved: reload the page to see the current version, then make your edits again."]);
                return Page();
            case ChangeOutcome.Blocked:
                Blocked = true;
                ModelState.AddModelError("Form.Stage", l["Obligations that gate this stage are not met. Meet them, have them waived by both sides, or propose an override that the other side must confirm."]);
                goto default;
            default:
                foreach (var error in result.ErrorList)
                {
                    ModelState.AddModelError("Form." + error.Field, error.Message);
                }

                return Page();
        }
    }

    public async Task<IActionResult> OnPostOverrideAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var result = await register.ProposeOverrideAsync(id, Form.Stage ?? (ChangeStage)(-1), Form.Reason, Actor.Of(me), ct);
        if (result.Outcome == ChangeOutcome.Done)
        {
            return RedirectToPage("Details", new { id });
        }

        Blocked = true;
        foreach (var error in result.ErrorList)
        {
            ModelState.AddModelError("Form." + error.Field, error.Message);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(Guid id, Guid overrideId, CancellationToken ct)
    {
        var result = await register.ConfirmOverrideAsync(overrideId, Actor.Of(me), ct);
        if (result.Outcome == ChangeOutcome.NotFound || !await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (result.Outcome == ChangeOutcome.Done)
        {
            return RedirectToPage("Details", new { id });
        }

        foreach (var error in result.ErrorList)
        {
            ModelState.AddModelError(string.Empty, error.Message);
        }

        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var change = await db.DigitalChanges.Where(c => c.Id == id).Select(c => new { c.Title, c.Stage, c.Version }).FirstOrDefaultAsync(ct);
        if (change is null)
        {
            return false;
        }

        Id = id;
        Title = change.Title;
        Current = change.Stage;
        Form.Version = change.Version;
        return true;
    }

    public sealed class StageForm
    {
        public ChangeStage? Stage { get; set; }

        public string? Reason { get; set; }

        public Guid Version { get; set; }
    }
}
