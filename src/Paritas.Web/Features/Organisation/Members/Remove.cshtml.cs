using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paritas.Web.Data;
using Paritas.Web.Features.Accounts;

namespace Paritas.Web.Features.Organisations.Members;

/// <summary>Asks before taking a person out of the organisation; their account stays for other organisations.</summary>
public sealed class RemoveModel(AppDbContext db, MembershipChanges changes, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public string Name { get; private set; } = "";

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        var result = await changes.RemoveAsync(Id, ct);
        if (result.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            result.CopyTo(ModelState, "");
            return Page();
        }

        Notice = l["{0} was removed from the organisation and signed out.", Name];
        return RedirectToPage("Index");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var name = await db.Memberships.Where(m => m.Id == Id).Join(db.Users, m => m.UserId, u => u.Id, (m, u) => u.DisplayName).FirstOrDefaultAsync(ct);
        Name = name ?? "";
        return name is not null;
    }
}
