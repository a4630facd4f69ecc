using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Paritas.Web.Features.Accounts;

namespace Paritas.Web.Features.Account;

public sealed class SwitchOrganisationModel(SessionSignIn sessions, CurrentUser me) : PageModel
{
    public IActionResult OnGet() => Redirect("/Start");

    public async Task<IActionResult> OnPostAsync(Guid organisationId, CancellationToken ct)
    {
        if (me.SessionId is { } session && me.Id is { } user)
        {
            await sessions.SwitchOrganisationAsync(session, user, organisationId, ct);
        }

        return Redirect("/Start");
    }
}
