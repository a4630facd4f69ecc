using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Shared;

namespace Paritas.Web.Features;

/// <summary>The language switcher: remembered in a cookie, and on the account of a signed-in person.</summary>
public sealed class CultureModel(UserManager<AppUser> users, CurrentUser me) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync(string? culture, string? returnUrl)
    {
        if (!Cultures.IsSupported(culture))
        {
            return BadRequest();
        }

        Remember(Response, culture!);
        if (me.Id is { } id && await users.FindByIdAsync(id.ToString("D")) is { } user)
        {
            user.PreferredCulture = culture;
            await users.UpdateAsync(user);
        }

        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }

    public static void Remember(HttpResponse response, string culture)
        => response.Cookies.Append(
            ShellExtensions.CultureCookie,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), Secure = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Path = "/", IsEssential = true });
}
