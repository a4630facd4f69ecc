using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paritas.Web.Data;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Organisations.Committees;

/// <summary>One seat on a committee: its side and role are changed here, or the seat is given up.</summary>
public sealed class MemberModel(AppDbContext db, JointCommitteeChanges changes, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public SeatForm Form { get; set; } = new();

    public SeatView? Seat { get; private set; }

    public IEnumerable<SelectListItem> Roles => SeatOptions.Roles(l);

    public SideChoice SideChoice => new("Form.Side", Form.Side);

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Form.Side = Seat!.Side.ToString();
        Form.Role = Seat.Role.ToString();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        var result = await changes.ChangeMemberAsync(Id, Form.Side, Form.Role, ct);
        if (!result.Succeeded)
        {
            result.CopyTo(ModelState, nameof(Form));
            return Page();
        }

        Notice = l["The seat of {0} was changed.", Seat!.Name];
        return RedirectToPage("Details", new { id = Seat.CommitteeId });
    }

    public async Task<IActionResult> OnPostRemoveAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        await changes.RemoveMemberAsync(Id, ct);
        Notice = l["{0} was removed from the committee.", Seat!.Name];
        return RedirectToPage("Details", new { id = Seat.CommitteeId });
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Seat = await db.CommitteeMembers.Where(m => m.Id == Id)
            .Join(db.JointCommittees, m => m.CommitteeId, c => c.Id, (m, c) => new { m, CommitteeName = c.Name })
            .Join(db.Users, x => x.m.UserId, u => u.Id, (x, u) => new SeatView(x.m.CommitteeId, x.CommitteeName, u.DisplayName, x.m.Side, x.m.Role))
            .FirstOrDefaultAsync(ct);
        return Seat is not null;
    }

    public sealed class SeatForm
    {
        public string? Side { get; set; }

        public string? Role { get; set; }
    }

    public sealed record SeatView(Guid CommitteeId, string CommitteeName, string Name, Side Side, CommitteeRole Role);
}
