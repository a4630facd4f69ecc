using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paritas.Web.Data;
using Paritas.Web.Features.Accounts;

namespace Paritas.Web.Features.Concerns;

/// <summary>A digital agent logs what they saw in the field as a named concern, sealed and routed like any other.</summary>
[Authorize(Policy = Policies.WorkersSide)]
[RequestFormLimits(MultipartBodyLengthLimit = 30_000_000)]
[RequestSizeLimit(30_000_000)]
public sealed class FieldFeedbackModel(AppDbContext db, ConcernIntake intake, ConcernVault vault, CurrentUser me, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public ConcernForm Form { get; set; } = new();

    public string ChangeTitle { get; private set; } = "";

    public IReadOnlyList<SelectListItem> Units { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Categories { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid changeId, CancellationToken ct) => await LoadAsync(changeId, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid changeId, CancellationToken ct)
    {
        if (!await LoadAsync(changeId, ct))
        {
            return NotFound();
        }

        Form.ChangeId = changeId;
        Form.Reporter = ReporterChoice.Named;
        ModelState.Remove("Form.ChangeId");
        ModelState.Remove("Form.Reporter");
        var email = await db.Users.Where(u => u.Id == me.Id).Select(u => u.Email).FirstOrDefaultAsync(ct);
        var input = await intake.CheckAsync(Form, ModelState, fieldFeedback: true, new ReporterIdentity(me.Name, email), ct);
        if (input is null)
        {
            return Page();
        }

        await vault.RaiseAsync(me.RequiredOrganisationId, input, ct);
        return Redirect($"/Changes/Details?id={changeId:D}#concerns");
    }

    private async Task<bool> LoadAsync(Guid changeId, CancellationToken ct)
    {
        var title = await db.DigitalChanges.Where(c => c.Id == changeId).Select(c => c.Title).FirstOrDefaultAsync(ct);
        if (title is null)
        {
            return false;
        }

        ChangeTitle = title;
        var units = await db.AffectedUnits.Where(a => a.ChangeId == changeId).Join(db.Units, a => a.UnitId, u => u.Id, (a, u) => new { u.Id, u.Name }).ToListAsync(ct);
        Units = [new SelectListItem(l["Not stated"], ""), .. units.OrderBy(u => u.Name, StringComparer.CurrentCulture).Select(u => new SelectListItem(u.Name, u.Id.ToString()))];
        Categories = [new SelectListItem(l["Choose a category"], ""), .. Enum.GetValues<ConcernCategory>().Select(c => new SelectListItem(l[ConcernNames.Of(c)], c.ToString()))];
        return true;
    }
}
