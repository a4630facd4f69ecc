using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Changes;

namespace Paritas.Web.Features.Agreements;

[Authorize(Policy = Policies.JointCommittee)]
public sealed class ImportModel(AgreementImport import, ObligationPlanner planner, CurrentUser me, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public string? Template { get; set; }

    public IReadOnlyList<AgreementTemplate> Templates => AgreementTemplates.All;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (AgreementTemplates.Find(Template) is not { } template)
        {
            ModelState.AddModelError(nameof(Template), l["Choose a template to import."]);
            return Page();
        }

        var agreement = await import.ImportAsync(template, me.RequiredId, ct);
        await planner.RecomputeAllAsync(ct);
        return RedirectToPage("Details", new { id = agreement.Id });
    }
}
