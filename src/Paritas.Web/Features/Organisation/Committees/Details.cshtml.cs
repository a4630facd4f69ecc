using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paritas.Web.Data;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Organisations.Committees;

/// <summary>One joint committee: its members by side, and forms to add a member or rename it.</summary>
public sealed class DetailsModel(AppDbContext db, JointCommitteeChanges changes, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public SeatForm Seat { get; set; } = new();

    [BindProperty]
    public RenameForm Rename { get; set; } = new();

    public string Name { get; private set; } = "";

    public IReadOnlyList<MemberRow> Members { get; private set; } = [];

    public IEnumerable<SelectListItem> People { get; private set; } = [];

    public IEnumerable<SelectListItem> Roles => SeatOptions.Roles(l);

    public SideChoice SideChoice => new("Seat.Side", Seat.Side);

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Rename.Name = Name;
        return Page();
    }

    public async Task<IActionResult> OnPostAddMemberAsync(CancellationToken ct)
    {
        var result = await changes.AddMemberAsync(Id, Seat.UserId, Seat.Side, Seat.Role, ct);
        return await AfterAsync(result, nameof(Seat), l["The member was added."], ct);
    }

    public async Task<IActionResult> OnPostRenameAsync(CancellationToken ct)
    {
        var result = await changes.RenameAsync(Id, Rename.Name, ct);
        return await AfterAsync(result, nameof(Rename), l["The committee was renamed."], ct);
    }

    private Task<IActionResult> AfterAsync(SetupResult result, string prefix, string notice, CancellationToken ct)
        => result.AnswerAsync(this, prefix, () =>
        {
            Notice = notice;
            return RedirectToPage(new { id = Id });
        }, () => LoadAsync(ct));

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var name = await db.JointCommittees.Where(c => c.Id == Id).Select(c => c.Name).FirstOrDefaultAsync(ct);
        if (name is null)
        {
            return false;
        }

        Name = name;
        var members = await db.CommitteeMembers.Where(m => m.CommitteeId == Id)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new MemberRow(m.Id, m.UserId, u.DisplayName, m.Side, m.Role))
            .ToListAsync(ct);
        Members = [.. members.OrderBy(m => m.Side).ThenBy(m => m.Name, StringComparer.CurrentCulture)];
        var seated = members.Select(m => m.UserId).ToHashSet();
        var people = await db.Memberships
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.DisplayName, m.Role })
            .ToListAsync(ct);
        People = [new SelectListItem(l["Choose a person"], ""), .. people
            .Where(p => !seated.Contains(p.Id))
            .OrderBy(p => p.DisplayName, StringComparer.CurrentCulture)
            .Select(p => new SelectListItem($"{p.DisplayName} ({l[RoleNames.Of(p.Role)]})", p.Id.ToString()))];
        return true;
    }

    public sealed class SeatForm
    {
        public Guid? UserId { get; set; }

        public string? Side { get; set; }

        public string? Role { get; set; }
    }

    public sealed class RenameForm
    {
        public string? Name { get; set; }
    }

    public sealed record MemberRow(Guid Id, Guid UserId, string Name, Side Side, CommitteeRole Role);
}
