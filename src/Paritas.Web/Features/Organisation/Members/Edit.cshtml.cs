using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paritas.Web.Data;
using Paritas.Web.Features.Accounts;

namespace Paritas.Web.Features.Organisations.Members;

/// <summary>One person of the organisation: their role, which the administrator may change.</summary>
public sealed class EditModel(AppDbContext db, MembershipChanges changes, CurrentUser me, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public RoleForm Form { get; set; } = new();

    public PersonView? Person { get; private set; }

    public bool IsMe => Person?.UserId == me.Id;

    public IEnumerable<SelectListItem> Roles => Enum.GetValues<Role>().Select(r => new SelectListItem(l[RoleNames.Of(r)], r.ToString()));

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Form.Role = Person!.Role.ToString();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        var result = await changes.ChangeRoleAsync(Id, Form.Role, ct);
        if (result.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            result.CopyTo(ModelState, nameof(Form));
            return Page();
        }

        Notice = l["The role of {0} was changed. They were signed out and get the new role when they sign in again.", Person!.Name];
        return RedirectToPage("Index");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Person = await db.Memberships.Where(m => m.Id == Id)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new PersonView(u.Id, u.DisplayName, u.Email ?? "", m.Role, u.TwoFactorEnabled, m.CreatedAt))
            .FirstOrDefaultAsync(ct);
        return Person is not null;
    }

    public sealed class RoleForm
    {
        public string? Role { get; set; }
    }

    public sealed record PersonView(Guid UserId, string Name, string Email, Role Role, bool SecondFactor, DateTimeOffset Since);
}
