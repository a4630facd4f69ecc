using System.ComponentModel.DataAnnotations;
using System.Net.Mail;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Paritas.Web.Data;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Audit;
using Paritas.Web.Features.Shared;

namespace Paritas.Web.Features.Admin.Organisations;

/// <summary>One organisation: where it belongs, how far it is set up, and the invitation of its first administrator.</summary>
public sealed class DetailsModel(
    AppDbContext db,
    Mailer mailer,
    SiteLinks links,
    AuditTrail audit,
    CurrentUser me,
    IOptions<AccountsOptions> accounts,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l,
    ILogger<DetailsModel> logger) : PageModel
{
    [BindProperty]
    public InviteForm Form { get; set; } = new();

    public OrganisationView Organisation { get; private set; } = null!;

    public IReadOnlyList<string> Networks { get; private set; } = [];

    public int Units { get; private set; }

    public IReadOnlyList<AdministratorRow> Administrators { get; private set; } = [];

    public IReadOnlyList<InvitationRow> Invitations { get; private set; } = [];

    public bool Created { get; private set; }

    public string? InvitedEmail { get; private set; }

    public DateTimeOffset Now { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, bool created, string? invited, CancellationToken ct)
    {
        Created = created;
        InvitedEmail = invited;
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostInviteAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var email = Form.Email!.Trim();
        var secret = AccessTokens.NewSecret();
        var expiresAt = clock.GetUtcNow().AddDays(accounts.Value.InvitationDays);
        var invitation = new Invitation(Organisation.Id, email, Role.OrganisationAdministrator, AccessTokens.Hash(secret), expiresAt, me.RequiredId);
        db.Invitations.Add(invitation);
        // The invitation belongs to the organisation, which the platform administrator does not act for.
        using (db.Tenant.EnterSystemScope())
        {
            await db.SaveChangesAsync(ct);
        }

        var link = links.Absolute($"/Account/AcceptInvitation?code={Uri.EscapeDataString(secret)}");
        var body = string.Join(
            "\n\n",
            l["You have been invited to be an organisation administrator for {0} in Paritas.", Organisation.Name],
            l["Open this link to set up your account and choose a password:"] + "\n" + link,
            l["The link works once and expires on {0} (UTC).", expiresAt.UtcDateTime.ToString("f", System.Globalization.CultureInfo.CurrentCulture)],
            l["If you did not expect this invitation, you can ignore this message."]);
        try
        {
            await mailer.SendAsync(email, l["Invitation to administer {0} in Paritas", Organisation.Name], body, ct);
        }
        catch (SmtpException e)
        {
            // The stored invitation is useless without its link, which was never delivered; it simply expires.
            logger.LogWarning(e, "Invitation mail could not be sent.");
            ModelState.AddModelError(nameof(Form) + "." + nameof(Form.Email), l["The invitation could not be sent. Try again in a few minutes."]);
            return Page();
        }

        await audit.AppendAsync(new AuditRecord(AuditActions.InvitationSent, me.Id, Policies.PlatformAdministrator, Organisation.Id, Outcome: nameof(Role.OrganisationAdministrator), Subject: invitation.Id.ToString("D")), ct);
        return RedirectToPage(new { id, invited = email });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        Now = clock.GetUtcNow();
        var organisation = await db.Organisations.Where(o => o.Id == id)
            .Select(o => new OrganisationView(o.Id, o.Name, o.Slug, o.CountryCode, db.Countries.Where(c => c.Code == o.CountryCode).Select(c => c.Name).FirstOrDefault(), o.CreatedAt))
            .FirstOrDefaultAsync(ct);
        if (organisation is null)
        {
            return false;
        }

        Organisation = organisation;
        var networks = await db.OrganisationNetworks.Where(m => m.OrganisationId == id).Join(db.Networks, m => m.NetworkId, n => n.Id, (m, n) => n.Name).ToListAsync(ct);
        Networks = [.. networks.Order(StringComparer.CurrentCulture)];

        // What the organisation has set up, and who was invited: rows of the organisation, read for the platform.
        using (db.Tenant.EnterSystemScope())
        {
            Units = await db.Units.IgnoreQueryFilters().CountAsync(u => u.OrganisationId == id && u.ClosedOn == null, ct);
            var administrators = await db.Memberships.IgnoreQueryFilters()
                .Where(m => m.OrganisationId == id && m.Role == Role.OrganisationAdministrator)
                .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new AdministratorRow(u.DisplayName, u.Email ?? ""))
                .ToListAsync(ct);
            Administrators = [.. administrators.OrderBy(a => a.Name, StringComparer.CurrentCulture)];
            var invitations = await db.Invitations.IgnoreQueryFilters()
                .Where(i => i.OrganisationId == id)
                .Select(i => new InvitationRow(i.Email, RoleNames.Of(i.Role), i.CreatedAt, i.ExpiresAt, i.AcceptedAt))
                .ToListAsync(ct);
            Invitations = [.. invitations.OrderByDescending(i => i.CreatedAt)];
        }

        return true;
    }

    public sealed record OrganisationView(Guid Id, string Name, string Slug, string CountryCode, string? CountryName, DateTimeOffset CreatedAt);

    public sealed record AdministratorRow(string Name, string Email);

    public sealed record InvitationRow(string Email, string Role, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? AcceptedAt);

    public sealed class InviteForm
    {
        [Required(ErrorMessage = "Enter the e-mail address of the person to invite.")]
        [EmailAddress(ErrorMessage = "Enter an e-mail address in the right form, like name@example.org.")]
        [StringLength(256, ErrorMessage = "The e-mail address can be at most 256 characters long.")]
        public string? Email { get; set; }
    }
}
