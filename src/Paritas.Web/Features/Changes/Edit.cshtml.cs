using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paritas.Web.Data;
using Paritas.Web.Features.Accounts;

namespace Paritas.Web.Features.Changes;

/// <summary>Both sides' representatives may edit the register fields; the history records who changed which.</summary>
[Authorize(Policy = Policies.JointCommittee)]
public sealed class EditModel(AppDbContext db, ChangeRegister register, CurrentUser me, IStringLocalizer<SharedResource> l) : ChangeFormPage(db, l)
{
    public Guid Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var change = await Db.DigitalChanges.AsNoTracking().Include(c => c.Units).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (change is null)
        {
            return NotFound();
        }

        Id = id;
        Form = ChangeForm.From(change);
        return await RedisplayAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        // Another organisation's change must answer like none at all, even to a form with errors.
        if (!await Db.DigitalChanges.AnyAsync(c => c.Id == id, ct))
        {
            return NotFound();
        }

        Id = id;
        var units = Form.CompactUnits();
        if (!ModelState.IsValid)
        {
            return await RedisplayAsync(ct);
        }

        var result = await register.UpdateAsync(id, Form.Version, Form.ToDetails(), units, Actor.Of(me), ct);
        switch (result.Outcome)
        {
            case ChangeOutcome.NotFound:
                return NotFound();
            case ChangeOutcome.Conflict:
                AddConflict();
                return await RedisplayAsync(ct);
            case ChangeOutcome.Done:
                return RedirectToPage("Details", new { id });
            default:
                AddErrors(result);
                return await RedisplayAsync(ct);
        }
    }
}
