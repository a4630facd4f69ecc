using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Data;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Audit;

namespace Paritas.Web.Features.Account;

/// <summary>
/// Where an invitation link leads. The secret leaves the address bar, history and referrers on the
/// first request: it moves into a short-lived protected cookie, and the page reloads without it.
/// A new person chooses a name and password; a person with an account signs in and confirms.
/// </summary>
[EnableRateLimiting(AccountsExtensions.SignInRateLimit)]
public sealed class AcceptInvitationModel(
    AppDbContext db,
    UserManager<AppUser> users,
    SessionSignIn sessions,
    CurrentUser me,
    AuditTrail audit,
    TimeProvider clock,
    IDataProtectionProvider protection) : PageModel
{
    public const string CodeCookie = "__Host-paritas-invitation";

    private static readonly TimeSpan CodeLifetime = TimeSpan.FromHours(1);

    private Invitation? loaded;

    private bool isLoaded;

    [BindProperty]
    public NewAccountForm Form { get; set; } = new();

    public InvitationState State { get; private set; }

    public string OrganisationName { get; private set; } = "";

    public Role InvitedRole { get; private set; }

    public string Email { get; private set; } = "";

    private ITimeLimitedDataProtector Protector => protection.CreateProtector("Paritas.Invitation.Code").ToTimeLimitedDataProtector();

    public async Task<IActionResult> OnGetAsync(string? code, CancellationToken ct)
    {
        if (code is null)
        {
            await LoadAsync(ct);
            return Page();
        }

        if (code.Length is > 0 and <= 100)
        {
            Response.Cookies.Append(CodeCookie, Protector.Protect(code, CodeLifetime), new CookieOptions
            {
                HttpOnly = true,
                Secure = true,
                // Lax, not Strict: the link is opened from a mail program, and the cookie must
                // come along on the redirect that follows.
                SameSite = SameSiteMode.Lax,
                Path = "/",
                MaxAge = CodeLifetime,
                IsEssential = true,
            });
        }

        return RedirectToPage();
    }

    /// <summary>A new person: creates the account and the membership, then signs them in.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var invitation = await LoadAsync(ct);
        if (invitation is null || State != InvitationState.NewPerson)
        {
            return Page();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = new AppUser { UserName = invitation.Email, Email = invitation.Email, DisplayName = Form.Name!.Trim(), EmailConfirmed = true };
        var created = await users.CreateAsync(user, Form.Password!);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                var field = error.Code.StartsWith("Password", StringComparison.Ordinal) || error.Code is "Common" or "TooLong" or "ContainsEmail"
                    ? nameof(Form) + "." + nameof(Form.Password)
                    : string.Empty;
                ModelState.AddModelError(field, error.Description);
            }

            return Page();
        }

        if (!await ClaimAsync(invitation, ct))
        {
            // Someone used the link in the same moment: the account made here must not stay behind.
            await users.DeleteAsync(user);
            State = InvitationState.Used;
            return Page();
        }

        db.Memberships.Add(new Membership(user.Id, invitation.OrganisationId, invitation.Role));
        await db.SaveChangesAsync(ct);
        await audit.AppendAsync(new AuditRecord(AuditActions.InvitationAccepted, user.Id, invitation.Role.ToString(), invitation.OrganisationId, Outcome: "new-account"), ct);
        Response.Cookies.Delete(CodeCookie, new CookieOptions { Secure = true, Path = "/" });
        await sessions.SignInAsync(user, secondFactorVerified: false, ct);
        return Redirect("/Start");
    }

    /// <summary>A person with an account, signed in with the invited address, joins the organisation.</summary>
    public async Task<IActionResult> OnPostJoinAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var invitation = await LoadAsync(ct);
        if (invitation is null || State != InvitationState.ReadyToJoin)
        {
            return Page();
        }

        if (!await ClaimAsync(invitation, ct))
        {
            State = InvitationState.Used;
            return Page();
        }

        var userId = me.RequiredId;
        if (!await db.Memberships.AnyAsync(m => m.UserId == userId, ct))
        {
            db.Memberships.Add(new Membership(userId, invitation.OrganisationId, invitation.Role));
            await db.SaveChangesAsync(ct);
        }

        await audit.AppendAsync(new AuditRecord(AuditActions.InvitationAccepted, userId, invitation.Role.ToString(), invitation.OrganisationId, Outcome: "existing-account"), ct);
        Response.Cookies.Delete(CodeCookie, new CookieOptions { Secure = true, Path = "/" });
        if (me.SessionId is { } session)
        {
            await sessions.SwitchOrganisationAsync(session, userId, invitation.OrganisationId, ct);
        }

        return Redirect("/Start");
    }

    /// <summary>Finds the invitation the cookie points to and decides what the person sees.</summary>
    private async Task<Invitation?> LoadAsync(CancellationToken ct)
    {
        if (isLoaded)
        {
            return loaded;
        }

        isLoaded = true;
        State = InvitationState.Unknown;
        var code = ReadCode();
        if (code is null)
        {
            return null;
        }

        var hash = AccessTokens.Hash(code);
        Invitation? invitation;
        using (db.Tenant.EnterSystemScope())
        {
            // No organisation is known before the invitation is found: the secret's hash chooses it.
            invitation = await db.Invitations.IgnoreQueryFilters().FirstOrDefaultAsync(i => i.SecretHash == hash, ct);
            OrganisationName = invitation is null ? "" : await db.Organisations.Where(o => o.Id == invitation.OrganisationId).Select(o => o.Name).FirstAsync(ct);
        }

        if (invitation is null)
        {
            return null;
        }

        InvitedRole = invitation.Role;
        Email = invitation.Email;
        if (invitation.AcceptedAt is not null)
        {
            State = InvitationState.Used;
            return null;
        }

        if (!invitation.IsUsable(clock.GetUtcNow()))
        {
            State = InvitationState.Expired;
            return null;
        }

        var account = await users.FindByEmailAsync(invitation.Email);
        if (account is null)
        {
            State = me.IsSignedIn ? InvitationState.SignedInAsSomeoneElse : InvitationState.NewPerson;
        }
        else if (!me.IsSignedIn || me.SecondFactorPending)
        {
            State = InvitationState.SignInFirst;
        }
        else
        {
            State = me.Id == account.Id ? InvitationState.ReadyToJoin : InvitationState.SignedInAsSomeoneElse;
        }

        loaded = invitation;
        return invitation;
    }

    private string? ReadCode()
    {
        if (!Request.Cookies.TryGetValue(CodeCookie, out var value) || string.IsNullOrEmpty(value))
        {
            return null;
        }

        try
        {
            return Protector.Unprotect(value);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    /// <summary>Marks the invitation used in one statement, so two requests racing with one link cannot both succeed.</summary>
    private async Task<bool> ClaimAsync(Invitation invitation, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        db.Tenant.SetOrganisation(invitation.OrganisationId);
        var claimed = await db.Invitations
            .Where(i => i.Id == invitation.Id && i.AcceptedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.AcceptedAt, now), ct);
        return claimed == 1;
    }

    public enum InvitationState
    {
        Unknown,
        Used,
        Expired,
        NewPerson,
        SignInFirst,
        SignedInAsSomeoneElse,
        ReadyToJoin,
    }

    public sealed class NewAccountForm
    {
        [Required(ErrorMessage = "Enter your name.")]
        [StringLength(200, ErrorMessage = "The name can be at most 200 characters long.")]
        public string? Name { get; set; }

        [Required(ErrorMessage = "Choose a password.")]
        [StringLength(CommonPasswordValidator.MaximumLength, ErrorMessage = "The password can be at most 128 characters long.")]
        public string? Password { get; set; }
    }
}
