using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paritas.Web.Data;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Audit;

namespace Paritas.Web.Features.Setup;

/// <summary>
/// First run: creates the first platform administrator. Open only while no platform
/// administrator exists; after that it is not found, for reading and for posting alike.
/// </summary>
[EnableRateLimiting(AccountsExtensions.SignInRateLimit)]
public sealed class IndexModel(
    AppDbContext db,
    UserManager<AppUser> users,
    SessionSignIn sessions,
    AuditTrail audit,
    IStringLocalizer<SharedResource> l) : PageModel
{
    // Two people racing through set-up must not both become administrator. The gate serialises
    // this process; the transaction (an advisory lock on PostgreSQL, an immediate write lock on
    // SQLite) serialises every instance that shares the database, and the check is repeated inside.
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private const long SetupLock = 4242002;

    [BindProperty]
    public SetupForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await AdministratorExistsAsync(ct) ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await AdministratorExistsAsync(ct))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Outcome outcome;
        AppUser user;
        await Gate.WaitAsync(ct);
        try
        {
            (outcome, user) = await CreateAdministratorAsync(ct);
        }
        finally
        {
            Gate.Release();
        }

        switch (outcome)
        {
            case Outcome.Refused:
                return NotFound();
            case Outcome.Invalid:
                return Page();
        }

        await audit.AppendAsync(new AuditRecord(AuditActions.AdministratorCreated, user.Id, Policies.PlatformAdministrator), ct);
        // A platform administrator needs a second factor: the enrolment middleware allows nothing
        // else until the authenticator is set up, so go there directly.
        await sessions.SignInAsync(user, secondFactorVerified: false, ct);
        return LocalRedirect(SecondFactorEnrolment.SetupPath);
    }

    private async Task<(Outcome Outcome, AppUser User)> CreateAdministratorAsync(CancellationToken ct)
    {
        var email = Form.Email!.Trim();
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            DisplayName = Form.Name!.Trim(),
            EmailConfirmed = true,
            IsPlatformAdministrator = true,
        };

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({SetupLock})", ct);
        }

        if (await AdministratorExistsAsync(ct))
        {
            return (Outcome.Refused, user);
        }

        var created = await users.CreateAsync(user, Form.Password!);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                ModelState.AddModelError(FieldOf(error.Code), l[error.Description]);
            }

            return (Outcome.Invalid, user);
        }

        await tx.CommitAsync(ct);
        return (Outcome.Created, user);
    }

    private Task<bool> AdministratorExistsAsync(CancellationToken ct) => db.Users.AnyAsync(u => u.IsPlatformAdministrator, ct);

    private static string FieldOf(string code) => code switch
    {
        _ when code.Contains("Email", StringComparison.Ordinal) || code.Contains("UserName", StringComparison.Ordinal) => nameof(Form) + "." + nameof(SetupForm.Email),
        _ => nameof(Form) + "." + nameof(SetupForm.Password),
    };

    private enum Outcome
    {
        Created,
        Refused,
        Invalid,
    }

    public sealed class SetupForm
    {
        [Required(ErrorMessage = "Enter your name.")]
        [StringLength(200, ErrorMessage = "The name can be at most 200 characters long.")]
        public string? Name { get; set; }

        [Required(ErrorMessage = "Enter your e-mail address.")]
        [EmailAddress(ErrorMessage = "Enter an e-mail address in the right form, like name@example.org.")]
        [StringLength(256, ErrorMessage = "The e-mail address can be at most 256 characters long.")]
        public string? Email { get; set; }

        [Required(ErrorMessage = "Enter a password.")]
        [StringLength(CommonPasswordValidator.MaximumLength, MinimumLength = 8, ErrorMessage = "The password must be between 8 and 128 characters long.")]
        public string? Password { get; set; }

        [Required(ErrorMessage = "Enter the password again.")]
        [Compare(nameof(Password), ErrorMessage = "The two passwords are not the same.")]
        public string? ConfirmPassword { get; set; }
    }
}
