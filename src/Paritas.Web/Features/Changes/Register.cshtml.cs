using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Paritas.Web.Data;
using Paritas.Web.Features.Accounts;

namespace Paritas.Web.Features.Changes;

/// <summary>Either side registers a change: employer and workers' representatives alike.</summary>
[Authorize(Policy = Policies.JointCommittee)]
public sealed class RegisterModel(AppDbContext db, ChangeRegister register, CurrentUser me, IStringLocalizer<SharedResource> l) : ChangeFormPage(db, l)
{
    public async Task OnGetAsync(CancellationToken ct)
    {
        Form = new ChangeForm { HumanChannelKept = true };
        await RedisplayAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var units = Form.CompactUnits();
        if (!ModelState.IsValid)
        {
            return await RedisplayAsync(ct);
        }

        var result = await register.RegisterAsync(Form.ToDetails(), units, Actor.Of(me), ct);
        if (result.Outcome != ChangeOutcome.Done)
        {
            AddErrors(result);
            return await RedisplayAsync(ct);
        }

        return RedirectToPage("Details", new { id = result.Id });
    }
}
