using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paritas.Web.Data;
using Paritas.Web.Features.Accounts;

namespace Paritas.Web.Features.Organisations.Members;

/// <summary>The people of the organisation and the invitations still waiting for an answer.</summary>
public sealed class IndexModel(AppDbContext db, CurrentUser me, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public IReadOnlyList<PersonRow> People { get; private set; } = [];

    public IReadOnlyList<InvitationRow> Invitations { get; private set; } = [];

    public DateTimeOffset Now { get; private set; }

    public Guid? MyId => me.Id;

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Now = clock.GetUtcNow();
        People = await db.Memberships
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { m, u })
            .OrderBy(x => x.u.DisplayName)
            .Select(x => new PersonRow(x.m.Id, x.u.Id, x.u.DisplayName, x.u.Email ?? "", x.m.Role, x.u.TwoFactorEnabled, x.u.IsDisabled))
            .ToListAsync(ct);
        Invitations = await db.Invitations
            .Where(i => i.AcceptedAt == null)
            .OrderByDescending(i => i.CreatedAt)
            .Select(i => new InvitationRow(i.Id, i.Email, i.Role, i.ExpiresAt))
            .ToListAsync(ct);
    }

    /// <summary>Withdraws an invitation: its link stops working at once.</summary>
    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken ct)
    {
        var invitation = await db.Invitations.FirstOrDefaultAsync(i => i.Id == id && i.AcceptedAt == null, ct);
        if (invitation is null)
        {
            return NotFound();
        }

        db.Invitations.Remove(invitation);
        await db.SaveChangesAsync(ct);
        Notice = l["The invitation to {0} was withdrawn. Its link no longer works.", invitation.Email];
        return RedirectToPage();
    }

    public sealed record PersonRow(Guid MembershipId, Guid UserId, string Name, string Email, Role Role, bool SecondFactor, bool Disabled);

    public sealed record InvitationRow(Guid Id, string Email, Role Role, DateTimeOffset ExpiresAt);
}
