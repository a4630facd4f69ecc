using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Changes;

namespace Paritas.Web.Features.Assessments;

/// <summary>Starts a new version of a co-signed assessment; the signed version is kept unchanged.</summary>
[Authorize(Policy = Policies.JointCommittee)]
public sealed class AmendModel(AssessmentReader reader, AssessmentLedger ledger, CurrentUser me, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public AmendForm Form { get; set; } = new();

    public AssessmentReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var result = await ledger.AmendAsync(id, Form.Reason, Actor.Of(me), ct);
        if (result.Outcome == ChangeOutcome.NotFound || !await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (result.Outcome == ChangeOutcome.Done)
        {
            return Redirect($"/Assessments/Details?id={result.Id}");
        }

        AssessmentRefusal.Show(ModelState, result, l, "Reason");

        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var report = await reader.ReadAsync(id, Actor.Of(me).Side, ct);
        if (report is null)
        {
            return false;
        }

        Report = report;
        return true;
    }

    public sealed class AmendForm
    {
        public string? Reason { get; set; }
    }
}
