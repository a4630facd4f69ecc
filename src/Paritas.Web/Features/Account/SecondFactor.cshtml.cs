using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Audit;

namespace Paritas.Web.Features.Account;

[EnableRateLimiting(AccountsExtensions.SignInRateLimit)]
public sealed class SecondFactorModel(
    UserManager<AppUser> users,
    SessionSignIn sessions,
    AuditTrail audit,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public CodeForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
        => await sessions.PendingUserIdAsync() is null ? RedirectToPage("SignIn") : Page();

    public async Task<IActionResult> OnPostAsync(string? returnUrl, CancellationToken ct)
    {
        var userId = await sessions.PendingUserIdAsync();
        if (userId is null)
        {
            return RedirectToPage("SignIn");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByIdAsync(userId.Value.ToString("D"));
        if (user is null || user.IsDisabled || await users.IsLockedOutAsync(user))
        {
            ModelState.AddModelError(nameof(Form) + "." + nameof(Form.Code), l["Too many failed attempts. This account is locked for a few minutes."]);
            return Page();
        }

        if (!await users.VerifyTwoFactorTokenAsync(user, SingleUseTotpProvider.Name, Form.Code!))
        {
            await users.AccessFailedAsync(user);
            await audit.AppendAsync(new AuditRecord(AuditActions.SecondFactorFailed, user.Id), ct);
            ModelState.AddModelError(nameof(Form) + "." + nameof(Form.Code), l["The code is not right, or was used already. Wait for the next code and try again."]);
            return Page();
        }

        await users.ResetAccessFailedCountAsync(user);
        await sessions.SignInAsync(user, secondFactorVerified: true, ct);
        if (user.PreferredCulture is { } culture)
        {
            CultureModel.Remember(Response, culture);
        }

        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/Start");
    }

    public sealed class CodeForm
    {
        [Required(ErrorMessage = "Enter the 6-digit code.")]
        [RegularExpression(@"^\s*\d{3}\s?\d{3}\s*$", ErrorMessage = "The code is 6 digits, like 123456.")]
        public string? Code { get; set; }
    }
}
