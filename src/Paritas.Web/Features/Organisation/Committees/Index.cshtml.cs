using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paritas.Web.Data;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Organisations.Committees;

/// <summary>The organisation's joint committees, and a form to set up another.</summary>
public sealed class IndexModel(AppDbContext db, JointCommitteeChanges changes, CurrentUser me, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public CommitteeForm Form { get; set; } = new();

    public IReadOnlyList<CommitteeRow> Committees { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await changes.CreateAsync(me.RequiredOrganisationId, Form.Name, ct);
        if (!result.Succeeded)
        {
            result.CopyTo(ModelState, nameof(Form));
            await LoadAsync(ct);
            return Page();
        }

        Notice = l["The committee was set up. Now add its members from both sides."];
        return RedirectToPage("Details", new { id = result.Id });
    }

    private async Task LoadAsync(CancellationToken ct)
        => Committees = await db.JointCommittees
            .OrderBy(c => c.Name)
            .Select(c => new CommitteeRow(
                c.Id,
                c.Name,
                c.Members.Count(m => m.Side == Side.Employer),
                c.Members.Count(m => m.Side == Side.Workers)))
            .ToListAsync(ct);

    public sealed class CommitteeForm
    {
        public string? Name { get; set; }
    }

    public sealed record CommitteeRow(Guid Id, string Name, int EmployerSide, int WorkersSide);
}
