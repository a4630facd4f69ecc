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
public sealed class SignInModel(
    UserManager<AppUser> users,
    SignInManager<AppUser> signIn,
    SessionSignIn sessions,
    AuditTrail audit,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public SignInForm Form { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Form.Email!.Trim());
        if (user is null || user.IsDisabled)
        {
            // Same message whether or not the address exists (ASVS 2.2: no account enumeration).
            await audit.AppendAsync(new AuditRecord(AuditActions.SignInFailed, user?.Id), ct);
            return Failed();
        }

        var result = await signIn.CheckPasswordSignInAsync(user, Form.Password!, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            await audit.AppendAsync(new AuditRecord(AuditActions.SignInLockedOut, user.Id), ct);
            ModelState.AddModelError(string.Empty, l["Too many failed attempts. This account is locked for a few minutes."]);
            return Page();
        }

        if (!result.Succeeded)
        {
            await audit.AppendAsync(new AuditRecord(AuditActions.SignInFailed, user.Id), ct);
            return Failed();
        }

        if (user.TwoFactorEnabled)
        {
            await sessions.BeginSecondFactorAsync(user);
            return RedirectToPage("SecondFactor", new { returnUrl = LocalOrNull(returnUrl) });
        }

        await sessions.SignInAsync(user, secondFactorVerified: false, ct);
        if (user.PreferredCulture is { } culture)
        {
            CultureModel.Remember(Response, culture);
        }

        return LocalRedirect(LocalOrNull(returnUrl) ?? "/Start");
    }

    private string? LocalOrNull(string? returnUrl) => Url.IsLocalUrl(returnUrl) ? returnUrl : null;

    private PageResult Failed()
    {
        ModelState.AddModelError(nameof(Form) + "." + nameof(Form.Email), l["The e-mail address or password is not right."]);
        return Page();
    }

    public sealed class SignInForm
    {
        [Required(ErrorMessage = "Enter your e-mail address.")]
        [EmailAddress(ErrorMessage = "Enter an e-mail address in the right form, like name@example.org.")]
        [StringLength(256)]
        public string? Email { get; set; }

        [Required(ErrorMessage = "Enter your password.")]
        [StringLength(CommonPasswordValidator.MaximumLength)]
        public string? Password { get; set; }
    }
}
