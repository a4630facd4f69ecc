using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Net.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Paritas.Web.Data;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Audit;
using Paritas.Web.Features.Shared;

namespace Paritas.Web.Features.Organisations.Members;

/// <summary>Invites a person by e-mail. The link carries a secret that is stored only as a hash.</summary>
public sealed partial class InviteModel(
    AppDbContext db,
    CurrentUser me,
    UserManager<AppUser> users,
    Mailer mailer,
    SiteLinks links,
    AuditTrail audit,
    IOptions<AccountsOptions> options,
    TimeProvider clock,
    IHostEnvironment environment,
    ILogger<InviteModel> logger,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public InviteForm Form { get; set; } = new();

    // No role is preselected: an invitation as administrator should never happen by default.
    public IEnumerable<SelectListItem> Roles => [new SelectListItem(l["Choose a role"], ""), .. Enum.GetValues<Role>()
        .Select(r => new SelectListItem(l[RoleNames.Of(r)], r.ToString()))];

    [TempData]
    public string? Notice { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var email = Form.Email!.Trim();
        var orgId = me.RequiredOrganisationId;
        if (await users.FindByEmailAsync(email) is { } existing && await db.Memberships.AnyAsync(m => m.UserId == existing.Id, ct))
        {
            ModelState.AddModelError(nameof(Form) + "." + nameof(Form.Email), l["This person belongs to the organisation already. Change their role on the People page instead."]);
            return Page();
        }

        // A new invitation replaces any earlier one to the same address, so only the latest link works.
        var normalized = users.NormalizeEmail(email);
        var earlier = await db.Invitations.Where(i => i.AcceptedAt == null).ToListAsync(ct);
        db.Invitations.RemoveRange(earlier.Where(i => users.NormalizeEmail(i.Email) == normalized));

        var now = clock.GetUtcNow();
        var secret = AccessTokens.NewSecret();
        var invitation = new Invitation(orgId, email, Form.Role!.Value, AccessTokens.Hash(secret), now.AddDays(options.Value.InvitationDays), me.RequiredId);
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync(ct);

        var link = links.Absolute($"/Account/AcceptInvitation?code={Uri.EscapeDataString(secret)}");
        var organisation = await db.Organisations.Where(o => o.Id == orgId).Select(o => o.Name).FirstAsync(ct);
        try
        {
            var body = string.Join(
                "\n\n",
                l["Hello {0},", Form.Name!.Trim()],
                l["{0} invites you to work in {1} on Paritas as {2}.", me.Name, organisation, l[RoleNames.Of(invitation.Role)]],
                l["Open this link to accept the invitation. It works once, until {0} UTC:", invitation.ExpiresAt.UtcDateTime.ToString("g", CultureInfo.CurrentCulture)] + "\n" + link,
                l["If you did not expect this invitation, you can ignore this message."]);
            await mailer.SendAsync(email, l["Invitation to {0} on Paritas", organisation], body, ct);
        }
        catch (SmtpException)
        {
            db.Invitations.Remove(invitation);
            await db.SaveChangesAsync(ct);
            ModelState.AddModelError(string.Empty, l["The invitation could not be sent. Nothing was saved. Try again later."]);
            return Page();
        }

        if (environment.IsDevelopment())
        {
            // Development only: the link is a secret and must never reach logs elsewhere.
            LogDevelopmentLink(logger, link);
        }

        await audit.AppendAsync(new AuditRecord(AuditActions.InvitationSent, me.Id, me.Role?.ToString(), orgId, Outcome: invitation.Role.ToString()), ct);
        Notice = l["An invitation was sent to {0}. It is valid for {1} days.", email, options.Value.InvitationDays];
        return RedirectToPage("Index");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Development: invitation link {Link}")]
    private static partial void LogDevelopmentLink(ILogger logger, string link);

    public sealed class InviteForm
    {
        [Required(ErrorMessage = "Enter the person's name.")]
        [StringLength(200, ErrorMessage = "The name can be at most 200 characters long.")]
        public string? Name { get; set; }

        [Required(ErrorMessage = "Enter the person's e-mail address.")]
        [EmailAddress(ErrorMessage = "Enter an e-mail address in the right form, like name@example.org.")]
        [StringLength(256, ErrorMessage = "The e-mail address can be at most 256 characters long.")]
        public string? Email { get; set; }

        [Required(ErrorMessage = "Choose a role.")]
        public Role? Role { get; set; }
    }
}
