using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Audit;
using QRCoder;

namespace Paritas.Web.Features.Account;

public sealed class SetupAuthenticatorModel(
    UserManager<AppUser> users,
    SessionSignIn sessions,
    CurrentUser me,
    AuditTrail audit,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public SecondFactorModel.CodeForm Form { get; set; } = new();

    public bool AlreadySetUp { get; private set; }

    public string Key { get; private set; } = "";

    public string QrCode { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() is null ? Challenge() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var user = await LoadAsync();
        if (user is null)
        {
            return Challenge();
        }

        if (AlreadySetUp || !ModelState.IsValid)
        {
            return Page();
        }

        if (!await users.VerifyTwoFactorTokenAsync(user, SingleUseTotpProvider.Name, Form.Code!))
        {
            ModelState.AddModelError(nameof(Form) + "." + nameof(Form.Code), l["The code is not right, or was used already. Wait for the next code and try again."]);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        await sessions.MarkSecondFactorVerifiedAsync(me.SessionId!.Value, ct);
        await audit.AppendAsync(new AuditRecord(AuditActions.SecondFactorEnrolled, user.Id), ct);
        return Redirect("/Start");
    }

    private async Task<AppUser?> LoadAsync()
    {
        if (me.Id is not { } id || await users.FindByIdAsync(id.ToString("D")) is not { } user)
        {
            return null;
        }

        AlreadySetUp = user.TwoFactorEnabled && !me.SecondFactorPending;
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }

        Key = key!;
        var uri = $"otpauth://totp/Paritas:{Uri.EscapeDataString(user.Email ?? "")}?secret={Key}&issuer=Paritas&digits=6&period=30";
        using var data = QRCodeGenerator.GenerateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        QrCode = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(5));
        return user;
    }
}
