using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paritas.Web.Data;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Changes;

namespace Paritas.Web.Features.Assessments;

/// <summary>Starts the ex-ante or ex-post assessment of a change.</summary>
[Authorize(Policy = Policies.JointCommittee)]
public sealed class StartModel(AppDbContext db, AssessmentLedger ledger, CurrentUser me, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid ChangeId { get; set; }

    [BindProperty(SupportsGet = true)]
    public AssessmentKind Kind { get; set; }

    public string ChangeTitle { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await ledger.StartAsync(ChangeId, Kind, Actor.Of(me), ct);
        if (result.Outcome == ChangeOutcome.NotFound || !await LoadAsync(ct))
        {
            return NotFound();
        }

        if (result.Outcome == ChangeOutcome.Done)
        {
            return Redirect($"/Assessments/Details?id={result.Id}");
        }

        AssessmentRefusal.Show(ModelState, result, l);

        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        ChangeTitle = await db.DigitalChanges.Where(c => c.Id == ChangeId).Select(c => c.Title).FirstOrDefaultAsync(ct) ?? "";
        return ChangeTitle.Length > 0;
    }
}
