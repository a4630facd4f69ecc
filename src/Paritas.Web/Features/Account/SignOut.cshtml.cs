using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Paritas.Web.Features.Accounts;

namespace Paritas.Web.Features.Account;

/// <summary>Signing out is a POST (no state change on GET); it ends the server-side session.</summary>
[AllowAnonymous]
public sealed class SignOutModel(SessionSignIn sessions, CurrentUser me) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (me.IsSignedIn)
        {
            await sessions.SignOutAsync(me.SessionId, me.Id, ct);
        }

        return Redirect("/");
    }
}
